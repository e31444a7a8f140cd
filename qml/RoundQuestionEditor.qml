pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// One question of the round builder: type, text in both languages, what its type needs, whether
// it must be answered, when it is shown, and its id. Every edit goes to the RoundBuilder; the
// delegate's roles bring the result (and the errors at their fields) back.
Frame {
    id: editor

    required property RoundBuilder builder
    required property int uid
    required property string questionId
    required property bool idAuto
    required property string type
    required property int number
    required property string textNl
    required property string textEn
    required property string helpNl
    required property string helpEn
    required property bool required
    required property var options
    required property var items
    required property int min
    required property int max
    required property string minLabelNl
    required property string minLabelEn
    required property string maxLabelNl
    required property string maxLabelEn
    required property string unitNl
    required property string unitEn
    required property int maxLength
    required property int showIfQuestion
    required property int showIfOption
    required property var showIfSources
    required property var showIfAnswers
    required property bool showIfKept
    required property string kept
    required property var errors
    required property bool first
    required property bool last

    readonly property string prefix: "question" + (number - 1)
    readonly property var typeNames: ["single", "multi", "likert", "scale", "number", "text"]
    property bool showHelp: helpNl !== "" || helpEn !== ""

    // Puts the cursor in the question's Dutch text (after adding it).
    function focusText() {
        textField.focusFirst();
    }

    Layout.fillWidth: true
    objectName: prefix
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Question %1").arg(number)

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Question %1").arg(editor.number)
                font.pixelSize: Theme.largeSize
                font.bold: true
            }
            ComboBox {
                id: typeBox
                objectName: editor.prefix + "Type"
                Layout.preferredWidth: 260
                textRole: "label"
                valueRole: "type"
                model: [
                    { type: "single", label: qsTr("One choice") },
                    { type: "multi", label: qsTr("Several choices") },
                    { type: "likert", label: qsTr("Statements, 1 to 5") },
                    { type: "scale", label: qsTr("Scale (e.g. 0 to 10)") },
                    { type: "number", label: qsTr("Number") },
                    { type: "text", label: qsTr("Open answer (text)") }
                ]
                currentIndex: editor.typeNames.indexOf(editor.type)
                Accessible.name: qsTr("Kind of question %1").arg(editor.number)
                onActivated: editor.builder.setQuestionType(editor.uid, currentValue)
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                objectName: editor.prefix + "Up"
                text: "↑"
                enabled: !editor.first
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Move question %1 up").arg(editor.number)
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: editor.builder.moveQuestion(editor.uid, editor.number - 2)
            }
            ToolButton {
                objectName: editor.prefix + "Down"
                text: "↓"
                enabled: !editor.last
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Move question %1 down").arg(editor.number)
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: editor.builder.moveQuestion(editor.uid, editor.number)
            }
            ToolButton {
                objectName: editor.prefix + "Remove"
                text: "✕"
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Remove question %1").arg(editor.number)
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: editor.builder.removeQuestion(editor.uid)
            }
        }
        FieldError { text: editor.errors["question"] || "" }

        BilingualField {
            id: textField
            name: editor.prefix + "Text"
            label: qsTr("Question")
            wrap: true
            nl: editor.textNl
            en: editor.textEn
            error: editor.errors["text"] || ""
            onNlEdited: text => editor.builder.setQuestionField(editor.uid, "textNl", text)
            onEnEdited: text => editor.builder.setQuestionField(editor.uid, "textEn", text)
        }
        BilingualField {
            visible: editor.showHelp
            name: editor.prefix + "Help"
            label: qsTr("Explanation below the question")
            wrap: true
            optional: true
            nl: editor.helpNl
            en: editor.helpEn
            error: editor.errors["help"] || ""
            onNlEdited: text => editor.builder.setQuestionField(editor.uid, "helpNl", text)
            onEnEdited: text => editor.builder.setQuestionField(editor.uid, "helpEn", text)
        }
        Button {
            visible: !editor.showHelp
            text: qsTr("Add an explanation")
            flat: true
            Accessible.name: qsTr("Add an explanation to question %1").arg(editor.number)
            onClicked: editor.showHelp = true
        }

        // single, multi: options; likert: statements
        RoundChoiceList {
            visible: editor.type === "single" || editor.type === "multi"
            builder: editor.builder
            questionUid: editor.uid
            model: editor.options
            kind: "options"
            namePrefix: editor.prefix + "Option"
            error: editor.errors["options"] || ""
        }
        RoundChoiceList {
            visible: editor.type === "likert"
            builder: editor.builder
            questionUid: editor.uid
            model: editor.items
            kind: "items"
            namePrefix: editor.prefix + "Item"
            error: editor.errors["items"] || ""
        }
        Label {
            visible: editor.type === "likert"
            Layout.fillWidth: true
            text: qsTr("Members rate each statement from 1 (disagree) to 5 (agree).")
            wrapMode: Text.Wrap
            color: Theme.muted
        }
        RowLayout {
            visible: editor.type === "multi"
            Label { text: qsTr("At most") }
            SpinBox {
                objectName: editor.prefix + "MaxPicks"
                from: 0
                to: Math.max(0, editor.options ? editor.options.count : 0)
                value: editor.max
                editable: true
                textFromValue: value => value === 0 ? qsTr("all") : value.toString()
                valueFromText: text => text === qsTr("all") ? 0 : Number(text)
                Accessible.name: qsTr("Most choices a member may pick")
                onValueModified: editor.builder.setQuestionField(editor.uid, "max", value)
            }
            Label { text: qsTr("choices") }
        }

        // scale and number: the range
        RowLayout {
            visible: editor.type === "scale" || editor.type === "number"
            spacing: 8
            Label { text: qsTr("From") }
            SpinBox {
                objectName: editor.prefix + "Min"
                from: -1000000
                to: 1000000
                value: editor.min
                editable: true
                Accessible.name: qsTr("Lowest value of question %1").arg(editor.number)
                onValueModified: editor.builder.setQuestionField(editor.uid, "min", value)
            }
            Label { text: qsTr("to") }
            SpinBox {
                objectName: editor.prefix + "Max"
                from: -1000000
                to: 1000000
                value: editor.max
                editable: true
                Accessible.name: qsTr("Highest value of question %1").arg(editor.number)
                onValueModified: editor.builder.setQuestionField(editor.uid, "max", value)
            }
        }
        FieldError { text: (editor.errors["min"] || "") + (editor.errors["min"] && editor.errors["max"] ? " " : "") + (editor.errors["max"] || "") }
        BilingualField {
            visible: editor.type === "scale"
            name: editor.prefix + "MinLabel"
            label: qsTr("Label of the lowest value")
            optional: true
            nl: editor.minLabelNl
            en: editor.minLabelEn
            error: editor.errors["minLabel"] || ""
            onNlEdited: text => editor.builder.setQuestionField(editor.uid, "minLabelNl", text)
            onEnEdited: text => editor.builder.setQuestionField(editor.uid, "minLabelEn", text)
        }
        BilingualField {
            visible: editor.type === "scale"
            name: editor.prefix + "MaxLabel"
            label: qsTr("Label of the highest value")
            optional: true
            nl: editor.maxLabelNl
            en: editor.maxLabelEn
            error: editor.errors["maxLabel"] || ""
            onNlEdited: text => editor.builder.setQuestionField(editor.uid, "maxLabelNl", text)
            onEnEdited: text => editor.builder.setQuestionField(editor.uid, "maxLabelEn", text)
        }
        BilingualField {
            visible: editor.type === "number"
            name: editor.prefix + "Unit"
            label: qsTr("Unit (e.g. hours)")
            optional: true
            nl: editor.unitNl
            en: editor.unitEn
            error: editor.errors["unit"] || ""
            onNlEdited: text => editor.builder.setQuestionField(editor.uid, "unitNl", text)
            onEnEdited: text => editor.builder.setQuestionField(editor.uid, "unitEn", text)
        }

        // text: its length
        RowLayout {
            visible: editor.type === "text"
            Label { text: qsTr("At most") }
            SpinBox {
                objectName: editor.prefix + "MaxLength"
                from: 1
                to: 5000
                stepSize: 100
                value: editor.maxLength
                editable: true
                Accessible.name: qsTr("Most characters of the answer to question %1").arg(editor.number)
                onValueModified: editor.builder.setQuestionField(editor.uid, "maxLength", value)
            }
            Label { text: qsTr("characters; names, numbers and addresses are removed before sending") ; Layout.fillWidth: true; wrapMode: Text.Wrap; color: Theme.muted }
        }
        FieldError { text: editor.errors["maxLength"] || "" }

        CheckBox {
            objectName: editor.prefix + "Required"
            text: qsTr("Members must answer this question")
            checked: editor.required
            Accessible.name: text
            onToggled: editor.builder.setQuestionField(editor.uid, "required", checked)
        }

        // when it is shown
        GridLayout {
            Layout.fillWidth: true
            columns: editor.width > 700 ? 4 : 2
            visible: !editor.showIfKept
            Label { text: editor.showIfQuestion === 0 ? qsTr("Show this question") : qsTr("Show this question when") }
            ComboBox {
                id: sourceBox
                objectName: editor.prefix + "ShowIf"
                Layout.fillWidth: true
                model: editor.showIfSources
                textRole: "label"
                valueRole: "uid"
                currentIndex: editor.showIfSources.findIndex(source => source.uid === editor.showIfQuestion)
                displayText: currentIndex < 0 ? qsTr("(a question that is gone or comes later)") : currentText
                Accessible.name: qsTr("When question %1 is shown").arg(editor.number)
                onActivated: editor.builder.setShowIf(editor.uid, currentValue, 0)
            }
            Label {
                visible: editor.showIfQuestion !== 0
                text: qsTr("is answered with")
            }
            ComboBox {
                objectName: editor.prefix + "ShowIfAnswer"
                visible: editor.showIfQuestion !== 0
                Layout.fillWidth: true
                model: editor.showIfAnswers
                textRole: "label"
                valueRole: "uid"
                currentIndex: editor.showIfAnswers.findIndex(answer => answer.uid === editor.showIfOption)
                displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
                Accessible.name: qsTr("Answer that shows question %1").arg(editor.number)
                onActivated: editor.builder.setShowIf(editor.uid, editor.showIfQuestion, currentValue)
            }
        }
        RowLayout {
            visible: editor.showIfKept
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Shown under a condition from the imported file; it is kept as it is.")
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Show always")
                flat: true
                Accessible.name: qsTr("Show question %1 always").arg(editor.number)
                onClicked: editor.builder.setShowIf(editor.uid, 0, 0)
            }
        }
        FieldError { objectName: editor.prefix + "ShowIfError"; text: editor.errors["showIf"] || "" }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Label { text: qsTr("Id"); color: Theme.muted }
            TextField {
                objectName: editor.prefix + "Id"
                Layout.preferredWidth: 320
                text: editor.questionId
                selectByMouse: true
                Accessible.name: qsTr("Id of question %1").arg(editor.number)
                Accessible.description: editor.errors["id"] || ""
                onEditingFinished: if (text !== editor.questionId) editor.builder.setQuestionField(editor.uid, "id", text)
            }
            Label {
                Layout.fillWidth: true
                text: editor.idAuto ? qsTr("made from the Dutch question; the report names the question by it")
                                    : qsTr("empty it to make it from the question again")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
        FieldError { text: editor.errors["id"] || "" }
        Label {
            visible: editor.kept !== ""
            Layout.fillWidth: true
            text: qsTr("Also kept from the imported file: %1").arg(editor.kept)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
    }
}
