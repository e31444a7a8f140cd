import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi
import ZorgstemDashboard

// Settings: language, light or dark, profile, privacy, the dashboards, erasing everything on
// this device, and (folded away) the collector address; the app's version at the end.
PageColumn {
    id: page

    signal dataDeleted
    readonly property alias deleteDialog: confirm
    readonly property alias leavingDialog: leavingInfo
    signal openCoordinator
    signal openSignIn
    signal openPrivacy

    // Three buttons, not a Repeater over a list of labels: that list is rebuilt when the
    // language changes, and Qt 6.4's layout then arranges buttons already deleted (a crash).
    component ThemeChoice: RadioButton {
        required property string mode
        objectName: "theme_" + mode
        checked: Theme.mode === mode
        Accessible.name: text
        onClicked: Theme.mode = mode
    }
    title: qsTr("Settings")
    objectName: "settingsPage"

    Label { text: qsTr("Language"); font.bold: true; Accessible.role: Accessible.Heading; Layout.fillWidth: true; wrapMode: Text.Wrap }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        RadioButton {
            objectName: "languageNl"
            text: "Nederlands"
            checked: App.language === "nl"
            Accessible.name: text
            onClicked: App.language = "nl"
        }
        RadioButton {
            objectName: "languageEn"
            text: "English"
            checked: App.language === "en"
            Accessible.name: text
            onClicked: App.language = "en"
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Light or dark")
        font.bold: true
        Layout.topMargin: 8
        Accessible.role: Accessible.Heading
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        ThemeChoice { mode: "system"; text: qsTr("Same as my device") }
        ThemeChoice { mode: "light"; text: qsTr("Light") }
        ThemeChoice { mode: "dark"; text: qsTr("Dark") }
    }

    Label { text: qsTr("Profile"); font.bold: true; Layout.topMargin: 8; Accessible.role: Accessible.Heading; Layout.fillWidth: true; wrapMode: Text.Wrap }
    ProfileForm {
        objectName: "settingsProfileForm"
        Layout.fillWidth: true
        onSaved: savedLabel.visible = true
        onEdited: savedLabel.visible = false
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        id: savedLabel
        visible: false
        text: qsTr("Profile saved.")
        color: Theme.primaryText
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    Label { text: qsTr("Privacy"); font.bold: true; Layout.topMargin: 16; Accessible.role: Accessible.Heading; Layout.fillWidth: true; wrapMode: Text.Wrap }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("What leaves your phone, and what your employer and region can see.")
    }
    WrapButton {
        objectName: "openPrivacy"
        text: qsTr("Read the privacy statement")
        Accessible.name: text
        onClicked: page.openPrivacy()
    }

    Label { text: qsTr("For organisations"); font.bold: true; Layout.topMargin: 16; Accessible.role: Accessible.Heading; Layout.fillWidth: true; wrapMode: Text.Wrap }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: Session.signedIn ? qsTr("Signed in as %1.").arg(Session.name)
                               : qsTr("For the HR manager of a care organisation, with its token: why people leave and what makes them stay, beside the region; a PDF for the board; invitations. Best on a desktop or tablet.")
    }
    WrapButton {
        objectName: "openSignIn"
        text: Session.signedIn ? qsTr("Open the dashboard") : qsTr("Sign in as an organisation")
        Accessible.name: text
        onClicked: page.openSignIn()
    }

    Label { text: qsTr("Coordinator mode"); font.bold: true; Layout.topMargin: 16; Accessible.role: Accessible.Heading; Layout.fillWidth: true; wrapMode: Text.Wrap }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("For the region's panel coordinator, with a coordinator token: publish actions and panel rounds, read ideas. Best on a desktop.")
    }
    WrapButton {
        objectName: "openCoordinator"
        text: qsTr("Open coordinator mode")
        Accessible.name: text
        onClicked: page.openCoordinator()
    }

    Label { text: qsTr("Data on this device"); font.bold: true; Layout.topMargin: 16; Accessible.role: Accessible.Heading; Layout.fillWidth: true; wrapMode: Text.Wrap }
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
    WrapButton {
        objectName: "deleteAllButton"
        text: qsTr("Delete all data on this device")
        Accessible.name: text
        onClicked: confirm.open()
    }

    // Care workers never need the collector address: it stays folded away.
    WrapButton {
        id: advancedToggle
        objectName: "advancedToggle"
        Layout.topMargin: 16
        flat: true
        checkable: true
        text: (checked ? "▾ " : "▸ ") + qsTr("Advanced")
        Accessible.name: qsTr("Advanced")
        Accessible.role: Accessible.Button
    }
    ColumnLayout {
        objectName: "advancedSection"
        Layout.fillWidth: true
        visible: advancedToggle.checked
        Label {
            Layout.fillWidth: true
            text: qsTr("Server address")
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("The server that receives the answers. Only change it when your region asks you to.")
        }
        TextField {
            id: urlField
            objectName: "collectorField"
            Layout.fillWidth: true
            text: App.collectorUrl
            inputMethodHints: Qt.ImhUrlCharactersOnly
            Accessible.name: qsTr("Server address")
            onAccepted: App.collectorUrl = urlField.text
        }
        WrapButton {
            objectName: "saveCollector"
            text: qsTr("Save address")
            Accessible.name: text
            onClicked: App.collectorUrl = urlField.text
        }
    }
    Label {
        objectName: "appVersion"
        Layout.fillWidth: true
        Layout.topMargin: 8
        text: qsTr("Zorgstem version %1").arg(App.version)
        color: Theme.muted
        wrapMode: Text.Wrap
    }

    ZsDialog {
        id: confirm
        objectName: "confirmDelete"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        modal: true
        title: qsTr("Delete everything?")
        // Buttons that say what they do, not "Yes" and "No".
        footer: DialogButtonBox {
            WrapButton {
                objectName: "deleteCancel"
                text: qsTr("Cancel")
                flat: true
                onClicked: confirm.reject()
            }
            WrapButton {
                objectName: "deleteConfirm"
                text: qsTr("Delete everything")
                flat: true
                onClicked: confirm.accept()
            }
        }
        contentItem: Label {
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
    ZsDialog {
        id: leavingInfo
        objectName: "leavingInfo"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        modal: true
        title: qsTr("Deleted from this device")
        standardButtons: Dialog.Ok
        contentItem: Label {
            objectName: "leavingInfoText"
            wrapMode: Text.Wrap
            text: qsTr("You are being taken off %n panel(s), so the panel erases your name and contact details too. Without a connection this waits and happens as soon as there is one; until then this device keeps only what it needs for that.", "", Math.max(1, App.eraseWaiting))
        }
        onClosed: page.dataDeleted()
    }
}
