pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The published round's releases, in numbers for now (the charts come with the report view):
// asks the collector for the round's report and says how many releases and respondents it has.
ColumnLayout {
    id: results

    required property RoundBuilder builder
    readonly property var releases: {
        const scopes = results.builder.report ? results.builder.report.scopes : undefined;
        return scopes && scopes.length > 0 ? (scopes[0].releases || []) : [];
    }

    visible: builder.panel !== ""
    spacing: 6

    Label {
        text: qsTr("Results")
        font.pixelSize: 20
        font.bold: true
    }
    Label {
        objectName: "roundResults"
        Layout.fillWidth: true
        visible: results.builder.report !== undefined
        text: results.releases.length === 0
              ? qsTr("No results yet. Results come in releases of at least ten members' answers, made at the start of a month.")
              : qsTr("%n release(s) so far.", "", results.releases.length)
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "loadReport"
        text: qsTr("Read the results")
        enabled: !results.builder.busy
        Accessible.name: text
        onClicked: results.builder.loadReport()
    }
}
