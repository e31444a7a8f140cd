pragma ComponentBehavior: Bound

import QtQuick
import ZorgstemUi
import QtQuick.Controls
import QtQuick.Shapes

// A figure over the releases: a line through the releases that show it (a gap where it is
// hidden), a dot and its value at each, and the region's value as a dashed line. Drawn with Qt
// Quick Shapes (no Qt Charts: it needs widgets); the numbers come from ReportController.
Item {
    id: chart

    required property var model // RowModel: seq, label, value, shown, valueText
    property real minValue: 0
    property real maxValue: 100
    property bool hasBenchmark: false
    property real benchmark: 0
    property string benchmarkLabel: ""
    property string ownLabel: ""
    property string unit: ""

    readonly property real padLeft: 48
    readonly property real padRight: 24
    // The first and last release sit this far inside the plot, so their values stay clear of
    // the axis labels.
    readonly property real inset: Math.min(60, plotWidth / 6)
    readonly property real padTop: 20
    readonly property real padBottom: 64
    readonly property real plotWidth: Math.max(1, width - padLeft - padRight)
    readonly property real plotHeight: Math.max(1, height - padTop - padBottom)
    property var segments: []

    implicitHeight: 260

    function xAt(i) {
        const n = chart.model ? chart.model.count : 0;
        return padLeft + (n <= 1 ? plotWidth / 2 : inset + i * (plotWidth - 2 * inset) / (n - 1));
    }
    function yAt(v) {
        const span = maxValue - minValue || 1;
        return padTop + plotHeight - (v - minValue) / span * plotHeight;
    }
    // Runs of shown releases become line segments; a hidden release breaks the line.
    function refresh() {
        const list = [];
        let run = [];
        const n = chart.model ? chart.model.count : 0;
        for (let i = 0; i < n; ++i) {
            const p = chart.model.get(i);
            if (p.shown) {
                run.push(Qt.point(xAt(i), yAt(p.value)));
            } else if (run.length > 0) {
                list.push(run);
                run = [];
            }
        }
        if (run.length > 0)
            list.push(run);
        segments = list;
    }
    onWidthChanged: refresh()
    onHeightChanged: refresh()
    onMinValueChanged: refresh()
    onMaxValueChanged: refresh()
    onModelChanged: refresh()
    Component.onCompleted: refresh()
    Connections {
        target: chart.model
        function onCountChanged() { chart.refresh(); }
        function onDataChanged() { chart.refresh(); }
        function onModelReset() { chart.refresh(); }
    }

    // Axis and its end values.
    Rectangle { x: chart.padLeft; y: chart.padTop; width: 1; height: chart.plotHeight; color: Theme.border }
    Rectangle { x: chart.padLeft; y: chart.padTop + chart.plotHeight; width: chart.plotWidth; height: 1; color: Theme.border }
    Label {
        x: 0; width: chart.padLeft - 6; horizontalAlignment: Text.AlignRight
        y: chart.padTop - height / 2
        text: Math.round(chart.maxValue) + chart.unit
        color: Theme.muted
    }
    Label {
        x: 0; width: chart.padLeft - 6; horizontalAlignment: Text.AlignRight
        y: chart.padTop + chart.plotHeight - height / 2
        text: Math.round(chart.minValue) + chart.unit
        color: Theme.muted
    }

    Shape {
        anchors.fill: parent
        // The region's value.
        ShapePath {
            strokeColor: chart.hasBenchmark ? Theme.benchmark : "transparent"
            strokeWidth: 2
            strokeStyle: ShapePath.DashLine
            dashPattern: [4, 3]
            fillColor: "transparent"
            startX: chart.padLeft
            startY: chart.yAt(chart.benchmark)
            PathLine { x: chart.padLeft + chart.plotWidth; y: chart.yAt(chart.benchmark) }
        }
        // The organisation's releases.
        ShapePath {
            strokeColor: Theme.bar
            strokeWidth: 3
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            PathMultiline { paths: chart.segments }
        }
    }
    // The legend, under the release labels.
    Row {
        x: chart.padLeft
        y: chart.height - height
        spacing: 18
        Row {
            spacing: 6
            Rectangle { width: 18; height: 3; y: 8; color: Theme.bar }
            Label { text: chart.ownLabel; font.pixelSize: Theme.smallSize }
        }
        Row {
            visible: chart.hasBenchmark
            spacing: 6
            Row {
                y: 8
                spacing: 2
                Repeater {
                    model: 3
                    Rectangle { required property int index; width: 4; height: 2; color: Theme.benchmark }
                }
            }
            Label {
                objectName: "trendBenchmarkLabel"
                text: chart.benchmarkLabel
                color: Theme.accentText
                font.pixelSize: Theme.smallSize
            }
        }
    }

    Repeater {
        model: chart.model
        delegate: Item {
            id: point
            required property int index
            required property string label
            required property real value
            required property bool shown
            required property string valueText
            x: chart.xAt(index)
            y: shown ? chart.yAt(value) : chart.padTop + chart.plotHeight
            Accessible.role: Accessible.StaticText
            Accessible.name: label + ": " + valueText
            Rectangle {
                visible: point.shown
                x: -5; y: -5; width: 10; height: 10; radius: 5
                color: Theme.bar
                border.color: Theme.surface
                border.width: 2
            }
            Label {
                visible: point.shown
                x: -width / 2
                y: -height - 8
                text: point.valueText
                font.bold: true
                font.pixelSize: Theme.smallSize
            }
            Label {
                visible: !point.shown
                x: -width / 2
                y: -height - 6
                text: "–"
                color: Theme.muted
            }
            Label {
                x: -width / 2
                y: chart.padTop + chart.plotHeight - point.y + 8
                width: Math.min(140, chart.plotWidth / Math.max(1, chart.model.count))
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: point.label
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
        }
    }
}
