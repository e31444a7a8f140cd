import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A Material button whose label wraps onto more lines instead of being cut off ("IK HEB EEN
// UITNOD…"), so it reads in full on a phone with the system's text at twice its size. It
// looks like Button otherwise (same colours, font and padding); it takes no icon.
Button {
    id: control

    // In a column, never wider than the column (a layout gives a button its one-line width
    // otherwise, however wide): the label wraps instead. (Not in a row: a row's width comes from
    // its buttons.)
    Layout.maximumWidth: parent instanceof ColumnLayout ? parent.width : Number.POSITIVE_INFINITY
    // Whole pixels: a layout rounds a width down (110.4 becomes 110), and the label, a fraction
    // of a pixel short of its one-line width, then wrapped ("✓ USEFUL / (1)") with room to spare.
    implicitWidth: Math.ceil(Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                      implicitContentWidth + leftPadding + rightPadding))

    contentItem: Text {
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !control.enabled ? control.Material.hintTextColor
             : control.flat && control.highlighted ? control.Material.accentColor
             : control.highlighted ? control.Material.primaryHighlightedTextColor
             : control.Material.foreground
    }
}
