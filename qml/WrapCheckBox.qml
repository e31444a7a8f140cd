import QtQuick
import QtQuick.Controls

// A check box whose label wraps onto more lines instead of being cut off, so a long choice
// ("Ik heb dit gelezen en ga akkoord") reads in full on a phone at twice the text size. Give
// it a width (Layout.fillWidth): the label wraps within it.
CheckBox {
    id: box

    contentItem: Label {
        leftPadding: box.indicator.width + box.spacing
        text: box.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
