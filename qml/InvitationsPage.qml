pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi
import ZorgstemDashboard

// The Organisation dashboard's invitations: make a batch of one-time codes for the exit or the
// stay survey, save them as the printable QR sheet (the codes are shown once), and the counts per
// month: issued, used, expired.
Item {
    id: page

    property alias controller: batch
    property alias sheetDialog: sheetDialog

    objectName: "invitationsPage"

    InvitationBatchController {
        id: batch
        session: Session
        language: App.language
    }

    SaveFileDialog {
        id: sheetDialog
        objectName: "sheetDialog"
        title: qsTr("Save the invitation sheet")
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: batch.saveSheet(selectedFile)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 48
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(16, (flick.width - width) / 2)
            y: 16
            width: Math.min(flick.width - 32, 880)
            spacing: 12

            Label {
                text: qsTr("Invitations")
                font.pixelSize: Theme.displaySize
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Only people you invite count for your organisation, each once. Give every leaver (exit survey) or every member of staff (stay survey) one card with a code. Nobody can see which code gave which answer.")
            }

            Frame {
                Layout.fillWidth: true
                padding: 16
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    Label { text: qsTr("Make invitations"); font.pixelSize: Theme.largeSize; font.bold: true }
                    RadioButton {
                        objectName: "batchExit"
                        text: qsTr("Exit survey, for people who are leaving")
                        checked: batch.survey === "exit"
                        Accessible.name: text
                        onClicked: batch.survey = "exit"
                    }
                    RadioButton {
                        objectName: "batchRetention"
                        text: qsTr("Stay survey, for people who work here")
                        checked: batch.survey === "retention"
                        Accessible.name: text
                        onClicked: batch.survey = "retention"
                    }
                    RowLayout {
                        Label { text: qsTr("How many") }
                        SpinBox {
                            objectName: "batchCount"
                            from: 1
                            to: batch.maxCount
                            value: batch.count
                            editable: true
                            Accessible.name: qsTr("Number of invitations")
                            onValueModified: batch.count = value
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.smallSize
                        color: Theme.muted
                        text: qsTr("Codes can be used for 90 days. At most %1 at a time.").arg(batch.maxCount)
                    }
                    RowLayout {
                        Button {
                            objectName: "makeBatch"
                            text: qsTr("Make invitations")
                            highlighted: true
                            enabled: !batch.busy
                            Accessible.name: text
                            onClicked: batch.create()
                        }
                        BusyIndicator {
                            running: batch.busy
                            visible: running
                            Layout.preferredWidth: 32
                            Layout.preferredHeight: 32
                        }
                    }
                    Label {
                        objectName: "batchMessage"
                        Layout.fillWidth: true
                        visible: batch.message !== ""
                        text: batch.message
                        color: batch.ok ? Theme.primaryText : Theme.error
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }
            }

            // The batch just made: saved as the sheet, or lost when the page closes.
            Frame {
                objectName: "batchResult"
                Layout.fillWidth: true
                visible: batch.codeCount > 0
                padding: 16
                background: Rectangle { color: batch.sheetSaved ? Theme.pressed : Theme.notice; radius: 6 }
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.bold: true
                        text: batch.sheetSaved ? qsTr("The sheet is saved. Print it and hand out one card per person.")
                                               : qsTr("Save the sheet now: these %1 codes are shown only once and the collector keeps no copy.").arg(batch.codeCount)
                    }
                    Button {
                        objectName: "saveSheet"
                        text: qsTr("Save QR sheet (PDF)")
                        highlighted: !batch.sheetSaved
                        Accessible.name: text
                        onClicked: {
                            sheetDialog.currentFolder = batch.sheetFolder;
                            sheetDialog.selectedFile = batch.suggestedSheet();
                            sheetDialog.open();
                        }
                    }
                    Label { text: qsTr("The codes, to copy into a message:"); font.pixelSize: Theme.smallSize }
                    TextArea {
                        objectName: "batchCodes"
                        Layout.fillWidth: true
                        Layout.maximumHeight: 160
                        readOnly: true
                        selectByMouse: true
                        text: batch.codesText
                        font.family: "DejaVu Sans Mono"
                        wrapMode: TextEdit.Wrap
                        Accessible.name: qsTr("Invitation codes")
                    }
                }
            }

            Label {
                text: qsTr("Per month")
                font.pixelSize: Theme.largeSize
                font.bold: true
                Layout.topMargin: 8
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                color: Theme.muted
                text: qsTr("Issued and expired count in the month a code was made; used in the month it was redeemed.")
            }
            Label {
                objectName: "monthsEmpty"
                visible: batch.months.count === 0
                text: qsTr("No invitations yet.")
            }
            ColumnLayout {
                objectName: "monthsTable"
                visible: batch.months.count > 0
                Layout.fillWidth: true
                spacing: 6
                component Cell: Label {
                    Layout.preferredWidth: column.width / 5
                    elide: Text.ElideRight
                }
                RowLayout {
                    spacing: 0
                    Cell { text: qsTr("Month"); font.bold: true }
                    Cell { text: qsTr("Survey"); font.bold: true }
                    Cell { text: qsTr("Issued"); font.bold: true }
                    Cell { text: qsTr("Used"); font.bold: true }
                    Cell { text: qsTr("Expired"); font.bold: true }
                }
                Repeater {
                    model: batch.months
                    delegate: RowLayout {
                        id: monthRow
                        required property string key
                        required property string month
                        required property string survey
                        required property int issued
                        required property int redeemed
                        required property int expired
                        objectName: "month_" + key
                        spacing: 0
                        Accessible.role: Accessible.Row
                        Accessible.name: qsTr("%1, %2: %3 issued, %4 used, %5 expired").arg(month).arg(survey).arg(issued).arg(redeemed).arg(expired)
                        Cell { text: monthRow.month }
                        Cell { text: monthRow.survey }
                        Cell { text: monthRow.issued }
                        Cell { text: monthRow.redeemed }
                        Cell { text: monthRow.expired }
                    }
                }
            }
        }
    }
}
