#pragma once

#include "surveyengine.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>
#include <optional>

namespace zs {

class AppController;

/// Drives one survey page: one question per screen, branching, validation, saving the draft as
/// the person goes, a review with the scrubbed text, and queueing the anonymised result.
class SurveyRunner : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString surveyId READ surveyId WRITE setSurveyId NOTIFY surveyChanged)
    Q_PROPERTY(QString title READ title NOTIFY surveyChanged)
    Q_PROPERTY(QString intro READ intro NOTIFY surveyChanged)
    Q_PROPERTY(QString stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool hasDraft READ hasDraft NOTIFY surveyChanged)
    Q_PROPERTY(QVariantMap question READ question NOTIFY questionChanged)
    Q_PROPERTY(QVariant answer READ answer NOTIFY answerChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int position READ position NOTIFY questionChanged)
    Q_PROPERTY(int count READ count NOTIFY questionChanged)
    Q_PROPERTY(QString scrubbedPreview READ scrubbedPreview NOTIFY answerChanged)
    Q_PROPERTY(QVariantList review READ review NOTIFY stageChanged)

public:
    explicit SurveyRunner(QObject *parent = nullptr);

    QString surveyId() const { return m_surveyId; }
    void setSurveyId(const QString &id);
    QString title() const;
    QString intro() const;
    QString stage() const { return m_stage; }
    bool hasDraft() const { return m_hasDraft; }
    QVariantMap question() const;
    QVariant answer() const;
    QString errorText() const { return m_error; }
    int position() const;
    int count() const;
    QString scrubbedPreview() const;
    QVariantList review() const;

    /// Leaves the intro for the first unanswered question (or where the draft left off).
    Q_INVOKABLE void start();
    /// Sets the current question's answer (string, list, map or number) and saves the draft.
    Q_INVOKABLE void setAnswer(const QVariant &value);
    /// Multi questions: adds or removes one option.
    Q_INVOKABLE void toggleOption(const QString &optionId);
    /// Likert questions: sets one statement's value 1–5.
    Q_INVOKABLE void setItem(const QString &itemId, int value);
    /// Checks the answer and moves on (to the review after the last question); false if refused.
    Q_INVOKABLE bool next();
    /// One question back (or back to the intro).
    Q_INVOKABLE void back();
    /// From the review: open this question again.
    Q_INVOKABLE void edit(const QString &questionId);
    /// Anonymises and queues the answers; the draft goes in the same transaction.
    Q_INVOKABLE bool submit();
    /// Drops the draft and starts over.
    Q_INVOKABLE void discard();

Q_SIGNALS:
    void surveyChanged();
    void stageChanged();
    void questionChanged();
    void answerChanged();
    void errorTextChanged();
    void submitted();

private:
    const Question *current() const;
    QString language() const;
    void setStage(const QString &stage);
    void setError(const QString &error);
    void saveDraft();
    QString messageFor(const AnswerError &error) const;
    QString displayAnswer(const Question &q, const QJsonValue &value) const;

    QString m_surveyId;
    std::optional<SurveyEngine> m_engine;
    QJsonObject m_answers;
    QString m_currentId;
    QString m_stage = QStringLiteral("intro");
    QString m_error;
    bool m_hasDraft = false;
};

} // namespace zs
