#pragma once

#include "database.h"

#include <QJsonObject>
#include <optional>

namespace zs {

/// An unfinished survey: the answers so far and where the person was.
struct Draft
{
    QString surveyId;
    int surveyVersion = 0;
    QJsonObject answers;
    int position = 0;
};

/// Saves answers as the person goes, so a crash or a closed app loses nothing.
class DraftStore
{
public:
    explicit DraftStore(Database &db);

    std::optional<Draft> load(const QString &surveyId);
    /// Stores the whole draft (one row per survey), replacing the previous state.
    [[nodiscard]] bool save(const Draft &draft);
    [[nodiscard]] bool remove(const QString &surveyId);
    QStringList surveysWithDraft();

private:
    Database &m_db;
};

} // namespace zs
