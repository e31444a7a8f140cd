pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// Coordinator mode (desktop): publish and update the region's actions and progress, build and
// publish a panel round (RoundBuilderPage), and see ideas, reactions and member counts.
PageColumn {
    id: page

    property var form: coordinator.actionForm("")

    objectName: "coordinatorPage"
    title: qsTr("Coordinator mode")

    CoordinatorController {
        id: coordinator
        region: Region
    }

    component Field: ColumnLayout {
        property alias label: fieldLabel.text
        property alias text: input.text
        property alias inputName: input.objectName
        Layout.fillWidth: true
        spacing: 2
        Label { id: fieldLabel; font.bold: true }
        TextField { id: input; Layout.fillWidth: true; Accessible.name: fieldLabel.text }
    }

    Label { text: qsTr("Coordinator token"); font.bold: true }
    TextField {
        objectName: "coordinatorToken"
        Layout.fillWidth: true
        echoMode: TextInput.Password
        placeholderText: "zsc_…"
        Accessible.name: qsTr("Coordinator token")
        onEditingFinished: coordinator.token = text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("The token stays in memory only; the region is the one in your profile: %1.").arg(App.profile.region)
        wrapMode: Text.Wrap
        font.pixelSize: 12
        opacity: 0.75
    }
    Label {
        objectName: "coordinatorMessage"
        Layout.fillWidth: true
        visible: coordinator.message !== ""
        text: coordinator.message
        color: coordinator.ok ? "#00587a" : "#b00020"
        wrapMode: Text.Wrap
    }
    BusyIndicator { running: coordinator.busy; visible: running }

    Label { text: qsTr("Action"); font.pixelSize: 20; font.bold: true; Layout.topMargin: 8 }
    RowLayout {
        Layout.fillWidth: true
        ComboBox {
            id: editAction
            objectName: "editAction"
            Layout.fillWidth: true
            model: Region.actions
            textRole: "title"
            valueRole: "actionId"
            currentIndex: -1
            displayText: currentIndex < 0 ? qsTr("New action") : currentText
            Accessible.name: qsTr("Action to edit")
            onActivated: page.form = coordinator.actionForm(currentValue)
        }
        Button {
            objectName: "newAction"
            visible: editAction.currentIndex >= 0
            text: qsTr("New action")
            onClicked: {
                editAction.currentIndex = -1;
                page.form = coordinator.actionForm("");
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: page.width > 800 ? 2 : 1
        columnSpacing: 16
        Field { id: idField; label: qsTr("Id (lower case, e.g. utrecht-starters)"); text: page.form.id; inputName: "actionId" }
        Field { id: statusField; label: qsTr("Status (planned, running, done, stopped)"); text: page.form.status; inputName: "actionStatus" }
        Field { id: titleNl; label: qsTr("Title (Dutch)"); text: page.form.titleNl; inputName: "actionTitleNl" }
        Field { id: titleEn; label: qsTr("Title (English)"); text: page.form.titleEn }
        Field { id: descriptionNl; label: qsTr("Description (Dutch)"); text: page.form.descriptionNl; inputName: "actionDescriptionNl" }
        Field { id: descriptionEn; label: qsTr("Description (English)"); text: page.form.descriptionEn }
        Field { id: lineField; label: qsTr("Action line (meer_kiezen, beter_leren, anders_werken)"); text: page.form.line; inputName: "actionLine" }
        Field { id: themesField; label: qsTr("Themes (ids, comma separated)"); text: (page.form.themes || []).join(", "); inputName: "actionThemes" }
        Field { id: whatField; inputName: "actionWhat"; label: qsTr("What are the goals?"); text: page.form.whatNl }
        Field { id: whoField; inputName: "actionWho"; label: qsTr("Who takes part?"); text: page.form.whoNl }
        Field { id: whoDoesWhatField; inputName: "actionWhoDoesWhat"; label: qsTr("Who does what?"); text: page.form.whoDoesWhatNl }
        Field { id: withWhatField; inputName: "actionWithWhat"; label: qsTr("With what means?"); text: page.form.withWhatNl }
        Field { id: metricField; inputName: "actionMetric"; label: qsTr("Target metric"); text: page.form.metricNl }
        Field { id: unitField; inputName: "actionUnit"; label: qsTr("Unit"); text: page.form.unitNl }
        Field { id: baselineField; label: qsTr("Baseline"); text: page.form.baseline; inputName: "actionBaseline" }
        Field { id: targetField; label: qsTr("Target value"); text: page.form.target; inputName: "actionTarget" }
        Field { id: dateField; label: qsTr("Target date (YYYY-MM-DD)"); text: page.form.targetDate; inputName: "actionDate" }
        Field { id: sourceField; label: qsTr("Source link (https://…)"); text: page.form.source }
    }
    Button {
        objectName: "publishAction"
        text: qsTr("Publish action")
        highlighted: true
        enabled: !coordinator.busy
        onClicked: coordinator.publishAction({
            id: idField.text, status: statusField.text, titleNl: titleNl.text, titleEn: titleEn.text,
            descriptionNl: descriptionNl.text, descriptionEn: descriptionEn.text, line: lineField.text,
            themes: themesField.text.split(",").map(t => t.trim()).filter(t => t !== ""),
            whatNl: whatField.text, whoNl: whoField.text, whoDoesWhatNl: whoDoesWhatField.text,
            withWhatNl: withWhatField.text, metricNl: metricField.text, unitNl: unitField.text,
            baseline: Number(baselineField.text), target: Number(targetField.text),
            targetDate: dateField.text, source: sourceField.text })
    }

    Label { text: qsTr("Progress update"); font.pixelSize: 20; font.bold: true; Layout.topMargin: 8 }
    RowLayout {
        Layout.fillWidth: true
        Field { id: progressDate; label: qsTr("Date"); inputName: "progressDate" }
        Field { id: progressValue; label: qsTr("Value"); inputName: "progressValue" }
    }
    Field { id: progressNote; label: qsTr("Note"); inputName: "progressNote" }
    Button {
        objectName: "addProgress"
        text: qsTr("Add to the action above")
        enabled: !coordinator.busy && idField.text !== ""
        onClicked: coordinator.addProgress(idField.text, progressDate.text, Number(progressValue.text), progressNote.text)
    }

    Label { text: qsTr("Panel round"); font.pixelSize: 20; font.bold: true; Layout.topMargin: 8 }
    Button {
        objectName: "openRoundBuilder"
        text: qsTr("Build a panel round…")
        onClicked: page.StackView.view.push(roundBuilderPage, { token: coordinator.token })
    }
    Component {
        id: roundBuilderPage
        RoundBuilderPage {}
    }

    RowLayout {
        Layout.topMargin: 8
        Label { text: qsTr("Ideas and numbers"); font.pixelSize: 20; font.bold: true; Layout.fillWidth: true }
        Button { objectName: "coordinatorRefresh"; text: qsTr("Refresh"); onClicked: coordinator.refresh() }
    }
    Repeater {
        model: coordinator.stats
        delegate: Label {
            required property string name
            required property int members
            Layout.fillWidth: true
            visible: members >= 0
            text: qsTr("%1: %n member(s)", "", members).arg(name)
            wrapMode: Text.Wrap
        }
    }
    Repeater {
        model: Region.actions
        delegate: Label {
            required property string title
            required property int useful
            required property int help
            Layout.fillWidth: true
            text: qsTr("%1: %2 useful, %3 want to help").arg(title).arg(useful).arg(help)
            wrapMode: Text.Wrap
            font.pixelSize: 13
        }
    }
    Repeater {
        model: coordinator.ideas
        delegate: Frame {
            id: ideaCard
            required property string title
            required property string description
            required property int supports
            required property bool willHelp
            required property string name
            Layout.fillWidth: true
            contentHeight: ideaColumn.implicitHeight
            ColumnLayout {
                id: ideaColumn
                width: parent.width
                Label { Layout.fillWidth: true; text: ideaCard.title; font.bold: true; wrapMode: Text.Wrap }
                Label { Layout.fillWidth: true; text: ideaCard.description; wrapMode: Text.Wrap }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 support · %2 · %3").arg(ideaCard.supports)
                          .arg(ideaCard.willHelp ? qsTr("wants to help") : qsTr("does not offer help"))
                          .arg(ideaCard.name ? ideaCard.name : qsTr("no name given"))
                    font.pixelSize: 12
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
