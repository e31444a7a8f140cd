pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import ZorgstemUi

// One survey: intro, a question per screen, review before sending, done.
PageColumn {
    id: page

    property alias surveyId: runner.surveyId
    property alias runner: runner
    signal finished

    title: runner.title
    objectName: "surveyPage"

    // A preview of a round being built (SurveyRunner.showPreview) says so all the time.
    header: Label {
        objectName: "previewBanner"
        visible: runner.preview
        height: visible ? implicitHeight : 0
        padding: 8
        text: qsTr("Preview: this is what members will see. Nothing you answer here is saved or sent.")
        wrapMode: Text.Wrap
        color: Theme.onPrimary
        background: Rectangle { color: Theme.accent }
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // Back and next stay in reach at the bottom, however long the question is.
    footer: Pane {
        visible: runner.stage === "question" || runner.stage === "review"
        padding: 8
        Material.elevation: 6
        // Back and the next step side by side; with large text, when the two do not fit on
        // one line, the next step goes on top at full width and Back under it.
        GridLayout {
            id: steps
            // Under the page's column on a desktop, not at the window's far edges.
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, page.maxWidth)
            readonly property WrapButton forward: runner.stage === "review" ? submitButton : nextButton
            readonly property bool stacked: previousButton.implicitWidth + forward.implicitWidth + columnSpacing > width
            columns: stacked ? 1 : 3
            rowSpacing: 0
            WrapButton {
                id: previousButton
                objectName: "previousButton"
                Layout.row: steps.stacked ? 1 : 0
                Layout.column: 0
                Layout.fillWidth: steps.stacked
                text: qsTr("Back")
                flat: true
                onClicked: runner.back()
            }
            Item {
                visible: !steps.stacked
                Layout.row: 0
                Layout.column: 1
                Layout.fillWidth: true
            }
            WrapButton {
                id: nextButton
                objectName: "nextButton"
                Layout.row: 0
                Layout.column: steps.stacked ? 0 : 2
                Layout.fillWidth: steps.stacked
                visible: runner.stage === "question"
                text: runner.last ? qsTr("Review") : qsTr("Next")
                highlighted: true
                onClicked: runner.next()
            }
            WrapButton {
                id: submitButton
                objectName: "submitButton"
                Layout.row: 0
                Layout.column: steps.stacked ? 0 : 2
                Layout.fillWidth: steps.stacked
                visible: runner.stage === "review"
                text: qsTr("Send anonymously")
                highlighted: true
                onClicked: runner.submit()
            }
        }
    }

    // The page starts at the top for each new question or stage, and stays where it is while
    // she answers (questionChanged also fires for every answer: the count can change).
    property string shownQuestion: ""
    SurveyRunner {
        id: runner
        app: App
        onStageChanged: page.flickable.contentY = 0
        onQuestionChanged: {
            if (runner.question.questionId === page.shownQuestion)
                return;
            page.shownQuestion = runner.question.questionId;
            page.flickable.contentY = 0;
        }
        // A refusal from the Next button in the footer is scrolled into view.
        onErrorTextChanged: if (runner.errorText !== "") errorScroll.restart()
    }
    // After the layout placed the message.
    Timer {
        id: errorScroll
        interval: 0
        onTriggered: page.showError()
    }
    function showError() {
        if (!errorLabel.visible)
            return;
        const flick = page.flickable;
        const y = errorLabel.mapToItem(flick.contentItem, 0, 0).y;
        if (y + errorLabel.height > flick.contentY + flick.height || y < flick.contentY)
            flick.contentY = Math.max(0, Math.min(y - flick.height / 2, flick.contentHeight - flick.height));
    }

    // intro
    Label {
        Layout.fillWidth: true
        visible: runner.stage === "intro"
        text: runner.intro
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "surveyCountsFor"
        Layout.fillWidth: true
        visible: runner.stage === "intro" && runner.employerName !== ""
        text: qsTr("With your invitation, these answers count for %1.").arg(runner.employerName)
        wrapMode: Text.Wrap
        font.bold: true
    }
    Label {
        Layout.fillWidth: true
        visible: runner.stage === "intro" && runner.hasDraft
        text: qsTr("You started this survey before. Your answers so far are saved on this device.")
        wrapMode: Text.Wrap
        font.italic: true
    }
    WrapButton {
        objectName: "startButton"
        Layout.fillWidth: true
        visible: runner.stage === "intro"
        text: runner.hasDraft ? qsTr("Continue") : qsTr("Start")
        highlighted: true
        onClicked: runner.start()
    }
    WrapButton {
        objectName: "discardButton"
        Layout.fillWidth: true
        visible: runner.stage === "intro" && runner.hasDraft
        text: qsTr("Start over")
        flat: true
        onClicked: runner.discard()
    }

    // question
    ProgressBar {
        objectName: "progress"
        Layout.fillWidth: true
        visible: runner.stage === "question"
        from: 0
        to: Math.max(1, runner.count)
        value: runner.position + 1
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: runner.stage === "question"
        text: qsTr("Question %1 of %2").arg(runner.position + 1).arg(runner.count)
        font.pixelSize: Theme.smallSize
        color: Theme.muted
    }
    QuestionView {
        id: questionView
        Layout.fillWidth: true
        visible: runner.stage === "question"
        runner: runner
    }
    Label {
        id: errorLabel
        objectName: "errorText"
        Layout.fillWidth: true
        visible: runner.errorText !== "" && !questionView.showsError
        text: runner.errorText
        color: Theme.error
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
    }
    // review
    Label {
        Layout.fillWidth: true
        visible: runner.stage === "review"
        text: qsTr("Check your answers. Everything below is sent, and nothing else.")
        wrapMode: Text.Wrap
    }
    // Everything that leaves the device besides the answers, in words.
    Frame {
        objectName: "reviewLeaves"
        Layout.fillWidth: true
        visible: runner.stage === "review"
        ColumnLayout {
            anchors.fill: parent
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: qsTr("Sent with your answers")
                font.bold: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: runner.leaves
                delegate: GridLayout {
                    id: leaf
                    required property string label
                    required property string value
                    Layout.fillWidth: true
                    // Side by side where there is room, stacked on a phone.
                    columns: page.width > 560 ? 2 : 1
                    columnSpacing: 12
                    rowSpacing: 0
                    Label {
                        Layout.preferredWidth: leaf.columns > 1 ? 200 : -1
                        Layout.fillWidth: leaf.columns === 1
                        Layout.alignment: Qt.AlignTop
                        text: leaf.label
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: leaf.value
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
    Repeater {
        model: runner.review
        delegate: Frame {
            id: reviewItem
            required property string questionId
            required property string text
            required property string answer
            required property bool scrubbed
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                spacing: 2
                Label { Layout.fillWidth: true; text: reviewItem.text; font.bold: true; wrapMode: Text.Wrap }
                Label { Layout.fillWidth: true; text: reviewItem.answer; wrapMode: Text.Wrap }
                Label {
                    Layout.fillWidth: true
                    visible: reviewItem.scrubbed
                    text: qsTr("What we recognised as a name, number, address or link was removed from this text.")
                    font.pixelSize: Theme.smallSize
                    color: Theme.primaryText
                    wrapMode: Text.Wrap
                }
                WrapButton {
                    text: qsTr("Change")
                    flat: true
                    onClicked: runner.edit(reviewItem.questionId)
                }
            }
        }
    }
    // done
    Label {
        objectName: "doneText"
        Layout.fillWidth: true
        visible: runner.stage === "done"
        text: runner.preview ? qsTr("End of the preview. Nothing was saved or sent.")
                             : qsTr("Thank you. Your answers are saved and will be sent anonymously; after that only a receipt stays on this device.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.largeSize
    }
    Label {
        Layout.fillWidth: true
        visible: runner.stage === "done" && !runner.preview
        text: App.syncMessage
        wrapMode: Text.Wrap
        color: Theme.muted
    }
    WrapButton {
        objectName: "doneButton"
        Layout.fillWidth: true
        visible: runner.stage === "done"
        text: runner.preview ? qsTr("Back to the round builder") : qsTr("Back to home")
        highlighted: true
        onClicked: page.finished()
    }
}
