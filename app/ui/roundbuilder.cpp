#include "roundbuilder.h"

#include "panelround.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace zs {

namespace {

/// Where the draft is kept: one row of the app's settings table (the device's own database).
const auto kDraftKey = QLatin1String("roundBuilder.draft");
constexpr qint64 kMaxImportBytes = qint64(1024) * 1024;

QString text(const LocalizedText &t, const QString &language)
{
    const QString first = language == QLatin1String("en") ? t.en : t.nl;
    const QString other = language == QLatin1String("en") ? t.nl : t.en;
    return first.trimmed().isEmpty() ? other.trimmed() : first.trimmed();
}

std::optional<Question::Type> typeOf(const QString &name)
{
    for (const auto type : { Question::Type::Single, Question::Type::Multi, Question::Type::Likert,
             Question::Type::Scale, Question::Type::Number, Question::Type::Text }) {
        if (Question::typeName(type) == name)
            return type;
    }
    return std::nullopt;
}

} // namespace

RoundBuilder::RoundBuilder(QObject *parent)
    : RegionPage(parent)
    , m_questions({ "uid", "questionId", "idAuto", "type", "number", "textNl", "textEn", "helpNl",
          "helpEn", "required", "options", "items", "min", "max", "minLabelNl", "minLabelEn",
          "maxLabelNl", "maxLabelEn", "unitNl", "unitEn", "maxLength", "showIfQuestion",
          "showIfOption", "showIfSources", "showIfAnswers", "showIfKept", "kept", "errors", "first",
          "last" })
{
    // The panel list arrives later than the page: its names are part of the rows. QML may set
    // the session before the region: the member count is asked for once both are there.
    connect(this, &RegionPage::regionChanged, this, [this] {
        if (m_region)
            connect(m_region->panels(), &RowModel::modelReset, this, &RoundBuilder::revalidate);
        refreshMembers();
    });
    connect(this, &RegionPage::sessionChanged, this, [this] {
        if (m_session)
            connect(m_session, &CollectorSession::changed, this, &RoundBuilder::refreshMembers,
                Qt::UniqueConnection);
        refreshMembers();
    });
}

RoundBuilder::~RoundBuilder() = default;

void RoundBuilder::setApp(AppController *app)
{
    if (app == m_app)
        return;
    if (m_app)
        disconnect(m_app, nullptr, this, nullptr);
    m_app = app;
    if (m_app) {
        // Messages and labels are made in the person's language.
        connect(m_app, &AppController::languageChanged, this, [this] {
            revalidate();
            report(m_ok, QString());
        });
    }
    Q_EMIT appChanged();
    load();
}

void RoundBuilder::setPanel(const QString &panel)
{
    if (panel == m_draft.panel)
        return;
    m_draft.panel = panel;
    changed();
    refreshMembers();
}

QString RoundBuilder::kept() const
{
    return QStringList(m_draft.extra.keys()).join(QStringLiteral(", "));
}

void RoundBuilder::load()
{
    if (!m_app)
        return;
    const QString stored = m_app->context().profiles().setting(kDraftKey);
    const QJsonObject json = QJsonDocument::fromJson(stored.toUtf8()).object();
    m_draft = json.isEmpty() ? RoundDraft() : RoundDraft::fromStored(json);
    m_draft.updateAutoIds();
    revalidate();
    Q_EMIT draftChanged();
    refreshMembers(); // of the saved draft's panel
}

void RoundBuilder::save()
{
    if (!m_app)
        return;
    const QString json
        = QString::fromUtf8(QJsonDocument(m_draft.toStored()).toJson(QJsonDocument::Compact));
    if (!m_app->context().profiles().setSetting(kDraftKey, json))
        report(false,
            tr("The round could not be saved on this device: %1")
                .arg(m_app->context().database().errorString()));
}

void RoundBuilder::setDraft(const RoundDraft &draft)
{
    m_draft = draft;
    changed();
}

void RoundBuilder::changed()
{
    m_refusals.clear(); // the collector judged another round
    if (!m_ok)
        report(true, QString()); // a refusal was about the round before this edit
    m_draft.updateAutoIds();
    revalidate();
    save();
    Q_EMIT draftChanged();
}

