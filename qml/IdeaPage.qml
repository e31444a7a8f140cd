import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// Sending an idea for retention or different working to the region's coordinator.
PageColumn {
    id: page

    property string errorText: ""
    readonly property alias controller: ideas
    signal sent

    objectName: "ideaPage"
    title: qsTr("Send an idea")

    IdeaController {
        id: ideas
        objectName: "ideaController"
        region: Region
        onIdeaFinished: outcome => {
            page.errorText = outcome.message;
            if (outcome.ok)
                page.sent();
        }
    }

    Label { text: qsTr("Title"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    TextField {
        id: titleField
        objectName: "ideaTitle"
        Layout.fillWidth: true
        maximumLength: 120
        Accessible.name: qsTr("Title")
        onTextEdited: page.errorText = "" // an old message about an edited field only confuses
    }
    Label { text: qsTr("Your idea"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    // Above the field, not as its placeholder: Qt 6.4's placeholder does not wrap and is cut
    // off on a phone with larger text.
    Label {
        id: ideaHint
        Layout.fillWidth: true
        text: qsTr("What would you change, and why would it help?")
        wrapMode: Text.Wrap
        color: Theme.muted
    }
    TextArea {
        id: descriptionField
        objectName: "ideaDescription"
        Layout.fillWidth: true
        Layout.preferredHeight: 140
        wrapMode: TextEdit.Wrap
        Accessible.name: qsTr("Your idea")
        Accessible.description: ideaHint.text
        onTextChanged: page.errorText = ""
    }
    Label {
        Layout.fillWidth: true
        visible: descriptionField.text !== "" && Region.scrubbed(descriptionField.text) !== descriptionField.text
        text: qsTr("Sent as: %1").arg(Region.scrubbed(descriptionField.text))
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.primaryText
    }
    Label { text: qsTr("Theme"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    ComboBox {
        id: themeBox
        objectName: "ideaTheme"
        Layout.fillWidth: true
        model: App.retentionThemes
        textRole: "label"
        valueRole: "id"
        currentIndex: -1
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: qsTr("Theme")
    }
    WrapCheckBox { id: helpBox; objectName: "ideaWillHelp"; Layout.fillWidth: true; text: qsTr("I would like to help carry it out") }
    Label { text: qsTr("Your name (optional)"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    TextField { id: nameField; objectName: "ideaName"; Layout.fillWidth: true; maximumLength: 100; Accessible.name: qsTr("Your name") }
    Label {
        Layout.fillWidth: true
        text: qsTr("Only the coordinator sees your name. Others in the region see the idea without it.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.muted
    }
    Label {
        objectName: "ideaError"
        Layout.fillWidth: true
        visible: page.errorText !== ""
        text: page.errorText
        color: Theme.error
        wrapMode: Text.Wrap
    }
    WrapButton {
        objectName: "ideaSend"
        text: qsTr("Send idea")
        Accessible.name: text
        highlighted: true
        enabled: !ideas.busy
        onClicked: ideas.send({ title: titleField.text, description: descriptionField.text,
                                     theme: themeBox.currentIndex >= 0 ? themeBox.currentValue : "",
                                     willHelp: helpBox.checked, name: nameField.text })
    }
}
