import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One text in Dutch and English side by side (stacked when narrow), with its error below.
// The owner writes edits to its controller; the texts come back through nl and en.
ColumnLayout {
    id: field

    property string label
    property string nl
    property string en
    property string error
    property bool multiline: false
    property bool optional: false
    // objectName prefix of the inputs: name + "Nl", name + "En", name + "Error".
    property string name
    signal nlEdited(string text)
    signal enEdited(string text)

    // Puts the cursor in the Dutch text.
    function focusFirst() {
        (field.multiline ? nlArea : nlLine).forceActiveFocus(Qt.TabFocusReason);
    }

    Layout.fillWidth: true
    spacing: 2

    Label {
        Layout.fillWidth: true
        text: field.label + (field.optional ? " " + qsTr("(optional)") : "")
        font.bold: true
        wrapMode: Text.Wrap
    }
    GridLayout {
        Layout.fillWidth: true
        columns: field.width > 640 ? 2 : 1
        columnSpacing: 12
        rowSpacing: 4

        // Dutch: a line, or a growing area for longer texts (only the one shown is named).
        TextField {
            id: nlLine
            visible: !field.multiline
            objectName: !field.multiline ? field.name + "Nl" : ""
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: field.nl
            placeholderText: qsTr("Dutch")
            selectByMouse: true
            Accessible.name: field.label + " (" + qsTr("Dutch") + ")"
            Accessible.description: field.error
            onTextEdited: field.nlEdited(text)
        }
        TextArea {
            id: nlArea
            visible: field.multiline
            objectName: field.multiline ? field.name + "Nl" : ""
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: field.nl
            placeholderText: qsTr("Dutch")
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            Accessible.name: field.label + " (" + qsTr("Dutch") + ")"
            Accessible.description: field.error
            // Tab moves on, as in every other field; the text keeps no tabs.
            Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
            Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
            onTextChanged: if (activeFocus && text !== field.nl) field.nlEdited(text)
        }
        // English: a line, or a growing area for longer texts (only the one shown is named).
        TextField {
            id: enLine
            visible: !field.multiline
            objectName: !field.multiline ? field.name + "En" : ""
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: field.en
            placeholderText: qsTr("English")
            selectByMouse: true
            Accessible.name: field.label + " (" + qsTr("English") + ")"
            Accessible.description: field.error
            onTextEdited: field.enEdited(text)
        }
        TextArea {
            id: enArea
            visible: field.multiline
            objectName: field.multiline ? field.name + "En" : ""
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: field.en
            placeholderText: qsTr("English")
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            Accessible.name: field.label + " (" + qsTr("English") + ")"
            Accessible.description: field.error
            // Tab moves on, as in every other field; the text keeps no tabs.
            Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
            Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
            onTextChanged: if (activeFocus && text !== field.en) field.enEdited(text)
        }
    }
    FieldError { objectName: field.name + "Error"; text: field.error }
}
