import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The answer to the button beside it: the coordinator's last message, when it belongs to this
// area of the page (CoordinatorController::messageArea).
Label {
    id: status

    required property CoordinatorController coordinator
    required property string area

    Layout.fillWidth: true
    visible: coordinator.messageArea === area && coordinator.message !== ""
    text: coordinator.message
    color: coordinator.ok ? Theme.primaryText : Theme.error
    font.bold: !coordinator.ok
    wrapMode: Text.Wrap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
