pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The region's actions against staff shortages, with filters and search.
PageColumn {
    id: page

    signal openAction(string actionId)

    objectName: "actionsPage"

    TextField {
        objectName: "actionSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Search actions")
        text: Region.search
        Accessible.name: qsTr("Search actions")
        onTextEdited: Region.search = text
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        ComboBox {
            objectName: "filterLine"
            width: Math.min(page.width - 32, 230)
            model: Region.lines
            textRole: "label"
            valueRole: "id"
            Accessible.name: qsTr("Action line")
            onActivated: Region.filterLine = currentValue
        }
        ComboBox {
            objectName: "filterTheme"
            width: Math.min(page.width - 32, 230)
            model: Region.themes
            textRole: "label"
            valueRole: "id"
            Accessible.name: qsTr("Theme")
            onActivated: Region.filterTheme = currentValue
        }
        ComboBox {
            objectName: "filterStatus"
            width: Math.min(page.width - 32, 230)
            model: Region.statuses
            textRole: "label"
            valueRole: "id"
            Accessible.name: qsTr("Status")
            onActivated: Region.filterStatus = currentValue
        }
    }
    RowLayout {
        Layout.fillWidth: true
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
            font.pixelSize: 12
            opacity: 0.75
        }
    }
    Label {
        objectName: "actionsEmpty"
        Layout.fillWidth: true
        visible: Region.actions.length === 0
        text: Region.actionCount === 0 ? qsTr("No actions known for your region yet.") : qsTr("No action matches these filters.")
        wrapMode: Text.Wrap
    }

    Repeater {
        model: Region.actions
        delegate: ItemDelegate {
            id: card
            required property var modelData
            objectName: "action_" + modelData.id
            Layout.fillWidth: true
            padding: 12
            onClicked: page.openAction(card.modelData.id)
            Accessible.name: card.modelData.title
            background: Rectangle {
                border.color: "#c8ced3"
                radius: 4
                color: card.down ? "#eef3f5" : "white"
            }
            contentItem: ColumnLayout {
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.title
                    font.bold: true
                    font.pixelSize: 16
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.lineLabel + " · " + card.modelData.statusLabel + (card.modelData.example ? " · " + qsTr("example") : "")
                    font.pixelSize: 12
                    opacity: 0.75
                    wrapMode: Text.Wrap
                }
                ProgressBar {
                    Layout.fillWidth: true
                    value: card.modelData.progressFraction
                    Accessible.name: qsTr("Progress toward the target")
                }
                Label {
                    text: qsTr("%1 found this useful · %2 want to help").arg(card.modelData.useful).arg(card.modelData.help)
                    font.pixelSize: 12
                    opacity: 0.75
                }
            }
        }
    }
}
