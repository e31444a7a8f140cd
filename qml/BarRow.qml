import QtQuick
import ZorgstemUi
import QtQuick.Controls

// One horizontal bar of a figure: the label, the organisation's share as a bar, the region's
// share as an orange mark across it, and the numbers. On a narrow window the label sits above
// the bar. Pure drawing; every number comes from ReportController.
Item {
    id: row

    required property string barId
    required property string label
    required property real percent
    required property string percentText
    required property bool hasBenchmark
    required property real benchmark
    required property string benchmarkText
    required property string meanText
    required property string accessibleText

    readonly property bool narrow: width < 560
    readonly property real labelWidth: narrow ? width : Math.min(width * 0.4, 340)
    readonly property real barWidth: narrow ? width * 0.55 : Math.max(80, width - labelWidth - 170)

    implicitHeight: narrow ? Math.max(labelText.implicitHeight + 4 + bar.height + 6, labelText.implicitHeight + 4 + values.height)
                           : Math.max(labelText.implicitHeight, bar.height + 8, values.height + 4)
    Accessible.role: Accessible.StaticText
    Accessible.name: accessibleText

    Label {
        id: labelText
        width: row.labelWidth - 8
        y: row.narrow ? 0 : (row.height - height) / 2
        text: row.label
        wrapMode: Text.Wrap
    }
    Item {
        id: bar
        x: row.narrow ? 0 : row.labelWidth
        y: row.narrow ? labelText.height + 4 : (row.height - height) / 2
        width: row.barWidth
        height: 14
        Rectangle {
            anchors.fill: parent
            color: Theme.barBackground
            radius: 2
        }
        Rectangle {
            width: parent.width * Math.max(0, Math.min(row.percent, 100)) / 100
            height: parent.height
            color: Theme.bar
            radius: 2
        }
        Rectangle {
            visible: row.hasBenchmark
            x: parent.width * row.benchmark / 100 - width / 2
            y: -4
            width: 3
            height: parent.height + 8
            color: Theme.benchmark
        }
    }
    Column {
        id: values
        x: bar.x + bar.width + 10
        y: bar.y + (bar.height - 16) / 2
        Row {
            spacing: 10
            Label {
                text: row.percentText
                font.bold: true
            }
            Label {
                visible: row.hasBenchmark
                text: row.benchmarkText
                color: Theme.accentText
            }
        }
        Label {
            visible: row.meanText !== ""
            text: row.meanText
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
    }
}
