#pragma once

#include "credentials.h"
#include "http.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QObject>

/// What the coordinator's UI tests need from the real collector besides the app: verified
/// releases of a region (credentialed exit answers of one of its employers, then `releases
/// cut`, as the operator would), and a scratch folder for exported files.
class CoordinatorSeeder : public QObject
{
    Q_OBJECT
public:
    CoordinatorSeeder(zs::test::CollectorProcess *collector, const QString &dir, QObject *parent)
        : QObject(parent)
        , m_collector(collector)
        , m_dir(dir)
        , m_credentials(*collector, m_http)
    {
        QDir().mkpath(dir);
    }

    /// Posts count credentialed exit answers of the employer (in region) with these leaving
    /// reasons (the last is the main one), then cuts the releases; returns how many were cut,
    /// -1 when a step failed.
    Q_INVOKABLE int exitRelease(
        const QString &employer, const QString &region, const QStringList &reasons, int count)
    {
        QJsonArray items;
        for (int i = 0; i < count; ++i) {
            QJsonObject s = zs::test::exitSubmission(employer, zs::test::exitAnswers(reasons, 7));
            QJsonObject strata = s.value(QLatin1String("strata")).toObject();
            strata.insert(QStringLiteral("region"), region);
            s.insert(QStringLiteral("strata"), strata);
            s = m_credentials.credentialed(s);
            if (!s.contains(QLatin1String("credential"))) {
                qWarning("no credential: %s", qPrintable(m_credentials.lastError()));
                return -1;
            }
            items.append(s);
        }
        const zs::test::HttpReply r = m_http.post(
            m_collector->url(QStringLiteral("/v1/submissions")), zs::test::batchBody(items));
        for (const QJsonValue &result : r.json().value(QLatin1String("results")).toArray()) {
            if (result[QLatin1String("status")].toInt() != 201) {
                qWarning("not stored: %s", r.describe().constData());
                return -1;
            }
        }
        const auto cut = m_collector->cutReleases();
        if (cut.exitCode != 0) {
            qWarning("releases cut: %s", cut.err.constData());
            return -1;
        }
        return cut.out.trimmed().toInt();
    }
    /// A path for a file in the scratch folder.
    Q_INVOKABLE QString path(const QString &name) const { return QDir(m_dir).filePath(name); }
    /// A file as UTF-8 text after its byte-order mark ("" when it cannot be read).
    Q_INVOKABLE QString read(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    /// True when the file starts with the UTF-8 byte-order mark.
    Q_INVOKABLE bool hasBom(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.read(3) == QByteArray("\xEF\xBB\xBF");
    }

private:
    zs::test::CollectorProcess *m_collector;
    QString m_dir;
    zs::test::Http m_http;
    zs::test::CredentialMaker m_credentials;
};
