import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The coarse profile: region, branch, occupation, age band, years in care, optional employer.
// Only these bands ever leave the device.
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
            tenureBand: tenureBox.chosen,
            employer: employerBox.currentIndex >= 0 ? employerBox.currentValue : ""
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
        Component.onCompleted: if (initial !== "") App.loadEmployers(initial)
        Accessible.name: qsTr("Region")
        onActivated: App.loadEmployers(currentValue)
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
    Label { text: qsTr("Employer (optional)"); font.bold: true }
    RowLayout {
        Layout.fillWidth: true
        spacing: 0
        ComboBox {
            id: employerBox
            // Until the person picks one, the saved employer is chosen as soon as the (cached or
            // fetched) list has it.
            property bool touched: false
            objectName: "employerBox"
            Layout.fillWidth: true
            model: App.employers
            textRole: "name"
            valueRole: "id"
            currentIndex: -1
            displayText: currentIndex < 0 ? qsTr("Not given") : currentText
            Accessible.name: qsTr("Employer")
            onCountChanged: if (!touched) currentIndex = indexOfValue(App.profile.employer)
            onActivated: touched = true
        }
        ToolButton {
            objectName: "employerClear"
            visible: employerBox.currentIndex >= 0
            text: "✕"
            Accessible.name: qsTr("No employer")
            onClicked: {
                employerBox.touched = true;
                employerBox.currentIndex = -1;
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: text !== ""
        text: App.employersStatus
        wrapMode: Text.Wrap
        font.pixelSize: 12
        opacity: 0.7
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Your employer sees only totals of at least 10 people, never your answers.")
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
