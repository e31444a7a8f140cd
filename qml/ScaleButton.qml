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

    // The theme's pairs, checked for contrast in both themes by tst_comfort (onPrimary on
    // primary, text on surface): a white button on the dark page glared before.
    readonly property color selectedFill: Theme.primary
    readonly property color selectedText: Theme.onPrimary
    readonly property color idleFill: Theme.surface
    readonly property color idleText: Theme.text
    readonly property color idleBorder: Theme.border

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
        border.color: control.selected ? (Theme.dark ? Theme.primaryText : "#00384e") : control.idleBorder
        opacity: control.down ? 0.8 : 1
    }
}
