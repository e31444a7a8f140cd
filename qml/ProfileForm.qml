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

    function save() {
        errorText = App.saveProfile({
            region: regionBox.chosen,
            branch: branchBox.chosen,
            occupation: occupationBox.chosen,
            ageBand: ageBox.chosen,
            tenureBand: tenureBox.chosen
        });
        if (errorText === "")
            form.saved();
    }

    spacing: 4

    Label { text: qsTr("Region"); font.bold: true }
    ChoiceBox {
        id: regionBox
        objectName: "regionBox"
        Layout.fillWidth: true
        model: App.regions
        initial: App.profile.region
        Accessible.name: qsTr("Region")
    }
    Label { text: qsTr("Branch"); font.bold: true }
    ChoiceBox {
        id: branchBox
        objectName: "branchBox"
        Layout.fillWidth: true
        model: App.branches
        initial: App.profile.branch
        Accessible.name: qsTr("Branch")
    }
    Label { text: qsTr("Occupation group"); font.bold: true }
    ChoiceBox {
        id: occupationBox
        objectName: "occupationBox"
        Layout.fillWidth: true
        model: App.occupations
        initial: App.profile.occupation
        Accessible.name: qsTr("Occupation group")
    }
    Label { text: qsTr("Age"); font.bold: true }
    ChoiceBox {
        id: ageBox
        objectName: "ageBox"
        Layout.fillWidth: true
        model: App.ageBands
        initial: App.profile.ageBand
        Accessible.name: qsTr("Age")
    }
    Label { text: qsTr("Years working in care"); font.bold: true }
    ChoiceBox {
        id: tenureBox
        objectName: "tenureBox"
        Layout.fillWidth: true
        model: App.tenureBands
        initial: App.profile.tenureBand
        Accessible.name: qsTr("Years working in care")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Your employer is not part of your profile. Your answers count for an employer only through an invitation from that employer, and it sees only totals of at least 10 people, never your answers.")
        wrapMode: Text.Wrap
        font.pixelSize: 12
        opacity: 0.7
    }
    Label {
        objectName: "profileError"
        Layout.fillWidth: true
        visible: form.errorText !== ""
        text: form.errorText
        color: "#b00020"
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "saveProfileButton"
        Layout.fillWidth: true
        Layout.topMargin: 8
        text: qsTr("Save profile")
        highlighted: true
        onClicked: form.save()
    }
}
