#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace zs {

/// The modules of one QR code (libqrencode, error correction level M), without quiet zone.
class QrMatrix
{
public:
    /// The QR code of `text` (UTF-8), or nullopt with *error set when it does not fit one.
    static std::optional<QrMatrix> encode(const QString &text, QString *error);

    /// Modules per side (21 for version 1, 4 more per version).
    int size() const { return m_size; }
    /// Whether the module in column x, row y is dark.
    bool isDark(int x, int y) const { return m_dark.at(y * m_size + x); }

private:
    QrMatrix() = default;

    int m_size = 0;
    QList<bool> m_dark;
};

} // namespace zs
