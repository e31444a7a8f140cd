#pragma once

#include "localizedtext.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace zs {

/// Every limit on a survey definition in one place: parse() refuses a definition over one,
/// naming the field. They keep the cost of checking one answer set small and bounded on the
/// collector's single thread, whoever wrote the definition (a panel round comes from a
/// coordinator over the network).
namespace surveylimits {

inline constexpr int kMaxQuestions = 100; ///< questions in one definition
inline constexpr int kMaxOptions = 50; ///< options of one single or multi question
inline constexpr int kMaxLikertItems = 30; ///< statements of one likert question
inline constexpr int kMaxConditionDepth = 3; ///< all/any nested in each other in one showIf
inline constexpr int kMaxConditions = 20; ///< comparisons in one question's showIf

} // namespace surveylimits

/// One choice of a single, multi or ranking question.
struct Option
{
    QString id;
    LocalizedText label;
    QString theme; ///< optional mapping onto a national theme (exit reasons)
    bool exclusive = false; ///< multi: cannot be combined with other options ("nothing")
};

/// One statement of a likert question.
struct LikertItem
{
    QString id;
    LocalizedText label;
};

/// A showIf condition: a comparison on an earlier answer, or all/any of sub-conditions.
/// parse() lets a comparison name only an EARLIER question, so visibility can be computed in
/// one pass in definition order (SurveyEngine::visibility).
struct Condition
{
    enum class Kind { Equals, Includes, AtLeast, AtMost, All, Any };
    Kind kind = Kind::Equals;
    QString question;
    QJsonValue value;
    QList<Condition> children;
};

/// One question of a survey definition (DESIGN §3).
struct Question
{
    enum class Type { Single, Multi, Likert, Scale, Number, Text };
    QString id;
    Type type = Type::Single;
    LocalizedText text;
    LocalizedText help;
    bool required = false;
    std::optional<Condition> showIf;
    QList<Option> options;
    QString optionsFrom; ///< single: options are those picked in this earlier multi question
    QList<LikertItem> items;
    QList<LocalizedText> scaleLabels;
    LocalizedText minLabel;
    LocalizedText maxLabel;
    LocalizedText unit;
    int min = 0;
    int max = 0;
    int maxLength = 1000;

    static QString typeName(Type type);
    const Option *option(const QString &optionId) const;
};

/// A versioned survey definition; parse() validates it and names the bad field on error.
struct SurveyDefinition
{
    QString id;
    int version = 0;
    QString kind; ///< exit | retention | pulse | panel
    LocalizedText title;
    LocalizedText intro;
    QString region; ///< empty: national
    QString panel; ///< kind "panel": the panel whose round this is
    QStringList servedRegions; ///< panel rounds: the regions the panel serves (set by the host)
    QString opens; ///< optional ISO date
    QString closes; ///< optional ISO date
    QList<Question> questions;
    QJsonObject source; ///< the definition as parsed, for serving it unchanged

    const Question *question(const QString &questionId) const;
    int indexOf(const QString &questionId) const;

    /// Parses and validates; on error returns nullopt and sets *error to "field: problem".
    static std::optional<SurveyDefinition> parse(const QJsonObject &json, QString *error);
    /// Parses a JSON document; reports malformed JSON as an error too.
    static std::optional<SurveyDefinition> parse(const QByteArray &json, QString *error);
};

} // namespace zs