void RoundBuilder::revalidate()
{
    m_errors = RoundChecks::check(m_draft);
    if (m_errors.isEmpty()) {
        // The app's own parser, then the collector's rules for a round of this panel.
        QString problem;
        const auto def = SurveyDefinition::parse(m_draft.toDefinition(), &problem);
        if (!def) {
            m_errors.append(RoundChecks::fromParser(problem));
        } else if (m_app) {
            QStringList served;
            if (m_region) {
                for (const QJsonValue &r :
                    m_region->rawPanel(m_draft.panel).value(QLatin1String("regions")).toArray())
                    served.append(r.toString());
            }
            if (const auto e
                = regional::validateRound(*def, m_draft.panel, served, m_app->context().catalog()))
                m_errors.append(RoundChecks::fromProtocol(*e, m_draft));
        }
    }
    m_errors += m_refusals;
    updateRows();
    Q_EMIT errorsChanged();
}

QVariantMap RoundBuilder::shownErrors(int question) const
{
    // A question's errors by its field ("text", "showIf", ...); those of its options go to them.
    const QString prefix = QStringLiteral("questions[%1]").arg(question);
    static const QStringList fields
        = { QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("help"),
              QStringLiteral("options"), QStringLiteral("items"), QStringLiteral("min"),
              QStringLiteral("max"), QStringLiteral("minLabel"), QStringLiteral("maxLabel"),
              QStringLiteral("unit"), QStringLiteral("maxLength"), QStringLiteral("showIf") };
    QVariantMap map;
    for (const FieldError &e : m_errors) {
        if ((e.missing && !m_attempted)
            || !(e.field == prefix || e.field.startsWith(prefix + QLatin1Char('.'))))
            continue;
        QString field = e.field.mid(prefix.size() + 1).section(u'.', 0, 0);
        if (field.contains(u'[')) // options[2].label: shown at the option
            continue;
        if (!fields.contains(field))
            field = QStringLiteral("question");
        if (!map.contains(field))
            map.insert(field, e.message);
    }
    return map;
}

void RoundBuilder::updateRows()
{
    const QString lang = m_app ? m_app->language() : QStringLiteral("nl");
    m_shownTop.clear();
    for (const FieldError &e : std::as_const(m_errors)) {
        if ((e.missing && !m_attempted) || e.field.startsWith(QLatin1String("questions[")))
            continue;
        if (!m_shownTop.contains(e.field))
            m_shownTop.insert(e.field, e.message);
    }
    QList<QVariantList> rows;
    const qsizetype count = m_draft.questions.size();
    for (int i = 0; i < count; ++i) {
        const DraftQuestion &q = m_draft.questions.at(i);
        // The choices of this question, with their errors, in place (typing keeps focus).
        for (const QString &list : { QStringLiteral("options"), QStringLiteral("items") }) {
            const QList<DraftChoice> &choices
                = list == QLatin1String("items") ? q.items : q.options;
            QList<QVariantList> choiceRows;
            for (int j = 0; j < choices.size(); ++j) {
                const DraftChoice &c = choices.at(j);
                const QString path = QStringLiteral("questions[%1].%2[%3]").arg(i).arg(list).arg(j);
                QString idError;
                QString labelError;
                for (const FieldError &e : std::as_const(m_errors)) {
                    if ((e.missing && !m_attempted) || !e.field.startsWith(path))
                        continue;
                    QString &slot = e.field == path + QStringLiteral(".id") ? idError : labelError;
                    if (slot.isEmpty())
                        slot = e.message;
                }
                choiceRows.append(
                    { c.uid, c.id, c.idAuto, c.label.nl, c.label.en, labelError, idError, j + 1 });
            }
            choiceModel(q.uid, list)->setRows(choiceRows);
        }
        // A show-if may name an earlier question with options ("Always" first).
        QVariantList sources { QVariantMap {
            { QStringLiteral("uid"), 0 }, { QStringLiteral("label"), tr("Always") } } };
        for (int s = 0; s < i; ++s) {
            const DraftQuestion &source = m_draft.questions.at(s);
            if (source.hasOptions())
                sources.append(QVariantMap { { QStringLiteral("uid"), source.uid },
                    { QStringLiteral("label"),
                        QStringLiteral("%1. %2").arg(s + 1).arg(text(source.text, lang)) } });
        }
        QVariantList answers;
        if (const DraftQuestion *source = m_draft.question(q.showIfQuestion)) {
            for (int j = 0; j < source->options.size(); ++j) {
                const DraftChoice &o = source->options.at(j);
                const QString label = text(o.label, lang);
                answers.append(QVariantMap { { QStringLiteral("uid"), o.uid },
                    { QStringLiteral("label"),
                        label.isEmpty() ? tr("Option %1").arg(j + 1) : label } });
            }
        }
        QStringList kept = q.extra.keys();
        kept.removeAll(QStringLiteral("showIf"));
        rows.append({ q.uid, q.id, q.idAuto, Question::typeName(q.type), i + 1, q.text.nl,
            q.text.en, q.help.nl, q.help.en, q.required,
            QVariant::fromValue(choiceModel(q.uid, QStringLiteral("options"))),
            QVariant::fromValue(choiceModel(q.uid, QStringLiteral("items"))), q.min, q.max,
            q.minLabel.nl, q.minLabel.en, q.maxLabel.nl, q.maxLabel.en, q.unit.nl, q.unit.en,
            q.maxLength, q.showIfQuestion, q.showIfOption, sources, answers,
            q.extra.contains(QLatin1String("showIf")), kept.join(QStringLiteral(", ")),
            shownErrors(i), i == 0, i == count - 1 });
    }
    m_questions.setRows(rows);
}

