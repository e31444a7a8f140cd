#pragma once

#include "database.h"
#include "profile.h"

namespace zs {

/// Keeps the profile and the app's settings (language, collector address) in the app database.
class ProfileStore
{
public:
    explicit ProfileStore(Database &db);

    Profile profile();
    [[nodiscard]] bool saveProfile(const Profile &profile);

    QString setting(const QString &key, const QString &fallback = {});
    [[nodiscard]] bool setSetting(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace zs
