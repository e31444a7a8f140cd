pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The region's panels for the coordinator: member counts, the contact list of a panel saved
// as CSV (for invitations; every export is in the audit log), and the way to the round builder.
PageColumn {
    id: tab

    required property CoordinatorController coordinator

    // The round builder is a page of its own (RoundBuilderPage), opened by the coordinator page.
    signal openRoundBuilder
    property alias exportDialog: exportDialog

    maxWidth: 1100
    objectName: "coordinatorPanelsTab"

    // Where the file dialog's answers go (a test calls them with its own file).
    function exportTo(fileUrl) { coordinator.exportMembers(exportPanel.currentValue, fileUrl); }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Panels"); font.pixelSize: Theme.titleSize; font.bold: true; Layout.fillWidth: true }
        Button {
            objectName: "panelsRefresh"
            text: qsTr("Refresh")
            enabled: !tab.coordinator.busy
            Accessible.name: qsTr("Refresh the member counts")
            onClicked: tab.coordinator.refresh()
        }
    }
    Repeater {
        model: tab.coordinator.stats
        delegate: Label {
            required property string panel
            required property string name
            required property int members
            objectName: "members_" + panel
            Layout.fillWidth: true
            text: members >= 0 ? qsTr("%1: %n member(s)", "", members).arg(name)
                               : qsTr("%1: number of members not read yet").arg(name)
            wrapMode: Text.Wrap
        }
    }

    Label {
        text: qsTr("Members' contact list")
        font.pixelSize: Theme.largeSize
        font.bold: true
        Layout.topMargin: 12
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("For invitations to panel activities only: the name, e-mail address and phone number members agreed to share, and the month they joined; never their answers. Every export is written to the audit log.")
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        ComboBox {
            id: exportPanel
            objectName: "exportPanel"
            Layout.fillWidth: true
            model: Region.panels
            textRole: "name"
            valueRole: "panelId"
            Accessible.name: qsTr("Panel to export")
        }
        Button {
            objectName: "exportMembers"
            text: qsTr("Save as CSV…")
            enabled: !tab.coordinator.busy && exportPanel.currentIndex >= 0
            Accessible.name: qsTr("Save the contact list as CSV")
            onClicked: exportDialog.open()
        }
    }
    StatusMessage { objectName: "exportMessage"; coordinator: tab.coordinator; area: "export" }
    SaveFileDialog {
        id: exportDialog
        objectName: "exportDialog"
        title: qsTr("Save the contact list")
        suggestedName: qsTr("contacts") + ".csv"
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: tab.exportTo(selectedFile)
    }

    Label {
        text: qsTr("Panel round")
        font.pixelSize: Theme.largeSize
        font.bold: true
        Layout.topMargin: 12
    }
    Button {
        objectName: "openRoundBuilder"
        text: qsTr("Build a panel round…")
        Accessible.name: text
        onClicked: tab.openRoundBuilder()
    }
}
