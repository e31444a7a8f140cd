import QtQuick
import QtTest

// Shared helpers of the UI tests: find items in the app window, tap them like a finger
// (scrolling their page first), and save screenshots.
TestCase {
    id: base

    property var win: null

    // The rows of a list model (RowModel or a filter over one) as plain objects.
    function rows(model) {
        const list = [];
        for (let i = 0; i < model.count; ++i)
            list.push(model.get(i));
        return list;
    }

    function child(name) {
        const item = findChild(win.contentItem, name);
        verify(item, "no item named " + name);
        return item;
    }

    // True when an item with this name exists and is shown.
    function has(name) {
        const item = findChild(win.contentItem, name);
        return item !== null && item.visible;
    }

    // Waits for page transitions to end. (waitForRendering would wait out its whole timeout
    // when nothing changes on screen; grabWindow renders a fresh frame anyway.)
    function settle() {
        tryCompare(child("stack"), "busy", false);
        wait(20);
    }

    // Scrolls the enclosing page so the item is on screen, then clicks it.
    function tap(item) {
        settle();
        let flick = item.parent;
        while (flick && !(flick.contentY !== undefined && flick.flicking !== undefined))
            flick = flick.parent;
        if (flick) {
            const y = item.mapToItem(flick.contentItem, 0, 0).y;
            if (y < flick.contentY || y + item.height > flick.contentY + flick.height) {
                flick.contentY = Math.max(0, Math.min(y - 80, flick.contentHeight - flick.height));
                waitForRendering(win.contentItem);
            }
        }
        mouseClick(item);
    }

    // Types into a field, replacing its text. Key events go to the focused window, so make the
    // app window that first.
    function type(item, text) {
        win.requestActivate();
        tryCompare(win, "active", true);
        tap(item);
        if (item.selectAll)
            item.selectAll(); // typing replaces what was there, as a person would
        for (const c of text)
            keyClick(c);
    }

    // No visible text, field or button under item may stick out past the window's right edge.
    function checkFits(item) {
        if (!item || !item.visible)
            return;
        if (typeof item.text === "string" && item.width > 0) {
            const shown = item.contentWidth !== undefined ? Math.min(item.width, item.contentWidth) : item.width;
            const right = item.mapToItem(win.contentItem, 0, 0).x + shown;
            verify(right <= win.width + 1, "'" + item.text + "' runs past the edge (" + right + " > " + win.width + ")");
        }
        for (let i = 0; i < item.children.length; ++i)
            checkFits(item.children[i]);
    }

    function shoot(name) {
        settle();
        // The tab bar's underline slides to a new tab: a picture waits until it is there.
        const tabs = findChild(win.contentItem.parent, "tabBar");
        if (tabs && tabs.visible && tabs.currentItem && tabs.contentItem && tabs.contentItem.highlightItem)
            tryVerify(() => Math.abs(tabs.contentItem.highlightItem.x - tabs.currentItem.x) < 1, 2000,
                      "the tab bar's underline under the current tab");
        verify(screenshots.save(win, name) !== "", "screenshot " + name);
    }
}
