import QtQuick
import QtQuick.Dialogs
import ZorgstemUi

// A dialog that saves a file. It says "Save": Qt 6.4's own dialog (used where the platform
// has none) says "Open" in this mode too. It starts in the Documents folder and offers a file
// name where the platform's dialog takes one (Qt 6.4's own leaves the name empty).
FileDialog {
    id: dialog

    // The name offered, with its extension; the folder is hers to choose.
    property string suggestedName: ""

    fileMode: FileDialog.SaveFile
    acceptLabel: qsTr("Save")
    currentFolder: App.documentsFolder
    onVisibleChanged: {
        if (visible && suggestedName !== "")
            selectedFile = currentFolder + "/" + suggestedName;
    }
}
