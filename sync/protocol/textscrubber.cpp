#include "textscrubber.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace zs {

namespace {

QStringList builtInNames()
{
    QFile file(QStringLiteral(":/data/reference/first-names.json"));
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
    : TextScrubber(builtInNames())
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
    if (!m_names.isEmpty()) {
        // Letters only, so the names in "Anna's" and "Anne-Marie" are found too.
        static const QRegularExpression word(
            QStringLiteral(R"(\b\p{Lu}\p{Ll}+\b)"), QRegularExpression::UseUnicodePropertiesOption);
        const QSet<QString> names(m_names.begin(), m_names.end());
        QString out;
        qsizetype last = 0;
        int count = 0;
        auto it = word.globalMatch(result.text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!names.contains(m.captured()))
                continue;
            out += QStringView(result.text).mid(last, m.capturedStart() - last);
            out += QLatin1String("[naam]");
            last = m.capturedEnd();
            ++count;
        }
        if (count > 0) {
            out += QStringView(result.text).mid(last);
            result.text = out;
            result.replaced[QStringLiteral("name")] += count;
        }
    }
    return result;
}

} // namespace zs
