pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi
import ZorgstemDashboard

// The published round's releases with the employer pages' figures: "Read the results" asks the
// collector for the round's report (RoundBuilder.report for the count, a ReportController of
// scope "round" for the charts) and shows each question as a FigureCard, a hidden group saying
// plainly why.
ColumnLayout {
    id: results

    required property RoundBuilder builder
    readonly property var releases: {
        const scopes = results.builder.report ? results.builder.report.scopes : undefined;
        return scopes && scopes.length > 0 ? (scopes[0].releases || []) : [];
    }
    readonly property string roundId: builder.publishedId !== "" ? builder.publishedId : builder.roundId
    property alias charts: charts

    visible: builder.panel !== ""
    spacing: 6

    ReportController {
        id: charts
        session: Session
        kind: "panel"
        scope: "round"
        language: App.language
    }

    Label {
        text: qsTr("Results")
        font.pixelSize: Theme.titleSize
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        objectName: "roundResults"
        Layout.fillWidth: true
        visible: results.builder.report !== undefined
        text: results.releases.length === 0
              ? qsTr("No results yet. Results come in releases of at least ten members' answers, made at the start of a month.")
              : charts.summary !== "" ? charts.summary : qsTr("%n release(s) so far.", "", results.releases.length)
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "loadReport"
        text: qsTr("Read the results")
        enabled: !results.builder.busy
        Accessible.name: text
        onClicked: {
            results.builder.loadReport();
            charts.roundPath = "/v1/panels/" + results.builder.panel + "/rounds/" + results.roundId + "/report";
            charts.reload();
        }
    }
    Label {
        objectName: "roundChartsError"
        Layout.fillWidth: true
        visible: charts.state === "error"
        text: charts.message
        color: Theme.error
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: charts.state === "ready"
        text: charts.noiseNote
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.muted
    }
    Repeater {
        model: charts.state === "ready" ? charts.sections : null
        delegate: FigureCard {
            hiddenText: charts.hiddenText
            nextReleaseText: charts.nextReleaseText
        }
    }
}