RowModel *RoundBuilder::choiceModel(int uid, const QString &list)
{
    const QString key = QStringLiteral("%1/%2").arg(uid).arg(list);
    RowModel *&model = m_choiceModels[key];
    if (!model)
        model = new RowModel({ "uid", "choiceId", "idAuto", "labelNl", "labelEn", "labelError",
                                 "idError", "number" },
            this);
    return model;
}

QList<DraftChoice> *RoundBuilder::choices(int questionUid, const QString &list)
{
    DraftQuestion *q = m_draft.question(questionUid);
    if (!q)
        return nullptr;
    return list == QLatin1String("items") ? &q->items : &q->options;
}

void RoundBuilder::setRoundField(const QString &field, const QVariant &value)
{
    const QString s = value.toString();
    if (field == QLatin1String("id")) {
        m_draft.idAuto = s.trimmed().isEmpty();
        m_draft.id = s.trimmed();
    } else if (field == QLatin1String("version")) {
        m_draft.version = value.toInt();
    } else if (field == QLatin1String("titleNl")) {
        m_draft.title.nl = s;
    } else if (field == QLatin1String("titleEn")) {
        m_draft.title.en = s;
    } else if (field == QLatin1String("introNl")) {
        m_draft.intro.nl = s;
    } else if (field == QLatin1String("introEn")) {
        m_draft.intro.en = s;
    } else {
        qWarning("RoundBuilder: no round field %s", qPrintable(field));
        return;
    }
    changed();
}

int RoundBuilder::addQuestion(const QString &type)
{
    const auto t = typeOf(type);
    if (!t)
        return 0;
    m_draft.questions.append(m_draft.newQuestion(*t));
    const int uid = m_draft.questions.constLast().uid;
    changed();
    return uid;
}

void RoundBuilder::removeQuestion(int uid)
{
    const int i = m_draft.indexOf(uid);
    if (i < 0)
        return;
    m_draft.questions.removeAt(i);
    for (const QString &list : { QStringLiteral("options"), QStringLiteral("items") }) {
        if (RowModel *model = m_choiceModels.take(QStringLiteral("%1/%2").arg(uid).arg(list)))
            model->deleteLater(); // a view may still hold it until the rows are reset
    }
    changed();
}

