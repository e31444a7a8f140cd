// Invitation codes (DESIGN §5a): Crockford base32 with its mod-37 check symbol, so a typed
// code with one wrong symbol or two swapped neighbours is refused before it reaches the
// collector. The other declarations of credential.h are implemented in credential.cpp.

#include "credential.h"

#include <QRandomGenerator>

namespace zs::invitationcode {

namespace {

/// Crockford's 32 symbols, then the five extra symbols of its check alphabet (values 32..36).
constexpr char16_t kCheckAlphabet[] = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";
constexpr int kSymbols = 32;
constexpr int kCheckModulus = 37;
constexpr int kCodeLength = kRandomSymbols + 1;
constexpr int kGroup = 4;

/// The value of an upper-case symbol in the check alphabet, or -1.
int checkValue(QChar c)
{
    for (int v = 0; v < kCheckModulus; ++v) {
        if (kCheckAlphabet[v] == c.unicode())
            return v;
    }
    return -1;
}

/// The value of a symbol as a person may type it (either case, Crockford's look-alikes), or -1.
int typedValue(QChar c)
{
    switch (c.toUpper().unicode()) {
    case u'O':
        return 0;
    case u'I':
    case u'L':
        return 1;
    default:
        return checkValue(c.toUpper());
    }
}

/// The value of the base-32 number the symbols spell, mod 37 (Horner's rule, one symbol at a
/// time, so any length works); -1 when a symbol is not one of the 32.
int checkValueOf(QStringView symbols)
{
    int remainder = 0;
    for (const QChar c : symbols) {
        const int v = checkValue(c);
        if (v < 0 || v >= kSymbols)
            return -1;
        remainder = (remainder * kSymbols + v) % kCheckModulus;
    }
    return remainder;
}

} // namespace

QChar checkSymbol(const QString &symbols)
{
    // A null QChar for anything but canonical symbols: callers pass what normalize() made.
    const int v = checkValueOf(symbols);
    return v < 0 ? QChar() : QChar(kCheckAlphabet[v]);
}

QString generate()
{
    // Redraw until the check value is one of the 32 plain symbols, so a printed or sent code
    // never holds * ~ $ = U. That keeps 32/37 of the 2^55 random parts: log2(2^55 * 32/37)
    // ≈ 54.8 bits, and every kept part is equally likely.
    QRandomGenerator *random = QRandomGenerator::system();
    QString code(kCodeLength, Qt::Uninitialized);
    for (;;) {
        for (int i = 0; i < kRandomSymbols; ++i)
            code[i] = QChar(kCheckAlphabet[random->bounded(kSymbols)]);
        const int check = checkValueOf(QStringView(code).first(kRandomSymbols));
        if (check < kSymbols) {
            code[kRandomSymbols] = QChar(kCheckAlphabet[check]);
            return format(code);
        }
    }
}

std::optional<QString> normalize(const QString &typed)
{
    QString canonical;
    canonical.reserve(kCodeLength);
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        const int v = typedValue(c);
        if (v < 0 || canonical.size() >= kCodeLength)
            return std::nullopt;
        // U (and * ~ $ =) are check symbols only: in the random part they are a typo.
        if (canonical.size() < kRandomSymbols && v >= kSymbols)
            return std::nullopt;
        canonical.append(QChar(kCheckAlphabet[v]));
    }
    if (canonical.size() != kCodeLength)
        return std::nullopt;
    if (checkSymbol(canonical.first(kRandomSymbols)) != canonical.back())
        return std::nullopt;
    return canonical;
}

QString format(const QString &canonical)
{
    QString written;
    written.reserve(canonical.size() + canonical.size() / kGroup);
    for (qsizetype i = 0; i < canonical.size(); i += kGroup) {
        if (i > 0)
            written.append(u'-');
        written.append(QStringView(canonical).mid(i, kGroup));
    }
    return written;
}

} // namespace zs::invitationcode
