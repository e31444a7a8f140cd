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

    function value(box) {
        return box.currentIndex >= 0 ? box.currentValue : "";
    }
    function save() {
        errorText = App.saveProfile({
            region: value(regionBox),
            branch: value(branchBox),
            occupation: value(occupationBox),
            ageBand: value(ageBox),
            tenureBand: value(tenureBox),
            employer: employerBox.currentIndex >= 0 ? employerBox.currentValue : ""
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
        valueRole: "id"
        Component.onCompleted: {
            currentIndex = indexOfValue(App.profile.region);
            if (currentIndex >= 0)
                App.loadEmployers(currentValue);
        }
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: qsTr("Region")
        onActivated: App.loadEmployers(currentValue)
    }
    Label { text: qsTr("Branch"); font.bold: true }
    ComboBox {
        id: branchBox
        objectName: "branchBox"
        Layout.fillWidth: true
        model: App.branches
        textRole: "label"
        valueRole: "id"
        Component.onCompleted: currentIndex = indexOfValue(App.profile.branch)
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
        valueRole: "id"
        Component.onCompleted: currentIndex = indexOfValue(App.profile.occupation)
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
        valueRole: "id"
        Component.onCompleted: currentIndex = indexOfValue(App.profile.ageBand)
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
        valueRole: "id"
        Component.onCompleted: currentIndex = indexOfValue(App.profile.tenureBand)
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
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
