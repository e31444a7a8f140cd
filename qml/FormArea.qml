import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// A labelled multi-line text of a form, with its error right below it. Tab and Shift+Tab move
// on to the next or previous control, as in a one-line field (DesktopKeys, in Main.qml).
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias inputName: input.objectName
    property int lines: 3
    property string error: ""
    // The person changed the text (not a program setting it).
    signal edited

    Layout.fillWidth: true
    // The same base width for every field, so a form's columns share the width equally.
    Layout.preferredWidth: 200
    spacing: 2

    Label {
        id: caption
        Layout.fillWidth: true
        font.bold: true
        wrapMode: Text.Wrap
    }
    TextArea {
        id: input
        // Material's own placeholder grey is 2.6:1; the theme's keeps 4.5:1.
        placeholderTextColor: Theme.placeholder
        Layout.fillWidth: true
        leftPadding: 8
        rightPadding: 8
        // A box, so an empty multi-line field reads as a field.
        background: Rectangle {
            radius: 2
            color: "transparent"
            border.width: input.activeFocus ? 2 : 1
            border.color: field.error !== "" ? Theme.error : (input.activeFocus ? Theme.primaryText : Theme.border)
        }
        Layout.preferredHeight: Math.max(implicitHeight, field.lines * 22 + topPadding + bottomPadding)
        wrapMode: TextEdit.Wrap
        Accessible.name: caption.text
        Accessible.description: field.error
        onTextChanged: if (activeFocus) field.edited()
    }
    Label {
        objectName: input.objectName + "Error"
        Layout.fillWidth: true
        visible: field.error !== ""
        text: field.error
        color: Theme.error
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
    }
}
