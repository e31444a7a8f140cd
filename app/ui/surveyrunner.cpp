#include "surveyrunner.h"

#include "appcontroller.h"
#include "referencedata.h"

#include <QJsonArray>

namespace zs {

SurveyRunner::SurveyRunner(QObject *parent)
    : QObject(parent)
{
    // The lists follow the question and the answers (options can depend on earlier answers).
    connect(this, &SurveyRunner::questionChanged, this, &SurveyRunner::updateLists);
    connect(this, &SurveyRunner::answerChanged, this, &SurveyRunner::updateLists);
    connect(this, &SurveyRunner::stageChanged, this, &SurveyRunner::updateReview);
}

void SurveyRunner::setApp(AppController *app)
{
    if (app == m_app)
        return;
    if (m_app)
        disconnect(m_app, nullptr, this, nullptr);
    m_app = app;
    if (m_app) {
        connect(m_app, &AppController::languageChanged, this, [this] {
            Q_EMIT surveyChanged();
            Q_EMIT questionChanged();
            Q_EMIT stageChanged();
            setError({}); // a message in the old language would confuse
        });
    }
    Q_EMIT appChanged();
    load();
}

QString SurveyRunner::language() const
{
    return m_app ? m_app->language() : QStringLiteral("nl");
}

void SurveyRunner::setSurveyId(const QString &id)
{
    if (id == m_surveyId && !m_preview)
        return;
    m_preview.reset();
    m_surveyId = id;
    load();
}

bool SurveyRunner::showPreview(const QVariantMap &definition)
{
    QString problem;
    auto def = SurveyDefinition::parse(QJsonObject::fromVariantMap(definition), &problem);
    if (!def) {
        setError(tr("This survey cannot be shown yet: it is not complete."));
        return false;
    }
    m_preview = std::move(*def);
    m_surveyId = m_preview->id;
    load();
    return true;
}

void SurveyRunner::load()
{
    const QString id = m_surveyId;
    m_engine.reset();
    m_answers = {};
    m_currentId.clear();
    m_hasDraft = false;
    AppContext *app = m_app ? &m_app->context() : nullptr;
    const SurveyDefinition *def
        = m_preview ? &*m_preview : (app ? app->catalog().latest(id) : nullptr);
    if (def)
        m_engine.emplace(*def);
    // A preview starts empty and never reads or writes a draft.
    if (def && app && !m_preview) {
        if (const auto draft = app->drafts().load(id);
            draft && draft->surveyVersion == def->version) {
            m_answers = draft->answers;
            const QList<int> visible = m_engine->visibleIndexes(m_answers);
            if (!visible.isEmpty())
                m_currentId
                    = def->questions
                          .at(visible.at(std::clamp(draft->position, 0, int(visible.size()) - 1)))
                          .id;
            m_hasDraft = true;
        }
    }
    setStage(QStringLiteral("intro"));
    setError({});
    Q_EMIT surveyChanged();
    Q_EMIT questionChanged();
    Q_EMIT answerChanged();
}

QString SurveyRunner::title() const
{
    return m_engine ? m_engine->definition().title.text(language()) : QString();
}

QString SurveyRunner::intro() const
{
    return m_engine ? m_engine->definition().intro.text(language()) : QString();
}

const Question *SurveyRunner::current() const
{
    return m_engine ? m_engine->definition().question(m_currentId) : nullptr;
}

QuestionData SurveyRunner::question() const
{
    const Question *q = current();
    if (!q)
        return {};
    const QString lang = language();
    QStringList scaleLabels;
    for (const LocalizedText &l : q->scaleLabels)
        scaleLabels.append(l.text(lang));
    return { q->id, Question::typeName(q->type), q->text.text(lang), q->help.text(lang),
        q->required, scaleLabels, q->min, q->max, q->minLabel.text(lang), q->maxLabel.text(lang),
        q->unit.text(lang), q->maxLength };
}

void SurveyRunner::updateLists()
{
    const Question *q = current();
    const QString lang = language();
    QList<QVariantList> options;
    QList<QVariantList> items;
    if (q) {
        for (const Option &o : m_engine->availableOptions(*q, m_answers))
            options.append({ o.id, o.label.text(lang) });
        for (const LikertItem &i : q->items)
            items.append({ i.id, i.label.text(lang) });
    }
    m_options.setRows(options);
    m_items.setRows(items);
}

QVariant SurveyRunner::answer() const
{
    const QJsonValue v = m_answers.value(m_currentId);
    return v.isUndefined() ? QVariant() : v.toVariant();
}

int SurveyRunner::position() const
{
    if (!m_engine)
        return 0;
    const QList<int> visible = m_engine->visibleIndexes(m_answers);
    return int(visible.indexOf(m_engine->definition().indexOf(m_currentId)));
}

int SurveyRunner::count() const
{
    if (!m_engine)
        return 0;
    return m_engine->possibleCount(m_answers, int(m_engine->definition().indexOf(m_currentId)));
}

bool SurveyRunner::isLast() const
{
    return m_engine && position() + 1 == int(m_engine->visibleIndexes(m_answers).size());
}

QString SurveyRunner::scrubbedPreview() const
{
    const Question *q = current();
    AppContext *app = m_app ? &m_app->context() : nullptr;
    if (!q || q->type != Question::Type::Text || !app)
        return {};
    const ScrubResult r = app->anonymiser().scrubber().scrub(m_answers.value(q->id).toString());
    return r.changed() ? r.text : QString();
}

void SurveyRunner::setStage(const QString &stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void SurveyRunner::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorTextChanged();
}

void SurveyRunner::saveDraft()
{
    AppContext *app = m_app ? &m_app->context() : nullptr;
    if (!m_engine || !app || m_preview)
        return;
    const Draft draft { m_surveyId, m_engine->definition().version, m_answers,
        std::max(0, position()) };
    if (!app->drafts().save(draft))
        setError(tr("Your answer could not be saved on this device: %1")
                     .arg(app->database().errorString()));
    m_hasDraft = true;
}

void SurveyRunner::start()
{
    if (!m_engine)
        return;
    if (m_currentId.isEmpty()) {
        const QList<int> visible = m_engine->visibleIndexes(m_answers);
        m_currentId = m_engine->definition().questions.at(visible.value(0)).id;
    }
    setStage(QStringLiteral("question"));
    Q_EMIT questionChanged();
    Q_EMIT answerChanged();
}

void SurveyRunner::setAnswer(const QVariant &value)
{
    if (!current())
        return;
    const QJsonValue v = QJsonValue::fromVariant(value);
    if (SurveyEngine::isEmptyAnswer(v))
        m_answers.remove(m_currentId);
    else
        m_answers.insert(m_currentId, v);
    setError({});
    saveDraft();
    Q_EMIT answerChanged();
    Q_EMIT questionChanged(); // the count can change with branching
}

void SurveyRunner::toggleOption(const QString &optionId)
{
    QJsonArray list = m_answers.value(m_currentId).toArray();
    const Question *question = current();
    const Option *option = question ? question->option(optionId) : nullptr;
    if (option && !list.contains(QJsonValue(optionId))) {
        // An exclusive option ("nothing") replaces the others, and the others replace it.
        if (option->exclusive) {
            list = QJsonArray();
        } else {
            for (qsizetype i = list.size() - 1; i >= 0; --i) {
                const Option *picked = question->option(list.at(i).toString());
                if (picked && picked->exclusive)
                    list.removeAt(i);
            }
        }
    }
    if (list.contains(QJsonValue(optionId))) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).toString() == optionId) {
                list.removeAt(i);
                break;
            }
        }
    } else {
        const Question *q = current();
        if (q && list.size() >= q->max) {
            setError(tr("You can choose at most %n.", "", q->max));
            return;
        }
        list.append(optionId);
    }
    setAnswer(list.toVariantList());
}

