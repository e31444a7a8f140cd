#pragma once

#include "appcontroller.h"
#include "rowmodel.h"
#include "surveyengine.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>
#include <optional>

namespace zs {

/// The question on screen, in the current language (its options and likert items are the
/// runner's `options` and `items` models).
struct QuestionData
{
    Q_GADGET
    QML_VALUE_TYPE(questionData)
    Q_PROPERTY(QString questionId MEMBER questionId)
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString help MEMBER help)
    Q_PROPERTY(bool required MEMBER required)
    Q_PROPERTY(QStringList scaleLabels MEMBER scaleLabels)
    Q_PROPERTY(int min MEMBER min)
    Q_PROPERTY(int max MEMBER max)
    Q_PROPERTY(QString minLabel MEMBER minLabel)
    Q_PROPERTY(QString maxLabel MEMBER maxLabel)
    Q_PROPERTY(QString unit MEMBER unit)
    Q_PROPERTY(int maxLength MEMBER maxLength)

public:
    QString questionId;
    QString type;
    QString text;
    QString help;
    bool required = false;
    QStringList scaleLabels;
    int min = 0;
    int max = 0;
    QString minLabel;
    QString maxLabel;
    QString unit;
    int maxLength = 0;
    bool operator==(const QuestionData &) const = default;
};

/// Drives one survey page: one question per screen, branching, validation, saving the draft as
/// the person goes, a review with the scrubbed text, and queueing the anonymised result.
class SurveyRunner : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(zs::AppController *app READ app WRITE setApp NOTIFY appChanged REQUIRED)
    Q_PROPERTY(QString surveyId READ surveyId WRITE setSurveyId NOTIFY surveyChanged)
    Q_PROPERTY(QString title READ title NOTIFY surveyChanged)
    Q_PROPERTY(QString intro READ intro NOTIFY surveyChanged)
    Q_PROPERTY(QString stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool hasDraft READ hasDraft NOTIFY surveyChanged)
    Q_PROPERTY(zs::QuestionData question READ question NOTIFY questionChanged)
    Q_PROPERTY(zs::RowModel *options READ options CONSTANT)
    Q_PROPERTY(zs::RowModel *items READ items CONSTANT)
    Q_PROPERTY(QVariant answer READ answer NOTIFY answerChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int position READ position NOTIFY questionChanged)
    Q_PROPERTY(int count READ count NOTIFY questionChanged)
    Q_PROPERTY(bool last READ isLast NOTIFY questionChanged)
    Q_PROPERTY(QString scrubbedPreview READ scrubbedPreview NOTIFY answerChanged)
    Q_PROPERTY(zs::RowModel *review READ review CONSTANT)
    Q_PROPERTY(zs::RowModel *leaves READ leaves CONSTANT)
    Q_PROPERTY(QString employerName READ employerName NOTIFY surveyChanged)
    Q_PROPERTY(bool preview READ preview NOTIFY surveyChanged)

public:
    explicit SurveyRunner(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    QString surveyId() const { return m_surveyId; }
    void setSurveyId(const QString &id);
    QString title() const;
    QString intro() const;
    QString stage() const { return m_stage; }
    bool hasDraft() const { return m_hasDraft; }
    QuestionData question() const;
    /// The current question's options (single, multi), as available with the answers so far.
    RowModel *options() { return &m_options; }
    /// The current likert question's statements.
    RowModel *items() { return &m_items; }
    QVariant answer() const;
    QString errorText() const { return m_error; }
    int position() const;
    /// How many questions there may be: those shown, and later ones an answer still to come
    /// can show (SurveyEngine::possibleCount), so the total only falls.
    int count() const;
    /// True on the last question shown with the answers so far: Next leads to the review.
    bool isLast() const;
    QString scrubbedPreview() const;
    /// What will be sent, question by question, filled when the review stage starts.
    RowModel *review() { return &m_review; }
    /// Everything else that leaves the device with the answers, in words (label, value):
    /// the strata, the month, and with an invitation the employer and its one-time code.
    RowModel *leaves() { return &m_leaves; }
    /// The employer these answers will count for (from an invitation), or empty.
    QString employerName() const;
    /// True while showing a definition from showPreview() instead of one of the catalog.
    bool preview() const { return m_preview.has_value(); }

    /// Runs a definition that is in no catalog (a round being built) exactly as a member would
    /// see it, in memory only: no draft is saved, submit() queues nothing and nothing is sent.
    /// False, with errorText, when the definition does not parse. setSurveyId() ends the preview.
    Q_INVOKABLE bool showPreview(const QVariantMap &definition);

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
    void appChanged();
    void surveyChanged();
    void stageChanged();
    void questionChanged();
    void answerChanged();
    void errorTextChanged();
    void submitted();

private:
    void load();
    void updateLists();
    void updateReview();
    const Question *current() const;
    QString language() const;
    void setStage(const QString &stage);
    void setError(const QString &error);
    void saveDraft();
    QString messageFor(const AnswerError &error) const;
    QString displayAnswer(const Question &q, const QJsonValue &value) const;
    std::optional<HeldCredential> credential() const;
    /// A panel round: queues the answers waiting for the round's credential.
    bool submitRound();
    void finishSubmit();

    QPointer<AppController> m_app;
    QString m_surveyId;
    std::optional<SurveyDefinition> m_preview;
    std::optional<SurveyEngine> m_engine;
    QJsonObject m_answers;
    QString m_currentId;
    QString m_stage = QStringLiteral("intro");
    QString m_error;
    bool m_hasDraft = false;
    RowModel m_options { { "optionId", "label" } };
    RowModel m_items { { "itemId", "label" } };
    RowModel m_review { { "questionId", "text", "answer", "scrubbed" } };
    RowModel m_leaves { { "label", "value" } };
};

} // namespace zs
