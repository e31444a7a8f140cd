pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// Home: open surveys for the person's region and the state of sending.
PageColumn {
    id: page

    // The "already sent" question, for tests (a popup is no child item to find).
    readonly property alias againDialog: againDialog

    signal openSurvey(string surveyId)
    signal openInvitation

    title: qsTr("Zorgstem")
    objectName: "homePage"

    // Once, after the update that took the employer out of the profile.
    Frame {
        objectName: "employerNotice"
        Layout.fillWidth: true
        visible: App.employerNotice
        ColumnLayout {
            anchors.fill: parent
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: qsTr("Your employer is no longer part of your profile: your answers count for an employer only through an invitation from that employer.")
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
            }
            WrapButton {
                objectName: "dismissEmployerNotice"
                text: qsTr("OK")
                Accessible.name: text
                flat: true
                onClicked: App.dismissEmployerNotice()
            }
        }
    }

    Frame {
        objectName: "syncCard"
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            spacing: 6
            RowLayout {
                Layout.fillWidth: true
                BusyIndicator {
                    objectName: "syncBusy"
                    running: App.syncState === "sending"
                    visible: running
                    Layout.preferredWidth: 28
                    Layout.preferredHeight: 28
                }
                Label {
                    objectName: "syncMessage"
                    Layout.fillWidth: true
                    text: App.syncMessage
                    wrapMode: Text.Wrap
                    font.bold: App.pendingCount > 0
                }
            }
            Label {
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                visible: App.lastSync !== ""
                text: qsTr("Last sent: %1").arg(App.lastSync)
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
            Label {
                Layout.fillWidth: true
                visible: App.sentCount > 0
                text: qsTr("Sent so far: %n answer set(s). Only a receipt is kept on this device.", "", App.sentCount)
                font.pixelSize: Theme.smallSize
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            WrapButton {
                objectName: "syncNowButton"
                visible: App.pendingCount > 0
                enabled: App.syncState !== "sending"
                text: qsTr("Send now")
                Accessible.name: text
                onClicked: App.syncNow()
            }
            Repeater {
                model: App.rejected
                delegate: ColumnLayout {
                    id: rejectedItem
                    required property string submissionId
                    required property string title
                    required property string period
                    required property string error
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Not accepted: %1 (%2). %3").arg(rejectedItem.title).arg(rejectedItem.period).arg(rejectedItem.error)
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                    WrapButton {
                        text: qsTr("Remove")
                        Accessible.name: text
                        flat: true
                        onClicked: App.discardRejected(rejectedItem.submissionId)
                    }
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Surveys")
        font.pixelSize: Theme.titleSize
        font.bold: true
        Layout.topMargin: 8
    }

    // Answers count for an employer only through its invitation (DESIGN §5a).
    WrapButton {
        objectName: "openInvitation"
        Layout.fillWidth: true
        text: qsTr("I have an invitation")
        Accessible.name: text
        onClicked: page.openInvitation()
    }

    Repeater {
        model: App.surveys
        delegate: Frame {
            id: card
            required property string surveyId
            required property string title
            required property string intro
            required property bool hasDraft
            required property int queued
            required property string lastSentMonth
            required property int minutes
            required property bool askFirst
            objectName: "surveyCard_" + surveyId
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: card.title
                    font.pixelSize: Theme.largeSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "surveyMinutes_" + card.surveyId
                    Layout.fillWidth: true
                    text: qsTr("About %n minute(s)", "", card.minutes)
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: card.intro
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    color: Theme.muted
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.lastSentMonth !== "" || card.queued > 0
                    text: card.queued > 0 ? qsTr("Finished, waiting to be sent")
                                          : qsTr("Sent in %1").arg(card.lastSentMonth)
                    font.pixelSize: Theme.smallSize
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                WrapButton {
                    objectName: "openSurvey_" + card.surveyId
                    // Sent or waiting this period: the button says it starts again.
                    text: card.hasDraft ? qsTr("Continue") : card.askFirst ? qsTr("Fill in again") : qsTr("Start")
                    Accessible.name: text
                    highlighted: true
                    onClicked: {
                        if (!card.askFirst) {
                            page.openSurvey(card.surveyId);
                            return;
                        }
                        againDialog.surveyId = card.surveyId;
                        againDialog.surveyTitle = card.title;
                        againDialog.waiting = card.queued > 0;
                        againDialog.month = card.lastSentMonth;
                        againDialog.open();
                    }
                }
            }
        }
    }

    // She already answered this survey: starting again is her choice, made knowingly.
    ZsDialog {
        id: againDialog
        objectName: "againDialog"
        property string surveyId: ""
        property string surveyTitle: ""
        property string month: ""
        property bool waiting: false
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 480)
        modal: true
        title: againDialog.surveyTitle
        contentItem: Label {
            objectName: "againText"
            text: (againDialog.waiting
                   ? qsTr("You already filled in this survey. Your answers are waiting on this device to be sent.")
                   : qsTr("You already sent this survey in %1.").arg(againDialog.month))
                  + " " + qsTr("If you fill it in again, the new answers count as well: the earlier ones are not replaced.")
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            WrapButton {
                objectName: "againCancel"
                text: qsTr("Not now")
                flat: true
                onClicked: againDialog.reject()
            }
            WrapButton {
                objectName: "againStart"
                text: qsTr("Fill in again")
                flat: true
                onClicked: againDialog.accept()
            }
        }
        onAccepted: page.openSurvey(againDialog.surveyId)
    }
}
