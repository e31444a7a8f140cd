import QtQuick
import QtQuick.Controls
import ZorgstemUi

// A dialog whose dimmed background suits the theme. Material dims the page behind a dialog
// with a light grey wash in its dark theme, which makes a dark page look faded and lit; here
// the page behind darkens in both themes.
Dialog {
    Overlay.modal: Rectangle {
        color: Theme.dark ? "#b3000000" : "#99303030"
    }
}
