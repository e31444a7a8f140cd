pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The region's ideas as the coordinator sees them: supports, who offered to help (by the name
// they chose to give), and hiding an inappropriate idea for everyone.
PageColumn {
    id: tab

    required property CoordinatorController coordinator
    property alias hideDialog: hideDialog
    property string hideId: ""
    property string hideTitle: ""

    maxWidth: 1100
    objectName: "coordinatorIdeasTab"

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Ideas"); font.pixelSize: Theme.titleSize; font.bold: true; Layout.fillWidth: true }
        Button {
            objectName: "ideasRefresh"
            text: qsTr("Refresh")
            enabled: !tab.coordinator.busy
            Accessible.name: qsTr("Refresh the ideas")
            onClicked: tab.coordinator.refresh()
        }
    }
    StatusMessage { objectName: "ideasMessage"; coordinator: tab.coordinator; area: "ideas" }
    Label {
        objectName: "ideasEmpty"
        Layout.fillWidth: true
        visible: tab.coordinator.ideas.count === 0
        text: qsTr("No ideas yet, or not read yet: press Refresh.")
        wrapMode: Text.Wrap
        color: Theme.muted
    }

    Repeater {
        model: tab.coordinator.ideas
        delegate: Frame {
            id: card
            required property string ideaId
            required property string title
            required property string description
            required property string theme
            required property string created
            required property int supports
            required property bool willHelp
            required property string name
            objectName: "coordinatorIdea_" + ideaId
            Layout.fillWidth: true
            contentHeight: column.implicitHeight
            Accessible.role: Accessible.ListItem
            Accessible.name: title

            ColumnLayout {
                id: column
                width: parent.width
                RowLayout {
                    Layout.fillWidth: true
                    Label { Layout.fillWidth: true; text: card.title; font.bold: true; wrapMode: Text.Wrap }
                    Button {
                        objectName: "hide_" + card.ideaId
                        text: qsTr("Hide…")
                        enabled: !tab.coordinator.busy
                        Accessible.name: qsTr("Hide the idea %1").arg(card.title)
                        onClicked: {
                            tab.hideId = card.ideaId;
                            tab.hideTitle = card.title;
                            hideDialog.open();
                        }
                    }
                }
                Label { Layout.fillWidth: true; text: card.description; wrapMode: Text.Wrap }
                Label {
                    Layout.fillWidth: true
                    text: (card.theme !== "" ? card.theme + " · " : "") + card.created + " · "
                          + qsTr("%n support(s)", "", card.supports)
                    font.pixelSize: Theme.smallSize
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "helper_" + card.ideaId
                    Layout.fillWidth: true
                    text: !card.willHelp ? qsTr("Did not offer to help.")
                          : card.name !== "" ? qsTr("Offered to help: %1").arg(card.name)
                          : qsTr("Offered to help, without giving a name.")
                    font.bold: card.willHelp
                    color: card.willHelp ? Theme.primaryText : Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    ZsDialog {
        id: hideDialog
        objectName: "hideDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 480)
        modal: true
        title: qsTr("Hide this idea?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        contentItem: Label {
            wrapMode: Text.Wrap
            text: qsTr("\"%1\" disappears for everyone, in the app too. Hiding is written to the audit log.").arg(tab.hideTitle)
        }
        onAccepted: tab.coordinator.hideIdea(tab.hideId)
    }
}