void SurveyRunner::setItem(const QString &itemId, int value)
{
    QJsonObject items = m_answers.value(m_currentId).toObject();
    items.insert(itemId, value);
    setAnswer(items.toVariantMap());
}

QString SurveyRunner::messageFor(const AnswerError &e) const
{
    const Question *q = m_engine->definition().question(e.field);
    if (e.code == QLatin1String("required"))
        return q && q->type == Question::Type::Likert ? tr("Please answer every statement.")
                                                      : tr("This question needs an answer.");
    if (e.code == QLatin1String("too_few"))
        return tr("Choose at least %n.", "", q ? q->min : 1);
    if (e.code == QLatin1String("too_many"))
        return tr("You can choose at most %n.", "", q ? q->max : 1);
    if (e.code == QLatin1String("exclusive"))
        return tr("This choice cannot be combined with other choices.");
    if (e.code == QLatin1String("out_of_range"))
        return tr("Enter a number from %1 to %2.").arg(q ? q->min : 0).arg(q ? q->max : 0);
    if (e.code == QLatin1String("too_long"))
        return tr("Your text is too long: at most %n characters.", "", q ? q->maxLength : 0);
    return tr("This answer is not valid.");
}

bool SurveyRunner::next()
{
    const Question *q = current();
    if (!q || m_stage != QLatin1String("question"))
        return false;
    if (const auto e = m_engine->checkAnswer(*q, m_answers.value(q->id), m_answers)) {
        setError(messageFor(*e));
        return false;
    }
    setError({});
    const QList<int> visible = m_engine->visibleIndexes(m_answers);
    const int here = int(visible.indexOf(m_engine->definition().indexOf(m_currentId)));
    if (here + 1 < visible.size()) {
        m_currentId = m_engine->definition().questions.at(visible.at(here + 1)).id;
        saveDraft();
        Q_EMIT questionChanged();
        Q_EMIT answerChanged();
    } else {
        setStage(QStringLiteral("review"));
    }
    return true;
}

