pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The region's audit log, newest first: who (an employer or a coordinator, by id) did what on
// which day. It never names a respondent or a member.
PageColumn {
    id: tab

    required property CoordinatorController coordinator

    maxWidth: 1100
    objectName: "auditTab"

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Audit log"); font.pixelSize: Theme.titleSize; font.bold: true; Layout.fillWidth: true }
        Button {
            objectName: "auditRefresh"
            text: qsTr("Refresh")
            enabled: !tab.coordinator.busy
            Accessible.name: qsTr("Refresh the audit log")
            onClicked: tab.coordinator.refreshAudit()
        }
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("What employer and coordinator tokens of the region were used for: reports read, invitations made, contact lists exported, actions and rounds published or removed, ideas hidden. By day, never by time; never a respondent.")
        wrapMode: Text.Wrap
        color: Theme.muted
    }
    StatusMessage { objectName: "auditMessage"; coordinator: tab.coordinator; area: "audit" }
    Label {
        objectName: "auditEmpty"
        Layout.fillWidth: true
        visible: tab.coordinator.audit.count === 0
        text: qsTr("No entries read yet: press Refresh.")
        color: Theme.muted
    }
    RowLayout {
        Layout.fillWidth: true
        visible: tab.coordinator.audit.count > 0
        spacing: 16
        Label { text: qsTr("Day"); font.bold: true; Layout.preferredWidth: 110 }
        Label { text: qsTr("Who"); font.bold: true; Layout.preferredWidth: 200 }
        Label { text: qsTr("What"); font.bold: true; Layout.fillWidth: true }
    }
    Repeater {
        model: tab.coordinator.audit
        delegate: RowLayout {
            id: entryRow
            required property int index
            required property string day
            required property string actor
            required property string what
            objectName: "audit_" + index
            Layout.fillWidth: true
            spacing: 16
            Accessible.role: Accessible.ListItem
            Accessible.name: day + ", " + actor + ": " + what
            Label { text: entryRow.day; Layout.preferredWidth: 110; color: Theme.muted }
            Label { text: entryRow.actor; Layout.preferredWidth: 200; elide: Text.ElideRight }
            Label { text: entryRow.what; Layout.fillWidth: true; wrapMode: Text.Wrap }
        }
    }
}
