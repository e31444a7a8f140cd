import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi
import ZorgstemDashboard

// The employer's dashboard ("Organisatie"): the exit and stay reports beside the region, and the
// invitations, for a signed-in employer. Desktop first; a tablet in portrait works too.
Page {
    id: page

    signal signedOut

    objectName: "organisationPage"
    title: qsTr("Organisation: %1").arg(Session.name)

    header: ColumnLayout {
        spacing: 0
        Pane {
            Layout.fillWidth: true
            padding: 8
            leftPadding: 16
            background: Rectangle { color: Theme.pressed }
            RowLayout {
                width: parent.width
                Label {
                    objectName: "signedInAs"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Signed in as %1 (region %2)").arg(Session.name).arg(Session.regionName)
                          + (Session.keychainMessage !== "" ? "\n" + Session.keychainMessage : "")
                    font.pixelSize: Theme.smallSize
                }
                Button {
                    objectName: "signOutButton"
                    text: qsTr("Sign out")
                    flat: true
                    Accessible.name: Session.remembered ? qsTr("Sign out and forget the token on this computer") : text
                    onClicked: {
                        Session.signOut();
                        page.signedOut();
                    }
                }
            }
        }
        TabBar {
            id: tabs
            objectName: "organisationTabs"
            Layout.fillWidth: true
            TabButton {
                objectName: "tabExit"
                text: qsTr("Leavers")
                Accessible.name: qsTr("Exit report: why people leave")
            }
            TabButton {
                objectName: "tabRetention"
                text: qsTr("Staying")
                Accessible.name: qsTr("Stay report: what keeps people")
            }
            TabButton {
                objectName: "tabInvitations"
                text: qsTr("Invitations")
                Accessible.name: text
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        ReportPage {
            kind: "exit"
        }
        ReportPage {
            kind: "retention"
        }
        InvitationsPage {}
    }
}
