pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// Coordinator mode (desktop): with a coordinator token, the region's actions, "you said, we
// did", ideas, panels (members, export, and the round builder: RoundBuilderPage) and the audit
// log, one tab each.
Page {
    id: page

    property alias coordinator: coordinator
    property alias tabs: tabs
    property alias actionsTab: actionsTab
    property alias youSaidTab: youSaidTab
    property alias ideasTab: ideasTab
    property alias panelsTab: panelsTab
    property alias auditTab: auditTab
    readonly property var regionRow: App.regions.get(App.regions.indexOf(App.profile.region))

    objectName: "coordinatorPage"
    title: qsTr("Coordinator mode")

    CoordinatorController {
        id: coordinator
        region: Region
        language: App.language
        // Once there is a token, read what each tab shows.
        onTokenChanged: {
            if (token === "")
                return;
            refresh();
            refreshAudit();
            youSaidTab.refresh();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillWidth: true
            padding: 12
            RowLayout {
                width: parent.width
                spacing: 12
                Label { text: qsTr("Coordinator token"); font.bold: true }
                TextField {
                    objectName: "coordinatorToken"
                    Layout.preferredWidth: 320
                    echoMode: TextInput.Password
                    placeholderText: "zsc_…"
                    Accessible.name: qsTr("Coordinator token")
                    onEditingFinished: coordinator.token = text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("The token stays in memory only; the region is the one in your profile: %1.")
                          .arg(page.regionRow.label || App.profile.region)
                    wrapMode: Text.Wrap
                    font.pixelSize: 12
                    opacity: 0.75
                }
                BusyIndicator {
                    running: coordinator.busy
                    visible: running
                    Layout.preferredHeight: 32
                    Layout.preferredWidth: 32
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
                onOpenRoundBuilder: page.StackView.view.push(roundBuilderPage, { token: coordinator.token })
            }
            AuditTab { id: auditTab; coordinator: coordinator }
        }
    }

    Component {
        id: roundBuilderPage
        RoundBuilderPage {}
    }
}
