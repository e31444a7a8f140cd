#pragma once

#include <QImage>
#include <QString>
#include <optional>

namespace zs {

/// Reads a QR code from an image (a camera frame or a file) with zxing-cpp.
class QrDecoder
{
public:
    /// The text of the first QR code found in the image, or nullopt.
    static std::optional<QString> decode(const QImage &image);
};

} // namespace zs