void RoundBuilder::moveQuestion(int uid, int to)
{
    const int from = m_draft.indexOf(uid);
    to = std::clamp(to, 0, int(m_draft.questions.size()) - 1);
    if (from < 0 || from == to)
        return;
    m_draft.questions.move(from, to);
    changed();
}

void RoundBuilder::setQuestionType(int uid, const QString &type)
{
    DraftQuestion *q = m_draft.question(uid);
    const auto t = typeOf(type);
    if (!q || !t || q->type == *t)
        return;
    const DraftQuestion fresh = m_draft.newQuestion(*t);
    const Question::Type oldType = q->type;
    q->type = *t;
    q->extra = {}; // what an imported file gave the old type does not fit the new one
    if (!q->hasOptions())
        q->options.clear();
    else if (q->options.isEmpty())
        q->options = fresh.options;
    if (*t != Question::Type::Likert)
        q->items.clear();
    else if (q->items.isEmpty())
        q->items = fresh.items;
    // A range carries over between scale and number when it fits; anything else starts afresh.
    const auto ranged = [](Question::Type kind) {
        return kind == Question::Type::Scale || kind == Question::Type::Number;
    };
    if (!ranged(*t) || !ranged(oldType) || q->max <= q->min
        || (*t == Question::Type::Scale && q->max - q->min > 20)) {
        q->min = fresh.min;
        q->max = fresh.max;
    }
    changed();
}

void RoundBuilder::setQuestionField(int uid, const QString &field, const QVariant &value)
{
    DraftQuestion *q = m_draft.question(uid);
    if (!q)
        return;
    const QString s = value.toString();
    const QHash<QString, QString *> texts = { { QStringLiteral("textNl"), &q->text.nl },
        { QStringLiteral("textEn"), &q->text.en }, { QStringLiteral("helpNl"), &q->help.nl },
        { QStringLiteral("helpEn"), &q->help.en },
        { QStringLiteral("minLabelNl"), &q->minLabel.nl },
        { QStringLiteral("minLabelEn"), &q->minLabel.en },
        { QStringLiteral("maxLabelNl"), &q->maxLabel.nl },
        { QStringLiteral("maxLabelEn"), &q->maxLabel.en },
        { QStringLiteral("unitNl"), &q->unit.nl }, { QStringLiteral("unitEn"), &q->unit.en } };
    const QHash<QString, int *> numbers = { { QStringLiteral("min"), &q->min },
        { QStringLiteral("max"), &q->max }, { QStringLiteral("maxLength"), &q->maxLength } };
    if (field == QLatin1String("id")) {
        q->idAuto = s.trimmed().isEmpty();
        q->id = s.trimmed();
    } else if (field == QLatin1String("required")) {
        q->required = value.toBool();
    } else if (QString *t = texts.value(field)) {
        *t = s;
    } else if (int *n = numbers.value(field)) {
        *n = value.toInt();
    } else {
        qWarning("RoundBuilder: no question field %s", qPrintable(field));
        return;
    }
    changed();
}

int RoundBuilder::addChoice(int questionUid, const QString &list)
{
    QList<DraftChoice> *c = choices(questionUid, list);
    if (!c)
        return 0;
    c->append(m_draft.newChoice());
    const int uid = c->constLast().uid;
    changed();
    return uid;
}

void RoundBuilder::removeChoice(int questionUid, const QString &list, int choiceUid)
{
    QList<DraftChoice> *c = choices(questionUid, list);
    if (!c)
        return;
    c->removeIf([choiceUid](const DraftChoice &choice) { return choice.uid == choiceUid; });
    changed();
}

void RoundBuilder::moveChoice(int questionUid, const QString &list, int choiceUid, int to)
{
    QList<DraftChoice> *c = choices(questionUid, list);
    if (!c || c->isEmpty())
        return;
    const auto it = std::find_if(
        c->cbegin(), c->cend(), [choiceUid](const DraftChoice &x) { return x.uid == choiceUid; });
    const int from = it == c->cend() ? -1 : int(it - c->cbegin());
    to = std::clamp(to, 0, int(c->size()) - 1);
    if (from < 0 || from == to)
        return;
    c->move(from, to);
    changed();
}

