#pragma once

#include "collectorprocess.h"
#include "credentials.h"
#include "http.h"

#include <QJsonArray>
#include <QString>

namespace zs::test {

/// Seeds a running collector with credentialed responses and cuts them into releases, for the
/// dashboard tests (issue 10): varied answers (so bars differ), comments on every response (a
/// shown text group), and nobody answering the return condition (always a hidden group: its
/// "would return" is never "maybe"). Everything goes through the collector's real endpoints and
/// `releases cut`.
class ReleaseSeeder
{
public:
    ReleaseSeeder(CollectorProcess &collector, Http &http);

    /// count exit responses of the employer (in region) for the month; the comment of the
    /// i-th is commentPrefix + i. False (with lastError()) when one is not stored.
    bool exitResponses(const QString &employer, const QString &region, int count,
        const QString &month, const QString &commentPrefix = QStringLiteral("Opmerking "));
    /// count open exit responses in region for the month (no employer, no credential: what a
    /// coordinator sees as unverified), each with a comment.
    bool openExitResponses(const QString &region, int count, const QString &month,
        const QString &commentPrefix = QStringLiteral("Open opmerking "));
    /// count retention responses of the employer (in region) for the month, each with a comment.
    bool retentionResponses(const QString &employer, const QString &region, int count,
        const QString &month, const QString &commentPrefix = QStringLiteral("Blijf-opmerking "));
    /// `releases cut`: the number of releases made, -1 on failure.
    int cut();
    QString lastError() const { return m_error; }

private:
    bool post(const QJsonArray &items);
    CollectorProcess &m_collector;
    Http &m_http;
    CredentialMaker m_credentials;
    QString m_error;
};

} // namespace zs::test
