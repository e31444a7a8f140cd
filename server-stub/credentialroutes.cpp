#include "credentialroutes.h"

#include "httputil.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace zs {

namespace {

using http::error;
using http::json;

constexpr qsizetype kMaxCredentialBody = 4096;
constexpr int kDefaultExpiryDays = 90;
constexpr int kMaxExpiryDays = 366;

QString thisMonth()
{
    return QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
}

QHttpServerResponse refuse(const ProtocolError &e)
{
    return error(e.status, e.code, e.message, e.field);
}

ProtocolError invalidCredential(const QString &message)
{
    return { 422, QStringLiteral("credential_invalid"), message, QStringLiteral("credential") };
}

/// The blind signature of a blinded message, or the refusal of a message that is no number
/// below the key's modulus.
std::variant<QByteArray, QHttpServerResponse> sign(
    const SigningKey &key, const QByteArray &blindedMessage)
{
    blindrsa::Error e = blindrsa::Error::None;
    if (auto s = blindrsa::blindSign(key.privateKey, blindedMessage, &e))
        return *s;
    if (e == blindrsa::Error::BadLength || e == blindrsa::Error::NotBelowModulus)
        return error(422, QStringLiteral("invalid"),
            QStringLiteral("blindedMessage must be %1 bytes, a number below the key's modulus")
                .arg(key.publicKey.modulusBytes()),
            QStringLiteral("blindedMessage"));
    qWarning("blind signing failed: %s", qPrintable(blindrsa::errorString(e)));
    return error(500, QStringLiteral("signing_failed"),
        QStringLiteral("the credential could not be signed; try again"));
}

} // namespace

CredentialRoutes::CredentialRoutes(CollectorStore &store, MemberStore &members,
    const SurveyCatalog &catalog, const RegionalRoutes &regional)
    : m_store(store)
    , m_members(members)
    , m_catalog(catalog)
    , m_regional(regional)
{ }

QHttpServerResponse CredentialRoutes::keys(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const QString employer = query.queryItemValue(QStringLiteral("employer"));
    const QString survey = query.queryItemValue(QStringLiteral("survey"));
    const QString panel = query.queryItemValue(QStringLiteral("panel"));
    std::optional<Issuer> issuer;
    if (!panel.isEmpty() && employer.isEmpty()) {
        if (!m_regional.panel(panel))
            return error(404, QStringLiteral("unknown_panel"),
                QStringLiteral("no panel '%1'").arg(panel), QStringLiteral("panel"));
        issuer = Issuer::panel(panel);
        // A panel's key of the year is made on first use, which may be this lookup: members
        // blind under it before they ask for a round's credential. Panels are a fixed list, so
        // this makes at most one key per panel and year.
        if (!m_store.credentials().keyFor(*issuer, QDate::currentDate().year()))
            return error(503, QStringLiteral("store_unavailable"),
                QStringLiteral("the store cannot be written now; try again later"));
    } else if (!employer.isEmpty() && panel.isEmpty()) {
        if (survey != QLatin1String("exit") && survey != QLatin1String("retention"))
            return error(422, QStringLiteral("invalid"),
                QStringLiteral("survey must be exit or retention"), QStringLiteral("survey"));
        if (!m_store.employer(employer))
            return error(404, QStringLiteral("unknown_employer"),
                QStringLiteral("no participating employer '%1'").arg(employer),
                QStringLiteral("employer"));
        issuer = Issuer::employer(employer, survey);
    } else {
        return error(400, QStringLiteral("missing_parameter"),
            QStringLiteral("give employer and survey, or panel"), QStringLiteral("employer"));
    }
    QJsonArray list;
    for (const IssuerKey &k : m_store.credentials().publishedKeys(*issuer, thisMonth()))
        list.append(k.toJson());
    return http::withEtag(request,
        QJsonDocument(QJsonObject { { QStringLiteral("keys"), list } })
            .toJson(QJsonDocument::Compact));
}

QHttpServerResponse CredentialRoutes::invitation(const QString &typed)
{
    const auto code = invitationcode::normalize(typed);
    if (!code)
        return error(404, QStringLiteral("unknown_invitation"),
            QStringLiteral("this is not an invitation code: check it for a typo"),
            QStringLiteral("code"));
    const auto found = m_store.credentials().invitation(*code);
    if (!found)
        return error(404, QStringLiteral("unknown_invitation"),
            QStringLiteral("no such invitation"), QStringLiteral("code"));
    if (!found->redeemed.isEmpty())
        return error(410, QStringLiteral("invitation_used"),
            QStringLiteral("this invitation has been used"), QStringLiteral("code"));
    if (found->expires < QDate::currentDate().toString(Qt::ISODate))
        return error(410, QStringLiteral("invitation_expired"),
            QStringLiteral("this invitation expired on %1").arg(found->expires),
            QStringLiteral("code"));
    const auto employer = m_store.employer(found->employer);
    if (!employer)
        return error(404, QStringLiteral("unknown_invitation"),
            QStringLiteral("the employer of this invitation no longer takes part"),
            QStringLiteral("code"));
    return json(InvitationInfo { found->employer, employer->region, found->survey, found->keyId,
                    found->expires }
                    .toJson(),
        200);
}

