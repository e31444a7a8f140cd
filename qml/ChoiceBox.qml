import QtQuick

// A choice from a reference list (id/label roles), empty until the person picks one; its text
// wraps (WrapComboBox), so a long branch name fits a phone.
WrapComboBox {
    id: box

    // The picked id, or "" when nothing is picked yet.
    readonly property string chosen: currentIndex >= 0 ? currentValue : ""
    // Picks this id once the list has it (the saved value).
    property string initial: ""

    currentIndex: -1
    displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
    Component.onCompleted: currentIndex = indexOfValue(initial)
}
