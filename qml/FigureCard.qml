pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// One figure of a report page (a delegate of ReportController.sections): its heading and the
// question as asked, then bars, statements, the eNPS or an average, each beside the region's
// figure; or, for a group under k, plainly why it is hidden and when the next release can come.
Frame {
    id: card

    required property string sectionId
    required property string kind
    required property string heading
    required property string question
    required property bool hidden
    required property int answered
    required property var bars
    required property bool benchmarkMissing
    required property bool hasEnps
    required property int enpsScore
    required property int promoters
    required property int passives
    required property int detractors
    required property string benchmarkText
    required property string meanText
    required property string accessibleText
    property string hiddenText: ""
    property string nextReleaseText: ""

    objectName: "section_" + sectionId
    Layout.fillWidth: true
    padding: 16
    Accessible.role: Accessible.Grouping
    Accessible.name: heading
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: 6
    }

    ColumnLayout {
        width: parent.width
        spacing: 6
        Label {
            Layout.fillWidth: true
            text: card.heading
            font.pixelSize: Theme.largeSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: card.question
            visible: text !== "" && text !== card.heading
            font.italic: true
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        // A group under k: why, in plain words, and when that may change.
        Rectangle {
            objectName: "hidden_" + card.sectionId
            visible: card.hidden
            Layout.fillWidth: true
            implicitHeight: hiddenColumn.implicitHeight + 20
            color: Theme.pressed
            radius: 4
            Accessible.role: Accessible.StaticText
            Accessible.name: card.hiddenText + " " + card.nextReleaseText
            ColumnLayout {
                id: hiddenColumn
                x: 10; y: 10
                width: parent.width - 20
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: card.hiddenText
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: card.nextReleaseText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallSize
                }
            }
        }
        Label {
            visible: !card.hidden
            text: qsTr("%1 answered").arg(card.answered)
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
        Repeater {
            model: !card.hidden && (card.kind === "bars" || card.kind === "likert") ? card.bars : null
            delegate: BarRow {
                objectName: "bar_" + card.sectionId + "_" + barId
                Layout.fillWidth: true
            }
        }
        EnpsFigure {
            visible: !card.hidden && card.hasEnps
            Layout.fillWidth: true
            score: card.enpsScore
            promoters: card.promoters
            passives: card.passives
            detractors: card.detractors
            benchmarkText: card.benchmarkMissing ? "" : card.benchmarkText
        }
        RowLayout {
            visible: !card.hidden && card.kind === "mean"
            spacing: 16
            Label {
                text: qsTr("Average: %1").arg(card.meanText === "" ? "–" : card.meanText)
                font.pixelSize: Theme.displaySize
                font.bold: true
                color: Theme.primaryText
            }
            Label {
                text: card.benchmarkText
                visible: !card.benchmarkMissing
                color: Theme.accentText
            }
        }
        Label {
            objectName: "benchmarkMissing_" + card.sectionId
            visible: !card.hidden && card.benchmarkMissing
            text: card.benchmarkText
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
    }
}
