import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// What is wrong with the field above, in words; takes no room when nothing is.
Label {
    Layout.fillWidth: true
    visible: text !== ""
    color: Theme.error
    wrapMode: Text.Wrap
    font.pixelSize: Theme.smallSize
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
