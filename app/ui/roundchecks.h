#pragma once

#include "protocolerror.h"
#include "rounddraft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zs {

/// One thing the coordinator has to fix, at the field it is about. field is the definition's
/// path ("title", "questions[2].options[1].label", "questions[0].showIf"), the same path
/// SurveyDefinition::parse and the collector name, so their refusals land at the same field.
struct FieldError
{
    QString field;
    QString message; ///< plain words in the current language
    bool missing = false; ///< the field is only empty (shown once the coordinator tries to go on)
    bool operator==(const FieldError &) const = default;
};

/// The round builder's checks, in the coordinator's words: every rule SurveyDefinition::parse
/// applies to a panel round, reported all at once at their fields (the parser stops at the first).
/// The builder still runs the parser and the collector's round rules (validateRound) after these,
/// so a rule missing here can only show later, never let a broken round through.
class RoundChecks
{
    Q_DECLARE_TR_FUNCTIONS(RoundChecks)

public:
    /// Every problem of the draft, top-level fields first, then question by question.
    static QList<FieldError> check(const RoundDraft &draft);
    /// A refusal of SurveyDefinition::parse ("questions[1].text: must be ...") at its field.
    static FieldError fromParser(const QString &parserError);
    /// A refusal of validateRound() or of the collector (its field and code) in plain words.
    static FieldError fromProtocol(const ProtocolError &error, const RoundDraft &draft);
    /// Plain words for a field path whose exact rule is not known here (a refusal of the parser
    /// or the collector that check() did not foresee).
    static QString messageForPath(const QString &path);
};

} // namespace zs
