#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

namespace zs {

// The printable invitation sheet (DESIGN §5a): A4 pages of eight cut-out cards, each with the
// QR code of its deep link, the code in writing and instructions in Dutch and English.

/// One invitation as printed on a card.
struct InvitationCard
{
    QString code; ///< the written form, "XXXX-XXXX-XXXX" (invitationcode::format)
    QString link; ///< zorgstem://invite?code=CODE&collector=URL (invitationLink())
};

/// What every card of a sheet says besides its code.
struct SheetInfo
{
    QString employerName;
    QDate expires; ///< the last day the invitations can be redeemed
    QString surveyKind; ///< exit | retention
};

/// The deep link a card's QR code holds: zorgstem://invite?code=…&collector=…, with both values
/// percent-encoded (QUrlQuery), so a collector address with its own query survives the trip.
QString invitationLink(const QString &code, const QUrl &collector);

/// Writes the cards to a PDF at `path` (A4 portrait, 8 cards a page, real text, replaced
/// atomically). Returns false with *error in English when the list is empty, the survey kind
/// or date is wrong, a link is too long for a QR code, or the file cannot be written.
///
/// Needs a QGuiApplication (QPdfWriter takes its fonts from the platform): a command-line
/// caller creates one, e.g. with QT_QPA_PLATFORM=offscreen, before calling this.
bool writeInvitationSheet(
    const QString &path, const SheetInfo &info, const QList<InvitationCard> &cards, QString *error);

} // namespace zs
