#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <QVideoSink>

namespace zs {

/// Watches a VideoOutput's frames for a QR code (QrDecoder) and reports the first text found;
/// looks at a few frames a second, so a phone's camera does not keep the CPU busy.
class QrScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    /// A VideoOutput's videoSink (typed QObject: Qt 6.4's QML types do not list QVideoSink).
    Q_PROPERTY(QObject *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)

public:
    explicit QrScanner(QObject *parent = nullptr);

    QObject *videoSink() const { return m_sink; }
    void setVideoSink(QObject *sink);
    bool isActive() const { return m_active; }
    void setActive(bool active);

    /// Decodes an image file (a saved photo of the sheet; the tests' fixtures); emits decoded()
    /// or failed(), and returns the text ("" when there is no QR code in it).
    Q_INVOKABLE QString decodeFile(const QUrl &file);

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    /// A QR code was read; scanning stops until active is set again.
    void decoded(const QString &text);
    void failed();

private:
    void onFrame(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    bool m_active = true;
    QElapsedTimer m_since;
};

} // namespace zs
