pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// What a panel stores about you, in words: see it, save it to a file you choose (readable text
// or JSON), or leave and erase it.
PageColumn {
    id: page

    property string panelId
    readonly property var panel: Region.panel(panelId)
    property string errorText: ""
    property string savedText: ""
    readonly property alias confirmDialog: confirm
    readonly property alias saveDialog: saveDialog
    readonly property alias controller: membership
    signal leftPanel

    objectName: "membershipPage"
    title: qsTr("My membership")

    // Where the save dialog's answer goes (a test calls it with its own file).
    function exportTo(fileUrl) { membership.saveExport(fileUrl); }

    Component.onCompleted: membership.exportMembership()

    MembershipController {
        id: membership
        objectName: "membershipController"
        region: Region
        panelId: page.panelId
        onExportFinished: outcome => page.errorText = outcome.message
        onSaveFinished: outcome => {
            page.errorText = outcome.message;
            page.savedText = outcome.ok ? qsTr("Saved to %1. The file stays yours, also after you leave the panel.").arg(membership.savedFile) : "";
        }
        onLeaveFinished: outcome => {
            page.errorText = outcome.message;
            if (outcome.ok)
                page.leftPanel();
        }
    }

    Label { Layout.fillWidth: true; text: page.panel.name || ""; font.pixelSize: Theme.titleSize; font.bold: true; wrapMode: Text.Wrap }
    Label {
        Layout.fillWidth: true
        text: qsTr("This is everything the panel stores about you:")
        wrapMode: Text.Wrap
    }
    BusyIndicator { running: membership.busy; visible: running }
    Frame {
        objectName: "membershipDetails"
        Layout.fillWidth: true
        visible: membership.details.length > 0
        contentHeight: detailsColumn.implicitHeight
        ColumnLayout {
            id: detailsColumn
            width: parent.width
            spacing: 8
            Repeater {
                model: membership.details
                delegate: ColumnLayout {
                    id: row
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    spacing: 0
                    Label { text: row.modelData.label; font.bold: true; font.pixelSize: 13; Layout.fillWidth: true; wrapMode: Text.Wrap }
                    Label {
                        objectName: "membershipValue_" + row.index
                        text: row.modelData.value
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
    WrapButton {
        objectName: "saveExportButton"
        text: qsTr("Save a copy…")
        enabled: membership.details.length > 0
        Accessible.name: qsTr("Save a copy of what the panel stores about you")
        onClicked: saveDialog.open()
    }
    Label {
        objectName: "exportFile"
        Layout.fillWidth: true
        visible: page.savedText !== ""
        text: page.savedText
        wrapMode: Text.WrapAnywhere
        font.pixelSize: Theme.smallSize
    }
    SaveFileDialog {
        id: saveDialog
        objectName: "membershipSaveDialog"
        title: qsTr("Save what the panel stores about you")
        suggestedName: qsTr("membership") + ".txt"
        defaultSuffix: "txt"
        nameFilters: [qsTr("Readable text (*.txt)"), qsTr("JSON (*.json)")]
        onAccepted: page.exportTo(selectedFile)
    }
    Label {
        objectName: "membershipError"
        Layout.fillWidth: true
        visible: page.errorText !== ""
        text: page.errorText
        color: Theme.error
        wrapMode: Text.Wrap
    }
    WrapButton {
        objectName: "leaveButton"
        text: qsTr("Leave the panel and erase my data")
        Accessible.name: text
        enabled: !membership.busy
        onClicked: confirm.open()
    }
    ZsDialog {
        id: confirm
        objectName: "confirmLeave"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        modal: true
        title: qsTr("Leave the panel?")
        footer: DialogButtonBox {
            WrapButton {
                objectName: "leaveCancel"
                text: qsTr("Cancel")
                flat: true
                onClicked: confirm.reject()
            }
            WrapButton {
                objectName: "leaveConfirm"
                text: qsTr("Leave the panel")
                flat: true
                onClicked: confirm.accept()
            }
        }
        contentItem: Label {
            wrapMode: Text.Wrap
            text: qsTr("Your name and contact details are erased from the panel. Your anonymous survey answers are not affected. A copy you saved stays yours.")
        }
        onAccepted: membership.leave()
    }
}
