#include "textscrubber.h"

#include "namefinder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <optional>

namespace zs {

namespace {

/// The "names" list of a reference file compiled in under :/data/reference.
QStringList builtInNames(const QString &fileName)
{
    QFile file(QStringLiteral(":/data/reference/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    const QJsonArray array
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("names")).toArray();
    for (const QJsonValue &v : array)
        names.append(v.toString());
    return names;
}

struct Rule
{
    const char *kind;
    QRegularExpression pattern;
    const char *replacement;
};

const QList<Rule> &rules()
{
    // Order matters: links and e-mail first (they contain digits), then phone numbers before
    // the bare 9-digit numbers they would otherwise match, then postcodes.
    static const QList<Rule> list = {
        { "url",
            QRegularExpression(QStringLiteral(R"((?:https?://|www\.)[^\s]+)"),
                QRegularExpression::CaseInsensitiveOption),
            "[link]" },
        { "email",
            QRegularExpression(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})")),
            "[e-mail]" },
        // Separators as people write them: "06-1234", "06 - 1234", "(020) 123".
        { "phone",
            QRegularExpression(QStringLiteral(
                R"((?<![\w+])\(?(?:\+31|0031|0)(?:\s?[-)]\s?|\s)?(?:\(0\))?(?:\s?[-)]\s?|\s)?[1-9](?:(?:\s?[-)]\s?|\s)?\d){8}(?!\d))")),
            "[telefoon]" },
        { "number",
            QRegularExpression(
                QStringLiteral(R"((?<!\d)\d{9}(?!\d)|(?<!\d)\d{3}[.\s]\d{3}[.\s]\d{3}(?!\d))")),
            "[nummer]" },
        { "postcode",
            QRegularExpression(
                QStringLiteral(R"(\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b|\b[1-9]\d{3}[a-z]{2}\b)")),
            "[postcode]" },
    };
    return list;
}

} // namespace

TextScrubber::TextScrubber()
    : TextScrubber(builtInNames(QStringLiteral("first-names.json")))
{ }

TextScrubber::TextScrubber(const QStringList &names)
    : m_names(names)
{ }

ScrubResult TextScrubber::scrub(const QString &input) const
{
    ScrubResult result { input, {} };
    for (const Rule &rule : rules()) {
        int count = 0;
        QString out;
        qsizetype last = 0;
        auto it = rule.pattern.globalMatch(result.text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += QStringView(result.text).mid(last, m.capturedStart() - last);
            out += QLatin1String(rule.replacement);
            last = m.capturedEnd();
            ++count;
        }
        if (count > 0) {
            out += QStringView(result.text).mid(last);
            result.text = out;
            result.replaced[QLatin1String(rule.kind)] += count;
        }
    }
    // Names last, so "[telefoon]" and the like are no words to them. One finder per list of
    // first names and thread, built when the list changes (scrubbers are copied freely and
    // share their list, which makes the comparison a pointer check).
    thread_local QStringList finderNames;
    thread_local std::optional<NameFinder> finder;
    if (!finder || finderNames != m_names) {
        finderNames = m_names;
        finder.emplace(m_names);
    }
    const QList<NameFinder::Span> names = finder->find(result.text);
    if (!names.isEmpty()) {
        QString out;
        qsizetype last = 0;
        for (const NameFinder::Span &span : names) {
            const bool place = span.kind == NameFinder::Kind::Place;
            out += QStringView(result.text).mid(last, span.start - last);
            out += place ? QLatin1String("[locatie]") : QLatin1String("[naam]");
            last = span.end;
            ++result.replaced[place ? QStringLiteral("place") : QStringLiteral("name")];
        }
        out += QStringView(result.text).mid(last);
        result.text = out;
    }
    return result;
}

} // namespace zs