void RoundBuilder::setChoiceField(int questionUid, const QString &list, int choiceUid,
    const QString &field, const QVariant &value)
{
    QList<DraftChoice> *c = choices(questionUid, list);
    if (!c)
        return;
    for (DraftChoice &choice : *c) {
        if (choice.uid != choiceUid)
            continue;
        const QString s = value.toString();
        if (field == QLatin1String("id")) {
            choice.idAuto = s.trimmed().isEmpty();
            choice.id = s.trimmed();
        } else if (field == QLatin1String("labelNl")) {
            choice.label.nl = s;
        } else if (field == QLatin1String("labelEn")) {
            choice.label.en = s;
        } else {
            qWarning("RoundBuilder: no choice field %s", qPrintable(field));
            return;
        }
        changed();
        return;
    }
}

bool RoundBuilder::setShowIf(int uid, int questionUid, int optionUid)
{
    DraftQuestion *q = m_draft.question(uid);
    if (!q)
        return false;
    if (questionUid == 0) {
        q->showIfQuestion = 0;
        q->showIfOption = 0;
        q->extra.remove(QStringLiteral("showIf"));
        changed();
        return true;
    }
    // Only an earlier question with options, and one of its options (the first by default).
    const int source = m_draft.indexOf(questionUid);
    if (source < 0 || source >= m_draft.indexOf(uid))
        return false;
    const DraftQuestion &s = m_draft.questions.at(source);
    if (!s.hasOptions() || (optionUid != 0 && !s.choice(optionUid)))
        return false;
    if (optionUid == 0 && !s.options.isEmpty())
        optionUid = s.options.constFirst().uid;
    q->showIfQuestion = questionUid;
    q->showIfOption = optionUid;
    q->extra.remove(QStringLiteral("showIf"));
    changed();
    return true;
}

void RoundBuilder::clear()
{
    RoundDraft fresh;
    fresh.panel = m_draft.panel; // the coordinator's panel stays chosen
    m_draft = fresh;
    m_attempted = false;
    report(true, QString());
    changed();
}

bool RoundBuilder::importFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        report(false, tr("Cannot read %1.").arg(path));
        return false;
    }
    if (f.size() > kMaxImportBytes) {
        report(false, tr("%1 is too large for a survey definition.").arg(path));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    RoundDraft imported = RoundDraft::fromDefinition(doc.object());
    if (!doc.isObject() || (imported.questions.isEmpty() && imported.title.isEmpty())) {
        report(false,
            tr("%1 is not a survey definition (a JSON file with a title and questions).")
                .arg(path));
        return false;
    }
    // The file's panel when the region has it; otherwise the one chosen here.
    if (!m_region || m_region->panels()->indexOf(imported.panel) < 0)
        imported.panel = m_draft.panel;
    m_draft = imported;
    m_attempted = true; // a finished file: show everything it still lacks
    changed();
    refreshMembers();
    report(true,
        tr("Imported \"%1\". Check it, look at the preview, then publish it.")
            .arg(text(m_draft.title, m_app ? m_app->language() : QStringLiteral("nl"))));
    return true;
}

QVariantMap RoundBuilder::previewDefinition()
{
    m_attempted = true;
    revalidate();
    QString problem;
    const QJsonObject definition = m_draft.toDefinition();
    if (!RoundChecks::check(m_draft).isEmpty() || !SurveyDefinition::parse(definition, &problem)) {
        report(false, tr("Fix the marked fields first; then the preview shows the round."));
        return {};
    }
    return definition.toVariantMap();
}

QString RoundBuilder::definitionText() const
{
    return QString::fromUtf8(QJsonDocument(m_draft.toDefinition()).toJson(QJsonDocument::Indented));
}

QString RoundBuilder::panelName() const
{
    if (!m_region)
        return m_draft.panel;
    RowModel *panels = m_region->panels();
    const int row = panels->indexOf(m_draft.panel);
    return row < 0 ? m_draft.panel : panels->value(row, "name").toString();
}

void RoundBuilder::report(bool ok, const QString &message)
{
    m_ok = ok;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace zs
