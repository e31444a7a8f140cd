#include "namefinder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace zs {

namespace {

constexpr auto kUnicode = QRegularExpression::UseUnicodePropertiesOption;

/// Dutch surname prefixes (tussenvoegsels), lower case.
const QSet<QString> &prefixes()
{
    static const QSet<QString> set { QStringLiteral("van"), QStringLiteral("von"),
        QStringLiteral("de"), QStringLiteral("der"), QStringLiteral("den"), QStringLiteral("ter"),
        QStringLiteral("ten"), QStringLiteral("te"), QStringLiteral("t"), QStringLiteral("het"),
        QStringLiteral("in"), QStringLiteral("op"), QStringLiteral("uit"), QStringLiteral("la"),
        QStringLiteral("le"), QStringLiteral("du"), QStringLiteral("da"), QStringLiteral("di"),
        QStringLiteral("el") };
    return set;
}

/// Forms of address a surname follows: "mevrouw Jansen", "dhr. van Dam".
const QSet<QString> &titles()
{
    static const QSet<QString> set { QStringLiteral("mevrouw"), QStringLiteral("mevr"),
        QStringLiteral("mw"), QStringLiteral("meneer"), QStringLiteral("mijnheer"),
        QStringLiteral("mnr"), QStringLiteral("dhr"), QStringLiteral("heer"),
        QStringLiteral("dokter"), QStringLiteral("dr"), QStringLiteral("zuster"),
        QStringLiteral("broeder"), QStringLiteral("juf") };
    return set;
}

/// Words a person's name follows: "collega Anja", "cliënt De Boer", "zij heet Sanne".
const QSet<QString> &cues()
{
    static const QSet<QString> set { QStringLiteral("heet"), QStringLiteral("collega"),
        QStringLiteral("leidinggevende"), QStringLiteral("teamleider"),
        QStringLiteral("teamleidster"), QStringLiteral("manager"), QStringLiteral("cliënt"),
        QStringLiteral("client"), QStringLiteral("bewoner"), QStringLiteral("bewoonster"),
        QStringLiteral("patiënt"), QStringLiteral("patient"), QStringLiteral("mentor"),
        QStringLiteral("begeleider"), QStringLiteral("coördinator"),
        QStringLiteral("coordinator") };
    return set;
}

/// Capitalised words that start no name even after a cue ("collega Maar ...").
const QSet<QString> &stopWords()
{
    static const QSet<QString> set { QStringLiteral("Het"), QStringLiteral("Een"),
        QStringLiteral("En"), QStringLiteral("Ook"), QStringLiteral("Niet"), QStringLiteral("Nu"),
        QStringLiteral("Al"), QStringLiteral("Er"), QStringLiteral("Zo"), QStringLiteral("Dan"),
        QStringLiteral("Wel"), QStringLiteral("Erg"), QStringLiteral("Heel"),
        QStringLiteral("Echt"), QStringLiteral("Zelf"), QStringLiteral("Ik"), QStringLiteral("Je"),
        QStringLiteral("Jij"), QStringLiteral("Wij"), QStringLiteral("We"), QStringLiteral("Ze"),
        QStringLiteral("Zij"), QStringLiteral("Hij"), QStringLiteral("Die"), QStringLiteral("Dat"),
        QStringLiteral("Deze"), QStringLiteral("Dit"), QStringLiteral("Maar"), QStringLiteral("Of"),
        QStringLiteral("Want"), QStringLiteral("Dus"), QStringLiteral("Toen"),
        QStringLiteral("Als"), QStringLiteral("Omdat"), QStringLiteral("Daarna"),
        QStringLiteral("Helaas"), QStringLiteral("Mijn"), QStringLiteral("Onze"),
        QStringLiteral("Ons") };
    return set;
}

bool isCapitalised(const QString &word)
{
    return word.size() >= 2 && word.at(0).isUpper() && word.at(1).isLower();
}

/// A cue, a first name and the name after it stand on one line with only spaces between.
bool onlySpaces(QStringView gap)
{
    return !gap.isEmpty()
        && std::all_of(gap.begin(), gap.end(), [](QChar c) { return c == u' ' || c == u'\t'; });
}

/// The name part of a place after a cue word: an optional article and one to three
/// capitalised words, or a code ("3B", "C2").
QString placeName()
{
    return QStringLiteral(R"(()"
                          R"((?:(?:[Dd]e|[Hh]et|['’]t|[Tt]er|[Tt]en)[ \t]+)?)"
                          R"(\p{Lu}\p{Ll}+(?:(?:[ \t]+|-)\p{Lu}\p{Ll}+){0,2})"
                          R"(|\d{1,3}\p{L}?(?![\p{L}\d]))"
                          R"(|\p{Lu}\d{1,2}(?![\p{L}\d])))");
}

/// "De Linde", "Het Anker": an article and a word of data/reference/ward-names.json.
const QRegularExpression &wardList()
{
    static const QRegularExpression pattern = [] {
        QFile file(QStringLiteral(":/data/reference/ward-names.json"));
        QStringList escaped;
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray names = QJsonDocument::fromJson(file.readAll())
                                         .object()
                                         .value(QLatin1String("names"))
                                         .toArray();
            for (const QJsonValue &v : names)
                escaped.append(QRegularExpression::escape(v.toString()));
        }
        if (escaped.isEmpty())
            return QRegularExpression();
        return QRegularExpression(
            QStringLiteral(R"((?<!\p{L})(?:[Dd]e|[Hh]et|['’]t)[ \t]+(?:%1)(?!\p{L}))")
                .arg(escaped.join(QLatin1Char('|'))),
            kUnicode);
    }();
    return pattern;
}

} // namespace

