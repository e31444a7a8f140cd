#include "qrmatrix.h"

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace zs {

std::optional<QrMatrix> QrMatrix::encode(const QString &text, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    // Version 0: the smallest version that holds the text; case-sensitive, so a link's
    // percent-encoding survives.
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        *error = QStringLiteral("cannot encode %1 bytes as a QR code: %2")
                     .arg(utf8.size())
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    QrMatrix matrix;
    matrix.m_size = code->width;
    const qsizetype modules = qsizetype(code->width) * code->width;
    matrix.m_dark.reserve(modules);
    // Bit 0 of each byte is the module's colour; the other bits say what the module is for.
    for (qsizetype i = 0; i < modules; ++i)
        matrix.m_dark.append((code->data[i] & 1) != 0);
    return matrix;
}

} // namespace zs
