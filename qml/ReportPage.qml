pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi
import ZorgstemDashboard

// An employer's exit or stay report (Organisation dashboard): its releases with respondents and
// response rates, every figure beside the region's, a trend over the releases, the comments of
// a release, the regional actions on its top themes, and the export for the board.
// Coordinator mode shows a region's or a panel round's releases with it (scope other than
// "employer"): the same figures, without a benchmark, invitations or export; banner says what
// the figures are when that needs saying (unverified responses).
Item {
    id: page

    required property string kind
    // "employer", or for a coordinator "verified", "open" or "round" (with roundPath).
    property string scope: "employer"
    property string roundPath: ""
    property string banner: ""
    // Who the trend's line is (the organisation's name on an employer's page).
    property string ownLabel: Session.name
    readonly property bool employer: scope === "employer"
    property alias controller: report
    property alias exportDialog: exportDialog

    objectName: "reportPage_" + kind + (employer ? "" : "_" + scope)

    ReportController {
        id: report
        session: Session
        kind: page.kind
        scope: page.scope
        roundPath: page.roundPath
        language: App.language
    }

    SaveFileDialog {
        id: exportDialog
        objectName: "exportDialog"
        property string extension: "pdf"
        title: extension === "pdf" ? qsTr("Save the report as PDF") : qsTr("Save the report as CSV")
        defaultSuffix: extension
        nameFilters: extension === "pdf" ? [qsTr("PDF files (*.pdf)")] : [qsTr("CSV files (*.csv)")]
        onAccepted: report.exportTo(selectedFile)
    }

    function openExport(extension) {
        exportDialog.extension = extension;
        exportDialog.currentFolder = report.exportFolder;
        exportDialog.selectedFile = report.suggestedFile(extension);
        exportDialog.open();
    }

    Flickable {
        id: flick
        objectName: "reportFlick_" + page.kind
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 48
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}
        // Page Up / Page Down and the arrows scroll when no field has the keys.
        focus: true
        Keys.onPressed: event => {
            const step = event.key === Qt.Key_PageDown ? height * 0.9 : event.key === Qt.Key_PageUp ? -height * 0.9
                       : event.key === Qt.Key_Down ? 60 : event.key === Qt.Key_Up ? -60 : 0;
            if (step !== 0) {
                contentY = Math.max(0, Math.min(contentHeight - height, contentY + step));
                event.accepted = true;
            }
        }

        ColumnLayout {
            id: column
            x: Math.max(16, (flick.width - width) / 2)
            y: 16
            width: Math.min(flick.width - 32, 1040)
            spacing: 14

            // Title and export.
            Flow {
                Layout.fillWidth: true
                spacing: 12
                ColumnLayout {
                    width: Math.min(column.width, Math.max(280, column.width - exportRow.width - 12))
                    Label {
                        Layout.fillWidth: true
                        text: report.title
                        font.pixelSize: Theme.displaySize
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        objectName: "reportSummary"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: report.surveyTitle + (report.summary !== "" ? " · " + report.summary : "")
                        wrapMode: Text.Wrap
                        color: Theme.muted
                    }
                }
                Row {
                    id: exportRow
                    spacing: 8
                    visible: page.employer && (report.state === "ready" || report.state === "empty")
                    Button {
                        objectName: "exportPdf_" + page.kind
                        text: qsTr("Save PDF for the board")
                        enabled: !report.exporting
                        Accessible.name: text
                        onClicked: page.openExport("pdf")
                    }
                    Button {
                        objectName: "exportCsv_" + page.kind
                        text: qsTr("Save CSV")
                        enabled: !report.exporting
                        Accessible.name: qsTr("Save the figures as CSV")
                        onClicked: page.openExport("csv")
                    }
                }
            }
            Label {
                objectName: "exportMessage_" + page.kind
                Layout.fillWidth: true
                visible: report.exportMessage !== ""
                text: report.exportMessage
                color: report.exportOk ? Theme.primaryText : Theme.error
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            // What these figures are, when that needs saying (unverified responses).
            Frame {
                objectName: "reportBanner_" + page.kind + "_" + page.scope
                Layout.fillWidth: true
                visible: page.banner !== ""
                background: Rectangle { color: Theme.notice; border.color: Theme.border; radius: 6 }
                Label {
                    objectName: "reportBannerText_" + page.kind + "_" + page.scope
                    width: parent.width
                    text: page.banner
                    wrapMode: Text.Wrap
                    font.bold: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }

            // Loading and errors.
            RowLayout {
                visible: report.state === "loading"
                BusyIndicator { running: parent.visible; Layout.preferredWidth: 32; Layout.preferredHeight: 32 }
                Label { text: qsTr("Reading the report…") }
            }
            ColumnLayout {
                objectName: "reportError_" + page.kind
                visible: report.state === "error"
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: report.message
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Button {
                    objectName: "reportRetry_" + page.kind
                    text: qsTr("Try again")
                    Accessible.name: text
                    onClicked: report.reload()
                }
            }

            // How to read it: said once, in plain words.
            Frame {
                objectName: "noiseNote_" + page.kind
                Layout.fillWidth: true
                visible: report.state === "ready" || report.state === "empty"
                background: Rectangle { color: Theme.pressed; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
                    Label { text: qsTr("About these figures"); font.bold: true }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: report.noiseNote
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        visible: report.state === "ready"
                        text: report.benchmarkNote
                        font.pixelSize: Theme.smallSize
                    }
                }
            }

            // No release yet.
            Frame {
                objectName: "emptyState_" + page.kind
                Layout.fillWidth: true
                visible: report.state === "empty"
                ColumnLayout {
                    anchors.fill: parent
                    Label { text: qsTr("No release yet"); font.pixelSize: Theme.largeSize; font.bold: true }
                    Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: report.emptyText }
                    Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: report.nextReleaseText; color: Theme.muted }
                }
            }

            // The releases.
            Label {
                visible: report.state === "ready"
                text: qsTr("Releases")
                font.pixelSize: Theme.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: report.state === "ready" ? report.releases : null
                delegate: Frame {
                    id: releaseRow
                    required property int seq
                    required property string months
                    required property int respondents
                    required property string rateText
                    objectName: "releaseRow_" + page.kind + "_" + seq
                    Layout.fillWidth: true
                    padding: 10
                    Accessible.role: Accessible.StaticText
                    Accessible.name: releaseText.text + (rateLabel.visible ? ", " + rateLabel.text : "")
                    Flow {
                        width: parent.width
                        spacing: 16
                        Label {
                            id: releaseText
                            text: qsTr("Release %1 · %2 · %3 respondents").arg(releaseRow.seq).arg(releaseRow.months).arg(releaseRow.respondents)
                            font.bold: true
                        }
                        Label {
                            id: rateLabel
                            visible: releaseRow.rateText !== ""
                            text: qsTr("Response: %1").arg(releaseRow.rateText)
                            color: Theme.muted
                        }
                    }
                }
            }
            Label {
                visible: report.state === "ready"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                color: Theme.muted
                text: report.nextReleaseText
            }

            // Which figures: all releases together, or one.
            RowLayout {
                visible: report.state === "ready"
                Layout.fillWidth: true
                Label { text: qsTr("Show") }
                ComboBox {
                    objectName: "viewPicker_" + page.kind
                    Layout.fillWidth: true
                    Layout.maximumWidth: 420
                    model: report.views
                    textRole: "label"
                    valueRole: "seq"
                    currentIndex: Math.max(0, report.views.indexOf(String(report.view)))
                    Accessible.name: qsTr("Show the figures of")
                    onActivated: report.view = currentValue
                }
            }
            Repeater {
                model: report.state === "ready" ? report.sections : null
                delegate: FigureCard {
                    hiddenText: report.hiddenText
                    nextReleaseText: report.nextReleaseText
                }
            }

            // The trend.
            Frame {
                objectName: "trend_" + page.kind
                Layout.fillWidth: true
                visible: report.state === "ready"
                padding: 16
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                ColumnLayout {
                    width: parent.width
                    Label {
                        text: qsTr("Trend over the releases")
                        font.pixelSize: Theme.largeSize
                        font.bold: true
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    ComboBox {
                        id: trendPicker
                        objectName: "trendPicker_" + page.kind
                        Layout.fillWidth: true
                        Layout.maximumWidth: 620
                        model: report.trendFigures
                        textRole: "label"
                        valueRole: "key"
                        currentIndex: Math.max(0, report.trendFigures.indexOf(report.trendFigure))
                        Accessible.name: qsTr("Figure to follow over the releases")
                        onActivated: report.trendFigure = currentValue
                    }
                    TrendChart {
                        objectName: "trendChart_" + page.kind
                        Layout.fillWidth: true
                        model: report.trend
                        minValue: report.trendMin
                        maxValue: report.trendMax
                        hasBenchmark: report.trendHasBenchmark
                        benchmark: report.trendBenchmark
                        unit: report.trendIsPercent ? "%" : ""
                        ownLabel: page.ownLabel
                        benchmarkLabel: qsTr("region, all releases: %1").arg(Math.round(report.trendBenchmark) + (report.trendIsPercent ? "%" : ""))
                    }
                }
            }

            // Comments of one release.
            Frame {
                objectName: "comments_" + page.kind
                Layout.fillWidth: true
                visible: report.state === "ready"
                padding: 16
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    Label {
                        text: qsTr("Comments")
                        font.pixelSize: Theme.largeSize
                        font.bold: true
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.smallSize
                        color: Theme.muted
                        text: qsTr("In the respondents' own words, with names, numbers and addresses taken out, in random order. They come only with a release, one release at a time.")
                    }
                    ComboBox {
                        objectName: "commentPicker_" + page.kind
                        Layout.fillWidth: true
                        Layout.maximumWidth: 420
                        model: report.commentReleases
                        textRole: "label"
                        valueRole: "seq"
                        currentIndex: Math.max(0, report.commentReleases.indexOf(String(report.commentRelease)))
                        Accessible.name: qsTr("Comments of release")
                        onActivated: report.commentRelease = currentValue
                    }
                    Repeater {
                        model: report.comments
                        delegate: ColumnLayout {
                            id: comment
                            required property string key
                            required property string heading
                            required property string text
                            required property bool hidden
                            required property bool first
                            objectName: "comment_" + page.kind + "_" + key
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                visible: comment.first
                                Layout.topMargin: 6
                                text: comment.heading
                                font.bold: true
                            }
                            Label {
                                Layout.fillWidth: true
                                Layout.leftMargin: 12
                                text: comment.hidden ? comment.text : "“" + comment.text + "”"
                                font.italic: comment.hidden
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.StaticText
                                Accessible.name: comment.heading + ": " + comment.text
                            }
                        }
                    }
                }
            }

            // "You said, we did" at the region's level.
            Frame {
                objectName: "regionalActions_" + page.kind
                Layout.fillWidth: true
                visible: page.employer && report.state === "ready"
                padding: 16
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Regional actions on your top themes")
                        font.pixelSize: Theme.largeSize
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: report.topThemesText !== ""
                        wrapMode: Text.Wrap
                        text: qsTr("Your top themes: %1").arg(report.topThemesText)
                    }
                    Label {
                        objectName: "actionsNote_" + page.kind
                        Layout.fillWidth: true
                        visible: text !== ""
                        wrapMode: Text.Wrap
                        text: report.actionsNote
                        color: Theme.muted
                    }
                    Repeater {
                        model: report.actions
                        delegate: ColumnLayout {
                            id: action
                            required property string actionId
                            required property string title
                            required property string statusLabel
                            required property string matched
                            objectName: "regionalAction_" + actionId
                            Layout.fillWidth: true
                            spacing: 0
                            Accessible.role: Accessible.StaticText
                            Accessible.name: title + ", " + statusLabel
                            Label { Layout.fillWidth: true; text: action.title; font.bold: true; wrapMode: Text.Wrap }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.smallSize
                                color: Theme.muted
                                text: action.statusLabel + " · " + qsTr("on %1").arg(action.matched)
                            }
                        }
                    }
                }
            }
        }
    }
}
