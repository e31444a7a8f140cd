#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace zs {

/// The dashboards' "remember on this computer": one token in the system keychain through
/// QtKeychain (the Secret Service on Linux, the Keychain on macOS, the Credential Manager on
/// Windows), never in a file of ours. QtKeychain's plaintext fallback stays off: without a
/// keychain the answer says so (unavailable) and the caller keeps the token in memory only.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    /// How one keychain operation ended.
    struct Result
    {
        bool ok = false;
        bool notFound = false; ///< a read or delete of an entry that is not there
        bool unavailable = false; ///< no keychain (no secret service, locked, refused)
        QString detail; ///< QtKeychain's own words, for logs and the plain note
        QString token; ///< what a read found
    };
    using Done = std::function<void(const Result &)>;

    /// service: the keychain's service name (tests use their own, never the app's).
    explicit TokenVault(
        const QString &service = QStringLiteral("Zorgstem"), QObject *parent = nullptr);

    QString service() const { return m_service; }
    /// Stores the token under key (replacing what was there).
    void save(const QString &key, const QString &token, const Done &done);
    /// Reads the token stored under key.
    void load(const QString &key, const Done &done);
    /// Deletes the entry under key; a missing entry counts as done.
    void remove(const QString &key, const Done &done);

private:
    QString m_service;
};

} // namespace zs
