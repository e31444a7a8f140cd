import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A filter over one reference list: nothing picked means "all"; the cross clears the choice.
RowLayout {
    id: box

    property alias model: combo.model
    property alias comboName: combo.objectName
    property string allText
    signal picked(string value)

    spacing: 0

    WrapComboBox {
        id: combo
        Layout.fillWidth: true
        currentIndex: -1
        displayText: currentIndex < 0 ? box.allText : currentText
        Accessible.name: box.allText
        onActivated: box.picked(currentValue)
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
