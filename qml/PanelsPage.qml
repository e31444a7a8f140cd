pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The panels serving the person's region, what membership means, and the region's ideas.
PageColumn {
    id: page

    signal openJoin(string panelId)
    signal openMembership(string panelId)
    signal openIdea

    objectName: "panelsPage"

    Label {
        Layout.fillWidth: true
        text: qsTr("A panel is a group of care workers who advise your region's action plan. Joining is personal: the panel learns your name and how to reach you. Your survey answers stay anonymous and are never linked to your membership.")
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: Region.panels.length === 0
        text: qsTr("No panel serves your region yet. You can still send an idea below.")
        wrapMode: Text.Wrap
        font.italic: true
    }

    Repeater {
        model: Region.panels
        delegate: Frame {
            id: card
            required property var modelData
            objectName: "panel_" + modelData.id
            Layout.fillWidth: true
            contentHeight: panelColumn.implicitHeight
            ColumnLayout {
                id: panelColumn
                width: parent.width
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.name
                    font.pixelSize: 18
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Organised by %1").arg(card.modelData.organiser)
                    font.pixelSize: 12
                    opacity: 0.75
                    wrapMode: Text.Wrap
                }
                Label { Layout.fillWidth: true; text: card.modelData.description; wrapMode: Text.Wrap }
                Label { text: qsTr("How it works"); font.bold: true; Layout.topMargin: 4 }
                Repeater {
                    model: card.modelData.howItWorks
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "• " + modelData
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    text: qsTr("Next meetings")
                    font.bold: true
                    Layout.topMargin: 4
                    visible: card.modelData.meetings.length > 0
                }
                Repeater {
                    model: card.modelData.meetings
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        text: modelData.date + " — " + modelData.title + (modelData.place ? " (" + modelData.place + ")" : "")
                        wrapMode: Text.Wrap
                        font.pixelSize: 13
                    }
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    text: card.modelData.shares
                    wrapMode: Text.Wrap
                    font.pixelSize: 12
                    opacity: 0.75
                }
                Label {
                    Layout.fillWidth: true
                    visible: !card.modelData.eligible && !card.modelData.member
                    text: qsTr("This panel is for young care professionals; your age group does not fit its rule.")
                    wrapMode: Text.Wrap
                    font.italic: true
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.modelData.member
                    text: qsTr("You are a member since %1.").arg(card.modelData.joined)
                    color: "#00587a"
                    font.bold: true
                }
                Button {
                    objectName: "join_" + card.modelData.id
                    visible: card.modelData.eligible && !card.modelData.member
                    text: qsTr("Join this panel")
                    highlighted: true
                    onClicked: page.openJoin(card.modelData.id)
                }
                Button {
                    objectName: "membership_" + card.modelData.id
                    visible: card.modelData.member
                    text: qsTr("My membership")
                    onClicked: page.openMembership(card.modelData.id)
                }
            }
        }
    }

    Label { text: qsTr("Ideas from your region"); font.pixelSize: 20; font.bold: true; Layout.topMargin: 12 }
    Label {
        Layout.fillWidth: true
        text: qsTr("Have an idea to keep care workers or to work differently? Send it to the region's coordinator. Others can support it; support is counted, not named.")
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "sendIdeaButton"
        text: qsTr("Send an idea")
        highlighted: true
        onClicked: page.openIdea()
    }
    Repeater {
        model: Region.ideas
        delegate: Frame {
            id: ideaCard
            required property var modelData
            objectName: "idea_" + modelData.id
            Layout.fillWidth: true
            contentHeight: ideaColumn.implicitHeight
            ColumnLayout {
                id: ideaColumn
                width: parent.width
                Label { Layout.fillWidth: true; text: ideaCard.modelData.title; font.bold: true; wrapMode: Text.Wrap }
                Label { Layout.fillWidth: true; text: ideaCard.modelData.description; wrapMode: Text.Wrap; maximumLineCount: 4; elide: Text.ElideRight }
                Label { text: ideaCard.modelData.theme; font.pixelSize: 12; opacity: 0.75 }
                Button {
                    objectName: "support_" + ideaCard.modelData.id
                    text: qsTr("Support (%1)").arg(ideaCard.modelData.supports)
                    enabled: !ideaCard.modelData.supported
                    onClicked: Region.support(ideaCard.modelData.id)
                }
            }
        }
    }
}
