pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// "You said, we did": the region's themes from its verified releases, biggest share first, each
// beside the actions that address it, and the themes no action addresses yet.
PageColumn {
    id: tab

    required property CoordinatorController coordinator
    readonly property YouSaidModel model: coordinator.youSaid
    readonly property string kind: kindBox.currentValue

    maxWidth: 1100
    objectName: "youSaidTab"

    readonly property var dayLocale: Qt.locale(App.language === "en" ? "en_GB" : "nl_NL")

    function refresh() { coordinator.refreshYouSaid(kind); }
    // "2026-03" as "maart 2026".
    function month(text) {
        const m = /^(\d{4})-(\d{2})$/.exec(text);
        return m ? new Date(Number(m[1]), Number(m[2]) - 1, 1, 12).toLocaleDateString(dayLocale, "MMMM yyyy") : text;
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("You said, we did")
        font.pixelSize: Theme.titleSize
        font.bold: true
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("What care workers in the region said in the verified releases, beside the region's actions on it. Stopped actions do not count.")
        wrapMode: Text.Wrap
        color: Theme.muted
    }
    RowLayout {
        Layout.fillWidth: true
        ComboBox {
            id: kindBox
            objectName: "youSaidKind"
            Layout.preferredWidth: 340
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "exit", text: qsTr("Why people leave") },
                { value: "retention", text: qsTr("What makes people stay") }
            ]
            Accessible.name: qsTr("Survey")
            onActivated: tab.refresh()
        }
        Button {
            objectName: "youSaidRefresh"
            text: qsTr("Read the figures")
            enabled: !tab.coordinator.busy
            Accessible.name: text
            onClicked: tab.refresh()
        }
        Item { Layout.fillWidth: true }
    }
    StatusMessage { objectName: "youSaidMessage"; coordinator: tab.coordinator; area: "yousaid" }

    Label {
        objectName: "youSaidSummary"
        Layout.fillWidth: true
        visible: tab.model.count > 0
        wrapMode: Text.Wrap
        text: tab.model.hasFigures
              ? qsTr("%n verified respondent(s), %1. Figures carry a little deliberate noise, so that nobody's answer can be told.", "", tab.model.respondents)
                .arg(tab.model.firstMonth === tab.model.lastMonth ? tab.month(tab.model.firstMonth)
                     : qsTr("%1 to %2").arg(tab.month(tab.model.firstMonth)).arg(tab.month(tab.model.lastMonth)))
              : qsTr("No verified release for this region yet: figures appear once enough people have answered. The themes and actions are listed already.")
    }

    Repeater {
        model: tab.model
        delegate: Frame {
            id: row
            required property string theme
            required property string label
            required property double percent
            required property var actionTitles
            required property bool addressed
            objectName: "yousaid_" + theme
            Layout.fillWidth: true
            contentHeight: Math.max(left.implicitHeight, actionsText.implicitHeight)
            Accessible.role: Accessible.ListItem
            Accessible.name: label + ", " + share.text + ", " + actionsText.text

            // Plain positions, not a RowLayout: wrapped labels in a row layout loop its polish.
            Item {
                width: parent.width
                height: row.contentHeight
                ColumnLayout {
                    id: left
                    width: parent.width * 0.45
                    Label { Layout.fillWidth: true; text: row.label; font.bold: true; wrapMode: Text.Wrap }
                    RowLayout {
                        Layout.fillWidth: true
                        Item {
                            Layout.fillWidth: true
                            implicitHeight: 10
                            visible: row.percent >= 0
                            Rectangle {
                                width: Math.max(2, parent.width * Math.max(0, row.percent) / 100)
                                height: parent.height
                                radius: 2
                                color: Theme.primaryText
                            }
                        }
                        Label {
                            id: share
                            text: row.percent >= 0
                                  ? row.percent.toLocaleString(tab.dayLocale, "f", 1) + "%"
                                  : qsTr("no figure")
                            font.pixelSize: Theme.smallSize
                            color: Theme.muted
                        }
                    }
                }
                Label {
                    id: actionsText
                    x: left.width + 16
                    width: parent.width - x
                    wrapMode: Text.Wrap
                    text: row.addressed ? row.actionTitles.join("\n") : qsTr("No action yet")
                    color: row.addressed ? Theme.text : Theme.error
                    font.italic: !row.addressed
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: 12
        visible: tab.model.count > 0
        text: qsTr("Not addressed yet")
        font.pixelSize: Theme.largeSize
        font.bold: true
    }
    Label {
        objectName: "unaddressedNone"
        Layout.fillWidth: true
        visible: tab.model.count > 0 && unaddressed.count === 0
        text: qsTr("Every theme has an action.")
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            id: unaddressed
            model: tab.model.unaddressed
            delegate: Label {
                required property string theme
                required property string label
                objectName: "unaddressed_" + theme
                text: label
                padding: 6
                background: Rectangle { radius: 4; color: "transparent"; border.color: Theme.error }
            }
        }
    }
}
