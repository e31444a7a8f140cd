#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace zs {

struct InvitationCounts;

/// One bar of a figure: a share of the group, beside the region's share (the benchmark).
struct FigureBar
{
    QString id; ///< option, theme or item id
    QString label; ///< in the person's language
    int count = 0; ///< noisy
    double percent = 0; ///< of those who answered; a likert item: who agree (4 or 5)
    std::optional<double> benchmark; ///< the region's percent; nullopt: it shows none
    std::optional<double> mean; ///< likert items: the mean of 1-5
};

/// One block of a report page (and of the PDF): a question's figures in the person's language.
struct FigureSection
{
    enum class Kind { Bars, Likert, Enps, Mean, Texts };
    QString id; ///< the question id; its national themes: id + ".themes"
    Kind kind = Kind::Bars;
    QString heading; ///< what the figure shows ("Leaving reasons")
    QString question; ///< the question as it was asked
    bool hidden = false; ///< those who answered are fewer than k: nothing of it is shown
    int answered = 0;
    /// The region has no figure for this (no release yet, or hidden there too).
    bool benchmarkMissing = true;
    QList<FigureBar> bars;
    std::optional<EnpsFigures> enps;
    std::optional<EnpsFigures> benchmarkEnps;
    std::optional<double> mean; ///< number questions (extra hours)
    std::optional<double> benchmarkMean;
    QStringList texts;

    /// kind as a word for QML ("bars", "likert", "enps", "mean", "texts").
    QString kindName() const;
};

/// A point of a trend: one release's value of a figure.
struct TrendPoint
{
    int seq = 0;
    QString label; ///< the months the release covers
    std::optional<double> value; ///< nullopt: hidden in that release
};

/// A figure that can be followed over releases: its key and its name.
struct TrendFigure
{
    QString key; ///< "respondents", "enps", "question:option", "question.themes:theme", ...
    QString label;
};

/// Respondents against the invitations issued in the months a release covers.
struct ResponseRate
{
    int issued = 0; ///< invitations of this survey issued in the release's months
    std::optional<double> percent; ///< respondents / issued × 100; nullopt when none issued
};

/// What a report page and the PDF show, built from the typed report: sections of figures with
/// the region's benchmark beside each, trends over releases, response rates, the regional
/// actions' themes, and the words for hidden groups and the next release. Pure functions of
/// their arguments (the language picks labels; headings go through tr()), so the page, the PDF
/// and the tests agree by construction.
class ReportView
{
    Q_DECLARE_TR_FUNCTIONS(ReportView)

public:
    /// The sections of figures (release or total), with benchmark (the region's total; may be
    /// null) beside each. Free texts become Texts sections only for a release.
    static QList<FigureSection> sections(
        const ReleaseFigures &figures, const ReleaseFigures *benchmark, const QString &language);
    /// The Texts sections (comments) of one release.
    static QList<FigureSection> comments(const ReleaseFigures &release, const QString &language);

    /// The figures a trend can follow: respondents, eNPS, and every bar of the total.
    static QList<TrendFigure> trendFigures(const ReleaseFigures &total, const QString &language);
    /// The figure's value in each release, oldest first.
    static QList<TrendPoint> trend(
        const QList<ReleaseFigures> &releases, const QString &key, const QString &language);
    /// The figure's value in one release or total; nullopt when hidden or absent.
    static std::optional<double> value(
        const ReleaseFigures &figures, const QString &key, const QString &language);

    /// The response rate of a release: its respondents over the invitations of this survey
    /// issued in the months it covers (approximate: respondents carry noise, and people answer
    /// later than they were invited).
    static ResponseRate responseRate(const ReleaseFigures &release,
        const QList<InvitationCounts> &invitations, const QString &survey);

    /// The top themes of a report for matching regional actions (action themes, which are the
    /// retention themes): for exit the national themes of the leaving reasons mapped through
    /// data/reference/exit-themes.json, for retention what keeps people; at most count, the
    /// biggest first, only shown groups.
    static QStringList topActionThemes(
        const ReleaseFigures &total, const QString &kind, int count = 3);
    /// The same top themes in the report's own words: the national themes (exit) or what keeps
    /// people (retention), in the language.
    static QStringList topThemeLabels(
        const ReleaseFigures &total, const QString &kind, const QString &language, int count = 3);

    /// "Jan 2026 – Mar 2026", or one month.
    static QString monthsLabel(const QString &first, const QString &last, const QString &language);
    /// The first day of the month after today: the earliest a next release can come.
    static QDate nextReleaseDay(const QDate &today);
    /// Why a group is hidden, in plain words with k.
    static QString hiddenText(int k);
    /// When the next release can come.
    static QString nextReleaseText(const QDate &today, int k, const QString &language);
    /// The one plain note about the deliberate noise.
    static QString noiseNote(int k);
    /// "34%" with one decimal below 10, rounded above (the figures are noisy anyway).
    static QString percentText(double percent, const QString &language);
    /// The heading of a question's figure ("Leaving reasons"); the question text when unknown.
    static QString heading(const QuestionFigures &question, bool themes, const QString &language);
};

} // namespace zs
