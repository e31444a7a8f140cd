pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import ZorgstemUi
import ZorgstemDashboard

// Coordinator mode: build a panel round without writing JSON, preview it in the real survey
// page, publish it to a panel of the region. The round is kept on this device as it is edited.
Page {
    id: page

    property alias builder: roundBuilder
    property alias importDialog: importDialog
    // "publish", "new" or "import" while its confirmation shows; "" otherwise.
    property string confirming: ""

    objectName: "roundBuilderPage"
    title: qsTr("Build a panel round")

    RoundBuilder {
        id: roundBuilder
        app: App
        region: Region
        // The requests go through the coordinator's session (it keeps the token).
        session: Session
        onPublished: page.confirming = ""
    }

    FileDialog {
        id: importDialog
        objectName: "importDialog"
        title: qsTr("Import a survey definition")
        nameFilters: [qsTr("Survey definitions (*.json)"), qsTr("All files (*)")]
        onAccepted: roundBuilder.importFile(selectedFile)
    }

    Component {
        id: previewPage
        SurveyPage {
            onFinished: page.StackView.view.pop()
        }
    }

    // The round in the real survey page, in memory only (SurveyRunner.showPreview).
    function openPreview() {
        const definition = roundBuilder.previewDefinition();
        if (Object.keys(definition).length === 0)
            return;
        const preview = page.StackView.view.push(previewPage) as SurveyPage;
        preview.runner.showPreview(definition);
    }

    function startOver(what) {
        page.confirming = "";
        if (what === "import")
            importDialog.open();
        else
            roundBuilder.clear();
    }

    function ask(what) {
        if (roundBuilder.empty)
            page.startOver(what);
        else
            page.confirming = what;
    }

    function addQuestion(type) {
        roundBuilder.addQuestion(type);
        const editor = questionList.itemAt(questionList.count - 1) as RoundQuestionEditor;
        if (editor)
            editor.focusText();
    }

    // Keyboard use: the field that gets the focus scrolls into view.
    function ensureVisible(item) {
        let inside = item;
        while (inside && inside !== column)
            inside = inside.parent;
        if (!inside)
            return;
        const y = item.mapToItem(flick.contentItem, 0, 0).y;
        if (y < flick.contentY + 8)
            flick.contentY = Math.max(0, y - 48);
        else if (y + item.height > flick.contentY + flick.height - 8)
            flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height), y + item.height - flick.height + 48);
    }
    // After a refusal, the first marked field comes into view.
    function showFirstError() {
        const find = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i];
                if (!c.visible)
                    continue;
                if (c instanceof FieldError && c.text !== "")
                    return c;
                const found = find(c);
                if (found)
                    return found;
            }
            return null;
        };
        const first = find(column);
        if (first)
            page.ensureVisible(first);
    }
    Connections {
        target: roundBuilder
        function onMessageChanged() {
            if (!roundBuilder.ok)
                page.showFirstError();
        }
    }
    Connections {
        target: page.Window
        function onActiveFocusItemChanged() { page.ensureVisible(page.Window.activeFocusItem); }
    }

    // What is left to do, and publishing with its confirmation, stay in reach at the bottom.
    footer: Pane {
        padding: 10
        Material.elevation: 6

        ColumnLayout {
            anchors.fill: parent
            spacing: 6

            Label {
                objectName: "builderMessage"
                Layout.fillWidth: true
                visible: roundBuilder.message !== ""
                text: roundBuilder.message
                color: roundBuilder.ok ? Theme.primaryText : Theme.error
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.confirming !== "publish"
                spacing: 8
                Label {
                    objectName: "builderSummary"
                    Layout.fillWidth: true
                    text: roundBuilder.errorCount > 0 ? qsTr("%n thing(s) left to fill in or fix.", "", roundBuilder.errorCount)
                                                 : qsTr("Complete: look at the preview, then publish.")
                    wrapMode: Text.Wrap
                    color: Theme.muted
                }
                BusyIndicator { running: roundBuilder.busy; visible: running; Layout.preferredHeight: 32; Layout.preferredWidth: 32 }
                Button {
                    objectName: "previewButton"
                    text: qsTr("Preview")
                    Accessible.name: qsTr("Preview the round as a member sees it")
                    onClicked: page.openPreview()
                }
                Button {
                    objectName: "publishButton"
                    text: qsTr("Publish…")
                    highlighted: true
                    enabled: !roundBuilder.busy
                    Accessible.name: qsTr("Publish the round")
                    onClicked: {
                        if (roundBuilder.errorCount > 0 || !Session.signedIn)
                            roundBuilder.publish(); // says what is missing, sends nothing
                        else
                            page.confirming = "publish";
                    }
                }
            }
            // The confirmation, next to the button it confirms.
            RowLayout {
                Layout.fillWidth: true
                visible: page.confirming === "publish"
                spacing: 8
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "publishConfirmText"
                    // Right beside the buttons it confirms, however wide the window.
                    Layout.fillWidth: true
                    Layout.maximumWidth: 760
                    horizontalAlignment: Text.AlignRight
                    text: qsTr("Publish “%1” for %2 (%3)? Members see it at once. A published round cannot be changed; a new version can follow.")
                          .arg(App.language === "en" ? roundBuilder.titleEn : roundBuilder.titleNl)
                          .arg(details.panelName)
                          .arg(roundBuilder.memberCount >= 0 ? qsTr("%n member(s)", "", roundBuilder.memberCount) : qsTr("members not counted yet"))
                    wrapMode: Text.Wrap
                    font.bold: true
                }
                Button {
                    objectName: "confirmPublish"
                    text: qsTr("Yes, publish")
                    highlighted: true
                    enabled: !roundBuilder.busy
                    Accessible.name: text
                    Keys.onEscapePressed: page.confirming = ""
                    onClicked: {
                        page.confirming = "";
                        roundBuilder.publish();
                    }
                }
                Button {
                    objectName: "cancelPublish"
                    text: qsTr("Cancel")
                    flat: true
                    Accessible.name: qsTr("Do not publish")
                    Keys.onEscapePressed: page.confirming = ""
                    onClicked: page.confirming = ""
                }
            }
        }
    }

    Flickable {
        id: flick
        objectName: "builderFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 48
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(16, (flick.width - width) / 2)
            y: 16
            width: Math.min(flick.width - 32, 1100)
            spacing: 14

            Label {
                Layout.fillWidth: true
                text: qsTr("Build the round here: it is kept on this device as you go. Members of the panel find it in their app once you publish it.")
                wrapMode: Text.Wrap
            }
            RowLayout {
                spacing: 8
                Button {
                    objectName: "newRound"
                    text: qsTr("New round")
                    Accessible.name: qsTr("Start a new, empty round")
                    onClicked: page.ask("new")
                }
                Button {
                    objectName: "importRound"
                    text: qsTr("Import a file…")
                    Accessible.name: qsTr("Import a survey definition file")
                    onClicked: page.ask("import")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.confirming === "new" || page.confirming === "import"
                spacing: 8
                Label {
                    Layout.fillWidth: true
                    text: qsTr("This replaces the round you are building here.")
                    wrapMode: Text.Wrap
                    font.bold: true
                }
                Button {
                    objectName: "confirmReplace"
                    text: qsTr("Replace it")
                    Accessible.name: text
                    onClicked: page.startOver(page.confirming)
                }
                Button {
                    text: qsTr("Cancel")
                    flat: true
                    Accessible.name: qsTr("Keep the round")
                    onClicked: page.confirming = ""
                }
            }

            RoundDetails {
                id: details
                builder: roundBuilder
                tokenGiven: Session.signedIn
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("Questions")
                font.pixelSize: Theme.titleSize
                font.bold: true
                Layout.topMargin: 8
            }
            FieldError { objectName: "questionsError"; text: roundBuilder.errors["questions"] || "" }
            Repeater {
                id: questionList
                model: roundBuilder.questions
                delegate: RoundQuestionEditor {
                    builder: roundBuilder
                }
            }
            Label {
                text: roundBuilder.questions.count === 0 ? qsTr("Add the first question:") : qsTr("Add a question:")
                font.bold: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: [
                        { type: "single", label: qsTr("One choice") },
                        { type: "multi", label: qsTr("Several choices") },
                        { type: "likert", label: qsTr("Statements, 1 to 5") },
                        { type: "scale", label: qsTr("Scale (e.g. 0 to 10)") },
                        { type: "number", label: qsTr("Number") },
                        { type: "text", label: qsTr("Open answer (text)") }
                    ]
                    delegate: Button {
                        required property var modelData
                        objectName: "add_" + modelData.type
                        text: "+ " + modelData.label
                        Accessible.name: qsTr("Add a question: %1").arg(modelData.label)
                        onClicked: page.addQuestion(modelData.type)
                    }
                }
            }

            RoundResults {
                builder: roundBuilder
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
        }
    }
}
