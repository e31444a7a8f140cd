#pragma once

#include "appcontroller.h"
#include "collectorclient.h"
#include "regionpage.h"
#include "roundchecks.h"
#include "rounddraft.h"
#include "rowmodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>
#include <memory>

namespace zs {

/// Drives the round builder page: a coordinator builds a panel round (title, introduction and
/// questions of every type, in Dutch and English) without writing JSON, sees every problem at its
/// field, previews it in the real survey runner, and publishes it to one of the region's panels.
/// The draft is saved in the app's settings as it changes, so it survives a restart; a definition
/// file can be imported into it. Before sending, the builder runs its own checks (RoundChecks),
/// then SurveyDefinition::parse and the collector's round rules (validateRound), so what the
/// collector refuses is rare, and when it does, its field is marked the same way.
class RoundBuilder : public zs::RegionPage
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(zs::AppController *app READ app WRITE setApp NOTIFY appChanged REQUIRED)
    Q_PROPERTY(QString roundId READ roundId NOTIFY draftChanged)
    Q_PROPERTY(bool roundIdAuto READ roundIdAuto NOTIFY draftChanged)
    Q_PROPERTY(int version READ version NOTIFY draftChanged)
    Q_PROPERTY(QString titleNl READ titleNl NOTIFY draftChanged)
    Q_PROPERTY(QString titleEn READ titleEn NOTIFY draftChanged)
    Q_PROPERTY(QString introNl READ introNl NOTIFY draftChanged)
    Q_PROPERTY(QString introEn READ introEn NOTIFY draftChanged)
    Q_PROPERTY(QString panel READ panel WRITE setPanel NOTIFY draftChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY draftChanged)
    Q_PROPERTY(QString kept READ kept NOTIFY draftChanged)
    Q_PROPERTY(zs::RowModel *questions READ questions CONSTANT)
    Q_PROPERTY(QVariant errors READ errorsForView NOTIFY errorsChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY errorsChanged)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY memberCountChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool ok READ ok NOTIFY messageChanged)
    Q_PROPERTY(QString publishedId READ publishedId NOTIFY publishedChanged)
    Q_PROPERTY(QVariant report READ report NOTIFY reportChanged)

