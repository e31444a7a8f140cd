#pragma once

// What the round builder's UI test needs from the real collector besides the app: many panel
// members answering a round (each with the round's one-time credential, as the app gets it), the
// operator's `releases cut`, and reading a coordinator route.

#include "collectorprocess.h"
#include "credentials.h"
#include "http.h"
#include "sampledata.h"

#include <QJsonDocument>
#include <QObject>
#include <QVariantMap>

/// `panelRounds` in the UI tests' QML context.
class PanelRounds : public QObject
{
    Q_OBJECT
public:
    PanelRounds(zs::test::CollectorProcess *collector, QObject *parent)
        : QObject(parent)
        , m_collector(collector)
        , m_credentials(*collector, m_http)
    { }

    /// The coordinator token the reads use.
    void setToken(const QString &token) { m_token = token; }

    /// Answers a published round as count new members of the panel would: each joins, gets the
    /// round's credential with its member secret (POST /v1/credentials) and submits the answers
    /// from the region. Returns how many submissions the collector took.
    Q_INVOKABLE int answer(const QString &panel, const QString &round, int version,
        const QVariantMap &answers, int count, const QString &region)
    {
        int taken = 0;
        for (int i = 0; i < count; ++i) {
            ++m_members;
            const zs::test::HttpReply joined = m_http.postJson(
                m_collector->url(QStringLiteral("/v1/panels/%1/members").arg(panel)),
                { { QStringLiteral("name"), QStringLiteral("Lid %1").arg(m_members) },
                    { QStringLiteral("email"), QStringLiteral("lid%1@example.nl").arg(m_members) },
                    // Only what a join carries now: the age band for the panel's age rule,
                    // consent version 2 (the members file keeps no stratum).
                    { QStringLiteral("ageBand"), QStringLiteral("25-34") },
                    { QStringLiteral("consentVersion"), 2 }, { QStringLiteral("consent"), true } });
            if (joined.status != 201) {
                qWarning("join: %s", joined.describe().constData());
                continue;
            }
            const auto redeemed = m_credentials.forRound(
                panel, joined.json().value(QLatin1String("secret")).toString(), round);
            if (!redeemed.credential) {
                qWarning("credential: %s", qPrintable(redeemed.error));
                continue;
            }
            QJsonObject s = zs::test::submission(round, QJsonObject::fromVariantMap(answers));
            s.insert(QStringLiteral("surveyVersion"), version);
            s.insert(QStringLiteral("strata"), zs::test::strata({}, region));
            s.insert(QStringLiteral("credential"), redeemed.credential->toJson());
            const zs::test::HttpReply sent
                = m_http.postJson(m_collector->url(QStringLiteral("/v1/submissions")), s);
            if (sent.status == 201)
                ++taken;
            else
                qWarning("submission: %s", sent.describe().constData());
        }
        return taken;
    }

    /// `releases cut` on the collector's file, as the operator runs it; true when it worked.
    Q_INVOKABLE bool cutReleases() const
    {
        const auto r = m_collector->cutReleases();
        if (r.exitCode != 0)
            qWarning("releases cut: %s", r.err.constData());
        return r.exitCode == 0;
    }

    /// GET a collector path with the coordinator token: its JSON, with the status as "status".
    Q_INVOKABLE QVariantMap get(const QString &path)
    {
        const zs::test::HttpReply r = m_http.get(
            m_collector->url(path), { { "Authorization", "Bearer " + m_token.toUtf8() } });
        QVariantMap map = r.json().toVariantMap();
        map.insert(QStringLiteral("status"), r.status);
        return map;
    }

private:
    zs::test::CollectorProcess *m_collector;
    zs::test::Http m_http;
    zs::test::CredentialMaker m_credentials;
    QString m_token;
    int m_members = 0;
};
