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

    function indexOf(list, id) {
        for (let i = 0; i < list.length; ++i) {
            if (list[i].id === id)
                return i;
        }
        return -1;
    }
    function value(box) {
        return box.currentIndex >= 0 && box.model[box.currentIndex] ? box.model[box.currentIndex].id : "";
    }
    function save() {
        const employer = employerBox.currentIndex > 0 ? App.employers[employerBox.currentIndex - 1].id : "";
        errorText = App.saveProfile({
            region: value(regionBox),
            branch: value(branchBox),
            occupation: value(occupationBox),
            ageBand: value(ageBox),
            tenureBand: value(tenureBox),
            employer: employer
        });
        if (errorText === "")
            form.saved();
    }

    spacing: 4

    Label { text: qsTr("Region"); font.bold: true }
    ComboBox {
        id: regionBox
        objectName: "regionBox"
        Layout.fillWidth: true
        model: App.regions
        textRole: "label"
        currentIndex: form.indexOf(App.regions, App.profile.region)
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: qsTr("Region")
        onActivated: App.loadEmployers(form.value(regionBox))
        Component.onCompleted: if (currentIndex >= 0) App.loadEmployers(form.value(regionBox))
    }
    Label { text: qsTr("Branch"); font.bold: true }
    ComboBox {
        id: branchBox
        objectName: "branchBox"
        Layout.fillWidth: true
        model: App.branches
        textRole: "label"
        currentIndex: form.indexOf(App.branches, App.profile.branch)
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: qsTr("Branch")
    }
    Label { text: qsTr("Occupation group"); font.bold: true }
    ComboBox {
        id: occupationBox
        objectName: "occupationBox"
        Layout.fillWidth: true
        model: App.occupations
        textRole: "label"
        currentIndex: form.indexOf(App.occupations, App.profile.occupation)
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: qsTr("Occupation group")
    }
    Label { text: qsTr("Age"); font.bold: true }
    ComboBox {
        id: ageBox
        objectName: "ageBox"
        Layout.fillWidth: true
        model: App.ageBands
        textRole: "label"
        currentIndex: form.indexOf(App.ageBands, App.profile.ageBand)
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: qsTr("Age")
    }
    Label { text: qsTr("Years working in care"); font.bold: true }
    ComboBox {
        id: tenureBox
        objectName: "tenureBox"
        Layout.fillWidth: true
        model: App.tenureBands
        textRole: "label"
        currentIndex: form.indexOf(App.tenureBands, App.profile.tenureBand)
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: qsTr("Years working in care")
    }
    Label { text: qsTr("Employer (optional)"); font.bold: true }
    ComboBox {
        id: employerBox
        objectName: "employerBox"
        Layout.fillWidth: true
        model: [qsTr("Not given")].concat(App.employers.map(e => e.name))
        currentIndex: Math.max(0, form.indexOf(App.employers, App.profile.employer) + 1)
        Accessible.name: qsTr("Employer")
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
