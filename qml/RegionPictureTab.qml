pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi
import ZorgstemDashboard

// The regional picture (coordinator mode): the region's verified releases of the exit and the
// stay survey with the employer pages' charts (ReportPage, without a benchmark), the open
// responses apart and labelled unverified, and per organisation of the region only whether it
// has a release yet (never its figures: those belong to the organisation).
Page {
    id: tab

    required property CoordinatorController coordinator
    property alias surveyBar: surveyBar
    property alias sourceBar: sourceBar
    property alias report: report

    objectName: "regionPictureTab"

    header: ColumnLayout {
        spacing: 0
        TabBar {
            id: surveyBar
            objectName: "regionSurveyBar"
            Layout.fillWidth: true
            component Choice: TabButton { width: implicitWidth + 24; Accessible.name: text }
            Choice { objectName: "regionExit"; text: qsTr("Exit survey") }
            Choice { objectName: "regionRetention"; text: qsTr("Stay survey") }
            Choice { objectName: "regionEmployers"; text: qsTr("Organisations") }
        }
        TabBar {
            id: sourceBar
            objectName: "regionSourceBar"
            Layout.fillWidth: true
            visible: surveyBar.currentIndex < 2
            component Source: TabButton { width: implicitWidth + 24; Accessible.name: text }
            Source { objectName: "regionVerified"; text: qsTr("Verified: with an invitation") }
            Source { objectName: "regionOpen"; text: qsTr("Unverified: answered without an invitation") }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: surveyBar.currentIndex < 2 ? 0 : 1

        ReportPage {
            id: report
            kind: surveyBar.currentIndex === 1 ? "retention" : "exit"
            scope: sourceBar.currentIndex === 1 ? "open" : "verified"
            ownLabel: Session.regionName
            banner: scope === "open"
                    ? qsTr("Unverified: answered without an invitation. Anyone with the app could fill these in, so they are shown apart from the verified figures and are not a measurement of the region's organisations.")
                    : ""
        }

        PageColumn {
            objectName: "regionEmployersList"
            maxWidth: 900

            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Organisations of the region")
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Button {
                    objectName: "employersRefresh"
                    text: qsTr("Refresh")
                    enabled: !tab.coordinator.busy
                    Accessible.name: qsTr("Refresh the list of organisations")
                    onClicked: tab.coordinator.refreshEmployers()
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.muted
                text: qsTr("Only whether an organisation has a release of its own yet. Its figures belong to the organisation and are not shown here; they count in the region's verified figures.")
            }
            StatusMessage { objectName: "employersMessage"; coordinator: tab.coordinator; area: "employers" }
            Label {
                objectName: "employersEmpty"
                visible: tab.coordinator.employers.count === 0
                text: qsTr("No organisations listed yet.")
                color: Theme.muted
            }
            Repeater {
                model: tab.coordinator.employers
                delegate: Frame {
                    id: employerRow
                    required property string employer
                    required property string name
                    required property bool exit
                    required property bool retention
                    readonly property string exitText: employerRow.exit ? qsTr("exit survey: has a release") : qsTr("exit survey: not yet")
                    readonly property string retentionText: employerRow.retention ? qsTr("stay survey: has a release") : qsTr("stay survey: not yet")
                    objectName: "employerStatus_" + employer
                    Layout.fillWidth: true
                    padding: 10
                    Accessible.role: Accessible.StaticText
                    Accessible.name: name + ": " + exitText + ", " + retentionText
                    Flow {
                        width: parent.width
                        spacing: 16
                        Label { text: employerRow.name; font.bold: true }
                        Label {
                            objectName: "employerExit_" + employerRow.employer
                            text: employerRow.exitText
                            color: employerRow.exit ? Theme.primaryText : Theme.muted
                        }
                        Label {
                            objectName: "employerRetention_" + employerRow.employer
                            text: employerRow.retentionText
                            color: employerRow.retention ? Theme.primaryText : Theme.muted
                        }
                    }
                }
            }
        }
    }
}
