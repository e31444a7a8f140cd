import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A filter over one reference list: nothing picked means "all"; the cross clears the choice.
RowLayout {
    id: box

    property alias model: combo.model
    property alias comboName: combo.objectName
    property string allText
    // The filter's value now: the filters outlive the page (they are the app's), so a page
    // made again (a new window, after Settings) shows what still filters the list.
    property string value
    signal picked(string value)

    spacing: 0

    WrapComboBox {
        id: combo
        Layout.fillWidth: true
        currentIndex: -1
        displayText: currentIndex < 0 ? box.allText : currentText
        Accessible.name: box.allText
        onActivated: box.picked(currentValue)
        Component.onCompleted: currentIndex = box.value === "" ? -1 : indexOfValue(box.value)
    }
    ToolButton {
        objectName: combo.objectName + "Clear"
        visible: combo.currentIndex >= 0
        text: "✕"
        Accessible.name: qsTr("Show all")
        Accessible.role: Accessible.Button
        onClicked: {
            combo.currentIndex = -1;
            box.picked("");
        }
    }
}
