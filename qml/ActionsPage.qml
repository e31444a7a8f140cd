pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The region's actions against staff shortages, with filters and search.
PageColumn {
    id: page

    // "updated 5 min ago" for one list (actions, panels, ideas, rounds); "" when never fetched.
    function ageOf(list: string): string {
        const ages = Region.updated;
        return ages[list] || "";
    }

    signal openAction(string actionId)

    objectName: "actionsPage"
    Accessible.name: qsTr("Actions in your region")

    TextField {
        objectName: "actionSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Search actions")
        placeholderTextColor: Theme.placeholder
        text: Region.filteredActions.search
        Accessible.name: qsTr("Search actions")
        onTextEdited: Region.filteredActions.search = text
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        FilterBox {
            comboName: "filterLine"
            width: Math.min(page.width - 32, 260)
            model: App.actionLines
            allText: qsTr("All action lines")
            value: Region.filteredActions.line
            onPicked: value => Region.filteredActions.line = value
        }
        FilterBox {
            comboName: "filterTheme"
            width: Math.min(page.width - 32, 260)
            model: App.retentionThemes
            allText: qsTr("All themes")
            value: Region.filteredActions.theme
            onPicked: value => Region.filteredActions.theme = value
        }
        FilterBox {
            comboName: "filterStatus"
            width: Math.min(page.width - 32, 260)
            model: App.actionStatuses
            allText: qsTr("Any status")
            value: Region.filteredActions.status
            onPicked: value => Region.filteredActions.status = value
        }
    }
    Label {
        wrapMode: Text.Wrap
        objectName: "actionsUpdated"
        Layout.fillWidth: true
        visible: text !== ""
        text: page.ageOf("actions")
        font.pixelSize: Theme.smallSize
        color: Theme.muted
    }
    RowLayout {
        Layout.fillWidth: true
        visible: Region.busy || Region.status !== ""
        BusyIndicator {
            running: Region.busy
            visible: running
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: Region.status
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
    }
    Label {
        objectName: "actionsEmpty"
        Layout.fillWidth: true
        visible: Region.filteredActions.count === 0
        text: Region.actions.count === 0 ? qsTr("No actions known for your region yet.") : qsTr("No action matches these filters.")
        wrapMode: Text.Wrap
    }

    Repeater {
        model: Region.filteredActions
        delegate: ItemDelegate {
            id: card
            required property string actionId
            required property string title
            required property string lineLabel
            required property string statusLabel
            required property bool example
            required property real progressFraction
            required property int useful
            required property int help
            required property bool waiting
            objectName: "action_" + actionId
            Layout.fillWidth: true
            padding: 12
            onClicked: page.openAction(card.actionId)
            Accessible.name: card.title
            background: Rectangle {
                border.color: Theme.border
                radius: 4
                color: card.down ? Theme.pressed : Theme.surface
            }
            contentItem: ColumnLayout {
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: card.title
                    font.bold: true
                    font.pixelSize: Theme.mediumSize
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: card.lineLabel + " · " + card.statusLabel + (card.example ? " · " + qsTr("example") : "")
                    font.pixelSize: Theme.smallSize
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                ProgressBar {
                    Layout.fillWidth: true
                    value: card.progressFraction
                    Accessible.name: qsTr("Progress toward the target")
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Useful: %1 · Want to help: %2").arg(card.useful).arg(card.help)
                    font.pixelSize: Theme.smallSize
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "actionWaiting_" + card.actionId
                    Layout.fillWidth: true
                    visible: card.waiting
                    text: qsTr("Your reaction is waiting for a connection")
                    font.pixelSize: Theme.smallSize
                    font.italic: true
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
