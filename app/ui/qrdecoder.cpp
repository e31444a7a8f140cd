#include "qrdecoder.h"

#include <ZXing/ReadBarcode.h>

namespace zs {

std::optional<QString> QrDecoder::decode(const QImage &image)
{
    if (image.isNull())
        return std::nullopt;
    // One grey byte per pixel is all the reader needs, whatever the camera delivers.
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
        ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    return QString::fromStdWString(result.text());
}

} // namespace zs