QHttpServerResponse CredentialRoutes::credentials(const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto body = http::jsonBody(request, kMaxCredentialBody, &refusal);
    if (!body)
        return std::move(*refusal);
    ProtocolError e;
    const auto parsed = CredentialRequest::fromJson(*body, &e);
    if (!parsed)
        return refuse(e);
    return parsed->isPanelRound() ? redeemRound(*parsed) : redeemInvitation(*parsed);
}

QHttpServerResponse CredentialRoutes::redeemInvitation(const CredentialRequest &request)
{
    CredentialStore &store = m_store.credentials();
    const auto found = store.invitation(request.invitation);
    if (!found)
        return error(404, QStringLiteral("unknown_invitation"),
            QStringLiteral("no such invitation"), QStringLiteral("invitation"));
    const QByteArray blindedHash = CredentialStore::hash(request.blindedMessage);
    const bool retry = !found->redeemed.isEmpty();
    // A retry after a lost answer: the same blinded message gets the same signature again.
    if (retry && found->blindedHash != blindedHash)
        return error(410, QStringLiteral("invitation_used"),
            QStringLiteral("this invitation has been used"), QStringLiteral("invitation"));
    if (!retry && found->expires < QDate::currentDate().toString(Qt::ISODate))
        return error(410, QStringLiteral("invitation_expired"),
            QStringLiteral("this invitation expired on %1").arg(found->expires),
            QStringLiteral("invitation"));
    const auto employer = m_store.employer(found->employer);
    const auto key = store.key(found->keyId);
    if (!employer || !key)
        return error(404, QStringLiteral("unknown_invitation"),
            QStringLiteral("the employer of this invitation no longer takes part"),
            QStringLiteral("invitation"));
    auto signature = sign(*key, request.blindedMessage);
    if (auto *refused = std::get_if<QHttpServerResponse>(&signature))
        return std::move(*refused);
    // Signed first, burnt second: a refused blinded message does not use the invitation up.
    if (!retry && !store.redeem(request.invitation, blindedHash, thisMonth()))
        return error(410, QStringLiteral("invitation_used"),
            QStringLiteral("this invitation has been used"), QStringLiteral("invitation"));
    const CredentialGrant grant { key->published.keyId, std::get<QByteArray>(signature),
        found->employer, employer->region, found->survey, {} };
    return json(grant.toJson(), retry ? 200 : 201);
}

