pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// One regional action: what it is, the commitment (4W), its target and progress, reactions.
PageColumn {
    id: page

    property string actionId
    property var action: Region.action(actionId)
    property string reactionError: ""

    objectName: "actionDetailPage"
    title: qsTr("Action")

    Connections {
        target: Region
        function onActionsUpdated() { page.action = Region.action(page.actionId); }
        function onReactionFinished(ok, message) { page.reactionError = ok ? "" : message; }
    }

    component Section: ColumnLayout {
        property alias heading: headingLabel.text
        property alias body: bodyLabel.text
        Layout.fillWidth: true
        visible: bodyLabel.text !== ""
        spacing: 2
        Label { id: headingLabel; font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
        Label { id: bodyLabel; Layout.fillWidth: true; wrapMode: Text.Wrap }
    }

    Label {
        objectName: "actionTitle"
        Layout.fillWidth: true
        text: page.action.title || ""
        font.pixelSize: Theme.displaySize
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "actionMeta"
        Layout.fillWidth: true
        text: (page.action.lineLabel || "") + " · " + (page.action.statusLabel || "")
              + (page.action.updated ? " · " + qsTr("updated %1").arg(App.dayText(page.action.updated)) : "")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: (page.action.themes || []).length > 0
        text: qsTr("Themes: %1").arg((page.action.themes || []).join(", "))
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
    }
    Label {
        Layout.fillWidth: true
        text: page.action.description || ""
        wrapMode: Text.Wrap
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        WrapButton {
            objectName: "reactUseful"
            // Side by side at their own width when there is room; narrower (wrapping) if not.
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            // Once given, it stays filled with a tick (a greyed, disabled button read as broken,
            // and in the dark theme it could hardly be read); a second tap sends nothing.
            readonly property bool given: page.action.usefulGiven === true
            text: (given ? "✓ " : "") + qsTr("Useful (%1)").arg(page.action.useful || 0)
            Accessible.name: text
            highlighted: given
            onClicked: if (!given) Region.react(page.actionId, "useful")
        }
        WrapButton {
            objectName: "reactHelp"
            // Side by side at their own width when there is room; narrower (wrapping) if not.
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            // Once given, it stays filled with a tick (a greyed, disabled button read as broken,
            // and in the dark theme it could hardly be read); a second tap sends nothing.
            readonly property bool given: page.action.helpGiven === true
            text: (given ? "✓ " : "") + qsTr("I want to help (%1)").arg(page.action.help || 0)
            Accessible.name: text
            highlighted: given
            onClicked: if (!given) Region.react(page.actionId, "help")
        }
    }
    Label {
        objectName: "reactionWaiting"
        Layout.fillWidth: true
        visible: page.action.usefulWaiting === true || page.action.helpWaiting === true
        text: qsTr("Waiting for a connection: your reaction is sent as soon as there is one.")
        font.pixelSize: Theme.smallSize
        font.italic: true
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: page.reactionError !== "" ? page.reactionError : qsTr("Reactions are counted, never named.")
        color: page.reactionError !== "" ? Theme.error : Theme.text
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
        opacity: page.reactionError !== "" ? 1 : 0.7
    }

    Label { text: qsTr("The regional commitment"); font.pixelSize: Theme.largeSize; font.bold: true; Layout.topMargin: 8; Layout.fillWidth: true; wrapMode: Text.Wrap }
    Section { heading: qsTr("What are the goals?"); body: page.action.what || "" }
    Section { heading: qsTr("Who takes part?"); body: page.action.who || "" }
    Section { heading: qsTr("Who does what?"); body: page.action.whoDoesWhat || "" }
    Section { heading: qsTr("With what means?"); body: page.action.withWhat || "" }

    Label { text: qsTr("Target and progress"); font.pixelSize: Theme.largeSize; font.bold: true; Layout.topMargin: 8; Layout.fillWidth: true; wrapMode: Text.Wrap }
    Label {
        objectName: "actionTarget"
        Layout.fillWidth: true
        text: qsTr("%1: from %2 to %3 %4 by %5").arg(page.action.metric || "").arg(page.action.baseline).arg(page.action.targetValue)
              .arg(page.action.unit || "").arg(App.dayText(page.action.targetDate || ""))
        wrapMode: Text.Wrap
    }
    ProgressChart {
        objectName: "progressChart"
        Layout.fillWidth: true
        Layout.preferredHeight: 170
        updates: page.action.progress || []
        startValue: page.action.baseline || 0
        goalValue: page.action.targetValue || 0
        Accessible.role: Accessible.Chart
        Accessible.name: qsTr("Progress chart")
    }
    Repeater {
        model: page.action.progress || []
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            text: App.dayText(modelData.date) + ": " + modelData.value + (modelData.note ? " — " + modelData.note : "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
        }
    }
    Label {
        Layout.fillWidth: true
        visible: (page.action.source || "") !== ""
        text: qsTr("Source: %1").arg("<a href=\"" + page.action.source + "\">" + page.action.source + "</a>")
        textFormat: Text.StyledText
        wrapMode: Text.WrapAnywhere
        onLinkActivated: link => Qt.openUrlExternally(link)
    }
    Label {
        Layout.fillWidth: true
        visible: page.action.example === true
        text: qsTr("This is an example action, based on public information about the region.")
        font.italic: true
        wrapMode: Text.Wrap
        color: Theme.muted
    }
}
