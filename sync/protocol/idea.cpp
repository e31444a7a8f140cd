#include "idea.h"

#include "referencedata.h"
#include "submission.h"
#include "wirejson.h"
#include "wirelimits.h"

#include <QCryptographicHash>

namespace zs {

using namespace protocol;
using wire::refusal;
using wire::shapeReason;

namespace {

QString lengthMessage(int min, int max)
{
    return QStringLiteral("must be %1 to %2 characters").arg(min).arg(max);
}

} // namespace

std::optional<Idea> Idea::fromJson(const QJsonValue &json, ProtocolError *error)
{
    const auto fail = [error](const ProtocolError &e) {
        *error = e;
        return std::nullopt;
    };
    const auto object = wire::readObject(json, QStringLiteral("an idea"),
        { QLatin1String("title"), QLatin1String("description"), QLatin1String("theme"),
            QLatin1String("willHelp"), QLatin1String("name"), QLatin1String("requestId") },
        error);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    Idea idea;
    const QJsonValue title = o.value(QLatin1String("title"));
    if (!title.isString())
        return fail(refusal(QStringLiteral("title"),
            lengthMessage(limits::kIdeaTitleMin, limits::kIdeaTitleMax), QStringLiteral("invalid"),
            shapeReason(title)));
    idea.title = title.toString();
    const QJsonValue description = o.value(QLatin1String("description"));
    if (!description.isString())
        return fail(refusal(QStringLiteral("description"),
            lengthMessage(limits::kIdeaDescriptionMin, limits::kIdeaDescriptionMax),
            QStringLiteral("invalid"), shapeReason(description)));
    idea.description = description.toString();
    const QJsonValue theme = o.value(QLatin1String("theme"));
    if (!theme.isString())
        return fail(refusal(QStringLiteral("theme"), QStringLiteral("unknown theme"),
            QStringLiteral("unknown_value"), shapeReason(theme)));
    idea.theme = theme.toString();
    const QJsonValue willHelp = o.value(QLatin1String("willHelp"));
    if (!willHelp.isBool())
        return fail(refusal(QStringLiteral("willHelp"), QStringLiteral("must be true or false"),
            QStringLiteral("wrong_type"), shapeReason(willHelp)));
    idea.willHelp = willHelp.toBool();
    const QJsonValue name = o.value(QLatin1String("name"));
    if (!name.isUndefined()) {
        if (!name.isString())
            return fail(refusal(QStringLiteral("name"),
                lengthMessage(limits::kIdeaNameMin, limits::kIdeaNameMax),
                QStringLiteral("invalid"), QStringLiteral("wrong_type")));
        idea.name = name.toString();
    }
    if (auto e = wire::readRequestId(o, &idea.requestId))
        return fail(*e);
    return idea;
}

QJsonObject Idea::toJson() const
{
    QJsonObject o { { QStringLiteral("title"), title },
        { QStringLiteral("description"), description }, { QStringLiteral("theme"), theme },
        { QStringLiteral("willHelp"), willHelp } };
    if (name)
        o.insert(QStringLiteral("name"), *name);
    if (requestId)
        o.insert(QStringLiteral("requestId"), *requestId);
    return o;
}

std::optional<ProtocolError> Idea::validate() const
{
    if (!wire::isText(title, limits::kIdeaTitleMin, limits::kIdeaTitleMax))
        return refusal(QStringLiteral("title"),
            lengthMessage(limits::kIdeaTitleMin, limits::kIdeaTitleMax), QStringLiteral("invalid"),
            wire::lengthReason(title, limits::kIdeaTitleMin, limits::kIdeaTitleMax));
    if (!wire::isText(description, limits::kIdeaDescriptionMin, limits::kIdeaDescriptionMax))
        return refusal(QStringLiteral("description"),
            lengthMessage(limits::kIdeaDescriptionMin, limits::kIdeaDescriptionMax),
            QStringLiteral("invalid"),
            wire::lengthReason(
                description, limits::kIdeaDescriptionMin, limits::kIdeaDescriptionMax));
    if (auto e = wire::checkCharacters(title, QStringLiteral("title")))
        return e;
    if (auto e = wire::checkCharacters(description, QStringLiteral("description")))
        return e;
    if (!ReferenceData::contains(ReferenceData::instance().retentionThemes, theme))
        return refusal(QStringLiteral("theme"), QStringLiteral("unknown theme"),
            QStringLiteral("unknown_value"));
    if (name && !wire::isText(*name, limits::kIdeaNameMin, limits::kIdeaNameMax))
        return refusal(QStringLiteral("name"),
            lengthMessage(limits::kIdeaNameMin, limits::kIdeaNameMax), QStringLiteral("invalid"),
            wire::lengthReason(*name, limits::kIdeaNameMin, limits::kIdeaNameMax));
    if (name)
        return wire::checkCharacters(*name, QStringLiteral("name"));
    return std::nullopt;
}

QString Idea::idFor(const QString &requestId)
{
    // 16 hex digits (64 bits): ideas made without a request id have 8.
    return QString::fromLatin1(QCryptographicHash::hash(
        (QStringLiteral("zs-idea\n") + requestId).toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(16));
}

} // namespace zs
