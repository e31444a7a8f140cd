import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// One labelled line of a form, with its error right below it (read by screen readers too).
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias input: input
    property alias inputName: input.objectName
    property alias validator: input.validator
    property string error: ""
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
    TextField {
        id: input
        // Material's own placeholder grey is 2.6:1; the theme's keeps 4.5:1.
        placeholderTextColor: Theme.placeholder
        Layout.fillWidth: true
        Accessible.name: caption.text
        Accessible.description: field.error
        onTextEdited: field.edited()
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
