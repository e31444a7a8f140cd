pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// Picks themes from a reference list (id/label roles): a check box per theme, by label, in a
// flow; Tab walks through them and Space ticks one.
ColumnLayout {
    id: picker

    property alias model: boxes.model
    property alias label: caption.text
    property string error: ""
    // The picked ids, in the order they were ticked.
    property var chosen: []

    Layout.fillWidth: true
    // The same base width for every field, so a form's columns share the width equally.
    Layout.preferredWidth: 200
    spacing: 2

    Label {
        id: caption
        Layout.fillWidth: true
        font.bold: true
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            id: boxes
            delegate: CheckBox {
                id: box
                required property int index
                readonly property var row: picker.model.get(index)
                readonly property string themeId: row["id"]
                objectName: "theme_" + themeId
                text: row["label"]
                checked: picker.chosen.indexOf(themeId) >= 0
                Accessible.name: picker.label + ": " + text
                onToggled: {
                    const rest = Array.from(picker.chosen).filter(t => t !== box.themeId);
                    picker.chosen = checked ? rest.concat([box.themeId]) : rest;
                    // A click breaks the binding; the list stays the one truth.
                    checked = Qt.binding(() => picker.chosen.indexOf(box.themeId) >= 0);
                }
            }
        }
    }
    Label {
        objectName: "themesError"
        Layout.fillWidth: true
        visible: picker.error !== ""
        text: picker.error
        color: Theme.error
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
    }
}
