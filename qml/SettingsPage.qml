import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi
import ZorgstemDashboard

// Settings: language, collector address, profile, and erasing everything on this device.
PageColumn {
    id: page

    signal dataDeleted
    readonly property alias deleteDialog: confirm
    readonly property alias leavingDialog: leavingInfo
    signal openCoordinator
    signal openSignIn

    title: qsTr("Settings")
    objectName: "settingsPage"

    Label { text: qsTr("Language"); font.bold: true }
    RowLayout {
        RadioButton {
            objectName: "languageNl"
            text: "Nederlands"
            checked: App.language === "nl"
            onClicked: App.language = "nl"
        }
        RadioButton {
            objectName: "languageEn"
            text: "English"
            checked: App.language === "en"
            onClicked: App.language = "en"
        }
    }

    Label { text: qsTr("Collector address"); font.bold: true; Layout.topMargin: 8 }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: urlField
            objectName: "collectorField"
            Layout.fillWidth: true
            text: App.collectorUrl
            inputMethodHints: Qt.ImhUrlCharactersOnly
            Accessible.name: qsTr("Collector address")
        }
        Button {
            text: qsTr("Save")
            onClicked: App.collectorUrl = urlField.text
        }
    }

    Label { text: qsTr("Profile"); font.bold: true; Layout.topMargin: 8 }
    ProfileForm {
        Layout.fillWidth: true
        onSaved: savedLabel.visible = true
    }
    Label {
        id: savedLabel
        visible: false
        text: qsTr("Profile saved.")
        color: "#00587a"
    }

    Label { text: qsTr("For organisations"); font.bold: true; Layout.topMargin: 16 }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: Session.signedIn ? qsTr("Signed in as %1.").arg(Session.name)
                               : qsTr("For the HR manager of a care organisation, with its token: why people leave and what makes them stay, beside the region; a PDF for the board; invitations. Best on a desktop or tablet.")
    }
    Button {
        objectName: "openSignIn"
        text: Session.signedIn ? qsTr("Open the dashboard") : qsTr("Sign in as an organisation")
        Accessible.name: text
        onClicked: page.openSignIn()
    }

    Label { text: qsTr("Coordinator mode"); font.bold: true; Layout.topMargin: 16 }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("For the region's panel coordinator, with a coordinator token: publish actions and panel rounds, read ideas. Best on a desktop.")
    }
    Button {
        objectName: "openCoordinator"
        text: qsTr("Open coordinator mode")
        onClicked: page.openCoordinator()
    }

    Label { text: qsTr("Data on this device"); font.bold: true; Layout.topMargin: 16 }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Deletes your profile, unfinished answers, answers not yet sent and receipts from this device. Answers already sent are anonymous and cannot be traced back to you.")
    }
    Label {
        objectName: "deletePanelsNote"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: App.panelMemberships > 0
        text: qsTr("You are a member of %n panel(s). You leave them first, so the panel erases your name and contact details too.", "", App.panelMemberships)
    }
    Label {
        objectName: "eraseWaiting"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: App.eraseWaiting > 0
        font.italic: true
        text: qsTr("Leaving %n panel(s) is waiting for a connection. As soon as there is one, the panel erases your name and contact details and this device forgets the membership.", "", App.eraseWaiting)
    }
    Button {
        objectName: "deleteAllButton"
        text: qsTr("Delete all data on this device")
        onClicked: confirm.open()
    }

    Dialog {
        id: confirm
        objectName: "confirmDelete"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        modal: true
        title: qsTr("Delete everything?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: (App.pendingCount > 0 ? qsTr("%n answer set(s) have not been sent yet and will be lost.", "", App.pendingCount)
                                        : qsTr("This cannot be undone."))
                  + (App.panelMemberships > 0 ? " " + qsTr("You leave %n panel(s) first.", "", App.panelMemberships) : "")
        }
        onAccepted: {
            if (!App.deleteAllData())
                return;
            // Leaving a panel needs the collector: say so before the app starts again.
            if (App.eraseWaiting > 0)
                leavingInfo.open();
            else
                page.dataDeleted();
        }
    }
    Dialog {
        id: leavingInfo
        objectName: "leavingInfo"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        modal: true
        title: qsTr("Deleted from this device")
        standardButtons: Dialog.Ok
        Label {
            objectName: "leavingInfoText"
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("You are being taken off %n panel(s), so the panel erases your name and contact details too. Without a connection this waits and happens as soon as there is one; until then this device keeps only what it needs for that.", "", Math.max(1, App.eraseWaiting))
        }
        onClosed: page.dataDeleted()
    }
}
