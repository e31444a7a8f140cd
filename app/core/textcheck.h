#pragma once

#include <QString>

namespace zs {

/// Whether free text is made of real characters only: no lone (unpaired) surrogate and no
/// Unicode noncharacter (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF). Such text cannot be stored or sent
/// as UTF-8 unchanged, so the app and the collector refuse it rather than alter it (issue 7).
inline bool isCleanText(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        char32_t ucs4 = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 >= n || !text.at(i + 1).isLowSurrogate())
                return false;
            ucs4 = QChar::surrogateToUcs4(c, text.at(++i));
        } else if (c.isLowSurrogate()) {
            return false;
        }
        if (QChar::isNonCharacter(ucs4))
            return false;
    }
    return true;
}

} // namespace zs
