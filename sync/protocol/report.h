#pragma once

#include "localizedtext.h"
#include "protocolerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace zs {

// The reading side of a report from releases (docs/protocol.md "Releases", issue 9): what
// GET /v1/reports/{kind} answers, as typed values for the dashboards (issue 10). The collector
// writes this JSON in server-stub/release.cpp and reportroutes.cpp; the tests read its real
// answers through these types, so the two cannot drift apart unnoticed. Reading is strict about
// the fields it uses (types and presence) and ignores fields it does not know, so a newer
// collector can add figures.

/// One published count: the noisy count and its percentage of the group above it, or hidden
/// (a group under k is never shown as 0).
struct FigureCount
{
    bool suppressed = false;
    int count = 0;
    double percent = 0; ///< one decimal, of the group above; 0 when that group is the batch

    bool shown() const { return !suppressed; }
};

/// A count with its id and label: an option, a national theme, or a value of a scale.
struct FigureShare
{
    QString id; ///< option id, theme id, or the value as text ("7")
    LocalizedText label; ///< empty for a scale's value
    int count = 0;
    double percent = 0;
};

/// One statement of a likert question: the counts of 1 to 5, their sum and mean.
struct LikertFigures
{
    QString id;
    LocalizedText label;
    QList<FigureShare> counts; ///< ids "1".."5"
    double sum = 0;
    int n = 0;
    std::optional<double> mean;

    /// The percentage of n that answered 4 or 5 (agree, fully agree); nullopt when n is 0.
    std::optional<double> agreePercent() const;
};

/// The eNPS of the 0-10 "would you recommend" question.
struct EnpsFigures
{
    int score = 0; ///< -100..100
    int promoters = 0; ///< 9-10
    int passives = 0; ///< 7-8
    int detractors = 0; ///< 0-6
    int total() const { return promoters + passives + detractors; }
};

/// The figures of one question in a release or total.
struct QuestionFigures
{
    QString id;
    QString type; ///< single, multi, likert, scale, number, text
    LocalizedText text;
    FigureCount answered; ///< suppressed: the whole question is hidden
    QList<FigureShare> options; ///< single, multi
    QList<FigureShare> themes; ///< multi questions whose options carry national themes
    QList<LikertFigures> items; ///< likert
    QList<FigureShare> counts; ///< scale: per value
    int min = 0;
    int max = 0;
    double sum = 0;
    int n = 0;
    std::optional<double> mean; ///< likert items have their own
    std::optional<EnpsFigures> enps;
    QStringList texts; ///< text answers: scrubbed, shuffled; only in a release, never a total

    bool hidden() const { return answered.suppressed; }
    const FigureShare *option(const QString &optionId) const;
    const FigureShare *theme(const QString &themeId) const;
    const LikertFigures *item(const QString &itemId) const;
};

/// One release (seq >= 1) or the total of a scope's releases (seq 0, releases = how many).
struct ReleaseFigures
{
    int seq = 0;
    int releases = 0; ///< a total: the number of releases summed; 0 for a release
    QString firstMonth; ///< YYYY-MM
    QString lastMonth;
    int respondents = 0; ///< noisy, always shown
    QList<QuestionFigures> questions;

    bool isTotal() const { return seq == 0; }
    const QuestionFigures *question(const QString &questionId) const;
};

/// A scope of the report: "employer" (its own), "region" (the region's verified responses, the
/// employer's benchmark), "verified", "open" (unverified) or "round".
struct ReportScope
{
    QString name;
    bool unverified = false;
    QList<ReleaseFigures> releases; ///< oldest first
    std::optional<ReleaseFigures> total; ///< none before the first release

    /// The release with this seq; nullptr when there is none.
    const ReleaseFigures *release(int seq) const;
};

/// A report as GET /v1/reports/{kind} (and the panel round's report) answers it.
struct Report
{
    QString surveyId;
    QString kind; ///< exit, retention, panel
    LocalizedText title;
    int k = 10;
    double epsilon = 1.0;
    QString employerId; ///< an employer's report only
    QString employerName;
    QString region; ///< the employer's region, or the coordinator's
    QString panel; ///< a round's report only
    QList<ReportScope> scopes;

    /// The scope with this name; nullptr when the report has none.
    const ReportScope *scope(const QString &name) const;

    /// Reads a report; nullopt with *error (field: the JSON path, reason: missing | wrong_type)
    /// when a field it uses is absent or of the wrong type.
    static std::optional<Report> fromJson(const QJsonValue &json, ProtocolError *error);
};

/// One month of an employer's invitations, as GET /v1/employers/{id}/invitations answers it:
/// issued and expired count in the month of issue, redeemed in the month of redemption.
struct InvitationCounts
{
    QString month; ///< YYYY-MM
    QString survey; ///< exit | retention
    int issued = 0;
    int redeemed = 0;
    int expired = 0;

    /// Reads {"employer", "months": [...]}; nullopt with *error when the shape is wrong.
    static std::optional<QList<InvitationCounts>> listFromJson(
        const QJsonValue &json, ProtocolError *error);
};

} // namespace zs
