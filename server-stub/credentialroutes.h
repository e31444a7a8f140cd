#pragma once

#include "collectorstore.h"
#include "memberstore.h"
#include "regionalroutes.h"
#include "surveycatalog.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace zs {

/// Invitations and one-time credentials (DESIGN §5a, issue 8): the issuers' public keys, the
/// lookup and redemption of an invitation for an RFC 9474 blind signature, a panel member's
/// credential for a round, an employer's batches of invitations, and the check of a
/// submission's credential.
class CredentialRoutes
{
public:
    CredentialRoutes(CollectorStore &store, MemberStore &members, const SurveyCatalog &catalog,
        const RegionalRoutes &regional);

    // The handlers; CollectorServer::routes() says which method and path reach each.
    QHttpServerResponse keys(const QHttpServerRequest &request);
    QHttpServerResponse invitation(const QString &code);
    QHttpServerResponse credentials(const QHttpServerRequest &request);
    QHttpServerResponse createInvitations(
        const QString &employerId, const QHttpServerRequest &request);
    QHttpServerResponse invitationMonths(
        const QString &employerId, const QHttpServerRequest &request);

    /// The credential rule of a submission that passed validateSubmission: with an employer or
    /// for a panel round it needs a credential that verifies under a key of that employer and
    /// survey kind (or that panel) and is accepted this month; an open response carries none.
    /// Spending it is the store's part (StoreOutcome::Spent).
    std::optional<ProtocolError> check(const Submission &submission, const QString &month);

private:
    QHttpServerResponse redeemInvitation(const CredentialRequest &request);
    QHttpServerResponse redeemRound(const CredentialRequest &request);
    /// The employer whose token the request carries, when it is employerId; else the refusal.
    std::optional<QHttpServerResponse> requireEmployer(
        const QString &employerId, const QHttpServerRequest &request);

    CollectorStore &m_store;
    MemberStore &m_members;
    const SurveyCatalog &m_catalog;
    const RegionalRoutes &m_regional;
};

} // namespace zs
