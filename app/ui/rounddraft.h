#pragma once

#include "localizedtext.h"
#include "surveydefinition.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace zs {

/// One option of a single or multi question, or one statement of a likert question, as the
/// round builder edits it.
struct DraftChoice
{
    int uid = 0; ///< stable key for the views and for show-if references, never sent
    QString id;
    bool idAuto = true; ///< the id follows the label until the coordinator edits it
    LocalizedText label;
    QJsonObject extra; ///< fields the builder does not edit (theme, exclusive), kept as imported
};

/// One question as the round builder edits it. Texts may be incomplete: RoundChecks says what is
/// missing. A show-if names its question and option by uid, so renaming or moving them keeps it.
struct DraftQuestion
{
    int uid = 0;
    QString id;
    bool idAuto = true;
    Question::Type type = Question::Type::Single;
    LocalizedText text;
    LocalizedText help;
    bool required = true;
    QList<DraftChoice> options; ///< single, multi
    QList<DraftChoice> items; ///< likert
    int min = 0; ///< scale, number
    int max = 0; ///< scale, number; multi: at most this many picks (0: no limit)
    LocalizedText minLabel; ///< scale
    LocalizedText maxLabel; ///< scale
    LocalizedText unit; ///< number
    int maxLength = 1000; ///< text
    int showIfQuestion = 0; ///< uid of the earlier question whose answer shows this one; 0: none
    int showIfOption = 0; ///< uid of that question's option
    QJsonObject extra; ///< fields the builder does not edit (scaleLabels, optionsFrom, min of a
                       ///< multi, a showIf other than "equals one option"), kept as imported

    const DraftChoice *choice(int choiceUid) const;
    /// True for the types whose answer is one or more of its options (a show-if can name them).
    bool hasOptions() const
    {
        return type == Question::Type::Single || type == Question::Type::Multi;
    }
};

/// The panel round a coordinator is building: everything the builder edits, turned into a
/// survey definition (kind "panel") by toDefinition() and read back leniently from one, so an
/// imported file or a half-done draft can be edited further.
struct RoundDraft
{
    QString id;
    bool idAuto = true;
    int version = 1;
    LocalizedText title;
    LocalizedText intro;
    QString panel;
    QList<DraftQuestion> questions;
    QJsonObject extra; ///< top-level fields the builder does not edit (region, opens, closes)
    int nextUid = 1;

    /// A new question of a type with the defaults the builder starts from (two empty options,
    /// a 1–5 scale, ...), with fresh uids.
    DraftQuestion newQuestion(Question::Type type);
    /// A new empty option or statement with a fresh uid.
    DraftChoice newChoice();
    int indexOf(int questionUid) const;
    DraftQuestion *question(int questionUid);
    const DraftQuestion *question(int questionUid) const;
    bool isEmpty() const;

    /// Gives every id that follows its text a fresh one from that text, unique in its list.
    void updateAutoIds();

    /// The survey definition this draft describes (texts trimmed; nothing checked here).
    QJsonObject toDefinition() const;
    /// Reads a definition as far as it goes: what the builder edits becomes fields, the rest is
    /// kept in `extra`; imported ids stay as they are (not generated from the text).
    static RoundDraft fromDefinition(const QJsonObject &definition);

    /// The draft with what a definition does not carry (which ids are generated), for saving.
    QJsonObject toStored() const;
    static RoundDraft fromStored(const QJsonObject &stored);

    /// An identifier made from a text: lower case, without accents, words joined by '-', at
    /// most 40 characters; fallback when nothing is left.
    static QString slug(const QString &text, const QString &fallback);
};

} // namespace zs
