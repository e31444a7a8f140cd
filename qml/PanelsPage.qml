pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The panels serving the person's region, what membership means, and the region's ideas.
PageColumn {
    id: page

    // "updated 5 min ago" for one list (actions, panels, ideas, rounds); "" when never fetched.
    function ageOf(list: string): string {
        const ages = Region.updated;
        return ages[list] || "";
    }

    signal openJoin(string panelId)
    signal openMembership(string panelId)
    signal openIdea

    objectName: "panelsPage"
    Accessible.name: qsTr("Panels and ideas")

    Label {
        Layout.fillWidth: true
        text: qsTr("A panel is a group of care workers who advise your region's action plan. Joining is personal: the panel learns your name and how to reach you. Your survey answers stay anonymous and are never linked to your membership.")
        wrapMode: Text.Wrap
    }
    Label {
        wrapMode: Text.Wrap
        objectName: "panelsUpdated"
        Layout.fillWidth: true
        visible: text !== ""
        text: page.ageOf("panels")
        font.pixelSize: Theme.smallSize
        color: Theme.muted
    }
    Label {
        Layout.fillWidth: true
        visible: Region.panels.count === 0
        text: qsTr("No panel serves your region yet. You can still send an idea below.")
        wrapMode: Text.Wrap
        font.italic: true
    }

    Repeater {
        model: Region.panels
        delegate: Frame {
            id: card
            required property string panelId
            required property string name
            required property string organiser
            required property string description
            required property list<string> howItWorks
            required property var meetings
            required property string shares
            required property bool eligible
            required property bool member
            required property string joined
            required property bool joining
            required property bool leaving
            objectName: "panel_" + panelId
            Layout.fillWidth: true
            contentHeight: panelColumn.implicitHeight
            ColumnLayout {
                id: panelColumn
                width: parent.width
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: card.name
                    font.pixelSize: Theme.largeSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Organised by %1").arg(card.organiser)
                    font.pixelSize: Theme.smallSize
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                Label { Layout.fillWidth: true; text: card.description; wrapMode: Text.Wrap }
                // Headings fill the card and wrap too: a column lays out every row at least as
                // wide as its widest fixed one, so one wide heading would push all text past
                // the edge at large text sizes.
                Label { text: qsTr("How it works"); font.bold: true; Layout.topMargin: 4; Layout.fillWidth: true; wrapMode: Text.Wrap }
                // One text per list, not a Repeater of lines: a language switch relabels the
                // card while its layout arranges, and a Repeater would delete lines under it.
                Label {
                    Layout.fillWidth: true
                    text: Array.from(card.howItWorks, line => "• " + line).join("\n")
                    wrapMode: Text.Wrap
                }
                Label {
                    text: qsTr("Next meetings")
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.bold: true
                    Layout.topMargin: 4
                    visible: card.meetings.length > 0
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.meetings.length > 0
                    text: Array.from(card.meetings).map(m => App.dayText(m.date) + " — " + m.title + (m.place ? " (" + m.place + ")" : "")).join("\n")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    text: card.shares
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallSize
                    color: Theme.muted
                }
                Label {
                    Layout.fillWidth: true
                    visible: !card.eligible && !card.member
                    text: qsTr("This panel is for young care professionals; your age group does not fit its rule.")
                    wrapMode: Text.Wrap
                    font.italic: true
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.member && !card.leaving
                    text: qsTr("You are a member since %1.").arg(card.joined)
                    color: Theme.primaryText
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.member && !card.leaving && page.ageOf("rounds") !== ""
                    text: qsTr("Panel rounds: %1").arg(page.ageOf("rounds"))
                    font.pixelSize: Theme.smallSize
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "panelWaiting_" + card.panelId
                    Layout.fillWidth: true
                    visible: card.joining || card.leaving
                    text: card.leaving ? qsTr("Leaving is waiting for a connection. The panel erases your name and contact details as soon as it arrives.")
                                       : qsTr("Your request to join is waiting for a connection.")
                    font.italic: true
                    wrapMode: Text.Wrap
                }
                WrapButton {
                    objectName: "join_" + card.panelId
                    visible: card.eligible && !card.member && !card.joining
                    text: qsTr("Join this panel")
                    Accessible.name: text
                    highlighted: true
                    onClicked: page.openJoin(card.panelId)
                }
                WrapButton {
                    objectName: "membership_" + card.panelId
                    visible: card.member && !card.leaving
                    text: qsTr("My membership")
                    Accessible.name: text
                    onClicked: page.openMembership(card.panelId)
                }
            }
        }
    }

    Label { text: qsTr("Ideas from your region"); font.pixelSize: Theme.titleSize; font.bold: true; Layout.topMargin: 12; Layout.fillWidth: true; wrapMode: Text.Wrap }
    Label {
        wrapMode: Text.Wrap
        objectName: "ideasUpdated"
        Layout.fillWidth: true
        visible: text !== ""
        text: page.ageOf("ideas")
        font.pixelSize: Theme.smallSize
        color: Theme.muted
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Have an idea to keep care workers or to work differently? Send it to the region's coordinator. Others can support it; support is counted, not named.")
        wrapMode: Text.Wrap
    }
    WrapButton {
        objectName: "sendIdeaButton"
        text: qsTr("Send an idea")
        Accessible.name: text
        highlighted: true
        onClicked: page.openIdea()
    }
    Repeater {
        model: Region.waitingIdeas
        delegate: Frame {
            id: waitingCard
            required property string modelData
            required property int index
            objectName: "waitingIdea_" + index
            Layout.fillWidth: true
            contentHeight: waitingColumn.implicitHeight
            ColumnLayout {
                id: waitingColumn
                width: parent.width
                Label { Layout.fillWidth: true; text: waitingCard.modelData; font.bold: true; wrapMode: Text.Wrap }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your idea is waiting for a connection. It is sent as soon as there is one.")
                    font.italic: true
                    wrapMode: Text.Wrap
                }
            }
        }
    }
    Repeater {
        model: Region.ideas
        delegate: Frame {
            id: ideaCard
            required property string ideaId
            required property string title
            required property string description
            required property string theme
            required property int supports
            required property bool supported
            required property bool waiting
            objectName: "idea_" + ideaId
            Layout.fillWidth: true
            contentHeight: ideaColumn.implicitHeight
            ColumnLayout {
                id: ideaColumn
                width: parent.width
                Label { Layout.fillWidth: true; text: ideaCard.title; font.bold: true; wrapMode: Text.Wrap }
                Label { Layout.fillWidth: true; text: ideaCard.description; wrapMode: Text.Wrap; maximumLineCount: 4; elide: Text.ElideRight }
                Label { text: ideaCard.theme; font.pixelSize: Theme.smallSize; color: Theme.muted }
                WrapButton {
                    objectName: "support_" + ideaCard.ideaId
                    text: qsTr("Support (%1)").arg(ideaCard.supports)
                    Accessible.name: text
                    enabled: !ideaCard.supported
                    onClicked: Region.support(ideaCard.ideaId)
                }
                Label {
                    objectName: "supportWaiting_" + ideaCard.ideaId
                    Layout.fillWidth: true
                    visible: ideaCard.waiting
                    text: qsTr("Your support is waiting for a connection.")
                    font.pixelSize: Theme.smallSize
                    font.italic: true
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
