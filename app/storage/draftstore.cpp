#include "draftstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace zs {

DraftStore::DraftStore(Database &db)
    : m_db(db)
{ }

std::optional<Draft> DraftStore::load(const QString &surveyId)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral(
                       "SELECT survey_version, answers, position FROM drafts WHERE survey_id = ?"),
            { surveyId }, &q)
        || !q.next())
        return std::nullopt;
    Draft d;
    d.surveyId = surveyId;
    d.surveyVersion = q.value(0).toInt();
    d.answers = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    d.position = q.value(2).toInt();
    return d;
}

bool DraftStore::save(const Draft &d)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO drafts (survey_id, survey_version, answers, position)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT (survey_id) DO UPDATE SET"
                       " survey_version = excluded.survey_version,"
                       " answers = excluded.answers, position = excluded.position"),
        { d.surveyId, d.surveyVersion,
            QString::fromUtf8(QJsonDocument(d.answers).toJson(QJsonDocument::Compact)),
            d.position });
}

bool DraftStore::remove(const QString &surveyId)
{
    return m_db.exec(QStringLiteral("DELETE FROM drafts WHERE survey_id = ?"), { surveyId });
}

QStringList DraftStore::surveysWithDraft()
{
    QStringList ids;
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT survey_id FROM drafts ORDER BY survey_id"), {}, &q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace zs
