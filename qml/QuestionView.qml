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
    // The multi option whose tap was refused (one too many), so its message shows beside it.
    property string refusedOption: ""
    // True while the refusal shows beside an option: the page need not repeat it.
    readonly property bool showsError: refusedOption !== "" && runner.errorText !== ""

    onQuestionChanged: refusedOption = ""

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
        Layout.fillWidth: true
        text: view.question.min === view.question.max
              ? qsTr("Choose %n.", "", view.question.max)
              : view.question.min > 0 ? qsTr("Choose %1 to %2.").arg(view.question.min).arg(view.question.max)
                                      : qsTr("Choose at most %n.", "", view.question.max)
        wrapMode: Text.Wrap
        color: Theme.muted
    }
    Repeater {
        model: view.question.type === "multi" ? view.runner.options : 0
        delegate: ColumnLayout {
            id: multiItem
            required property string optionId
            required property string label
            Layout.fillWidth: true
            spacing: 0
            WrapCheckBox {
                id: check
                objectName: "option_" + multiItem.optionId
                Layout.fillWidth: true
                text: multiItem.label
                checked: Array.isArray(view.answer) && view.answer.indexOf(multiItem.optionId) >= 0
                onClicked: {
                    view.runner.toggleOption(multiItem.optionId);
                    // The tick shows the answer, not the tap: a refused choice stays unticked.
                    check.checked = Qt.binding(() => Array.isArray(view.answer) && view.answer.indexOf(multiItem.optionId) >= 0);
                    view.refusedOption = view.runner.errorText !== "" && !check.checked ? multiItem.optionId : "";
                }
            }
            // Why this tap did nothing, where the finger is.
            Label {
                objectName: "refusal_" + multiItem.optionId
                Layout.fillWidth: true
                Layout.leftMargin: check.indicator.width + check.spacing
                visible: view.refusedOption === multiItem.optionId && view.runner.errorText !== ""
                text: view.runner.errorText
                color: Theme.error
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }

    // likert: what 1 to 5 mean, once at the top and again under each statement's buttons.
    Label {
        objectName: "likertLegend"
        Layout.fillWidth: true
        visible: view.question.type === "likert" && view.question.scaleLabels.length === 5
        text: {
            const lines = [];
            for (let i = 0; i < view.question.scaleLabels.length; ++i)
                lines.push((i + 1) + " = " + view.question.scaleLabels[i]);
            return lines.join("\n");
        }
        wrapMode: Text.Wrap
    }
    Repeater {
        model: view.question.type === "likert" ? view.runner.items : 0
        delegate: ColumnLayout {
            id: likertItem
            required property string itemId
            required property string label
            Layout.fillWidth: true
            Layout.topMargin: 10
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: likertItem.label
                wrapMode: Text.Wrap
                font.bold: true
            }
            RowLayout {
                id: likertButtons
                spacing: 6
                Repeater {
                    model: 5
                    delegate: ScaleButton {
                        id: likertButton
                        required property int index
                        objectName: "likert_" + likertItem.itemId + "_" + (index + 1)
                        text: index + 1
                        selected: !!view.answer && view.answer[likertItem.itemId] === likertButton.index + 1
                        Accessible.name: likertItem.label + ": " + (view.question.scaleLabels[index] || (index + 1))
                        onClicked: view.runner.setItem(likertItem.itemId, likertButton.index + 1)
                    }
                }
            }
            RowLayout {
                visible: view.question.scaleLabels.length === 5
                // As wide as the five buttons, so the words sit under 1 and under 5.
                Layout.preferredWidth: likertButtons.implicitWidth
                Layout.maximumWidth: likertButtons.implicitWidth
                Label {
                    Layout.fillWidth: true
                    text: "1 = " + (view.question.scaleLabels[0] || "")
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: "5 = " + (view.question.scaleLabels[4] || "")
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignRight
                }
            }
        }
    }

    // scale
    Flow {
        id: scaleFlow
        Layout.fillWidth: true
        visible: view.question.type === "scale"
        spacing: 6
        // Rows of equal length: 0-10 on a phone is 6 and 5, not 5, 5 and a lone 10.
        readonly property int count: view.question.type === "scale" ? view.question.max - view.question.min + 1 : 0
        // The narrowest a button may be: a finger's width, more for larger text ("✓10" in bold).
        readonly property real narrowest: 48 * Math.max(1, Theme.textScale * 0.75)
        readonly property int fits: Math.max(1, Math.floor((width + spacing) / (narrowest + spacing)))
        readonly property int perRow: Math.ceil(count / Math.ceil(count / fits))
        readonly property int buttonWidth: Math.floor((width - spacing * (perRow - 1)) / perRow)
        Repeater {
            model: scaleFlow.count
            delegate: ScaleButton {
                id: scaleButton
                required property int index
                readonly property int score: view.question.min + index
                width: scaleFlow.buttonWidth
                objectName: "scale_" + score
                text: score
                selected: view.answer === scaleButton.score
                Accessible.name: score + ""
                onClicked: view.runner.setAnswer(scaleButton.score)
            }
        }
    }
    // The words at both ends, side by side; one under the other when either needs more than
    // half the width (large text), so no word is broken.
    GridLayout {
        id: scaleEnds
        Layout.fillWidth: true
        visible: view.question.type === "scale" && (view.question.minLabel !== "" || view.question.maxLabel !== "")
        readonly property bool stacked: Math.max(minEnd.implicitWidth, maxEnd.implicitWidth) > (width - columnSpacing) / 2
        columns: stacked ? 1 : 2
        Label {
            id: minEnd
            text: view.question.min + " = " + view.question.minLabel
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            id: maxEnd
            text: view.question.max + " = " + view.question.maxLabel
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            horizontalAlignment: scaleEnds.stacked ? Text.AlignLeft : Text.AlignRight
        }
    }

    // number: the field shows exactly the answer, and is empty until there is one. Minus and
    // plus step from it (the first press gives the smallest number); typing sets it too.
    // A Flow, not a row: with large text the unit goes onto the next line instead of being
    // squeezed into a narrow column beside the buttons.
    Flow {
        id: numberRow
        objectName: "numberRow"
        Layout.fillWidth: true
        visible: view.question.type === "number"
        spacing: 6
        readonly property bool hasValue: typeof view.answer === "number"
        function step(by) {
            const next = hasValue ? view.answer + by : view.question.min;
            view.runner.setAnswer(Math.max(view.question.min, Math.min(view.question.max, next)));
        }
        ScaleButton {
            objectName: "numberMinus"
            text: "−"
            enabled: !numberRow.hasValue || view.answer > view.question.min
            Accessible.name: qsTr("One less")
            Accessible.role: Accessible.Button
            onClicked: numberRow.step(-1)
        }
        TextField {
            id: numberField
            objectName: "numberField"
            width: Math.round(72 * Math.min(Theme.textScale, 1.5))
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.largeSize
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 0; top: view.question.max }
            // Follows the answer; what is typed goes to the runner as soon as it is a number.
            text: typeof view.answer === "number" ? String(view.answer) : ""
            placeholderText: view.question.min + "–" + view.question.max
            placeholderTextColor: Theme.placeholder
            Accessible.name: view.question.text
            onTextEdited: {
                const n = parseInt(text, 10);
                view.runner.setAnswer(isNaN(n) ? null : n);
            }
        }
        ScaleButton {
            objectName: "numberPlus"
            text: "+"
            enabled: !numberRow.hasValue || view.answer < view.question.max
            Accessible.name: qsTr("One more")
            Accessible.role: Accessible.Button
            onClicked: numberRow.step(1)
        }
        Label {
            // As tall as the buttons, so the unit sits level with the number.
            height: Math.max(implicitHeight, numberField.height)
            width: Math.min(implicitWidth, numberRow.width)
            verticalAlignment: Text.AlignVCenter
            text: view.question.unit
            wrapMode: Text.Wrap
        }
    }

    // text: what the scrubber can and cannot do, before she types.
    Label {
        objectName: "scrubNote"
        Layout.fillWidth: true
        visible: view.question.type === "text"
        text: qsTr("We remove what we recognise: e-mail addresses, phone numbers, postcodes, links, BSN numbers, and many names of people, wards and locations. We cannot find every name, so please do not write names.")
        wrapMode: Text.Wrap
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 140
        // The text wraps to the view's width: its width does not come from the text (that
        // was a binding loop between the two at larger text sizes).
        contentWidth: availableWidth
        visible: view.question.type === "text"
        // A frame, so the answer reads as a field and not as more of the help text above it.
        background: Rectangle {
            color: Theme.surface
            border.color: textArea.activeFocus ? Theme.primaryText : Theme.border
            border.width: textArea.activeFocus ? 2 : 1
            radius: 4
        }
        TextArea {
            id: textArea
            objectName: "textAnswer"
            wrapMode: TextEdit.Wrap
            background: null // the view's frame instead of Material's underline
            padding: 8
            placeholderText: qsTr("Type your answer here")
            placeholderTextColor: Theme.placeholder
            text: typeof view.answer === "string" ? view.answer : ""
            Accessible.name: view.question.text
            onTextChanged: if (view.question.type === "text" && text !== (view.answer || "")) view.runner.setAnswer(text)
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
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
            Label { text: qsTr("This is what will be sent:"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
            Label {
                Layout.fillWidth: true
                text: view.runner.scrubbedPreview
                wrapMode: Text.Wrap
            }
        }
    }
}
