#include "qrscanner.h"

#include "qrdecoder.h"

#include <QVideoFrame>

namespace zs {

namespace {
constexpr qint64 kFrameIntervalMs = 250;
}

QrScanner::QrScanner(QObject *parent)
    : QObject(parent)
{ }

void QrScanner::setVideoSink(QObject *object)
{
    auto *sink = qobject_cast<QVideoSink *>(object);
    if (sink == m_sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (m_sink)
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &QrScanner::onFrame);
    Q_EMIT videoSinkChanged();
}

void QrScanner::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void QrScanner::onFrame(const QVideoFrame &frame)
{
    if (!m_active || (m_since.isValid() && m_since.elapsed() < kFrameIntervalMs))
        return;
    m_since.start();
    const std::optional<QString> text = QrDecoder::decode(frame.toImage());
    if (!text)
        return;
    setActive(false);
    Q_EMIT decoded(*text);
}

QString QrScanner::decodeFile(const QUrl &file)
{
    const std::optional<QString> text
        = QrDecoder::decode(QImage(file.isLocalFile() ? file.toLocalFile() : file.toString()));
    if (!text) {
        Q_EMIT failed();
        return {};
    }
    Q_EMIT decoded(*text);
    return *text;
}

} // namespace zs