NameFinder::NameFinder(const QStringList &firstNames)
    : m_firstNames(firstNames.begin(), firstNames.end())
{ }

void NameFinder::findPlaces(const QString &text, QList<Span> *spans) const
{
    // What follows a word for a ward or location names it: "afdeling De Linde", "locatie 3B".
    static const QRegularExpression afterWord(
        QStringLiteral(R"((?<!\p{L})(?i:afdeling|afd\.|locatie|woongroep|woonafdeling|woonvorm)"
                       R"(|unit|verpleegafdeling|verpleeghuis|zorgcentrum|woonzorgcentrum)"
                       R"(|zorglocatie|zorggroep|vestiging|stichting|huis|team)[ \t]+)")
            + placeName(),
        kUnicode);
    // "op De Linde", "bij Het Anker": a capitalised article after a preposition starts a name.
    static const QRegularExpression afterPreposition(
        QStringLiteral(R"((?<!\p{L})(?i:op|in|bij|naar|uit|van|voor)[ \t]+)"
                       R"(((?:De|Het|['’]t)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}))"),
        kUnicode);
    // "De Rozenhof", "Het Zonnehuis": the endings care homes are named with.
    static const QRegularExpression byEnding(
        QStringLiteral(R"((?<!\p{L})(?:De|Het|['’]t)[ \t]+\p{Lu}\p{Ll}*)"
                       R"((?:hof|hoeve|staete|state|stede|oord|heem|borgh|burgh|huis|horst)"
                       R"(|weide|hage|gaarde|wiek|hove|hoven|kamp|lanen)(?!\p{L}))"),
        kUnicode);
    for (const QRegularExpression *re : { &afterWord, &afterPreposition }) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            spans->append({ m.capturedStart(1), m.capturedEnd(1), Kind::Place });
        }
    }
    for (const QRegularExpression *re : { &byEnding, &wardList() }) {
        if (re->pattern().isEmpty())
            continue;
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            spans->append({ m.capturedStart(), m.capturedEnd(), Kind::Place });
        }
    }
}

qsizetype NameFinder::nameEnd(const QList<Token> &tokens, const QString &text, qsizetype from,
    bool given, bool capsPrefixes) const
{
    const qsizetype n = tokens.size();
    const auto joined = [&](qsizetype i) { // token i follows token i - 1 on the same line
        if (i <= 0 || i >= n)
            return false;
        QStringView gap = QStringView(text).mid(
            tokens.at(i - 1).end, tokens.at(i).start - tokens.at(i - 1).end);
        // "van 't Hof": the apostrophe of 't belongs to the prefix.
        if (tokens.at(i).text == QLatin1String("t") && (gap.endsWith(u'\'') || gap.endsWith(u'’')))
            gap.chop(1);
        return onlySpaces(gap);
    };
    const auto isPrefix = [&](qsizetype i) {
        const QString &w = tokens.at(i).text;
        const bool lower = w.at(0).isLower();
        return prefixes().contains(w.toLower()) && (lower || (capsPrefixes && isCapitalised(w)));
    };
    const auto isSurname = [&](qsizetype i) {
        const QString &w = tokens.at(i).text;
        return isCapitalised(w) && !prefixes().contains(w.toLower()) && !stopWords().contains(w);
    };
    // "in", "op" and "uit" start a prefix only with a second one: "in 't Veld", "op de Beek".
    const auto startsPrefix = [&](qsizetype i) {
        const QString w = tokens.at(i).text;
        if (w != QLatin1String("in") && w != QLatin1String("op") && w != QLatin1String("uit"))
            return true;
        static const QSet<QString> second { QStringLiteral("t"), QStringLiteral("de"),
            QStringLiteral("den"), QStringLiteral("der"), QStringLiteral("het") };
        return i + 1 < n && joined(i + 1) && second.contains(tokens.at(i + 1).text);
    };
    const auto isInitial = [&](qsizetype i) {
        return i < n && tokens.at(i).text.size() == 1 && tokens.at(i).text.at(0).isUpper()
            && text.mid(tokens.at(i).end, 1) == QLatin1String(".");
    };
    // The first word follows the cue; every later one must follow the word before it.
    const auto follows = [&](qsizetype i) {
        return i == from || joined(i);
    };
    qsizetype end = given ? from + 1 : from;
    if (!given && isInitial(from)) {
        // Initials, "J. de Vries", "J.P. Jansen": only with a surname after them.
        qsizetype k = from;
        while (isInitial(k))
            ++k;
        qsizetype p = k;
        while (p < n && p - k < 3 && isPrefix(p))
            ++p;
        return p < n && isSurname(p) ? p + 1 : from;
    }
    // Capitalised words, each with the prefixes before it, as long as they follow on.
    for (int words = 0; words < 4 && end < n; ++words) {
        qsizetype p = end;
        if (follows(p) && isPrefix(p) && startsPrefix(p)) {
            while (p < n && p - end < 3 && follows(p) && isPrefix(p))
                ++p;
            if (p < n && joined(p) && isSurname(p)) {
                end = p + 1;
                continue;
            }
            break;
        }
        if (follows(p) && isSurname(p)) {
            end = p + 1;
            continue;
        }
        break;
    }
    return end;
}

