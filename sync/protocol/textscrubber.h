#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace zs {

/// What scrubbing did to one text: the result and how many of each kind it replaced.
struct ScrubResult
{
    QString text;
    QMap<QString, int>
        replaced; ///< kind ("email", "url", "phone", "number", "postcode", "name", "place") -> n
    bool changed() const { return !replaced.isEmpty(); }
};

/// Removes direct identifiers and the names NameFinder finds from free text (DESIGN §5 rule 3).
class TextScrubber
{
public:
    /// With the compiled-in first names (data/reference/first-names.json); always ward-names.json.
    TextScrubber();
    explicit TextScrubber(const QStringList &names);

    ScrubResult scrub(const QString &text) const;

private:
    QStringList m_names;
};

} // namespace zs
