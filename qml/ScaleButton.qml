import QtQuick
import QtQuick.Controls
import ZorgstemUi

// One step of a likert or 0-10 scale: a square button whose selected state is plain to see
// (filled dark, white bold text, a tick) at more than 4.5:1 contrast in both states. The
// selection is the runner's answer: a tap asks for it and `selected` follows the answer, so a
// tap the runner refuses never shows as chosen.
AbstractButton {
    id: control

    property bool selected: false

    // Local colours until the theme has a selected-choice pair (white on #00587a: 7.6:1;
    // #1b1b1b on #ffffff: 17:1).
    readonly property color selectedFill: "#00587a"
    readonly property color selectedText: "#ffffff"
    readonly property color idleFill: "#ffffff"
    readonly property color idleText: "#1b1b1b"
    readonly property color idleBorder: "#5f6b73"

    // Grows with the system's text, up to what five buttons in a row on a 360-pixel phone allow
    // (the likert rows stay one row, their words under 1 and 5).
    readonly property int fontSize: Math.min(Math.round(17 * Theme.textScale), 24)
    implicitWidth: Math.max(52, implicitContentWidth + 12)
    implicitHeight: Math.max(48, implicitContentHeight + 12)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: selected

    contentItem: Text {
        text: control.selected ? "✓" + control.text : control.text
        color: control.selected ? control.selectedText : control.idleText
        font.pixelSize: control.fontSize
        font.bold: control.selected
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: 6
        color: control.selected ? control.selectedFill : control.idleFill
        border.width: control.selected ? 3 : (control.visualFocus ? 2 : 1)
        border.color: control.selected ? "#00384e" : control.idleBorder
        opacity: control.down ? 0.8 : 1
    }
}
