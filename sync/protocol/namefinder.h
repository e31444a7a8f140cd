#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace zs {

/// Finds the names of people, wards and locations in Dutch free text, where a list or a cue
/// can find them (DESIGN §5 rule 3). People: a listed first name with what follows it (a
/// surname with or without van, de, van der, ter, …); a surname after mevrouw, meneer, dhr.,
/// mw., …; capitalised words after "ik ben", "mijn naam is", "collega", "cliënt", ….
/// Places: what follows afdeling, locatie, woongroep, …; "De Linde"-style names after op, in,
/// bij, naar; and "De"/"Het" with a listed ward word or a typical ending (-hof, -hoeve, …).
/// Capitalised words without such a cue (a sentence start, "De Zorg", "Utrecht") stay.
class NameFinder
{
public:
    enum class Kind { Person, Place };
    /// One name found: text positions [start, end).
    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
        Kind kind = Kind::Person;
    };

    /// Finds these first names; the ward words are the compiled-in ward-names.json.
    explicit NameFinder(const QStringList &firstNames);

    /// The names in text, in order, not overlapping.
    QList<Span> find(const QString &text) const;

private:
    struct Token
    {
        qsizetype start;
        qsizetype end;
        QString text;
    };
    /// Where the name that may start at token `from` ends (exclusive), or `from` when none
    /// does. given: token `from` alone is a name already (a listed first name); capsPrefixes:
    /// "De Vries" after a title (after a first name only "de Vries").
    qsizetype nameEnd(const QList<Token> &tokens, const QString &text, qsizetype from, bool given,
        bool capsPrefixes) const;
    void findPlaces(const QString &text, QList<Span> *spans) const;
    void findPeople(const QString &text, QList<Span> *spans) const;

    QSet<QString> m_firstNames;
};

} // namespace zs