void SurveyRunner::back()
{
    setError({});
    if (m_stage == QLatin1String("review")) {
        setStage(QStringLiteral("question"));
        return;
    }
    const QList<int> visible = m_engine ? m_engine->visibleIndexes(m_answers) : QList<int>();
    const int here
        = m_engine ? int(visible.indexOf(m_engine->definition().indexOf(m_currentId))) : -1;
    if (here <= 0) {
        setStage(QStringLiteral("intro"));
        return;
    }
    m_currentId = m_engine->definition().questions.at(visible.at(here - 1)).id;
    saveDraft();
    Q_EMIT questionChanged();
    Q_EMIT answerChanged();
}

void SurveyRunner::edit(const QString &questionId)
{
    if (!m_engine || !m_engine->definition().question(questionId))
        return;
    m_currentId = questionId;
    setStage(QStringLiteral("question"));
    Q_EMIT questionChanged();
    Q_EMIT answerChanged();
}

QString SurveyRunner::displayAnswer(const Question &q, const QJsonValue &value) const
{
    const QString lang = language();
    if (SurveyEngine::isEmptyAnswer(value))
        return tr("(no answer)");
    switch (q.type) {
    case Question::Type::Single: {
        const Option *o = q.option(value.toString());
        return o ? o->label.text(lang) : value.toString();
    }
    case Question::Type::Multi: {
        QStringList labels;
        for (const QJsonValue &v : value.toArray()) {
            const Option *o = q.option(v.toString());
            labels.append(o ? o->label.text(lang) : v.toString());
        }
        return labels.join(QStringLiteral("; "));
    }
    case Question::Type::Likert: {
        QStringList lines;
        const QJsonObject obj = value.toObject();
        for (const LikertItem &item : q.items) {
            if (!obj.contains(item.id))
                continue;
            // "Mijn werkdruk is goed te doen: 4 (Mee eens)": the number with its meaning.
            const int n = obj.value(item.id).toInt();
            const QString meaning = n >= 1 && n <= q.scaleLabels.size()
                ? q.scaleLabels.at(n - 1).text(lang)
                : QString();
            lines.append(meaning.isEmpty()
                    ? QStringLiteral("%1: %2").arg(item.label.text(lang)).arg(n)
                    : QStringLiteral("%1: %2 (%3)").arg(item.label.text(lang)).arg(n).arg(meaning));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Question::Type::Scale: {
        // The ends carry words ("0 = Zeer onwaarschijnlijk"): the number, with its end's word.
        const int n = value.toInt();
        const QString end = n == q.min ? q.minLabel.text(lang)
            : n == q.max               ? q.maxLabel.text(lang)
                                       : QString();
        return end.isEmpty() ? QString::number(n) : QStringLiteral("%1 (%2)").arg(n).arg(end);
    }
    case Question::Type::Number:
        return QStringLiteral("%1 %2").arg(value.toInt()).arg(q.unit.text(lang)).trimmed();
    case Question::Type::Text:
        return value.toString();
    }
    return {};
}

std::optional<HeldCredential> SurveyRunner::credential() const
{
    AppContext *app = m_app ? &m_app->context() : nullptr;
    if (!m_engine || !app)
        return std::nullopt;
    return app->redemptions().heldFor(m_engine->definition().kind);
}

QString SurveyRunner::employerName() const
{
    const auto held = credential();
    if (!held)
        return {};
    return held->employerName.isEmpty() ? held->employer : held->employerName;
}

void SurveyRunner::updateReview()
{
    AppContext *app = m_app ? &m_app->context() : nullptr;
    QList<QVariantList> leaves;
    if (m_engine && app && m_stage == QLatin1String("review")) {
        // The same values the anonymiser will use, from the same sources.
        const QString lang = language();
        const ReferenceData &ref = ReferenceData::instance();
        const Profile profile = app->profiles().profile();
        const auto held = credential();
        const auto label = [&lang](const QList<ReferenceItem> &list, const QString &id) {
            const ReferenceItem *item = ReferenceData::find(list, id);
            return item ? item->label.text(lang) : id;
        };
        leaves.append({ tr("Region"),
            label(ref.regions, held && !held->region.isEmpty() ? held->region : profile.region) });
        leaves.append({ tr("Branch"), label(ref.branches, profile.branch) });
        leaves.append({ tr("Occupation group"), label(ref.occupations, profile.occupation) });
        leaves.append({ tr("Age"), label(ref.ageBands, profile.ageBand) });
        leaves.append({ tr("Years working in care"), label(ref.tenureBands, profile.tenureBand) });
        const QLocale locale(lang == QLatin1String("en") ? QLocale::English : QLocale::Dutch);
        leaves.append({ tr("Month"), locale.toString(app->today(), QStringLiteral("MMMM yyyy")) });
        leaves.append({ tr("Survey"),
            tr("%1, version %2")
                .arg(m_engine->definition().title.text(lang))
                .arg(m_engine->definition().version) });
        leaves.append({ tr("Answer set number"),
            tr("A random number, new for these answers, so they are not counted twice") });
        if (m_engine->definition().kind == QLatin1String("panel")) {
            leaves.append({ tr("Panel round"),
                tr("A one-time code for this round from your membership that cannot be traced "
                   "back to you") });
        } else if (held) {
            leaves.append({ tr("Employer"),
                tr("%1 (from your invitation)")
                    .arg(held->employerName.isEmpty() ? held->employer : held->employerName) });
            leaves.append({ tr("Invitation"),
                tr("A one-time code from your invitation that cannot be traced back to you") });
        } else {
            leaves.append({ tr("Employer"), tr("None: these answers count only for the region") });
        }
    }
    m_leaves.setRows(leaves);
    QList<QVariantList> rows;
    if (m_engine && app && m_stage == QLatin1String("review")) {
        // Show exactly what will be sent: hidden answers dropped, free text scrubbed.
        const QJsonObject sent
            = app->anonymiser().scrubbedAnswers(m_engine->definition(), m_answers);
        for (const int i : m_engine->visibleIndexes(m_answers)) {
            const Question &q = m_engine->definition().questions.at(i);
            const bool scrubbed
                = q.type == Question::Type::Text && sent.value(q.id) != m_answers.value(q.id);
            rows.append(
                { q.id, q.text.text(language()), displayAnswer(q, sent.value(q.id)), scrubbed });
        }
    }
    m_review.setRows(rows);
}

bool SurveyRunner::submit()
{
    AppContext *app = m_app ? &m_app->context() : nullptr;
    if (!m_engine || !app)
        return false;
    if (const auto e = m_engine->validate(m_engine->pruned(m_answers))) {
        edit(e->field);
        setError(messageFor(*e));
        return false;
    }
    if (m_preview) {
        finishSubmit(); // the answers were checked like real ones; they go nowhere
        return true;
    }
    if (m_engine->definition().kind == QLatin1String("panel"))
        return submitRound();
    // With an invitation's credential for this kind of survey the answers count for its
    // employer; the credential leaves the queue with them, in the same transaction.
    const std::optional<HeldCredential> held = credential();
    const Submission s = app->anonymiser().anonymise(m_engine->definition(), m_answers,
        app->profiles().profile(), app->today(), held ? &*held : nullptr);
    if (!app->outbox().enqueue(s, held ? &*held : nullptr)) {
        setError(tr("Your answers could not be queued on this device: %1")
                     .arg(app->database().errorString()));
        return false;
    }
    finishSubmit();
    return true;
}

bool SurveyRunner::submitRound()
{
    AppContext &app = m_app->context();
    const SurveyDefinition &def = m_engine->definition();
    // The round counts one set of answers per member: the membership's secret asks the panel
    // for the round's credential, which the answers wait for in the queue (DESIGN §5a).
    const std::optional<DeviceMembership> membership = app.regionStore().membership(def.panel);
    if (!membership) {
        setError(tr("Only members of this panel can answer its rounds. Join the panel first."));
        return false;
    }
    // No credential yet and never an employer: the round's credential is added when it came.
    const Submission s = app.anonymiser().anonymise(
        def, m_answers, app.profiles().profile(), app.today(), nullptr);
    if (!app.outbox().enqueueForRound(s, RoundRequest { def.panel, def.id, membership->secret })) {
        setError(tr("Your answers could not be queued on this device: %1")
                     .arg(app.database().errorString()));
        return false;
    }
    app.credentials().resume();
    finishSubmit();
    return true;
}

void SurveyRunner::finishSubmit()
{
    m_answers = {};
    m_currentId.clear();
    m_hasDraft = false;
    setStage(QStringLiteral("done"));
    Q_EMIT submitted();
    if (!m_preview)
        m_app->surveyQueued();
}

void SurveyRunner::discard()
{
    AppContext *app = m_app ? &m_app->context() : nullptr;
    if (app && !m_preview && !app->drafts().remove(m_surveyId))
        setError(tr("The draft could not be removed."));
    m_answers = {};
    m_currentId.clear();
    m_hasDraft = false;
    setStage(QStringLiteral("intro"));
    Q_EMIT surveyChanged();
    Q_EMIT questionChanged();
    Q_EMIT answerChanged();
    if (app && !m_preview)
        m_app->surveyQueued();
}
} // namespace zs
