pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import ZorgstemUi

// A combo box over a reference list (id/label roles) whose text wraps, in the box and in its
// list: long names ("Verpleeg-, verzorgingshuizen en thuiszorg") are read in full on a phone
// at any text size. The box grows with its text.
ComboBox {
    id: box

    textRole: "label"
    valueRole: "id"
    // Not the width of the whole text on one line: the layout gives the width, the text wraps.
    implicitWidth: 200

    contentItem: Label {
        leftPadding: box.mirrored ? 0 : 12
        rightPadding: box.mirrored ? 12 : 0
        topPadding: 8
        bottomPadding: 8
        text: box.displayText
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        color: box.currentIndex < 0 ? Theme.muted : Theme.text
    }
    delegate: ItemDelegate {
        id: row
        required property int index
        required property var model
        width: ListView.view ? ListView.view.width : box.width
        highlighted: box.highlightedIndex === index
        contentItem: Label {
            text: row.model.label
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Accessible.name: row.model.label
    }
}
