pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The round builder's round as a whole: the panel that gets it (and its member count), the title
// and introduction in both languages, the id and version.
Frame {
    id: details

    required property RoundBuilder builder
    property bool tokenGiven: false
    readonly property string panelName: panelBox.currentText

    // Refusals about what only an imported file holds (region, dates), or about the whole.
    function otherErrors() {
        const found = [];
        for (const field of ["region", "kind", "opens", "closes", "document"]) {
            const error = details.builder.errors[field];
            if (error)
                found.push(error);
        }
        return found.join(" ");
    }

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("The round")

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            text: qsTr("The round")
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Label { text: qsTr("Panel"); font.bold: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            ComboBox {
                id: panelBox
                objectName: "roundPanel"
                Layout.fillWidth: true
                Layout.maximumWidth: 480
                model: Region.panels
                textRole: "name"
                valueRole: "panelId"
                // The list can arrive after the page: count makes this follow it.
                currentIndex: Region.panels.count > 0 ? Region.panels.indexOf(details.builder.panel) : -1
                displayText: currentIndex < 0 ? qsTr("Choose a panel…") : currentText
                Accessible.name: qsTr("Panel that gets the round")
                onActivated: details.builder.panel = currentValue
            }
            Label {
                objectName: "memberCount"
                Layout.fillWidth: true
                text: details.builder.panel === "" ? ""
                      : details.builder.memberCount >= 0 ? qsTr("%n member(s) will get this round.", "", details.builder.memberCount)
                      : details.tokenGiven ? qsTr("Counting the members…")
                      : qsTr("Sign in with your coordinator token to see how many members the panel has.")
                wrapMode: Text.Wrap
                color: Theme.muted
            }
        }
        FieldError { objectName: "panelError"; text: details.builder.errors["panel"] || "" }

        BilingualField {
            name: "roundTitle"
            label: qsTr("Title")
            wrap: true
            nl: details.builder.titleNl
            en: details.builder.titleEn
            error: details.builder.errors["title"] || ""
            onNlEdited: text => details.builder.setRoundField("titleNl", text)
            onEnEdited: text => details.builder.setRoundField("titleEn", text)
        }
        BilingualField {
            name: "roundIntro"
            label: qsTr("Introduction (members read it before they start)")
            multiline: true
            nl: details.builder.introNl
            en: details.builder.introEn
            error: details.builder.errors["intro"] || ""
            onNlEdited: text => details.builder.setRoundField("introNl", text)
            onEnEdited: text => details.builder.setRoundField("introEn", text)
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label { text: qsTr("Id") }
            TextField {
                objectName: "roundId"
                Layout.preferredWidth: 320
                text: details.builder.roundId
                selectByMouse: true
                Accessible.name: qsTr("Id of the round")
                Accessible.description: details.builder.errors["id"] || ""
                onEditingFinished: if (text !== details.builder.roundId) details.builder.setRoundField("id", text)
            }
            Label { text: qsTr("Version") }
            SpinBox {
                objectName: "roundVersion"
                from: 1
                to: 1000
                value: details.builder.version
                editable: true
                Accessible.name: qsTr("Version of the round")
                onValueModified: details.builder.setRoundField("version", value)
            }
            Label {
                Layout.fillWidth: true
                text: details.builder.roundIdAuto ? qsTr("The id is made from the Dutch title; reports name the round by it.")
                                                  : qsTr("Empty the id to make it from the title again.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
        }
        FieldError { objectName: "roundIdError"; text: details.builder.errors["id"] || "" }
        FieldError { objectName: "roundVersionError"; text: details.builder.errors["version"] || "" }
        FieldError {
            text: details.otherErrors()
        }
        Label {
            visible: details.builder.kept !== ""
            Layout.fillWidth: true
            text: qsTr("Also kept from the imported file: %1").arg(details.builder.kept)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
    }
}
