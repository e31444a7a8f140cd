import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The eNPS of a report: the score, the promoters / passives / detractors split as one bar, and
// the region's score beside it.
ColumnLayout {
    id: enps

    property int score: 0
    property int promoters: 0
    property int passives: 0
    property int detractors: 0
    property string benchmarkText: ""
    readonly property int total: Math.max(1, promoters + passives + detractors)

    spacing: 6
    RowLayout {
        spacing: 16
        Label {
            objectName: "enpsScore"
            text: qsTr("eNPS %1").arg(enps.score)
            font.pixelSize: Theme.fontSize * 2
            font.bold: true
            color: Theme.primaryText
            Accessible.name: text
        }
        Label {
            text: enps.benchmarkText
            color: Theme.accentText
            visible: text !== ""
        }
    }
    Row {
        Layout.fillWidth: true
        height: 16
        Accessible.role: Accessible.StaticText
        Accessible.name: legend.text
        Rectangle { width: parent.width * enps.promoters / enps.total; height: 16; color: Theme.bar }
        Rectangle { width: parent.width * enps.passives / enps.total; height: 16; color: Theme.border }
        Rectangle { width: parent.width * enps.detractors / enps.total; height: 16; color: Theme.error }
    }
    Label {
        id: legend
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Promoters (9–10): %1 · passives (7–8): %2 · detractors (0–6): %3").arg(enps.promoters).arg(enps.passives).arg(enps.detractors)
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.muted
        text: qsTr("eNPS = % promoters − % detractors, from −100 to 100.")
    }
}
