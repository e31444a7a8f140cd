import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// What a panel stores about you: see it, export it as JSON, or leave and erase it.
PageColumn {
    id: page

    property string panelId
    readonly property var panel: Region.panel(panelId)
    property string errorText: ""
    readonly property alias confirmDialog: confirm
    signal leftPanel

    objectName: "membershipPage"
    title: qsTr("My membership")

    Component.onCompleted: membership.exportMembership()

    MembershipController {
        id: membership
        objectName: "membershipController"
        region: Region
        panelId: page.panelId
        onExportFinished: outcome => page.errorText = outcome.message
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
    TextArea {
        objectName: "membershipJson"
        Layout.fillWidth: true
        readOnly: true
        wrapMode: TextEdit.WrapAnywhere
        font.family: "monospace"
        text: membership.exportedJson
        visible: membership.exportedJson !== ""
    }
    Label {
        objectName: "exportFile"
        Layout.fillWidth: true
        visible: membership.exportFile !== ""
        text: qsTr("Exported to %1").arg(membership.exportFile)
        wrapMode: Text.WrapAnywhere
        font.pixelSize: Theme.smallSize
    }
    Label {
        objectName: "membershipError"
        Layout.fillWidth: true
        visible: page.errorText !== ""
        text: page.errorText
        color: Theme.error
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "leaveButton"
        text: qsTr("Leave the panel and erase my data")
        Accessible.name: text
        enabled: !membership.busy
        onClicked: confirm.open()
    }
    Dialog {
        id: confirm
        objectName: "confirmLeave"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        modal: true
        title: qsTr("Leave the panel?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Your name and contact details are erased from the panel. Your anonymous survey answers are not affected.")
        }
        onAccepted: membership.leave()
    }
}
