import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A scrolling page whose content is one column, full width on a phone and at most 720 px
// (maxWidth) wide, centred, on a desktop window.
Page {
    id: page

    default property alias content: column.data
    property alias flickable: flick
    property int maxWidth: 720

    // A screen reader announces the page by its title.
    Accessible.name: title

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 48
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(16, (flick.width - width) / 2)
            y: 16
            width: Math.min(flick.width - 32, page.maxWidth)
            spacing: 12
        }
    }
}
