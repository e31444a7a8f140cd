pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import ZorgstemUi
import ZorgstemDashboard

// The window: a stack of pages, onboarding first until the profile is complete.
ApplicationWindow {
    id: window

    width: 360
    height: 740
    visible: true
    title: qsTr("Zorgstem")
    // Light or dark as the system (or the person, in Settings) says; colours from the Theme,
    // whose text/background pairs are checked for contrast (its backgrounds are Material's own,
    // so Material.background stays unset: it would colour every button). Text sizes follow
    // the system font.
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent
    Material.foreground: Theme.text
    font.pixelSize: Theme.fontSize
    color: Theme.background

    header: ToolBar {
        objectName: "toolBar"
        Material.foreground: Theme.onPrimary

        Row {
            anchors.fill: parent
            ToolButton {
                objectName: "backButton"
                visible: stack.depth > 1
                text: "‹"
                font.pixelSize: Theme.displaySize
                Accessible.name: qsTr("Back")
                Accessible.role: Accessible.Button
                onClicked: stack.pop()
            }
            Label {
                width: parent.width - 2 * 48
                height: parent.height
                leftPadding: stack.depth > 1 ? 0 : 16
                verticalAlignment: Text.AlignVCenter
                text: (stack.currentItem as Page)?.title || qsTr("Zorgstem")
                font.pixelSize: Theme.largeSize
                font.bold: true
                elide: Text.ElideRight
                Accessible.role: Accessible.TitleBar
                Accessible.name: text
            }
        }
        ToolButton {
            objectName: "settingsButton"
            anchors.right: parent.right
            visible: App.profileComplete && !(stack.currentItem instanceof SettingsPage)
            text: "⚙"
            font.pixelSize: Theme.titleSize
            Accessible.name: qsTr("Settings")
            Accessible.role: Accessible.Button
            onClicked: stack.push(settingsPage)
        }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: App.profileComplete ? homePage : onboardingPage
    }

    Component {
        id: onboardingPage
        OnboardingPage {
            onDone: {
                stack.replace(null, homePage);
                window.showPendingInvitation();
            }
            onOpenSignIn: window.openDashboard()
            onOpenPrivacy: stack.push(privacyPage)
        }
    }
    Component {
        id: homePage
        HomeTabs {
            onOpenSurvey: surveyId => stack.push(surveyPage, { surveyId: surveyId })
            onOpenAction: actionId => stack.push(actionPage, { actionId: actionId })
            onOpenJoin: panelId => stack.push(joinPage, { panelId: panelId })
            onOpenMembership: panelId => stack.push(membershipPage, { panelId: panelId })
            onOpenIdea: stack.push(ideaPage)
            onOpenInvitation: stack.push(invitationPage)
        }
    }
    Component {
        id: invitationPage
        InvitationPage {
            onOpenSurvey: surveyId => stack.replace(surveyPage, { surveyId: surveyId })
        }
    }

    // An invitation link (command line, a second start, the desktop's handler): once there is a
    // profile, the invitation page opens with it.
    function showPendingInvitation() {
        if (!App.profileComplete || App.pendingInvitation === "")
            return;
        stack.push(invitationPage, { initialLink: App.takePendingInvitation() });
    }
    Connections {
        target: App
        function onInvitationRequested() { window.showPendingInvitation(); }
    }
    Component.onCompleted: {
        showPendingInvitation();
        if (Session.hasLink)
            openDashboard();
    }

    // The dashboards (an employer's Organisation pages, a coordinator's mode): the sign-in page
    // first, unless the session is signed in already. A zorgstem://signin link opens it too.
    function openDashboard() {
        if (stack.currentItem instanceof SignInPage || stack.currentItem instanceof OrganisationPage
                || stack.currentItem instanceof CoordinatorPage)
            return;
        if (Session.signedIn && !Session.hasLink)
            stack.push(Session.role === "employer" ? organisationPage : coordinatorPage);
        else
            stack.push(signInPage);
    }
    Connections {
        target: Session
        function onLinkReceived() { window.openDashboard(); }
        function onExpired() {
            if (stack.currentItem instanceof OrganisationPage
                    || stack.currentItem instanceof CoordinatorPage)
                stack.replace(signInPage);
        }
    }
    Component {
        id: signInPage
        SignInPage {
            onSignedIn: stack.replace(Session.role === "employer" ? organisationPage : coordinatorPage)
        }
    }
    Component {
        id: organisationPage
        OrganisationPage {
            onSignedOut: stack.pop()
        }
    }
    Component {
        id: actionPage
        ActionDetailPage {}
    }
    Component {
        id: joinPage
        JoinPanelPage {
            onJoined: stack.pop()
        }
    }
    Component {
        id: membershipPage
        MembershipPage {
            onLeftPanel: stack.pop()
        }
    }
    Component {
        id: ideaPage
        IdeaPage {
            onSent: stack.pop()
        }
    }
    Component {
        id: surveyPage
        SurveyPage {
            onFinished: stack.pop()
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            onDataDeleted: stack.replace(null, onboardingPage)
            onOpenCoordinator: window.openDashboard()
            onOpenSignIn: window.openDashboard()
            onOpenPrivacy: stack.push(privacyPage)
        }
    }
    Component {
        id: privacyPage
        PrivacyPage {}
    }
    Component {
        id: coordinatorPage
        CoordinatorPage {
            onSignedOut: stack.pop()
        }
    }
}
