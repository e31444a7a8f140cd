#pragma once

#include "protocolerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariantMap>
#include <optional>

namespace zs {

/// The coordinator's action form as plain data, so the rules are tested without a page: its
/// fields (Dutch and English side by side: titleNl, titleEn, …, whatNl, whatEn, …, metricNl,
/// unitEn; id, status, line, themes, baseline, target, targetDate, source), the action JSON it
/// describes, and each refusal of Action::validate() turned into the form field it belongs to
/// and the coordinator's words for it.
class ActionForm
{
    Q_DECLARE_TR_FUNCTIONS(ActionForm)

public:
    /// The form's fields of an action as the collector sent it (empty ones for a new action).
    static QVariantMap fields(const QJsonObject &action);
    /// The action the form describes, checked as the collector checks it (sync/protocol). When
    /// it is refused the result is empty and *errors maps each wrong form field to a message.
    static QJsonObject build(const QVariantMap &form, const QString &region, QVariantMap *errors);
    /// The form field a refusal names: title.en → titleEn, commitment.who.nl → whoNl,
    /// target.value → target, target.date → targetDate, progress[2].date → progress.
    static QString formField(const ProtocolError &error);
    /// The coordinator's words for a refusal of Action::validate() (never the collector's).
    static QString message(const ProtocolError &error);
    /// A number as typed: 12, 12.5 or 12,5 (the Dutch decimal comma); nullopt for anything else.
    static std::optional<double> number(const QVariant &value);
    /// The checks of one progress update (date YYYY-MM-DD, a number, a note of at most the
    /// wire's length): *errors gets progressDate, progressValue or progressNote.
    static bool checkProgress(
        const QString &date, const QVariant &value, const QString &note, QVariantMap *errors);
};

} // namespace zs
