import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi
import ZorgstemDashboard

// Signing in to a dashboard (an employer's Organisation pages, a region's coordinator mode) with
// a token, pasted or from a zorgstem://signin link. No care worker's profile is needed.
PageColumn {
    id: page

    // Set when the person pressed a sign-in button: only then does a sign-in move on.
    property bool waiting: false
    signal signedIn

    objectName: "signInPage"
    title: qsTr("Sign in for organisations")

    Connections {
        target: Session
        function onChanged() {
            if (page.waiting && Session.signedIn) {
                page.waiting = false;
                tokenField.clear();
                page.signedIn();
            }
        }
        function onMessageChanged() {
            if (Session.message !== "")
                page.waiting = false;
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Sign in with your token")
        font.pixelSize: Theme.displaySize
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("For the HR manager or board of a care organisation, and for a region's panel coordinator. The operator of your region's collector gives you a token or a sign-in link. You do not need a care worker's profile for this.")
    }

    Frame {
        objectName: "signInLinkBox"
        Layout.fillWidth: true
        visible: Session.hasLink
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: qsTr("You opened a sign-in link for the collector at %1.").arg(Session.linkCollector)
            }
            CheckBox {
                id: linkRemember
                objectName: "linkRemember"
                text: qsTr("Remember on this computer")
                Accessible.name: text
            }
            RowLayout {
                Button {
                    objectName: "signInWithLink"
                    text: qsTr("Sign in with this link")
                    highlighted: true
                    enabled: !Session.busy
                    Accessible.name: text
                    onClicked: {
                        page.waiting = true;
                        Session.signInWithLink(linkRemember.checked);
                    }
                }
                Button {
                    objectName: "cancelLink"
                    text: qsTr("Ignore the link")
                    flat: true
                    Accessible.name: text
                    onClicked: Session.cancelLink()
                }
            }
        }
    }

    Label { text: qsTr("Token"); font.bold: true; Layout.topMargin: 8 }
    TextField {
        id: tokenField
        objectName: "tokenField"
        Layout.fillWidth: true
        echoMode: TextInput.Password
        placeholderText: qsTr("zse_… or zorgstem://signin…")
        placeholderTextColor: Theme.placeholder
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Token")
        Accessible.description: qsTr("Paste the token or the sign-in link you were given")
        focus: true
        onAccepted: signInButton.clicked()
    }
    Label { text: qsTr("Collector address"); font.bold: true }
    TextField {
        id: collectorField
        objectName: "signInCollector"
        Layout.fillWidth: true
        text: Session.collectorUrl
        inputMethodHints: Qt.ImhUrlCharactersOnly
        Accessible.name: qsTr("Collector address")
        onAccepted: signInButton.clicked()
    }
    CheckBox {
        id: remember
        objectName: "rememberBox"
        text: qsTr("Remember on this computer")
        Accessible.name: text
        Accessible.description: hint.text
    }
    Label {
        id: hint
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.muted
        text: remember.checked ? qsTr("The token goes into this computer's keychain, not into a file. Signing out deletes it. Only do this on a computer that is yours.")
                               : qsTr("Without this the token stays in memory only, until you close Zorgstem or sign out.")
    }
    RowLayout {
        Button {
            id: signInButton
            objectName: "signInButton"
            text: qsTr("Sign in")
            highlighted: true
            enabled: !Session.busy
            Accessible.name: text
            onClicked: {
                page.waiting = true;
                Session.signIn(tokenField.text, collectorField.text, remember.checked);
            }
        }
        BusyIndicator {
            running: Session.busy
            visible: running
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
        }
    }
    Label {
        objectName: "signInMessage"
        Layout.fillWidth: true
        visible: Session.message !== ""
        text: Session.message
        color: Theme.error
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
