import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// A scrolling page whose content is one column, full width on a phone and at most 720 px
// (maxWidth) wide, centred, on a desktop window.
Page {
    id: page

    default property alias content: column.data
    property alias flickable: flick
    property int maxWidth: 720

    // A screen reader announces the page by its title.
    Accessible.name: title

    function holds(item: Item): bool {
        for (let p = item; p; p = p.parent) {
            if (p === page)
                return true;
        }
        return false;
    }

    // Where the keyboard is: a ring around the focused control of this page, drawn above it
    // (Material's own sign of focus is a faint shade).
    readonly property Item keyboardFocus: {
        const item = page.Window.activeFocusItem;
        return item && item.visualFocus === true && page.holds(item) ? item : null;
    }
    Rectangle {
        objectName: "focusRing"
        z: 100
        visible: page.keyboardFocus !== null
        color: "transparent"
        border.width: 2
        border.color: Theme.primaryText
        radius: 4
        // Depends on the scroll position and the control's geometry, so it follows both.
        readonly property rect box: {
            const item = page.keyboardFocus;
            if (!item || flick.contentY < -1e9 || item.width < 0 || item.x < -1e9 || item.y < -1e9)
                return Qt.rect(0, 0, 0, 0);
            const p = item.mapToItem(flick.parent, 0, 0);
            return Qt.rect(p.x - 3, p.y - 3, item.width + 6, item.height + 6);
        }
        x: box.x
        y: box.y
        width: box.width
        height: box.height
    }

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
