pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The coordinator's action form: pick an action to edit (or a new one), status, action line and
// themes by label, the target day from a calendar, every text in Dutch and English side by side,
// errors next to their field and the answer next to the button; stop or remove an action; add a
// progress update (its fields clear once it is added).
PageColumn {
    id: tab

    required property CoordinatorController coordinator
    readonly property bool editing: editAction.currentIndex >= 0
    readonly property string editedId: editing ? String(editAction.currentValue ?? "") : ""
    readonly property int columns: width > 760 ? 2 : 1
    readonly property var dayLocale: Qt.locale(App.language === "en" ? "en_GB" : "nl_NL")
    property alias removeDialog: removeDialog

    maxWidth: 1100
    objectName: "coordinatorActionsTab"

    // Fills every control from an action's fields (ActionForm::fields).
    function load(form) {
        coordinator.clearFieldErrors();
        idField.text = form.id;
        statusBox.currentIndex = statusBox.indexOfValue(form.status);
        lineBox.currentIndex = lineBox.indexOfValue(form.line);
        themes.chosen = Array.from(form.themes);
        targetDate.date = form.targetDate;
        for (const key of ["title", "description", "what", "who", "whoDoesWhat", "withWhat", "metric", "unit"]) {
            texts[key + "Nl"].text = form[key + "Nl"];
            texts[key + "En"].text = form[key + "En"];
        }
        baselineField.text = form.baseline;
        targetField.text = form.target;
        sourceField.text = form.source;
    }
    function formData() {
        const form = {
            id: idField.text, status: statusBox.currentIndex >= 0 ? statusBox.currentValue : "",
            line: lineBox.currentIndex >= 0 ? lineBox.currentValue : "", themes: themes.chosen,
            targetDate: targetDate.date, baseline: baselineField.text, target: targetField.text,
            source: sourceField.text
        };
        for (const key in texts)
            form[key] = texts[key].text;
        return form;
    }
    function clearProgress() {
        progressDate.date = "";
        progressValue.text = "";
        progressNoteNl.text = "";
        progressNoteEn.text = "";
    }
    function startNew() {
        editAction.currentIndex = -1;
        load(coordinator.actionForm(""));
        clearProgress();
    }

    readonly property var texts: ({
        titleNl: titleNl, titleEn: titleEn, descriptionNl: descriptionNl, descriptionEn: descriptionEn,
        whatNl: whatNl, whatEn: whatEn, whoNl: whoNl, whoEn: whoEn, whoDoesWhatNl: whoDoesWhatNl,
        whoDoesWhatEn: whoDoesWhatEn, withWhatNl: withWhatNl, withWhatEn: withWhatEn,
        metricNl: metricNl, metricEn: metricEn, unitNl: unitNl, unitEn: unitEn
    })
    readonly property var errors: coordinator.fieldErrors

    Component.onCompleted: {
        load(coordinator.actionForm(""));
        // Changing a field takes its error away.
        const fields = Object.assign({ id: idField, baseline: baselineField, target: targetField,
                                       source: sourceField, progressValue: progressValue,
                                       progressNote: progressNoteNl }, texts);
        for (const key in fields)
            fields[key].edited.connect(() => coordinator.clearFieldError(key));
    }

    // The id of an action just published, to edit once the region's list has it.
    property string published: ""
    Connections {
        target: tab.coordinator
        function onProgressAdded() { tab.clearProgress(); }
        function onActionRemoved() { tab.startNew(); }
        function onPublished() { tab.published = idField.text.trim(); }
    }
    Connections {
        target: Region
        function onActionsUpdated() {
            const row = tab.published === "" ? -1 : Region.actions.indexOf(tab.published);
            if (row >= 0) {
                editAction.currentIndex = row;
                tab.published = "";
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Action"); font.pixelSize: Theme.titleSize; font.bold: true; Layout.fillWidth: true }
        ComboBox {
            id: editAction
            objectName: "editAction"
            Layout.preferredWidth: Math.min(tab.width * 0.5, 420)
            model: Region.actions
            textRole: "title"
            valueRole: "actionId"
            currentIndex: -1
            displayText: currentIndex < 0 ? qsTr("New action") : currentText
            Accessible.name: qsTr("Action to edit")
            onActivated: {
                tab.load(tab.coordinator.actionForm(currentValue));
                tab.clearProgress();
            }
        }
        Button {
            objectName: "newAction"
            visible: tab.editing
            text: qsTr("New action")
            Accessible.name: text
            onClicked: tab.startNew()
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: tab.columns
        columnSpacing: 24
        rowSpacing: 14

        FormField {
            id: idField
            inputName: "actionId"
            label: qsTr("Id (lower case, e.g. utrecht-starters)")
            placeholder: "utrecht-…"
            error: tab.errors.id || ""
            input.readOnly: tab.editing
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 200
            spacing: 2
            Label { text: qsTr("Status"); font.bold: true }
            ComboBox {
                id: statusBox
                objectName: "actionStatus"
                Layout.fillWidth: true
                model: App.actionStatuses
                textRole: "label"
                valueRole: "id"
                displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
                Accessible.name: qsTr("Status")
                Accessible.description: tab.errors.status || ""
                onActivated: tab.coordinator.clearFieldError("status")
            }
            Label {
                objectName: "actionStatusError"
                visible: text !== ""
                text: tab.errors.status || ""
                color: Theme.error
                font.pixelSize: Theme.smallSize
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 200
            spacing: 2
            Label { text: qsTr("Action line"); font.bold: true }
            ComboBox {
                id: lineBox
                objectName: "actionLine"
                Layout.fillWidth: true
                model: App.actionLines
                textRole: "label"
                valueRole: "id"
                displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
                Accessible.name: qsTr("Action line")
                Accessible.description: tab.errors.line || ""
                onActivated: tab.coordinator.clearFieldError("line")
            }
            Label {
                objectName: "actionLineError"
                Layout.fillWidth: true
                visible: text !== ""
                text: tab.errors.line || ""
                color: Theme.error
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
            }
        }
        DatePicker {
            id: targetDate
            objectName: "targetDatePicker"
            buttonName: "actionDate"
            label: qsTr("Target day")
            locale: tab.dayLocale
            error: tab.errors.targetDate || ""
            onPicked: tab.coordinator.clearFieldError("targetDate")
        }
        ThemePicker {
            id: themes
            objectName: "actionThemes"
            Layout.columnSpan: tab.columns
            label: qsTr("Themes the action works on")
            model: App.retentionThemes
            error: tab.errors.themes || ""
            onChosenChanged: tab.coordinator.clearFieldError("themes")
        }

        FormField { id: titleNl; inputName: "actionTitleNl"; label: qsTr("Title (Dutch)"); error: tab.errors.titleNl || "" }
        FormField { id: titleEn; inputName: "actionTitleEn"; label: qsTr("Title (English)"); placeholder: qsTr("Empty: the Dutch text is shown"); error: tab.errors.titleEn || "" }
        FormArea { id: descriptionNl; inputName: "actionDescriptionNl"; label: qsTr("Description (Dutch)"); lines: 4; error: tab.errors.descriptionNl || "" }
        FormArea { id: descriptionEn; inputName: "actionDescriptionEn"; label: qsTr("Description (English)"); lines: 4; error: tab.errors.descriptionEn || "" }
        FormArea { id: whatNl; inputName: "actionWhatNl"; label: qsTr("What are the goals? (Dutch)"); error: tab.errors.whatNl || "" }
        FormArea { id: whatEn; inputName: "actionWhatEn"; label: qsTr("What are the goals? (English)"); error: tab.errors.whatEn || "" }
        FormArea { id: whoNl; inputName: "actionWhoNl"; label: qsTr("Who takes part? (Dutch)"); lines: 2; error: tab.errors.whoNl || "" }
        FormArea { id: whoEn; inputName: "actionWhoEn"; label: qsTr("Who takes part? (English)"); lines: 2; error: tab.errors.whoEn || "" }
        FormArea { id: whoDoesWhatNl; inputName: "actionWhoDoesWhatNl"; label: qsTr("Who does what? (Dutch)"); error: tab.errors.whoDoesWhatNl || "" }
        FormArea { id: whoDoesWhatEn; inputName: "actionWhoDoesWhatEn"; label: qsTr("Who does what? (English)"); error: tab.errors.whoDoesWhatEn || "" }
        FormArea { id: withWhatNl; inputName: "actionWithWhatNl"; label: qsTr("With what means? (Dutch)"); lines: 2; error: tab.errors.withWhatNl || "" }
        FormArea { id: withWhatEn; inputName: "actionWithWhatEn"; label: qsTr("With what means? (English)"); lines: 2; error: tab.errors.withWhatEn || "" }
        FormField { id: metricNl; inputName: "actionMetricNl"; label: qsTr("Target metric (Dutch)"); error: tab.errors.metricNl || "" }
        FormField { id: metricEn; inputName: "actionMetricEn"; label: qsTr("Target metric (English)"); error: tab.errors.metricEn || "" }
        FormField { id: unitNl; inputName: "actionUnitNl"; label: qsTr("Unit (Dutch)"); placeholder: qsTr("e.g. teams, %"); error: tab.errors.unitNl || "" }
        FormField { id: unitEn; inputName: "actionUnitEn"; label: qsTr("Unit (English)"); error: tab.errors.unitEn || "" }
        FormField {
            id: baselineField
            inputName: "actionBaseline"
            label: qsTr("Baseline (a number)")
            input.inputMethodHints: Qt.ImhFormattedNumbersOnly
            error: tab.errors.baseline || ""
        }
        FormField {
            id: targetField
            inputName: "actionTarget"
            label: qsTr("Target value (a number)")
            input.inputMethodHints: Qt.ImhFormattedNumbersOnly
            error: tab.errors.target || ""
        }
        FormField {
            id: sourceField
            Layout.columnSpan: tab.columns
            inputName: "actionSource"
            label: qsTr("Source link (optional, https://…)")
            error: tab.errors.source || ""
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 8
        Button {
            objectName: "publishAction"
            text: tab.editing ? qsTr("Save changes") : qsTr("Publish action")
            highlighted: true
            enabled: !tab.coordinator.busy
            Accessible.name: text
            onClicked: tab.coordinator.publishAction(tab.formData())
        }
        Button {
            objectName: "stopAction"
            visible: tab.editing
            enabled: !tab.coordinator.busy && statusBox.currentValue !== "stopped"
            text: qsTr("Stop action")
            Accessible.name: text
            onClicked: tab.coordinator.stopAction(tab.editedId)
        }
        Button {
            objectName: "removeAction"
            visible: tab.editing
            enabled: !tab.coordinator.busy
            text: qsTr("Remove action…")
            Accessible.name: qsTr("Remove action")
            onClicked: removeDialog.open()
        }
    }
    StatusMessage { objectName: "actionMessage"; coordinator: tab.coordinator; area: "action" }

    ZsDialog {
        id: removeDialog
        objectName: "removeDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 480)
        modal: true
        title: qsTr("Remove this action?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        contentItem: Label {
            wrapMode: Text.Wrap
            text: qsTr("\"%1\" and its reactions are removed for everyone. To keep it visible as ended, stop it instead.")
                  .arg(editAction.currentText)
        }
        onAccepted: tab.coordinator.removeAction(tab.editedId)
    }

    Label {
        text: qsTr("Progress update")
        font.pixelSize: Theme.titleSize
        font.bold: true
        Layout.topMargin: 16
    }
    Label {
        Layout.fillWidth: true
        visible: !tab.editing
        text: qsTr("Choose a published action above to add an update to it.")
        wrapMode: Text.Wrap
        color: Theme.muted
    }
    GridLayout {
        Layout.fillWidth: true
        columns: tab.columns
        columnSpacing: 24
        rowSpacing: 14
        enabled: tab.editing
        DatePicker {
            id: progressDate
            objectName: "progressDatePicker"
            buttonName: "progressDate"
            label: qsTr("Day of the update")
            locale: tab.dayLocale
            error: tab.errors.progressDate || ""
            onPicked: tab.coordinator.clearFieldError("progressDate")
        }
        FormField {
            id: progressValue
            inputName: "progressValue"
            label: qsTr("Value reached (a number)")
            input.inputMethodHints: Qt.ImhFormattedNumbersOnly
            error: tab.errors.progressValue || ""
        }
        FormArea { id: progressNoteNl; inputName: "progressNoteNl"; label: qsTr("What happened? (Dutch)"); lines: 2; error: tab.errors.progressNote || "" }
        FormArea { id: progressNoteEn; inputName: "progressNoteEn"; label: qsTr("What happened? (English)"); lines: 2 }
    }
    Button {
        objectName: "addProgress"
        text: qsTr("Add the update")
        enabled: !tab.coordinator.busy && tab.editing
        Accessible.name: text
        onClicked: tab.coordinator.addProgress(tab.editedId, progressDate.date, progressValue.text,
                                               progressNoteNl.text, progressNoteEn.text)
    }
    StatusMessage { objectName: "progressMessage"; coordinator: tab.coordinator; area: "progress" }
}