public:
    explicit RoundBuilder(QObject *parent = nullptr);
    ~RoundBuilder() override;

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    /// Signed in to the session with a coordinator token (what the collector requests need).
    bool signedIn() const { return m_session && m_session->coordinator(); }
    QString roundId() const { return m_draft.id; }
    bool roundIdAuto() const { return m_draft.idAuto; }
    int version() const { return m_draft.version; }
    QString titleNl() const { return m_draft.title.nl; }
    QString titleEn() const { return m_draft.title.en; }
    QString introNl() const { return m_draft.intro.nl; }
    QString introEn() const { return m_draft.intro.en; }
    QString panel() const { return m_draft.panel; }
    void setPanel(const QString &panel);
    bool isEmpty() const { return m_draft.isEmpty(); }
    /// Fields of an imported file the builder keeps without editing them (region, opens, ...).
    QString kept() const;
    /// One row per question, key "uid"; its options and statements are RowModels of their own
    /// (roles uid, choiceId, idAuto, labelNl, labelEn, error), updated in place while typing.
    RowModel *questions() { return &m_questions; }
    /// The top-level errors shown now, by field (id, version, title, intro, panel, questions...).
    QVariantMap errors() const { return m_shownTop; }
    /// The same for QML, as a plain object (its keys are the fields).
    QVariant errorsForView() const { return m_shownTop; }
    /// Every problem left, shown or not yet (an empty field shows once publish or preview is
    /// tried).
    int errorCount() const { return int(m_errors.size()); }
    /// The members of the chosen panel (GET /v1/panels/{p}/stats); -1 while unknown.
    int memberCount() const { return m_memberCount; }
    bool busy() const { return m_busy > 0; }
    QString message() const { return m_message; }
    bool ok() const { return m_ok; }
    /// The id of the round published from this builder in this session, or empty.
    QString publishedId() const { return m_publishedId; }
    /// The round's report as the collector sent it (GET …/rounds/{id}/report), for the report
    /// view; invalid until loadReport() answered.
    QVariant report() const { return m_report; }

    /// The draft and every problem, for tests and the preview.
    const RoundDraft &draft() const { return m_draft; }
    const QList<FieldError> &allErrors() const { return m_errors; }
    /// Replaces the draft (an import, a test) and checks it.
    void setDraft(const RoundDraft &draft);

    /// Sets a round field: "id" ("" makes it follow the title again), "version", "titleNl",
    /// "titleEn", "introNl", "introEn".
    Q_INVOKABLE void setRoundField(const QString &field, const QVariant &value);
    /// Adds a question of a type (single, multi, likert, scale, number, text); returns its uid.
    Q_INVOKABLE int addQuestion(const QString &type);
    /// Removes a question; a show-if naming it is then marked at its field.
    Q_INVOKABLE void removeQuestion(int uid);
    /// Moves a question to another place (0-based); a show-if that no longer names an earlier
    /// question is marked at its field, never changed behind the coordinator's back.
    Q_INVOKABLE void moveQuestion(int uid, int to);
    /// Changes a question's type; what only the old type had (its options, ...) goes.
    Q_INVOKABLE void setQuestionType(int uid, const QString &type);
    /// Sets a question field: "id" ("" follows the text again), "textNl", "textEn", "helpNl",
    /// "helpEn", "required", "min", "max", "minLabelNl", "minLabelEn", "maxLabelNl",
    /// "maxLabelEn", "unitNl", "unitEn", "maxLength".
    Q_INVOKABLE void setQuestionField(int uid, const QString &field, const QVariant &value);
    /// Adds an empty option ("options") or statement ("items") to a question; returns its uid.
    Q_INVOKABLE int addChoice(int questionUid, const QString &list);
    Q_INVOKABLE void removeChoice(int questionUid, const QString &list, int choiceUid);
    Q_INVOKABLE void moveChoice(int questionUid, const QString &list, int choiceUid, int to);
    /// Sets an option's or statement's "id" ("" follows the label), "labelNl" or "labelEn".
    Q_INVOKABLE void setChoiceField(int questionUid, const QString &list, int choiceUid,
        const QString &field, const QVariant &value);
    /// Shows the question only when an EARLIER single or multi question is answered with this
    /// option; refuses (false, nothing changes) any other question or option. 0, 0 removes it.
    Q_INVOKABLE bool setShowIf(int uid, int questionUid, int optionUid);

    /// Starts an empty round (the saved draft is replaced).
    Q_INVOKABLE void clear();
    /// Reads a definition file (JSON, at most 1 MiB) into the builder for editing; false, with a
    /// message and nothing changed, when it is not a JSON object.
    Q_INVOKABLE bool importFile(const QUrl &file);
    /// The definition for the preview (SurveyRunner::showPreview), or an empty map with the
    /// problems marked when it is not complete yet.
    Q_INVOKABLE QVariantMap previewDefinition();
    /// The definition as indented JSON, for a coordinator who wants to see or keep it.
    Q_INVOKABLE QString definitionText() const;
    /// Publishes the round to the chosen panel (POST /v1/panels/{p}/rounds), after the builder's
    /// checks; refusals are marked at their fields. Emits published() on success.
    Q_INVOKABLE void publish();
    /// Asks for the chosen panel's member count.
    Q_INVOKABLE void refreshMembers();
    /// Asks for the report of the round (the published one, or the draft's id) into `report`.
    Q_INVOKABLE void loadReport();

Q_SIGNALS:
    void appChanged();
    void draftChanged();
    void errorsChanged();
    void memberCountChanged();
    void busyChanged();
    void messageChanged();
    void publishedChanged();
    void reportChanged();
    void published();

private:
    /// After every edit: ids, checks, rows, the saved draft.
    void changed();
    void revalidate();
    void updateRows();
    void save();
    void load();
    void report(bool ok, const QString &message);
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
        const std::function<void(const CollectorReply &)> &done);
    void refused(const CollectorReply &reply);
    RowModel *choiceModel(int uid, const QString &list);
    QList<DraftChoice> *choices(int questionUid, const QString &list);
    QVariantMap shownErrors(int question) const;
    QString panelName() const;

    QPointer<AppController> m_app;
    RoundDraft m_draft;
    QList<FieldError> m_errors; ///< the builder's, the parser's and the round rules' problems
    QList<FieldError> m_refusals; ///< the collector's last refusal, until the next edit
    QVariantMap m_shownTop;
    bool m_attempted = false; ///< publish or preview was tried: empty fields are marked too
    RowModel m_questions;
    QHash<QString, RowModel *> m_choiceModels; ///< "uid/options" -> its model (owned)
    int m_memberCount = -1;
    int m_busy = 0;
    QString m_message;
    bool m_ok = true;
    QString m_publishedId;
    QVariant m_report;
};

} // namespace zs
