#include "panel.h"

#include "referencedata.h"
#include "wirejson.h"
#include "wirelimits.h"

namespace zs {

using namespace protocol;
using wire::readString;
using wire::refusal;
using wire::shapeReason;

namespace {

std::optional<ProtocolError> checkText(const QString &text, const QString &field, int max)
{
    if (!wire::isText(text, 1, max))
        return refusal(field, QStringLiteral("must be text of 1 to %1 characters").arg(max),
            QStringLiteral("invalid"), wire::lengthReason(text, 1, max));
    return wire::checkCharacters(text, field);
}

} // namespace

std::optional<Panel> Panel::fromJson(const QJsonValue &json, ProtocolError *error)
{
    const auto fail = [error](const ProtocolError &e) {
        *error = e;
        return std::nullopt;
    };
    const auto object = wire::readObject(json, QStringLiteral("a panel"),
        { QLatin1String("id"), QLatin1String("name"), QLatin1String("regions"),
            QLatin1String("organiser"), QLatin1String("style"), QLatin1String("ageBands"),
            QLatin1String("description"), QLatin1String("howItWorks"), QLatin1String("meetings"),
            QLatin1String("consentVersion"), QLatin1String("consentText"),
            QLatin1String("shares") },
        error);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    Panel p;
    if (auto e = readString(o, QLatin1String("id"), QStringLiteral("id"), &p.id))
        return fail(*e);
    if (auto e = wire::readLabel(o.value(QLatin1String("name")), QStringLiteral("name"), &p.name))
        return fail(*e);
    if (!wire::readStrings(o.value(QLatin1String("regions")), &p.regions))
        return fail(
            refusal(QStringLiteral("regions"), QStringLiteral("must be a list of region ids"),
                QStringLiteral("invalid"), shapeReason(o.value(QLatin1String("regions")))));
    if (auto e
        = readString(o, QLatin1String("organiser"), QStringLiteral("organiser"), &p.organiser))
        return fail(*e);
    if (auto e = readString(o, QLatin1String("style"), QStringLiteral("style"), &p.style))
        return fail(*e);
    const QJsonValue bands = o.value(QLatin1String("ageBands"));
    if (!bands.isUndefined() && (!wire::readStrings(bands, &p.ageBands) || p.ageBands.isEmpty()))
        return fail(refusal(QStringLiteral("ageBands"),
            QStringLiteral("must be a non-empty list of age bands (or left out: every age)"),
            QStringLiteral("invalid"), QStringLiteral("wrong_type")));
    if (auto e = wire::readLabel(
            o.value(QLatin1String("description")), QStringLiteral("description"), &p.description))
        return fail(*e);
    const QJsonValue steps = o.value(QLatin1String("howItWorks"));
    if (!steps.isArray())
        return fail(
            refusal(QStringLiteral("howItWorks"), QStringLiteral("must be a list of labels"),
                QStringLiteral("invalid"), shapeReason(steps)));
    for (qsizetype i = 0; i < steps.toArray().size(); ++i) {
        LocalizedText step;
        if (auto e = wire::readLabel(
                steps.toArray().at(i), QStringLiteral("howItWorks[%1]").arg(i), &step))
            return fail(*e);
        p.howItWorks.append(step);
    }
    const QJsonValue meetings = o.value(QLatin1String("meetings"));
    if (!meetings.isArray())
        return fail(
            refusal(QStringLiteral("meetings"), QStringLiteral("must be a list of meetings"),
                QStringLiteral("invalid"), shapeReason(meetings)));
    for (qsizetype i = 0; i < meetings.toArray().size(); ++i) {
        const QString field = QStringLiteral("meetings[%1]").arg(i);
        const QJsonValue m = meetings.toArray().at(i);
        if (!m.isObject())
            return fail(refusal(field, QStringLiteral("must be an object"),
                QStringLiteral("wrong_type"), QStringLiteral("wrong_type")));
        const QJsonObject mo = m.toObject();
        if (auto e = wire::onlyKeys(mo,
                { QLatin1String("date"), QLatin1String("title"), QLatin1String("place") },
                field + QLatin1Char('.')))
            return fail(*e);
        PanelMeeting meeting;
        if (auto e
            = readString(mo, QLatin1String("date"), field + QStringLiteral(".date"), &meeting.date))
            return fail(*e);
        if (auto e = wire::readLabel(
                mo.value(QLatin1String("title")), field + QStringLiteral(".title"), &meeting.title))
            return fail(*e);
        if (auto e = readString(
                mo, QLatin1String("place"), field + QStringLiteral(".place"), &meeting.place))
            return fail(*e);
        p.meetings.append(meeting);
    }
    const QJsonValue version = o.value(QLatin1String("consentVersion"));
    if (!version.isDouble() || version.toDouble() != version.toInt())
        return fail(
            refusal(QStringLiteral("consentVersion"), QStringLiteral("must be a whole number"),
                QStringLiteral("wrong_type"), shapeReason(version)));
    p.consentVersion = version.toInt();
    if (auto e = wire::readLabel(
            o.value(QLatin1String("consentText")), QStringLiteral("consentText"), &p.consentText))
        return fail(*e);
    if (auto e
        = wire::readLabel(o.value(QLatin1String("shares")), QStringLiteral("shares"), &p.shares))
        return fail(*e);
    return p;
}

QJsonObject Panel::toJson() const
{
    QJsonArray steps;
    for (const LocalizedText &s : howItWorks)
        steps.append(wire::labelJson(s));
    QJsonArray list;
    for (const PanelMeeting &m : meetings)
        list.append(QJsonObject { { QStringLiteral("date"), m.date },
            { QStringLiteral("title"), wire::labelJson(m.title) },
            { QStringLiteral("place"), m.place } });
    QJsonObject o {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), wire::labelJson(name) },
        { QStringLiteral("regions"), QJsonArray::fromStringList(regions) },
        { QStringLiteral("organiser"), organiser },
        { QStringLiteral("style"), style },
        { QStringLiteral("description"), wire::labelJson(description) },
        { QStringLiteral("howItWorks"), steps },
        { QStringLiteral("meetings"), list },
        { QStringLiteral("consentVersion"), consentVersion },
        { QStringLiteral("consentText"), wire::labelJson(consentText) },
        { QStringLiteral("shares"), wire::labelJson(shares) },
    };
    if (!ageBands.isEmpty())
        o.insert(QStringLiteral("ageBands"), QJsonArray::fromStringList(ageBands));
    return o;
}

