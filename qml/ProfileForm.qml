import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The coarse profile: region, branch, occupation, age band, years in care. Only these bands ever
// leave the device; an employer comes only from that employer's invitation, never from here.
ColumnLayout {
    id: form

    property string errorText: ""
    signal saved
    // The person changed a choice (the page hides "Profile saved.").
    signal edited

    function current() {
        return {
            region: regionBox.chosen,
            branch: branchBox.chosen,
            occupation: occupationBox.chosen,
            ageBand: ageBox.chosen,
            tenureBand: tenureBox.chosen
        };
    }
    function save() {
        errorText = App.saveProfile(current());
        if (errorText === "")
            form.saved();
    }
    // A shown error follows the choices: it goes as soon as what it asked for is chosen.
    function changed() {
        if (errorText !== "")
            errorText = App.profileError(current());
        form.edited();
    }

    spacing: 4

    Label { text: qsTr("Region"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    ChoiceBox {
        id: regionBox
        objectName: "regionBox"
        Layout.fillWidth: true
        model: App.regions
        initial: App.profile.region
        Accessible.name: qsTr("Region")
        onActivated: form.changed()
    }
    Label { text: qsTr("Branch"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    ChoiceBox {
        id: branchBox
        objectName: "branchBox"
        Layout.fillWidth: true
        model: App.branches
        initial: App.profile.branch
        Accessible.name: qsTr("Branch")
        onActivated: form.changed()
    }
    Label { text: qsTr("Occupation group"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    ChoiceBox {
        id: occupationBox
        objectName: "occupationBox"
        Layout.fillWidth: true
        model: App.occupations
        initial: App.profile.occupation
        Accessible.name: qsTr("Occupation group")
        onActivated: form.changed()
    }
    Label { text: qsTr("Age"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    ChoiceBox {
        id: ageBox
        objectName: "ageBox"
        Layout.fillWidth: true
        model: App.ageBands
        initial: App.profile.ageBand
        Accessible.name: qsTr("Age")
        onActivated: form.changed()
    }
    Label { text: qsTr("Years working in care"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
    ChoiceBox {
        id: tenureBox
        objectName: "tenureBox"
        Layout.fillWidth: true
        model: App.tenureBands
        initial: App.profile.tenureBand
        Accessible.name: qsTr("Years working in care")
        onActivated: form.changed()
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Your employer is not part of your profile. Your answers count for an employer only through an invitation from that employer. Your employer sees only totals of at least 10 people, never your answers.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.muted
    }
    Label {
        objectName: "profileError"
        Layout.fillWidth: true
        visible: form.errorText !== ""
        text: form.errorText
        color: Theme.error
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    WrapButton {
        objectName: "saveProfileButton"
        Layout.fillWidth: true
        Layout.topMargin: 8
        text: qsTr("Save profile")
        highlighted: true
        Accessible.name: text
        onClicked: form.save()
    }
}