QHttpServerResponse CredentialRoutes::redeemRound(const CredentialRequest &request)
{
    const SurveyDefinition *round = m_catalog.latest(request.round);
    if (!round || round->kind != QLatin1String("panel") || round->panel != request.panel)
        return error(404, QStringLiteral("unknown_round"),
            QStringLiteral("panel '%1' has no round '%2'").arg(request.panel, request.round),
            QStringLiteral("round"));
    if (!m_members.find(request.panel, request.memberSecret))
        return error(404, QStringLiteral("unknown_member"),
            QStringLiteral("no member of this panel has that secret"),
            QStringLiteral("memberSecret"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const auto taken
        = m_members.roundCredential(request.panel, request.memberSecret, request.round);
    if (!taken)
        return error(503, QStringLiteral("store_unavailable"),
            QStringLiteral("the store cannot be read now; try again later"));
    const QByteArray blindedHash = CredentialStore::hash(request.blindedMessage);
    const bool retry = !taken->isEmpty();
    if (retry && *taken != blindedHash)
        return error(410, QStringLiteral("credential_issued"),
            QStringLiteral("this member has had the credential of this round"),
            QStringLiteral("memberSecret"));
    if (!retry && !round->closes.isEmpty() && round->closes < today)
        return error(410, QStringLiteral("round_closed"),
            QStringLiteral("this round closed on %1").arg(round->closes), QStringLiteral("round"));
    const auto key
        = m_store.credentials().keyFor(Issuer::panel(request.panel), QDate::currentDate().year());
    if (!key)
        return error(503, QStringLiteral("store_unavailable"),
            QStringLiteral("the store cannot be written now; try again later"));
    auto signature = sign(*key, request.blindedMessage);
    if (auto *refused = std::get_if<QHttpServerResponse>(&signature))
        return std::move(*refused);
    if (!retry
        && !m_members.recordRoundCredential(
            request.panel, request.memberSecret, request.round, blindedHash))
        return error(410, QStringLiteral("credential_issued"),
            QStringLiteral("this member has had the credential of this round"),
            QStringLiteral("memberSecret"));
    const CredentialGrant grant { key->published.keyId, std::get<QByteArray>(signature), {},
        round->region, round->id, request.panel };
    return json(grant.toJson(), retry ? 200 : 201);
}

std::optional<QHttpServerResponse> CredentialRoutes::requireEmployer(
    const QString &employerId, const QHttpServerRequest &request)
{
    const QString token = http::bearerToken(request);
    if (token.isEmpty())
        return error(401, QStringLiteral("unauthorized"),
            QStringLiteral("send Authorization: Bearer <token>"));
    const auto caller = m_store.employerForToken(token);
    if (!caller)
        return error(
            401, QStringLiteral("unauthorized"), QStringLiteral("this token is not valid"));
    if (caller->id != employerId)
        return error(403, QStringLiteral("forbidden"),
            QStringLiteral("an employer makes and sees only its own invitations"));
    return std::nullopt;
}

QHttpServerResponse CredentialRoutes::createInvitations(
    const QString &employerId, const QHttpServerRequest &request)
{
    if (auto refused = requireEmployer(employerId, request))
        return std::move(*refused);
    std::optional<QHttpServerResponse> refusal;
    const auto body = http::jsonBody(request, kMaxCredentialBody, &refusal);
    if (!body)
        return std::move(*refusal);
    ProtocolError e;
    const auto batch = InvitationBatchRequest::fromJson(*body, &e);
    if (!batch)
        return refuse(e);
    const QDate today = QDate::currentDate();
    QDate expires = today.addDays(kDefaultExpiryDays);
    if (!batch->expires.isEmpty()) {
        expires = QDate::fromString(batch->expires, Qt::ISODate);
        if (expires < today || expires > today.addDays(kMaxExpiryDays))
            return error(422, QStringLiteral("invalid"),
                QStringLiteral("expires must be a day from today to %1 days ahead")
                    .arg(kMaxExpiryDays),
                QStringLiteral("expires"));
    }
    const auto codes
        = m_store.credentials().createInvitations(employerId, batch->survey, batch->count, expires);
    if (!codes)
        return error(503, QStringLiteral("store_unavailable"),
            QStringLiteral("the store cannot be written now; try again later"));
    m_store.audit().record(request, AuditLog::kInvitationsMade, batch->survey, batch->count);
    return json({ { QStringLiteral("invitations"), QJsonArray::fromStringList(*codes) },
                    { QStringLiteral("survey"), batch->survey },
                    { QStringLiteral("expires"), expires.toString(Qt::ISODate) } },
        201);
}

QHttpServerResponse CredentialRoutes::invitationMonths(
    const QString &employerId, const QHttpServerRequest &request)
{
    if (auto refused = requireEmployer(employerId, request))
        return std::move(*refused);
    const auto months = m_store.credentials().invitationMonths(employerId, QDate::currentDate());
    if (!months)
        return error(503, QStringLiteral("store_unavailable"),
            QStringLiteral("the store cannot be read now; try again later"));
    QJsonArray list;
    for (const InvitationMonth &m : *months)
        list.append(QJsonObject { { QStringLiteral("month"), m.month },
            { QStringLiteral("survey"), m.survey }, { QStringLiteral("issued"), m.issued },
            { QStringLiteral("redeemed"), m.redeemed }, { QStringLiteral("expired"), m.expired } });
    return json(
        { { QStringLiteral("employer"), employerId }, { QStringLiteral("months"), list } }, 200);
}

std::optional<ProtocolError> CredentialRoutes::check(const Submission &s, const QString &month)
{
    const SurveyDefinition *definition = m_catalog.find(s.surveyId, s.surveyVersion);
    if (!definition)
        return std::nullopt; // validateSubmission refused it already
    const bool round = definition->kind == QLatin1String("panel");
    if (round && !s.strata.employer.isEmpty())
        return ProtocolError { 422, QStringLiteral("invalid"),
            QStringLiteral("a panel round's answers do not count for an employer"),
            QStringLiteral("strata.employer") };
    if (!round && s.strata.employer.isEmpty()) {
        if (s.credential)
            return ProtocolError { 422, QStringLiteral("credential_unexpected"),
                QStringLiteral("an open response (no employer) carries no credential"),
                QStringLiteral("credential") };
        return std::nullopt;
    }
    if (!s.credential)
        return ProtocolError { 422, QStringLiteral("credential_required"),
            round ? QStringLiteral("a panel round's answers need the round's credential")
                  : QStringLiteral("answers for an employer need a credential from one of its "
                                   "invitations"),
            QStringLiteral("credential") };
    const Issuer issuer = round ? Issuer::panel(definition->panel)
                                : Issuer::employer(s.strata.employer, definition->kind);
    const auto key = m_store.credentials().key(s.credential->keyId);
    if (!key || key->issuer != issuer.key() || key->survey != issuer.survey)
        return invalidCredential(round
                ? QStringLiteral("the credential is not one of this panel's")
                : QStringLiteral("the credential is not one of this employer's for this survey"));
    if (!key->acceptsIn(month))
        return invalidCredential(QStringLiteral("the credential's key is no longer accepted"));
    if (!blindrsa::verify(key->publicKey, s.credential->token, s.credential->signature))
        return invalidCredential(QStringLiteral("the credential's signature does not verify"));
    return std::nullopt;
}

} // namespace zs
