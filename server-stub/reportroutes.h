#pragma once

#include "collectorstore.h"
#include "regionalroutes.h"
#include "release.h"
#include "surveycatalog.h"

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
    /// The report of these scopes; nullopt on a store fault.
    std::optional<QJsonObject> build(
        const SurveyDefinition &definition, const QList<Scope> &scopes);
    QHttpServerResponse answer(const QJsonObject &report, const QHttpServerRequest &request);

    CollectorStore &m_store;
    const SurveyCatalog &m_catalog;
    RegionalRoutes &m_regional;
    releases::Parameters m_parameters;
};

} // namespace zs
