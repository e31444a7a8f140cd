import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What is wrong with the field above, in words; takes no room when nothing is.
Label {
    Layout.fillWidth: true
    visible: text !== ""
    color: "#b00020"
    wrapMode: Text.Wrap
    font.pixelSize: 13
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
