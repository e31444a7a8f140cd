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

    // The tabs' labels grow with the system's text, all to one size: the largest at which the
    // longest label still fits its third of the width (never below the normal size).
    readonly property list<string> tabLabels: [qsTr("Surveys"), qsTr("Actions"), qsTr("Panel")]
    FontMetrics {
        id: tabMetrics
        font.pixelSize: Theme.fontSize
        font.capitalization: Font.AllUppercase
        font.weight: Font.Medium
    }
    readonly property int tabFontSize: {
        let widest = 1;
        // Upper-cased here: FontMetrics does not apply the font's capitalization, so "Surveys"
        // measured as lower case and its tab cut it off ("SURVE…") at 150 %.
        for (const label of tabLabels)
            widest = Math.max(widest, tabMetrics.advanceWidth(label.toLocaleUpperCase()));
        const room = tabs.width / tabLabels.length - 24 - 2;
        return Math.max(Math.min(14, Theme.fontSize), Math.min(Theme.fontSize, Math.floor(Theme.fontSize * room / widest)));
    }

    footer: TabBar {
        id: tabs
        objectName: "tabBar"
        font.pixelSize: home.tabFontSize
        TabButton {
            objectName: "tabSurveys"
            text: home.tabLabels[0]
            Accessible.name: text
        }
        TabButton {
            objectName: "tabActions"
            text: home.tabLabels[1]
            Accessible.name: text
        }
        TabButton {
            objectName: "tabPanels"
            text: home.tabLabels[2]
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
