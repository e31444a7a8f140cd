pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// A day picker: a button that shows the chosen day in words and opens a month calendar. In the
// calendar the arrow keys move a day or a week, Page Up and Page Down a month, Home and End to
// the month's first and last day; Enter or Space picks the day, Escape closes it.
ColumnLayout {
    id: picker

    property alias label: caption.text
    // The chosen day as YYYY-MM-DD, or "" when none is chosen.
    property string date: ""
    property string error: ""
    property alias buttonName: dayButton.objectName
    property var locale: Qt.locale()
    property alias popup: popup
    property alias grid: grid
    // The day the calendar's cursor is on (month 0–11).
    property int cursorYear: 2026
    property int cursorMonth: 0
    property int cursorDay: 1
    signal picked(string date)

    function iso(y, m, d) {
        return y + "-" + String(m + 1).padStart(2, "0") + "-" + String(d).padStart(2, "0");
    }
    function parts(text) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
        return m ? [Number(m[1]), Number(m[2]) - 1, Number(m[3])] : null;
    }
    // Noon, so no daylight-saving change moves the day.
    function words(y, m, d) {
        return new Date(y, m, d, 12).toLocaleDateString(picker.locale, "d MMMM yyyy");
    }
    function moveTo(y, m, d) {
        const t = new Date(y, m, d, 12);
        cursorYear = t.getFullYear();
        cursorMonth = t.getMonth();
        cursorDay = t.getDate();
    }
    function moveDays(n) { moveTo(cursorYear, cursorMonth, cursorDay + n); }
    function moveMonths(n) {
        const days = new Date(cursorYear, cursorMonth + n + 1, 0, 12).getDate();
        moveTo(cursorYear, cursorMonth + n, Math.min(cursorDay, days));
    }
    function choose(y, m, d) {
        date = iso(y, m, d);
        popup.close();
        picked(date);
    }
    function openCalendar() {
        const p = parts(date);
        const today = new Date();
        if (p)
            moveTo(p[0], p[1], p[2]);
        else
            moveTo(today.getFullYear(), today.getMonth(), today.getDate());
        popup.open();
    }

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
    Timer {
        id: refocus
        interval: 0
        onTriggered: dayButton.forceActiveFocus()
    }
    Button {
        id: dayButton
        readonly property var chosen: picker.parts(picker.date)
        text: chosen ? picker.words(chosen[0], chosen[1], chosen[2]) : qsTr("Pick a day…")
        Accessible.name: picker.label + ": " + text
        Accessible.description: picker.error
        onClicked: picker.openCalendar()

        Popup {
            id: popup
            y: dayButton.height
            margins: 8
            padding: 8
            focus: true
            closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
            onOpened: grid.forceActiveFocus()
            // After the popup's own focus handling, so the keyboard stays on the button.
            onClosed: refocus.start()

            ColumnLayout {
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    ToolButton {
                        objectName: dayButton.objectName + "Previous"
                        text: "‹"
                        font.pixelSize: Theme.titleSize
                        focusPolicy: Qt.TabFocus
                        Accessible.name: qsTr("Previous month")
                        onClicked: picker.moveMonths(-1)
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        font.bold: true
                        text: new Date(picker.cursorYear, picker.cursorMonth, 1, 12)
                              .toLocaleDateString(picker.locale, "MMMM yyyy")
                    }
                    ToolButton {
                        objectName: dayButton.objectName + "Next"
                        text: "›"
                        font.pixelSize: Theme.titleSize
                        focusPolicy: Qt.TabFocus
                        Accessible.name: qsTr("Next month")
                        onClicked: picker.moveMonths(1)
                    }
                }
                // Our own month grid (the controls' MonthGrid sets context properties its
                // delegates cannot take with required properties): six weeks from the week of
                // the 1st, the locale's first weekday first.
                Row {
                    Repeater {
                        model: 7
                        delegate: Label {
                            required property int index
                            width: 40
                            horizontalAlignment: Text.AlignHCenter
                            font.pixelSize: Theme.smallSize
                            color: Theme.muted
                            text: picker.locale.dayName((picker.locale.firstDayOfWeek + index) % 7, Locale.ShortFormat)
                        }
                    }
                }
                Grid {
                    id: grid
                    objectName: dayButton.objectName + "Grid"
                    columns: 7
                    focus: true
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Table
                    Accessible.name: picker.label + ": "
                                     + picker.words(picker.cursorYear, picker.cursorMonth, picker.cursorDay)

                    // The first cell: the locale's first weekday on or before the 1st.
                    readonly property var start: {
                        const first = new Date(picker.cursorYear, picker.cursorMonth, 1, 12);
                        const offset = (first.getDay() - picker.locale.firstDayOfWeek + 7) % 7;
                        return new Date(picker.cursorYear, picker.cursorMonth, 1 - offset, 12);
                    }

                    Repeater {
                        model: 42
                        delegate: Label {
                            id: cell
                            required property int index
                            readonly property var day: new Date(grid.start.getFullYear(), grid.start.getMonth(),
                                                                grid.start.getDate() + index, 12)
                            readonly property bool atCursor: day.getFullYear() === picker.cursorYear
                                                             && day.getMonth() === picker.cursorMonth
                                                             && day.getDate() === picker.cursorDay
                            readonly property bool isChosen: picker.date === picker.iso(day.getFullYear(), day.getMonth(), day.getDate())
                            width: 40
                            height: 34
                            text: day.getDate()
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            opacity: day.getMonth() === picker.cursorMonth ? 1 : 0.4
                            color: atCursor ? Theme.onPrimary : (isChosen ? Theme.primaryText : Theme.text)
                            font.bold: isChosen
                            background: Rectangle {
                                radius: 4
                                color: cell.atCursor ? (grid.activeFocus ? Theme.primary : Theme.bar) : "transparent"
                                border.width: cell.isChosen && !cell.atCursor ? 1 : 0
                                border.color: Theme.primary
                            }
                            TapHandler {
                                onTapped: picker.choose(cell.day.getFullYear(), cell.day.getMonth(), cell.day.getDate())
                            }
                        }
                    }

                    Keys.onPressed: event => {
                        switch (event.key) {
                        case Qt.Key_Left: picker.moveDays(-1); break;
                        case Qt.Key_Right: picker.moveDays(1); break;
                        case Qt.Key_Up: picker.moveDays(-7); break;
                        case Qt.Key_Down: picker.moveDays(7); break;
                        case Qt.Key_PageUp: picker.moveMonths(-1); break;
                        case Qt.Key_PageDown: picker.moveMonths(1); break;
                        case Qt.Key_Home: picker.moveTo(picker.cursorYear, picker.cursorMonth, 1); break;
                        case Qt.Key_End: picker.moveTo(picker.cursorYear, picker.cursorMonth + 1, 0); break;
                        case Qt.Key_Return:
                        case Qt.Key_Enter:
                        case Qt.Key_Space:
                            picker.choose(picker.cursorYear, picker.cursorMonth, picker.cursorDay);
                            break;
                        default:
                            return;
                        }
                        event.accepted = true;
                    }
                }
            }
        }
    }
    Label {
        objectName: dayButton.objectName + "Error"
        Layout.fillWidth: true
        visible: picker.error !== ""
        text: picker.error
        color: Theme.error
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
    }
}
