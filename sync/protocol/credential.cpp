#include "credential.h"

#include "blindrsa.h"
#include "submission.h"
#include "wirejson.h"
#include "wirelimits.h"

#include <QCryptographicHash>
#include <QJsonValue>

namespace zs {

using namespace protocol;
using wire::refusal;
using wire::shapeReason;

namespace {

constexpr int kKeyIdBytes = 16;
constexpr int kTokenBytes = 32;
constexpr int kSignatureBytes = blindrsa::kKeyBits / 8;

/// Reads base64url bytes at key into *out; length 0 accepts any non-empty length.
std::optional<ProtocolError> readBinary(
    const QJsonObject &o, QLatin1String key, const QString &field, int length, QByteArray *out)
{
    const QJsonValue v = o.value(key);
    const QString what = length > 0
        ? QStringLiteral("must be %1 bytes in base64url without padding").arg(length)
        : QStringLiteral("must be base64url without padding");
    if (!v.isString())
        return refusal(field, what, QStringLiteral("invalid"), shapeReason(v));
    const auto bytes = blindrsa::fromBase64Url(v.toString());
    if (!bytes || bytes->isEmpty() || (length > 0 && bytes->size() != length))
        return refusal(field, what);
    *out = *bytes;
    return std::nullopt;
}

std::optional<ProtocolError> readText(const QJsonObject &o, QLatin1String key, QString *out)
{
    return wire::readString(o, key, key, out, QStringLiteral("must be text"));
}

bool isMonth(const QString &text)
{
    return isPeriod(text);
}

} // namespace

// --- Credential ---

std::optional<Credential> Credential::fromJson(const QJsonValue &json, ProtocolError *error)
{
    const QString prefix = QStringLiteral("credential.");
    if (!json.isObject()) {
        *error = refusal(QStringLiteral("credential"),
            QStringLiteral("must be an object {keyId, token, signature}"),
            QStringLiteral("invalid"), QStringLiteral("wrong_type"));
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    if (auto e = wire::onlyKeys(o,
            { QLatin1String("keyId"), QLatin1String("token"), QLatin1String("signature") },
            prefix)) {
        *error = *e;
        return std::nullopt;
    }
    Credential c;
    QByteArray keyId;
    if (auto e = readBinary(
            o, QLatin1String("keyId"), prefix + QLatin1String("keyId"), kKeyIdBytes, &keyId)) {
        *error = *e;
        return std::nullopt;
    }
    c.keyId = blindrsa::toBase64Url(keyId);
    if (auto e = readBinary(
            o, QLatin1String("token"), prefix + QLatin1String("token"), kTokenBytes, &c.token)) {
        *error = *e;
        return std::nullopt;
    }
    if (auto e = readBinary(o, QLatin1String("signature"), prefix + QLatin1String("signature"),
            kSignatureBytes, &c.signature)) {
        *error = *e;
        return std::nullopt;
    }
    return c;
}

QJsonObject Credential::toJson() const
{
    return { { QStringLiteral("keyId"), keyId },
        { QStringLiteral("token"), blindrsa::toBase64Url(token) },
        { QStringLiteral("signature"), blindrsa::toBase64Url(signature) } };
}

// --- IssuerKey ---

QString IssuerKey::idFor(const QByteArray &spki)
{
    return blindrsa::toBase64Url(
        QCryptographicHash::hash(spki, QCryptographicHash::Sha256).left(kKeyIdBytes));
}

std::optional<IssuerKey> IssuerKey::fromJson(const QJsonValue &json, ProtocolError *error)
{
    const auto object = wire::readObject(json, QStringLiteral("a key"),
        { QLatin1String("keyId"), QLatin1String("spki"), QLatin1String("validFrom"),
            QLatin1String("validUntil") },
        error);
    if (!object)
        return std::nullopt;
    IssuerKey k;
    std::optional<ProtocolError> e = readText(*object, QLatin1String("keyId"), &k.keyId);
    if (!e)
        e = readBinary(*object, QLatin1String("spki"), QStringLiteral("spki"), 0, &k.spki);
    if (!e)
        e = readText(*object, QLatin1String("validFrom"), &k.validFrom);
    if (!e)
        e = readText(*object, QLatin1String("validUntil"), &k.validUntil);
    if (!e && k.keyId != idFor(k.spki))
        e = refusal(QStringLiteral("keyId"), QStringLiteral("is not the id of this key"));
    if (!e && (!isMonth(k.validFrom) || !isMonth(k.validUntil) || k.validUntil < k.validFrom))
        e = refusal(QStringLiteral("validFrom"), QStringLiteral("must be months YYYY-MM in order"));
    if (e) {
        *error = *e;
        return std::nullopt;
    }
    return k;
}

QJsonObject IssuerKey::toJson() const
{
    return { { QStringLiteral("keyId"), keyId },
        { QStringLiteral("spki"), blindrsa::toBase64Url(spki) },
        { QStringLiteral("validFrom"), validFrom }, { QStringLiteral("validUntil"), validUntil } };
}

// --- InvitationInfo ---

std::optional<InvitationInfo> InvitationInfo::fromJson(const QJsonValue &json, ProtocolError *error)
{
    const auto object = wire::readObject(json, QStringLiteral("an invitation"),
        { QLatin1String("employer"), QLatin1String("region"), QLatin1String("survey"),
            QLatin1String("keyId"), QLatin1String("expires") },
        error);
    if (!object)
        return std::nullopt;
    InvitationInfo i;
    std::optional<ProtocolError> e = readText(*object, QLatin1String("employer"), &i.employer);
    if (!e)
        e = readText(*object, QLatin1String("region"), &i.region);
    if (!e)
        e = readText(*object, QLatin1String("survey"), &i.survey);
    if (!e)
        e = readText(*object, QLatin1String("keyId"), &i.keyId);
    if (!e)
        e = readText(*object, QLatin1String("expires"), &i.expires);
    if (!e && !wire::isDate(i.expires))
        e = refusal(QStringLiteral("expires"), QStringLiteral("must be a day YYYY-MM-DD"));
    if (e) {
        *error = *e;
        return std::nullopt;
    }
    return i;
}

QJsonObject InvitationInfo::toJson() const
{
    return { { QStringLiteral("employer"), employer }, { QStringLiteral("region"), region },
        { QStringLiteral("survey"), survey }, { QStringLiteral("keyId"), keyId },
        { QStringLiteral("expires"), expires } };
}

// --- CredentialRequest ---

std::optional<CredentialRequest> CredentialRequest::fromJson(
    const QJsonValue &json, ProtocolError *error)
{
    const auto object = wire::readObject(json, QStringLiteral("a credential request"),
        { QLatin1String("invitation"), QLatin1String("panel"), QLatin1String("memberSecret"),
            QLatin1String("round"), QLatin1String("blindedMessage") },
        error);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    CredentialRequest r;
    std::optional<ProtocolError> e;
    if (o.contains(QLatin1String("panel")) || !o.contains(QLatin1String("invitation"))) {
        if (o.contains(QLatin1String("invitation")))
            e = refusal(QStringLiteral("invitation"),
                QStringLiteral("a request names an invitation or a panel round, not both"),
                QStringLiteral("unknown_field"));
        if (!e)
            e = readText(o, QLatin1String("panel"), &r.panel);
        if (!e)
            e = readText(o, QLatin1String("memberSecret"), &r.memberSecret);
        if (!e)
            e = readText(o, QLatin1String("round"), &r.round);
        if (!e && r.panel.isEmpty())
            e = refusal(QStringLiteral("panel"), QStringLiteral("must name a panel"));
    } else {
        for (const char *panelOnly : { "memberSecret", "round" }) {
            if (!e && o.contains(QLatin1String(panelOnly)))
                e = refusal(QLatin1String(panelOnly),
                    QStringLiteral("only a panel round's request has '%1'")
                        .arg(QLatin1String(panelOnly)),
                    QStringLiteral("unknown_field"));
        }
        QString typed;
        if (!e)
            e = readText(o, QLatin1String("invitation"), &typed);
        if (!e) {
            const auto code = invitationcode::normalize(typed);
            if (!code)
                e = refusal(QStringLiteral("invitation"),
                    QStringLiteral("is not an invitation code (12 symbols with a check symbol)"));
            else
                r.invitation = *code;
        }
    }
    if (!e)
        e = readBinary(o, QLatin1String("blindedMessage"), QStringLiteral("blindedMessage"), 0,
            &r.blindedMessage);
    if (e) {
        *error = *e;
        return std::nullopt;
    }
    return r;
}

QJsonObject CredentialRequest::toJson() const
{
    QJsonObject o { { QStringLiteral("blindedMessage"), blindrsa::toBase64Url(blindedMessage) } };
    if (isPanelRound()) {
        o.insert(QStringLiteral("panel"), panel);
        o.insert(QStringLiteral("memberSecret"), memberSecret);
        o.insert(QStringLiteral("round"), round);
    } else {
        o.insert(QStringLiteral("invitation"), invitation);
    }
    return o;
}

// --- CredentialGrant ---

std::optional<CredentialGrant> CredentialGrant::fromJson(
    const QJsonValue &json, ProtocolError *error)
{
    const auto object = wire::readObject(json, QStringLiteral("a credential"),
        { QLatin1String("keyId"), QLatin1String("blindSignature"), QLatin1String("employer"),
            QLatin1String("region"), QLatin1String("survey"), QLatin1String("panel") },
        error);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    CredentialGrant g;
    std::optional<ProtocolError> e = readText(o, QLatin1String("keyId"), &g.keyId);
    if (!e)
        e = readBinary(o, QLatin1String("blindSignature"), QStringLiteral("blindSignature"), 0,
            &g.blindSignature);
    if (!e)
        e = readText(o, QLatin1String("region"), &g.region);
    if (!e)
        e = readText(o, QLatin1String("survey"), &g.survey);
    if (!e && o.contains(QLatin1String("panel")))
        e = readText(o, QLatin1String("panel"), &g.panel);
    if (!e && (o.contains(QLatin1String("employer")) || g.panel.isEmpty()))
        e = readText(o, QLatin1String("employer"), &g.employer);
    if (e) {
        *error = *e;
        return std::nullopt;
    }
    return g;
}

QJsonObject CredentialGrant::toJson() const
{
    QJsonObject o { { QStringLiteral("keyId"), keyId },
        { QStringLiteral("blindSignature"), blindrsa::toBase64Url(blindSignature) },
        { QStringLiteral("region"), region }, { QStringLiteral("survey"), survey } };
    if (panel.isEmpty())
        o.insert(QStringLiteral("employer"), employer);
    else
        o.insert(QStringLiteral("panel"), panel);
    return o;
}

// --- InvitationBatchRequest ---

std::optional<InvitationBatchRequest> InvitationBatchRequest::fromJson(
    const QJsonValue &json, ProtocolError *error)
{
    const auto object = wire::readObject(json, QStringLiteral("an invitation batch"),
        { QLatin1String("survey"), QLatin1String("count"), QLatin1String("expires") }, error);
    if (!object)
        return std::nullopt;
    InvitationBatchRequest r;
    std::optional<ProtocolError> e = readText(*object, QLatin1String("survey"), &r.survey);
    if (!e && r.survey != QLatin1String("exit") && r.survey != QLatin1String("retention"))
        e = refusal(QStringLiteral("survey"), QStringLiteral("must be exit or retention"),
            QStringLiteral("invalid"), QStringLiteral("unknown_value"));
    const QJsonValue count = object->value(QLatin1String("count"));
    const double n = count.toDouble(-1);
    if (!e
        && (!count.isDouble() || n != double(qint64(n)) || n < 1
            || n > limits::kMaxInvitationBatch))
        e = refusal(QStringLiteral("count"),
            QStringLiteral("must be a whole number from 1 to %1").arg(limits::kMaxInvitationBatch),
            QStringLiteral("invalid"),
            count.isDouble() ? QStringLiteral("invalid") : shapeReason(count));
    if (!e && object->contains(QLatin1String("expires"))) {
        e = readText(*object, QLatin1String("expires"), &r.expires);
        if (!e && !wire::isDate(r.expires))
            e = refusal(QStringLiteral("expires"), QStringLiteral("must be a day YYYY-MM-DD"));
    }
    if (e) {
        *error = *e;
        return std::nullopt;
    }
    r.count = int(n);
    return r;
}

QJsonObject InvitationBatchRequest::toJson() const
{
    QJsonObject o { { QStringLiteral("survey"), survey }, { QStringLiteral("count"), count } };
    if (!expires.isEmpty())
        o.insert(QStringLiteral("expires"), expires);
    return o;
}

} // namespace zs
