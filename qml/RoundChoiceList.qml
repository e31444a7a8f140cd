pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The options (or likert statements) of one question in the round builder: Dutch and English
// text and the id of each, reordering, removing, adding. The builder keeps them; this shows them.
ColumnLayout {
    id: list

    required property RoundBuilder builder
    required property int questionUid
    required property var model // the question's RowModel of choices
    property string kind: "options" // or "items"
    property string error
    property string namePrefix
    readonly property bool wide: width > 900
    readonly property string singular: kind === "items" ? qsTr("Statement") : qsTr("Option")
    // The same in a sentence ("Remove option 2").
    readonly property string noun: kind === "items" ? qsTr("statement") : qsTr("option")

    Layout.fillWidth: true
    spacing: 4

    Label {
        text: list.kind === "items" ? qsTr("Statements") : qsTr("Options")
        font.bold: true
    }
    Repeater {
        model: list.model
        delegate: ColumnLayout {
            id: choice
            required property int uid
            required property string choiceId
            required property bool idAuto
            required property string labelNl
            required property string labelEn
            required property string labelError
            required property string idError
            required property int number
            readonly property string prefix: list.namePrefix + "_" + (number - 1)

            Layout.fillWidth: true
            spacing: 2

            // Wide: number, Dutch, English, id, buttons in one row; narrow: the id below.
            GridLayout {
                Layout.fillWidth: true
                columns: list.wide ? 5 : 4
                columnSpacing: 6
                rowSpacing: 0

                Label {
                    Layout.row: 0
                    Layout.column: 0
                    text: choice.number + "."
                    Layout.preferredWidth: 22
                    horizontalAlignment: Text.AlignRight
                }
                TextField {
                    objectName: choice.prefix + "Nl"
                    Layout.row: 0
                    Layout.column: 1
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    text: choice.labelNl
                    placeholderText: qsTr("Dutch")
                    placeholderTextColor: Theme.placeholder
                    selectByMouse: true
                    Accessible.name: list.singular + " " + choice.number + " (" + qsTr("Dutch") + ")"
                    Accessible.description: choice.labelError
                    onTextEdited: list.builder.setChoiceField(list.questionUid, list.kind, choice.uid, "labelNl", text)
                    onActiveFocusChanged: if (!activeFocus) cursorPosition = 0
                    Component.onCompleted: cursorPosition = 0
                }
                TextField {
                    objectName: choice.prefix + "En"
                    Layout.row: 0
                    Layout.column: 2
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    text: choice.labelEn
                    placeholderText: qsTr("English")
                    placeholderTextColor: Theme.placeholder
                    selectByMouse: true
                    Accessible.name: list.singular + " " + choice.number + " (" + qsTr("English") + ")"
                    Accessible.description: choice.labelError
                    onTextEdited: list.builder.setChoiceField(list.questionUid, list.kind, choice.uid, "labelEn", text)
                    onActiveFocusChanged: if (!activeFocus) cursorPosition = 0
                    Component.onCompleted: cursorPosition = 0
                }
                TextField {
                    objectName: choice.prefix + "Id"
                    Layout.row: list.wide ? 0 : 1
                    Layout.column: list.wide ? 3 : 1
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.maximumWidth: 170
                    text: choice.choiceId
                    font.pixelSize: Theme.smallSize
                    opacity: choice.idAuto ? 0.7 : 1
                    selectByMouse: true
                    Accessible.name: qsTr("Id of %1 %2").arg(list.noun).arg(choice.number)
                    Accessible.description: choice.idError
                    ToolTip.visible: hovered
                    ToolTip.text: choice.idAuto ? qsTr("Id, made from the text; you may change it") : qsTr("Id; empty it to make it from the text again")
                    onEditingFinished: if (text !== choice.choiceId) list.builder.setChoiceField(list.questionUid, list.kind, choice.uid, "id", text)
                }
                RowLayout {
                    Layout.row: 0
                    Layout.column: list.wide ? 4 : 3
                    spacing: 0
                    ToolButton {
                        text: "↑"
                        enabled: choice.number > 1
                        focusPolicy: Qt.StrongFocus
                        Accessible.name: qsTr("Move %1 %2 up").arg(list.noun).arg(choice.number)
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                        onClicked: list.builder.moveChoice(list.questionUid, list.kind, choice.uid, choice.number - 2)
                    }
                    ToolButton {
                        text: "↓"
                        enabled: choice.number < list.model.count
                        focusPolicy: Qt.StrongFocus
                        Accessible.name: qsTr("Move %1 %2 down").arg(list.noun).arg(choice.number)
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                        onClicked: list.builder.moveChoice(list.questionUid, list.kind, choice.uid, choice.number)
                    }
                    ToolButton {
                        objectName: choice.prefix + "Remove"
                        text: "✕"
                        focusPolicy: Qt.StrongFocus
                        Accessible.name: qsTr("Remove %1 %2").arg(list.noun).arg(choice.number)
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                        onClicked: list.builder.removeChoice(list.questionUid, list.kind, choice.uid)
                    }
                }
            }
            FieldError { Layout.leftMargin: 28; text: choice.labelError }
            FieldError { Layout.leftMargin: 28; text: choice.idError }
        }
    }
    FieldError { text: list.error; objectName: list.namePrefix + "Error" }
    Button {
        objectName: list.namePrefix + "Add"
        text: list.kind === "items" ? qsTr("Add a statement") : qsTr("Add an option")
        flat: true
        Accessible.name: text
        onClicked: list.builder.addChoice(list.questionUid, list.kind)
    }
}
