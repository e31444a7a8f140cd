pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// One question with the input its type needs. State lives in the runner; this only shows it.
ColumnLayout {
    id: view

    required property SurveyRunner runner
    readonly property questionData question: runner.question
    readonly property var answer: runner.answer

    spacing: 8

    Label {
        objectName: "questionText"
        Layout.fillWidth: true
        text: view.question.text + (view.question.required ? "" : " " + qsTr("(optional)"))
        font.pixelSize: Theme.largeSize
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: view.question.help !== ""
        text: view.question.help
        wrapMode: Text.Wrap
        color: Theme.muted
    }

    // single
    Repeater {
        model: view.question.type === "single" ? view.runner.options : 0
        delegate: RadioButton {
            id: radio
            required property string optionId
            required property string label
            objectName: "option_" + optionId
            Layout.fillWidth: true
            text: label
            checked: view.answer === radio.optionId
            onClicked: view.runner.setAnswer(radio.optionId)
            contentItem: Label {
                leftPadding: radio.indicator.width + radio.spacing
                text: radio.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
        }
    }

    // multi
    Label {
        visible: view.question.type === "multi"
        text: qsTr("Choose %1 to %2.").arg(view.question.min).arg(view.question.max)
        color: Theme.muted
    }
    Repeater {
        model: view.question.type === "multi" ? view.runner.options : 0
        delegate: CheckBox {
            id: check
            required property string optionId
            required property string label
            objectName: "option_" + optionId
            Layout.fillWidth: true
            text: label
            checked: Array.isArray(view.answer) && view.answer.indexOf(check.optionId) >= 0
            onClicked: view.runner.toggleOption(check.optionId)
            contentItem: Label {
                leftPadding: check.indicator.width + check.spacing
                text: check.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
        }
    }

    // likert
    Repeater {
        model: view.question.type === "likert" ? view.runner.items : 0
        delegate: ColumnLayout {
            id: likertItem
            required property string itemId
            required property string label
            Layout.fillWidth: true
            Layout.topMargin: 6
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: likertItem.label
                wrapMode: Text.Wrap
                font.bold: true
            }
            RowLayout {
                spacing: 4
                Repeater {
                    model: 5
                    delegate: Button {
                        id: likertButton
                        required property int index
                        objectName: "likert_" + likertItem.itemId + "_" + (index + 1)
                        text: index + 1
                        checkable: true
                        checked: view.answer && view.answer[likertItem.itemId] === likertButton.index + 1
                        highlighted: checked
                        Layout.preferredWidth: 52
                        Accessible.name: (view.question.scaleLabels[index] || (index + 1)) + ""
                        onClicked: view.runner.setItem(likertItem.itemId, likertButton.index + 1)
                    }
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: view.question.type === "likert" && view.question.scaleLabels.length === 5
        text: view.question.type === "likert" ? "1 = " + view.question.scaleLabels[0] + " · 5 = " + view.question.scaleLabels[4] : ""
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.muted
    }

    // scale
    Flow {
        Layout.fillWidth: true
        visible: view.question.type === "scale"
        spacing: 4
        Repeater {
            model: view.question.type === "scale" ? view.question.max - view.question.min + 1 : 0
            delegate: Button {
                id: scaleButton
                required property int index
                readonly property int score: view.question.min + index
                objectName: "scale_" + score
                width: 52
                text: score
                checkable: true
                checked: view.answer === scaleButton.score
                highlighted: checked
                onClicked: view.runner.setAnswer(scaleButton.score)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: view.question.type === "scale" && (view.question.minLabel !== "" || view.question.maxLabel !== "")
        Label { text: view.question.min + " = " + view.question.minLabel; font.pixelSize: Theme.smallSize; color: Theme.muted; Layout.fillWidth: true; wrapMode: Text.Wrap }
        Label { text: view.question.max + " = " + view.question.maxLabel; font.pixelSize: Theme.smallSize; color: Theme.muted; Layout.fillWidth: true; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight }
    }

    // number
    RowLayout {
        visible: view.question.type === "number"
        SpinBox {
            id: numberBox
            objectName: "numberBox"
            from: view.question.min
            to: view.question.max
            editable: true
            value: typeof view.answer === "number" ? view.answer : view.question.min
            Accessible.name: view.question.text
            onValueModified: view.runner.setAnswer(value)
        }
        Label { text: view.question.unit }
        Button {
            visible: typeof view.answer !== "number"
            text: qsTr("Use %1").arg(numberBox.value)
            flat: true
            onClicked: view.runner.setAnswer(numberBox.value)
        }
    }

    // text
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 140
        visible: view.question.type === "text"
        TextArea {
            id: textArea
            objectName: "textAnswer"
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Type your answer here")
            text: typeof view.answer === "string" ? view.answer : ""
            Accessible.name: view.question.text
            onTextChanged: if (view.question.type === "text" && text !== (view.answer || "")) view.runner.setAnswer(text)
        }
    }
    Label {
        visible: view.question.type === "text"
        text: qsTr("%1 of %2 characters").arg(textArea.length).arg(view.question.maxLength)
        font.pixelSize: Theme.smallSize
        color: Theme.muted
    }
    Frame {
        objectName: "scrubPreview"
        Layout.fillWidth: true
        visible: view.question.type === "text" && view.runner.scrubbedPreview !== ""
        // Explicit, so the frame grows when the preview wraps onto more lines while typing.
        contentHeight: previewColumn.implicitHeight
        ColumnLayout {
            id: previewColumn
            width: parent.width
            Label { text: qsTr("This is what will be sent:"); font.bold: true }
            Label {
                Layout.fillWidth: true
                text: view.runner.scrubbedPreview
                wrapMode: Text.Wrap
            }
        }
    }
}
