#pragma once

#include "database.h"
#include "release.h"
#include "submission.h"
#include "surveycatalog.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace zs {

/// The scopes a response counts in (DESIGN §5a), each with a pending pool and its releases.
namespace scope {
/// An employer's verified responses (credentialed).
QString employer(const QString &id);
/// A region's verified responses: every employer of the region.
QString verified(const QString &region);
/// A region's open responses: no employer, no credential; for coordinators, labelled unverified.
QString open(const QString &region);
/// A panel's rounds (the survey column names the round).
QString round(const QString &panel);
/// The scopes of one stored response.
QStringList of(const Submission &submission, const SurveyDefinition &definition);
} // namespace scope

/// One release as stored: the figures of exactly one batch, computed and noised once.
struct StoredRelease
{
    int seq = 0;
    QString firstMonth;
    QString lastMonth;
    int k = 0;
    double epsilon = 0;
    QJsonObject figures;
};

/// Pending pools and releases in the collector's store. A pool is the set of responses of a
/// scope and survey not yet released; nothing about it is ever published, not even its size.
class ReleaseStore
{
public:
    explicit ReleaseStore(Database &db);

    /// The SQL of migration 5: random keys without rowid for submissions and answers (existing
    /// rows rewritten in random order), the pools, the releases and the settings.
    static QStringList schema();

    /// Puts a just stored response into the pools of its scopes (inside the store's
    /// transaction).
    bool addToPools(
        const QByteArray &submissionKey, const QString &surveyId, const QStringList &scopes);

    /// Cuts every pool holding at least k responses into a release, in one write transaction;
    /// the number of releases made, nullopt on a store fault. Raw answers of released responses
    /// received more than retentionMonths ago are deleted afterwards.
    std::optional<int> cut(const SurveyCatalog &catalog, const releases::Parameters &parameters,
        const releases::RandomBits &bits, int retentionMonths);

    /// The releases of a scope and survey, oldest first; nullopt on a store fault.
    std::optional<QList<StoredRelease>> releases(const QString &scope, const QString &surveyId);
    /// The seq of the newest release of a scope and survey (0 before the first), from the
    /// primary key alone; nullopt on a store fault. Releases never change once cut, so what is
    /// built from a scope's releases stays right as long as this stays the same, whichever
    /// collector process made the cut.
    std::optional<int> newestSeq(const QString &scope, const QString &surveyId);

    /// The k and epsilon the releases so far were made with: nullopt when there is no release
    /// yet. k and epsilon may then only be made stricter (DESIGN §5 rule 10).
    std::optional<releases::Parameters> recorded();
    /// Empty when these parameters are allowed; otherwise why not (a weaker k or epsilon).
    QString refusal(const releases::Parameters &parameters);

    /// The month the last automatic cut happened in ("" before the first).
    QString lastCutMonth();
    bool setLastCutMonth(const QString &month);

private:
    std::optional<QString> setting(const QString &key);
    bool setSetting(const QString &key, const QString &value);
    Database &m_db;
};

} // namespace zs
