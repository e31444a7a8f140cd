#pragma once

#include <QStringList>

namespace zs::cli {

// The operator's commands for API tokens. Each takes the program name and its options and
// returns the exit code. A token is printed only by the command that makes it, on stdout alone.

/// `employer add --db F --region R --id ID --name NAME`: prints the new token.
int employerAdd(const QStringList &args);
/// `employer list --db F`: id, region, name and whether the token is active.
int employerList(const QStringList &args);
/// `employer rotate-token --db F --id ID`: prints a new token; the old one answers 401 at once.
int employerRotate(const QStringList &args);
/// `employer revoke --db F --id ID`: the token answers 401 at once.
int employerRevoke(const QStringList &args);

/// `coordinator add --db F --region R`: prints the new token (its id goes to stderr).
int coordinatorAdd(const QStringList &args);
/// `coordinator list --db F`: id, region and whether the token is active.
int coordinatorList(const QStringList &args);
/// `coordinator rotate-token --db F --id N`: prints a new token; the old one answers 401.
int coordinatorRotate(const QStringList &args);
/// `coordinator revoke --db F --id N`: the token answers 401 at once.
int coordinatorRevoke(const QStringList &args);

} // namespace zs::cli
