#include "joinrequest.h"

#include "panel.h"
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

QString nameMessage()
{
    return QStringLiteral("must be %1 to %2 characters")
        .arg(limits::kMemberNameMin)
        .arg(limits::kMemberNameMax);
}

} // namespace

std::optional<JoinRequest> JoinRequest::fromJson(const QJsonValue &json, ProtocolError *error)
{
    const auto fail = [error](const ProtocolError &e) {
        *error = e;
        return std::nullopt;
    };
    const auto object = wire::readObject(json, QStringLiteral("a join request"),
        { QLatin1String("name"), QLatin1String("email"), QLatin1String("phone"),
            QLatin1String("ageBand"), QLatin1String("consentVersion"), QLatin1String("consent"),
            QLatin1String("requestId") },
        error);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    JoinRequest r;
    const QJsonValue name = o.value(QLatin1String("name"));
    if (!name.isString())
        return fail(refusal(
            QStringLiteral("name"), nameMessage(), QStringLiteral("invalid"), shapeReason(name)));
    r.name = name.toString();
    const QJsonValue email = o.value(QLatin1String("email"));
    if (!email.isUndefined()) {
        if (!email.isString())
            return fail(refusal(QStringLiteral("email"), QStringLiteral("not an e-mail address"),
                QStringLiteral("invalid"), QStringLiteral("wrong_type")));
        r.email = email.toString();
    }
    const QJsonValue phone = o.value(QLatin1String("phone"));
    if (!phone.isUndefined()) {
        if (!phone.isString())
            return fail(refusal(QStringLiteral("phone"), QStringLiteral("not a phone number"),
                QStringLiteral("invalid"), QStringLiteral("wrong_type")));
        r.phone = phone.toString();
    }
    const QJsonValue ageBand = o.value(QLatin1String("ageBand"));
    if (!ageBand.isUndefined()) {
        if (!ageBand.isString())
            return fail(refusal(QStringLiteral("ageBand"), QStringLiteral("unknown age band"),
                QStringLiteral("unknown_value"), QStringLiteral("wrong_type")));
        r.ageBand = ageBand.toString();
    }
    const QJsonValue consent = o.value(QLatin1String("consent"));
    if (!consent.isBool())
        return fail(
            refusal(QStringLiteral("consent"), QStringLiteral("joining needs explicit consent"),
                QStringLiteral("consent_required"), shapeReason(consent)));
    r.consent = consent.toBool();
    const QJsonValue version = o.value(QLatin1String("consentVersion"));
    if (!version.isDouble())
        return fail(refusal(QStringLiteral("consentVersion"), QStringLiteral("must be a number"),
            QStringLiteral("wrong_type"), shapeReason(version)));
    // A fraction reads as 0, which no panel's consent version is: refused as outdated.
    r.consentVersion = version.toInt();
    if (auto e = wire::readRequestId(o, &r.requestId))
        return fail(*e);
    return r;
}

QJsonObject JoinRequest::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name },
        { QStringLiteral("consentVersion"), consentVersion },
        { QStringLiteral("consent"), consent } };
    if (email)
        o.insert(QStringLiteral("email"), *email);
    if (phone)
        o.insert(QStringLiteral("phone"), *phone);
    if (ageBand)
        o.insert(QStringLiteral("ageBand"), *ageBand);
    if (requestId)
        o.insert(QStringLiteral("requestId"), *requestId);
    return o;
}

std::optional<ProtocolError> JoinRequest::validate(const Panel &panel) const
{
    if (auto e = wire::checkMember(name, email, phone))
        return e;
    if (ageBand && !ReferenceData::contains(ReferenceData::instance().ageBands, *ageBand))
        return refusal(QStringLiteral("ageBand"), QStringLiteral("unknown age band"),
            QStringLiteral("unknown_value"));
    if (!consent)
        return refusal(QStringLiteral("consent"), QStringLiteral("joining needs explicit consent"),
            QStringLiteral("consent_required"));
    if (consentVersion != panel.consentVersion)
        return ProtocolError { 409, QStringLiteral("consent_outdated"),
            QStringLiteral("the consent text has changed; read and agree to version %1")
                .arg(panel.consentVersion),
            QStringLiteral("consentVersion") };
    if (!panel.ageBands.isEmpty() && !ageBand)
        return refusal(QStringLiteral("ageBand"),
            QStringLiteral("this panel has an age rule: give your age band"),
            QStringLiteral("unknown_value"), QStringLiteral("missing"));
    if (!panel.ageBands.isEmpty() && !panel.ageBands.contains(*ageBand))
        return refusal(QStringLiteral("ageBand"),
            QStringLiteral("this panel is for other age groups"), QStringLiteral("not_eligible"));
    return std::nullopt;
}

QString JoinRequest::secretFor(const QString &panel, const QString &requestId)
{
    // The shape of a secret the collector makes itself: "zsm_" and 48 hex digits.
    const QByteArray digest = QCryptographicHash::hash(
        QStringLiteral("zs-member\n%1\n%2").arg(panel, requestId).toUtf8(),
        QCryptographicHash::Sha256);
    return QStringLiteral("zsm_") + QString::fromLatin1(digest.toHex().left(48));
}

bool JoinRequest::meetsAgeRule(const Panel &panel) const
{
    return !panel.ageBands.isEmpty() && ageBand && panel.ageBands.contains(*ageBand);
}

} // namespace zs
