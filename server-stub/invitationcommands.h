#pragma once

#include <QStringList>

namespace zs::cli {

// The operator's (and an employer's) commands for invitations (DESIGN §5a). Codes go to stdout,
// one per line, and nowhere else; messages go to stderr.

/// `invitations create --db F --employer E --survey exit|retention --count N
/// [--expires YYYY-MM-DD] [--sheet FILE.pdf] [--collector URL]`.
int invitationsCreate(const QStringList &args);
/// `invitations list --db F --employer E`: issued, redeemed and expired per month (never a code).
int invitationsList(const QStringList &args);

/// Whether these collector arguments write an invitation sheet (then main() needs a
/// QGuiApplication for the PDF's fonts).
bool needsGui(const QStringList &arguments);

} // namespace zs::cli