std::optional<ProtocolError> Panel::validate() const
{
    if (!wire::matches(id, limits::kIdPattern))
        return refusal(QStringLiteral("id"),
            QStringLiteral("must be 3 to 64 lower-case letters, digits, - or _"));
    if (auto e = wire::checkLabel(name, QStringLiteral("name"), limits::kPanelNameMax))
        return e;
    const ReferenceData &ref = ReferenceData::instance();
    if (regions.isEmpty())
        return refusal(QStringLiteral("regions"),
            QStringLiteral("a panel serves 1 or more regions"), QStringLiteral("invalid"),
            QStringLiteral("missing"));
    for (const QString &r : regions) {
        if (!ReferenceData::contains(ref.regions, r))
            return refusal(QStringLiteral("regions"), QStringLiteral("unknown region '%1'").arg(r),
                QStringLiteral("invalid"), QStringLiteral("unknown_value"));
    }
    if (auto e = checkText(organiser, QStringLiteral("organiser"), limits::kPanelShortTextMax))
        return e;
    if (!wire::oneOf(limits::kPanelStyles, style))
        return refusal(QStringLiteral("style"),
            QStringLiteral("must be %1")
                .arg(wire::joined(limits::kPanelStyles, QStringLiteral(" or "))),
            QStringLiteral("invalid"), QStringLiteral("unknown_value"));
    for (const QString &band : ageBands) {
        if (!ReferenceData::contains(ref.ageBands, band))
            return refusal(QStringLiteral("ageBands"),
                QStringLiteral("unknown age band '%1'").arg(band), QStringLiteral("invalid"),
                QStringLiteral("unknown_value"));
    }
    if (auto e
        = wire::checkLabel(description, QStringLiteral("description"), limits::kPanelTextMax))
        return e;
    for (qsizetype i = 0; i < howItWorks.size(); ++i) {
        if (auto e = wire::checkLabel(howItWorks.at(i), QStringLiteral("howItWorks[%1]").arg(i),
                limits::kPanelShortTextMax))
            return e;
    }
    for (qsizetype i = 0; i < meetings.size(); ++i) {
        const QString field = QStringLiteral("meetings[%1]").arg(i);
        if (!wire::isDate(meetings.at(i).date))
            return refusal(
                field + QStringLiteral(".date"), QStringLiteral("must be a date YYYY-MM-DD"));
        if (auto e = wire::checkLabel(
                meetings.at(i).title, field + QStringLiteral(".title"), limits::kPanelShortTextMax))
            return e;
        if (auto e = checkText(
                meetings.at(i).place, field + QStringLiteral(".place"), limits::kPanelShortTextMax))
            return e;
    }
    if (consentVersion < 1)
        return refusal(QStringLiteral("consentVersion"), QStringLiteral("must be 1 or more"));
    if (auto e
        = wire::checkLabel(consentText, QStringLiteral("consentText"), limits::kPanelTextMax))
        return e;
    if (auto e = wire::checkLabel(shares, QStringLiteral("shares"), limits::kPanelTextMax))
        return e;
    return std::nullopt;
}

} // namespace zs
