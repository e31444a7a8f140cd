import QtQuick
import ZorgstemUi

// Progress of an action against its target: the target as a dashed line, the updates as a
// line with points, from the baseline. Pure drawing; the numbers come from C++.
Canvas {
    id: chart

    property var updates: []          // [{date, value}]
    property real startValue: 0
    property real goalValue: 0
    property color lineColor: Theme.primaryText
    property color targetColor: Theme.benchmark
    // The start value's label in the theme's muted text (a fixed #555 was unreadable on dark).
    property color labelColor: Theme.muted

    implicitHeight: 160
    onUpdatesChanged: requestPaint()
    onWidthChanged: requestPaint()
    onGoalValueChanged: requestPaint()
    onLineColorChanged: requestPaint()
    onTargetColorChanged: requestPaint()
    onLabelColorChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d");
        ctx.reset();
        const pad = 28;
        const w = width - 2 * pad;
        const h = height - 2 * pad;
        const values = updates.map(p => p.value).concat([startValue, goalValue]);
        const lo = Math.min.apply(null, values);
        const hi = Math.max.apply(null, values);
        const span = hi - lo || 1;
        const y = v => pad + h - (v - lo) / span * h;
        const n = updates.length;
        const x = i => pad + (n <= 1 ? w / 2 : i / (n - 1) * w * 0.85);

        ctx.strokeStyle = Theme.border;
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(pad, pad);
        ctx.lineTo(pad, pad + h);
        ctx.lineTo(pad + w, pad + h);
        ctx.stroke();

        ctx.strokeStyle = chart.targetColor;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(pad, y(goalValue));
        ctx.lineTo(pad + w, y(goalValue));
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = chart.targetColor;
        ctx.font = Theme.smallSize + "px sans-serif";
        ctx.fillText(String(goalValue), pad + w - 30, y(goalValue) - 6);

        ctx.strokeStyle = chart.lineColor;
        ctx.fillStyle = chart.lineColor;
        ctx.lineWidth = 2;
        ctx.beginPath();
        for (let i = 0; i < n; ++i) {
            if (i === 0)
                ctx.moveTo(x(i), y(updates[i].value));
            else
                ctx.lineTo(x(i), y(updates[i].value));
        }
        ctx.stroke();
        for (let i = 0; i < n; ++i) {
            ctx.beginPath();
            ctx.arc(x(i), y(updates[i].value), 4, 0, 2 * Math.PI);
            ctx.fill();
        }
        ctx.fillStyle = chart.labelColor;
        ctx.fillText(String(startValue), 2, y(startValue) + 4);
    }
}
