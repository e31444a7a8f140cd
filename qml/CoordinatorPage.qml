pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi
import ZorgstemDashboard

// Coordinator mode (desktop): signed in to the shared Session with a coordinator token (the
// region is the token's; no care worker's profile needed), the region's actions, "you said, we
// did", ideas, panels (members, export, and the round builder: RoundBuilderPage) and the audit
// log, and the regional picture (RegionPictureTab), one tab each.
Page {
    id: page

    property alias coordinator: coordinator
    property alias tabs: tabs
    property alias actionsTab: actionsTab
    property alias youSaidTab: youSaidTab
    property alias ideasTab: ideasTab
    property alias panelsTab: panelsTab
    property alias auditTab: auditTab
    property alias regionTab: regionTab

    // Signed out here (the window goes back).
    signal signedOut

    objectName: "coordinatorPage"
    title: qsTr("Coordinator mode")

    CoordinatorController {
        id: coordinator
        region: Region
        session: Session
        language: App.language
        // Signed in as a coordinator (now, or when the page opens): read what each tab shows.
        function load() {
            if (!Session.signedIn || Session.role !== "coordinator")
                return;
            refresh();
            refreshAudit();
            refreshEmployers();
            youSaidTab.refresh();
        }
        Component.onCompleted: load()
    }
    Connections {
        target: Session
        function onChanged() { coordinator.load(); }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillWidth: true
            padding: 8
            leftPadding: 16
            background: Rectangle { color: Theme.pressed }
            RowLayout {
                width: parent.width
                spacing: 12
                Label {
                    objectName: "coordinatorSignedInAs"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Signed in as the coordinator of region %1").arg(Session.regionName)
                          + (Session.keychainMessage !== "" ? "\n" + Session.keychainMessage : "")
                    font.pixelSize: Theme.smallSize
                }
                BusyIndicator {
                    running: coordinator.busy
                    visible: running
                    Layout.preferredHeight: 32
                    Layout.preferredWidth: 32
                }
                Button {
                    objectName: "coordinatorSignOut"
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
            objectName: "coordinatorTabs"
            Layout.fillWidth: true
            // Each tab as wide as its label (equal shares would cut a long label on a tablet).
            component Tab: TabButton { width: implicitWidth + 24; Accessible.name: text }
            Tab { objectName: "tabCoordinatorActions"; text: qsTr("Actions") }
            Tab {
                objectName: "tabYouSaid"
                //: The tab of "you said, we did": short, so it fits a tablet's tab bar.
                text: qsTr("You said, we did")
            }
            Tab { objectName: "tabCoordinatorIdeas"; text: qsTr("Ideas") }
            Tab { objectName: "tabCoordinatorPanels"; text: qsTr("Panels") }
            Tab { objectName: "tabAudit"; text: qsTr("Audit log") }
            Tab {
                objectName: "tabRegionPicture"
                //: The tab of the region's figures (verified, unverified, organisations).
                text: qsTr("Region")
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex
            CoordinatorActionsTab { id: actionsTab; coordinator: coordinator }
            YouSaidTab { id: youSaidTab; coordinator: coordinator }
            CoordinatorIdeasTab { id: ideasTab; coordinator: coordinator }
            CoordinatorPanelsTab {
                id: panelsTab
                coordinator: coordinator
                onOpenRoundBuilder: page.StackView.view.push(roundBuilderPage)
            }
            AuditTab { id: auditTab; coordinator: coordinator }
            RegionPictureTab { id: regionTab; coordinator: coordinator }
        }
    }

    Component {
        id: roundBuilderPage
        RoundBuilderPage {}
    }
}