void NameFinder::findPeople(const QString &text, QList<Span> *spans) const
{
    static const QRegularExpression word(QStringLiteral(R"(\p{L}+)"), kUnicode);
    QList<Token> tokens;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        tokens.append({ m.capturedStart(), m.capturedEnd(), m.captured() });
    }
    const qsizetype n = tokens.size();
    const auto gap = [&](qsizetype i) { // the text between token i and token i + 1
        return QStringView(text).mid(tokens.at(i).end, tokens.at(i + 1).start - tokens.at(i).end);
    };
    const auto lower = [&](qsizetype i) {
        return i < n ? tokens.at(i).text.toLower() : QString();
    };
    const auto add = [&](qsizetype first, qsizetype end) {
        spans->append({ tokens.at(first).start, tokens.at(end - 1).end, Kind::Person });
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QString w = lower(i);
        // A title: "mevrouw Jansen", "dhr. van Dam", "mw. A. de Boer".
        if (titles().contains(w) && i + 1 < n) {
            const QStringView after = gap(i);
            const bool dotted = after.startsWith(u'.');
            if (onlySpaces(dotted ? after.mid(1) : after)) {
                const qsizetype end = nameEnd(tokens, text, i + 1, false, true);
                if (end > i + 1) {
                    add(i + 1, end);
                    i = end - 1;
                    continue;
                }
            }
        }
        // A cue: "ik ben Anja", "mijn naam is Sanne", "collega's Bram en Piet".
        qsizetype cueEnd = -1;
        if ((w == QLatin1String("ik") && lower(i + 1) == QLatin1String("ben"))
            || (w == QLatin1String("naam") && lower(i + 1) == QLatin1String("is")))
            cueEnd = i + 2;
        else if (cues().contains(w))
            cueEnd = i + 1;
        if (cueEnd > 0 && cueEnd < n && w == QLatin1String("collega")
            && tokens.at(cueEnd).text == QLatin1String("s") && gap(i).size() == 1)
            ++cueEnd; // collega's
        if (cueEnd > 0 && cueEnd < n && onlySpaces(gap(cueEnd - 1))) {
            qsizetype end = nameEnd(
                tokens, text, cueEnd, m_firstNames.contains(tokens.at(cueEnd).text), true);
            if (end > cueEnd) {
                add(cueEnd, end);
                // "... Bram en Piet": a second name joined by "en".
                if (end + 1 < n && lower(end) == QLatin1String("en") && onlySpaces(gap(end - 1))
                    && onlySpaces(gap(end))) {
                    const qsizetype second = nameEnd(tokens, text, end + 1,
                        m_firstNames.contains(tokens.at(end + 1).text), true);
                    if (second > end + 1) {
                        add(end + 1, second);
                        end = second;
                    }
                }
                i = end - 1;
                continue;
            }
        }
        // A listed first name, with the surname that follows it.
        if (m_firstNames.contains(tokens.at(i).text)) {
            const qsizetype end = nameEnd(tokens, text, i, true, true);
            add(i, end);
            i = end - 1;
        }
    }
}

QList<NameFinder::Span> NameFinder::find(const QString &text) const
{
    QList<Span> spans;
    findPlaces(text, &spans);
    QList<Span> people;
    findPeople(text, &people);
    spans.append(people);
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    QList<Span> result;
    for (const Span &s : std::as_const(spans)) {
        if (!result.isEmpty() && s.start < result.last().end) {
            result.last().end = std::max(result.last().end, s.end);
            continue;
        }
        result.append(s);
    }
    return result;
}

} // namespace zs
