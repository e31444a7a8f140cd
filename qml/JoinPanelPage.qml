import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// Joining a panel: what it needs to reach you, and consent to its versioned consent text.
PageColumn {
    id: page

    property string panelId
    readonly property var panel: Region.panel(panelId)
    property string errorText: ""
    signal joined

    objectName: "joinPanelPage"
    title: qsTr("Join %1").arg(panel.name || "")

    MembershipController {
        id: membership
        objectName: "joinController"
        region: Region
        panelId: page.panelId
        onJoinFinished: outcome => {
            page.errorText = outcome.message;
            if (outcome.ok)
                page.joined();
        }
    }

    Label {
        objectName: "joinSends"
        Layout.fillWidth: true
        text: page.panel.ageRule
              ? qsTr("The panel needs your name and one way to reach you. Your age group from your profile is sent only to check the panel's age limit; the panel does not keep it.")
              : qsTr("The panel needs your name and one way to reach you. Nothing else from your profile is sent.")
        wrapMode: Text.Wrap
    }
    Label { text: qsTr("Name"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    TextField {
        id: nameField
        objectName: "joinName"
        Layout.fillWidth: true
        maximumLength: 100
        Accessible.name: qsTr("Name")
        onTextEdited: page.errorText = ""
    }
    Label { text: qsTr("E-mail address"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    TextField {
        id: emailField
        objectName: "joinEmail"
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhEmailCharactersOnly
        Accessible.name: qsTr("E-mail address")
        onTextEdited: page.errorText = ""
    }
    Label { text: qsTr("or phone number"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    TextField {
        id: phoneField
        objectName: "joinPhone"
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhDialableCharactersOnly
        Accessible.name: qsTr("Phone number")
        onTextEdited: page.errorText = ""
    }
    Frame {
        Layout.fillWidth: true
        contentHeight: consentColumn.implicitHeight
        ColumnLayout {
            id: consentColumn
            width: parent.width
            Label { text: qsTr("Consent (version %1)").arg(page.panel.consentVersion || 1); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
            Label {
                objectName: "consentText"
                Layout.fillWidth: true
                text: page.panel.consentText || ""
                wrapMode: Text.Wrap
            }
            WrapCheckBox {
                id: consentBox
                objectName: "joinConsent"
                Layout.fillWidth: true
                text: qsTr("I have read this and agree")
                Accessible.name: text
                // The error ("agree first") goes as soon as the box is ticked.
                onToggled: page.errorText = ""
            }
        }
    }
    Label {
        objectName: "joinError"
        Layout.fillWidth: true
        visible: page.errorText !== ""
        text: page.errorText
        color: Theme.error
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
        wrapMode: Text.Wrap
    }
    RowLayout {
        BusyIndicator { running: membership.busy; visible: running; Layout.preferredWidth: 28; Layout.preferredHeight: 28 }
        WrapButton {
            objectName: "joinButton"
            text: qsTr("Join")
            Accessible.name: text
            highlighted: true
            enabled: !membership.busy
            onClicked: membership.join({ name: nameField.text, email: emailField.text,
                                                   phone: phoneField.text, consent: consentBox.checked })
        }
    }
}
