import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import ZorgstemUi

// The camera view that reads an invitation's QR code; says so when there is no camera.
ColumnLayout {
    id: pane

    signal decoded(string text)
    signal cancelled

    readonly property bool hasCamera: devices.videoInputs.length > 0
    property alias scanner: scanner

    objectName: "qrScanPane"
    spacing: 8

    MediaDevices {
        id: devices
    }
    QrScanner {
        id: scanner
        videoSink: (cameraLoader.item as CameraView)?.sink ?? null
        onDecoded: text => pane.decoded(text)
    }
    Label {
        objectName: "noCamera"
        Layout.fillWidth: true
        visible: !pane.hasCamera
        text: qsTr("No camera found on this device. Type the code from your invitation instead.")
        wrapMode: Text.Wrap
    }
    // Only with a camera: nothing of the capture pipeline exists otherwise.
    component CameraView: Item {
        readonly property alias sink: output.videoSink
        Camera {
            id: camera
            active: true
        }
        CaptureSession {
            camera: camera
            videoOutput: output
        }
        VideoOutput {
            id: output
            anchors.fill: parent
            fillMode: VideoOutput.PreserveAspectCrop
        }
    }
    Loader {
        id: cameraLoader
        Layout.fillWidth: true
        Layout.preferredHeight: active ? width * 0.75 : 0
        active: pane.hasCamera
        sourceComponent: CameraView {}
    }
    Label {
        Layout.fillWidth: true
        visible: pane.hasCamera
        text: qsTr("Hold the QR code from your invitation in front of the camera.")
        wrapMode: Text.Wrap
        color: Theme.muted
    }
    WrapButton {
        objectName: "scanCancel"
        text: qsTr("Type the code instead")
        flat: true
        onClicked: pane.cancelled()
    }
}
