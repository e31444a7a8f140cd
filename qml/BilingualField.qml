import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// One text in Dutch and English side by side (stacked when narrow), with its error below.
// The owner writes edits to its controller; the texts come back through nl and en.
ColumnLayout {
    id: field

    property string label
    property string nl
    property string en
    property string error
    property bool multiline: false
    // Wraps onto more lines as it grows, but stays one paragraph (Enter adds no new line).
    property bool wrap: false
    readonly property bool area: multiline || wrap
    property bool optional: false
    // objectName prefix of the inputs: name + "Nl", name + "En", name + "Error".
    property string name
    signal nlEdited(string text)
    signal enEdited(string text)

    // Puts the cursor in the Dutch text.
    function focusFirst() {
        (field.area ? nlArea : nlLine).forceActiveFocus(Qt.TabFocusReason);
    }

    Layout.fillWidth: true
    spacing: 2

    Label {
        Layout.fillWidth: true
        text: field.label + (field.optional ? " " + qsTr("(optional)") : "")
        font.bold: true
        wrapMode: Text.Wrap
    }
    // Side by side where there is room, stacked when narrow; placed by hand so that wrapping
    // areas get their real width before their height is taken.
    Item {
        id: pair
        readonly property bool side: width > 640
        readonly property real half: side ? (width - 12) / 2 : width
        readonly property real nlHeight: field.area ? nlArea.implicitHeight : nlLine.implicitHeight
        readonly property real enHeight: field.area ? enArea.implicitHeight : enLine.implicitHeight
        Layout.fillWidth: true
        implicitHeight: side ? Math.max(nlHeight, enHeight) : nlHeight + 4 + enHeight

        // Dutch: a line, or a growing area for longer texts (only the one shown is named).
        TextField {
            id: nlLine
            visible: !field.area
            objectName: !field.area ? field.name + "Nl" : ""
            x: 0
            y: 0
            width: pair.half
            text: field.nl
            placeholderText: qsTr("Dutch")
            placeholderTextColor: Theme.placeholder
            selectByMouse: true
            Accessible.name: field.label + " (" + qsTr("Dutch") + ")"
            Accessible.description: field.error
            onTextEdited: field.nlEdited(text)
            // Unfocused, a long text shows its beginning.
            onActiveFocusChanged: if (!activeFocus) cursorPosition = 0
            Component.onCompleted: cursorPosition = 0
        }
        TextArea {
            id: nlArea
            visible: field.area
            objectName: field.area ? field.name + "Nl" : ""
            x: 0
            y: 0
            width: pair.half
            text: field.nl
            placeholderText: qsTr("Dutch")
            placeholderTextColor: Theme.placeholder
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            Accessible.name: field.label + " (" + qsTr("Dutch") + ")"
            Accessible.description: field.error
            // Tab moves on, as in every other field (DesktopKeys); the text keeps no tabs.
            Keys.onReturnPressed: event => event.accepted = !field.multiline
            Keys.onEnterPressed: event => event.accepted = !field.multiline
            onTextChanged: if (activeFocus && text !== field.nl) field.nlEdited(text)
        }
        // English: a line, or a growing area for longer texts (only the one shown is named).
        TextField {
            id: enLine
            visible: !field.area
            objectName: !field.area ? field.name + "En" : ""
            x: pair.side ? pair.half + 12 : 0
            y: pair.side ? 0 : pair.nlHeight + 4
            width: pair.half
            text: field.en
            placeholderText: qsTr("English")
            placeholderTextColor: Theme.placeholder
            selectByMouse: true
            Accessible.name: field.label + " (" + qsTr("English") + ")"
            Accessible.description: field.error
            onTextEdited: field.enEdited(text)
            // Unfocused, a long text shows its beginning.
            onActiveFocusChanged: if (!activeFocus) cursorPosition = 0
            Component.onCompleted: cursorPosition = 0
        }
        TextArea {
            id: enArea
            visible: field.area
            objectName: field.area ? field.name + "En" : ""
            x: pair.side ? pair.half + 12 : 0
            y: pair.side ? 0 : pair.nlHeight + 4
            width: pair.half
            text: field.en
            placeholderText: qsTr("English")
            placeholderTextColor: Theme.placeholder
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            Accessible.name: field.label + " (" + qsTr("English") + ")"
            Accessible.description: field.error
            // Tab moves on, as in every other field (DesktopKeys); the text keeps no tabs.
            Keys.onReturnPressed: event => event.accepted = !field.multiline
            Keys.onEnterPressed: event => event.accepted = !field.multiline
            onTextChanged: if (activeFocus && text !== field.en) field.enEdited(text)
        }
    }
    FieldError { objectName: field.name + "Error"; text: field.error }
}
