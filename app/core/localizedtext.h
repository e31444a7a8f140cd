#pragma once

#include <QJsonValue>
#include <QString>

namespace zs {

/// A UI string in Dutch and English, as the data files carry it.
struct LocalizedText
{
    QString nl;
    QString en;

    /// The text in the language ("nl" or "en"), falling back to Dutch.
    QString text(const QString &language) const
    {
        return (language == QLatin1String("en") && !en.isEmpty()) ? en : nl;
    }
    bool isEmpty() const { return nl.isEmpty() && en.isEmpty(); }

    /// Reads {"nl": …, "en": …}; both must be non-empty strings.
    static bool fromJson(const QJsonValue &value, LocalizedText *out)
    {
        if (!value.isObject())
            return false;
        const QJsonValue nlValue = value[QLatin1String("nl")];
        const QJsonValue enValue = value[QLatin1String("en")];
        if (!nlValue.isString() || !enValue.isString() || nlValue.toString().isEmpty()
            || enValue.toString().isEmpty())
            return false;
        out->nl = nlValue.toString();
        out->en = enValue.toString();
        return true;
    }
};

} // namespace zs
