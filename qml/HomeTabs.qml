pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The home screen: surveys, the region's actions, and panels and ideas, as tabs at the bottom
// (where a thumb reaches them on a phone).
Page {
    id: home

    signal openSurvey(string surveyId)
    signal openAction(string actionId)
    signal openJoin(string panelId)
    signal openMembership(string panelId)
    signal openIdea
    signal openInvitation

    objectName: "homeTabs"
    Accessible.name: title
    title: tabs.currentIndex === 0 ? qsTr("Zorgstem") : tabs.currentIndex === 1 ? qsTr("Actions in your region") : qsTr("Panels and ideas")

    Component.onCompleted: Region.refresh()

    footer: TabBar {
        id: tabs
        objectName: "tabBar"
        TabButton {
            objectName: "tabSurveys"
            text: qsTr("Surveys")
            Accessible.name: text
        }
        TabButton {
            objectName: "tabActions"
            text: qsTr("Actions")
            Accessible.name: text
        }
        TabButton {
            objectName: "tabPanels"
            text: qsTr("Panel")
            Accessible.name: text
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        HomePage {
            onOpenSurvey: surveyId => home.openSurvey(surveyId)
            onOpenInvitation: home.openInvitation()
        }
        ActionsPage {
            onOpenAction: actionId => home.openAction(actionId)
        }
        PanelsPage {
            onOpenJoin: panelId => home.openJoin(panelId)
            onOpenMembership: panelId => home.openMembership(panelId)
            onOpenIdea: home.openIdea()
        }
    }
}
