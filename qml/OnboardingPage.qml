import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// First run: what Zorgstem collects and never shares, then the coarse profile.
PageColumn {
    id: page

    property int step: 0
    signal done
    signal openSignIn
    signal openPrivacy

    title: step === 0 ? qsTr("Welcome") : qsTr("Your profile")
    objectName: "onboardingPage"

    Label {
        Layout.fillWidth: true
        visible: page.step === 0
        text: qsTr("Your voice in the regional fight against staff shortages")
        font.pixelSize: Theme.displaySize
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: page.step === 0
        text: qsTr("With Zorgstem, people in care tell their employer and region why people leave and what makes them stay. Your answers are sent anonymously.")
        wrapMode: Text.Wrap
    }
    Frame {
        Layout.fillWidth: true
        visible: page.step === 0
        ColumnLayout {
            anchors.fill: parent
            spacing: 6
            Label { text: qsTr("What is collected"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("• Your answers to the surveys\n• Groups from your profile: region, branch, occupation group, age group, years in care\n• The month you answered\n• Only when you use an invitation from your employer: that employer, and a one-time code. Nobody can trace this code back to you.")
            }
            Label { text: qsTr("What is never shared"); font.bold: true; Layout.topMargin: 8; Layout.fillWidth: true; wrapMode: Text.Wrap }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("• Your name, e-mail, phone number or device\n• Your exact age or the exact time you answered\n• The e-mail addresses, phone numbers and names the app recognises in your own words: it removes them before sending, and you see the result first. It does not find every name, so please do not write names.\n• Any figure about a group of fewer than 10 people")
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: page.step === 0
        text: qsTr("The app also works without internet. Your answers are sent when there is a connection.")
        wrapMode: Text.Wrap
        color: Theme.muted
    }
    WrapButton {
        objectName: "onboardingPrivacy"
        Layout.fillWidth: true
        visible: page.step === 0
        flat: true
        text: qsTr("Read the privacy statement")
        Accessible.name: text
        onClicked: page.openPrivacy()
    }
    WrapButton {
        objectName: "onboardingNext"
        Layout.fillWidth: true
        visible: page.step === 0
        text: qsTr("Next: set up my profile")
        highlighted: true
        Accessible.name: text
        onClicked: page.step = 1
    }
    // HR managers and coordinators need no care worker's profile: they sign in with a token.
    WrapButton {
        objectName: "onboardingSignIn"
        Layout.fillWidth: true
        visible: page.step === 0
        flat: true
        text: qsTr("For organisations and coordinators: sign in")
        Accessible.name: text
        onClicked: page.openSignIn()
    }
    ProfileForm {
        objectName: "profileForm"
        Layout.fillWidth: true
        visible: page.step === 1
        onSaved: page.done()
    }
}
