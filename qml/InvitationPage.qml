import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// "I have an invitation": type the code, paste or open the link, or scan the QR code; then it
// says plainly for whom the answers will count, and starts that survey.
PageColumn {
    id: page

    property string initialLink: ""
    property alias controller: invitation
    signal openSurvey(string surveyId)

    objectName: "invitationPage"
    title: qsTr("Invitation")

    InvitationController {
        id: invitation
        objectName: "invitationController"
        app: App
    }

    Component.onCompleted: if (initialLink !== "") invitation.openLink(initialLink)

    // enter
    Label {
        Layout.fillWidth: true
        visible: invitation.stage === "enter"
        text: qsTr("Did your employer give you an invitation? Then your answers count for that employer, without it learning who you are.")
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: invitation.stage === "enter"
        text: qsTr("Invitation code")
        font.bold: true
    }
    TextField {
        id: codeField
        objectName: "invitationCode"
        Layout.fillWidth: true
        visible: invitation.stage === "enter"
        placeholderText: qsTr("e.g. 7KQ2-MX9D-4TBX")
        placeholderTextColor: Theme.placeholder
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        font.capitalization: Font.AllUppercase
        Accessible.name: qsTr("Invitation code")
        onTextChanged: invitation.check(text)
        onAccepted: invitation.submit(text)
    }
    Label {
        objectName: "invitationHint"
        Layout.fillWidth: true
        visible: invitation.stage === "enter" && invitation.codeHint !== ""
        text: invitation.codeHint
        color: Theme.error
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
    }
    WrapButton {
        objectName: "invitationSubmit"
        Layout.fillWidth: true
        visible: invitation.stage === "enter"
        enabled: invitation.codeValid
        text: qsTr("Use this invitation")
        Accessible.name: text
        highlighted: true
        onClicked: invitation.submit(codeField.text)
    }
    WrapButton {
        objectName: "invitationScan"
        Layout.fillWidth: true
        visible: invitation.stage === "enter" && !scanLoader.active
        text: qsTr("Scan the QR code")
        Accessible.name: text
        flat: true
        onClicked: scanLoader.active = true
    }
    // The camera part loads only when asked for, so nothing starts a camera unasked.
    Loader {
        id: scanLoader
        Layout.fillWidth: true
        visible: invitation.stage === "enter" && active
        active: false
        sourceComponent: QrScanPane {}
    }
    Connections {
        target: scanLoader.item as QrScanPane
        function onDecoded(text: string) {
            scanLoader.active = false;
            invitation.submit(text);
        }
        function onCancelled() {
            scanLoader.active = false;
        }
    }

    // working and waiting
    RowLayout {
        Layout.fillWidth: true
        visible: invitation.stage === "working"
        BusyIndicator { running: parent.visible; Layout.preferredWidth: 32; Layout.preferredHeight: 32 }
        Label {
            Layout.fillWidth: true
            text: qsTr("Checking your invitation…")
            wrapMode: Text.Wrap
        }
    }
    Label {
        objectName: "invitationMessage"
        Layout.fillWidth: true
        visible: invitation.message !== ""
        text: invitation.message
        color: invitation.stage === "refused" ? Theme.error : Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
    }
    Label {
        objectName: "invitationLinkNote"
        Layout.fillWidth: true
        visible: invitation.linkNote !== ""
        text: invitation.linkNote
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.muted
    }

    // ready: for whom the answers count
    Frame {
        objectName: "countsFor"
        Layout.fillWidth: true
        visible: invitation.stage === "ready"
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                objectName: "countsForText"
                Layout.fillWidth: true
                text: invitation.countsFor
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 sees only totals of at least 10 people, never your answers. It cannot tell which answers are yours: the one-time code from your invitation cannot be traced back to you.").arg(invitation.employerName)
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: invitation.regionNote !== ""
                text: invitation.regionNote
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
        }
    }
    WrapButton {
        objectName: "invitationStart"
        Layout.fillWidth: true
        visible: invitation.stage === "ready" && invitation.surveyId !== ""
        text: qsTr("Start the survey")
        Accessible.name: text
        highlighted: true
        onClicked: page.openSurvey(invitation.surveyId)
    }
    WrapButton {
        objectName: "invitationAgain"
        Layout.fillWidth: true
        visible: invitation.stage === "refused" || invitation.stage === "waiting"
        text: invitation.stage === "refused" ? qsTr("Enter another code") : qsTr("Try again now")
        Accessible.name: text
        flat: invitation.stage === "refused"
        onClicked: invitation.stage === "refused" ? invitation.reset() : App.syncNow()
    }
}
