#pragma once

#include "collectorstore.h"
#include "regionalroutes.h"
#include "release.h"
#include "surveycatalog.h"

#include <QCache>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace zs {

/// Reports from stored releases only (DESIGN §5a, issue 9): an employer's own releases with the
/// region's verified releases as benchmark, a coordinator's regional picture (verified and open,
/// the open labelled unverified), and a panel round's releases. Each scope lists its releases in
/// order and their total; a report reads a few stored rows, whatever the data size.
class ReportRoutes
{
public:
    ReportRoutes(CollectorStore &store, const SurveyCatalog &catalog, RegionalRoutes &regional,
        const releases::Parameters &parameters);

    /// GET /v1/reports/{kind}?employer=E (that employer's token) or ?region=R (a coordinator of
    /// R). JSON, or CSV for Accept: text/csv.
    QHttpServerResponse report(const QString &kind, const QHttpServerRequest &request);
    /// GET /v1/panels/{panel}/rounds/{id}/report (a coordinator of a region the panel serves).
    QHttpServerResponse roundReport(
        const QString &panel, const QString &round, const QHttpServerRequest &request);

    /// GET /v1/regions/{r}/releases (a coordinator of r): per employer of the region and survey
    /// kind only whether it has a release, never a figure (those are the employer's).
    QHttpServerResponse regionReleases(const QString &region, const QHttpServerRequest &request);

    /// The CSV of a report: a UTF-8 byte-order mark, a "sep=," line, then one row per release
    /// (and total) and figure.
    static QByteArray toCsv(const QJsonObject &report);
    /// A text cell made safe for a spreadsheet: "=…", "+…", "-…", "@…", tab or CR get a quote.
    static QString csvSafe(const QString &cell);

private:
    struct Scope
    {
        QString name; ///< as the report labels it: employer, region, verified, open, round
        QString key; ///< the stored scope (scope::employer(...), ...)
        bool unverified = false;
    };
    /// A scope's entry of a report: its releases (at most textCap texts per question in each,
    /// -1 for all) and their total.
    std::optional<QJsonObject> scopeEntry(
        const SurveyDefinition &definition, const Scope &scope, int textCap);
    /// The report of these scopes (every text); nullopt on a store fault.
    std::optional<QJsonObject> build(
        const SurveyDefinition &definition, const QList<Scope> &scopes);
    /// A scope's entry as compact JSON, built once per newest release of the scope and kept
    /// (releases never change once cut); nullopt on a store fault.
    std::optional<QByteArray> scopeJson(
        const SurveyDefinition &definition, const Scope &scope, int textCap);
    /// The report (head plus these scopes) as JSON, or as CSV for Accept: text/csv, after the
    /// audit entry.
    QHttpServerResponse answer(const SurveyDefinition &definition, const QList<Scope> &scopes,
        QJsonObject head, const QHttpServerRequest &request);

    /// A scope's serialised entry and the newest release seq it was built from.
    struct CachedScope
    {
        int seq = 0;
        QByteArray json;
    };
    /// The most texts a report shows per question and release when it asks for fewer (texts=N).
    static constexpr int kMaximumTextCap = 1000;
    /// Bytes of serialised scopes kept, least recently used dropped first.
    static constexpr qsizetype kCacheBytes = 16 * 1024 * 1024;

    CollectorStore &m_store;
    const SurveyCatalog &m_catalog;
    RegionalRoutes &m_regional;
    releases::Parameters m_parameters;
    QCache<QString, CachedScope> m_cache { kCacheBytes };
};

} // namespace zs
