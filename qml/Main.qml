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

    // Enter and Return press the focused button, in pages, the tab bar and dialogs; Tab leaves
    // a multi-line text.
    DesktopKeys {
        window: window
    }

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
                // A long title ("Lid worden van Jong RAAT Utrecht") takes two lines, and larger
                // system text makes the title larger only as far as it still fits the bar: it
                // shrinks back to fit rather than being cut off.
                wrapMode: Text.Wrap
                maximumLineCount: 2
                fontSizeMode: Text.Fit
                minimumPixelSize: 12
                elide: Text.ElideRight
                Accessible.role: Accessible.TitleBar
                Accessible.name: text
            }
        }
        ToolButton {
            objectName: "settingsButton"
            anchors.right: parent.right
            visible: App.profileComplete && stack.currentItem?.objectName !== "settingsPage"
            text: "⚙"
            font.pixelSize: Theme.titleSize
            Accessible.name: qsTr("Settings")
            Accessible.role: Accessible.Button
            onClicked: window.open("SettingsPage")
        }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
    }

    // Pages load by URL when they are opened, never declared here: a page's type and what it
    // imports (QtMultimedia for the QR scanner, Dialogs, charts, the dashboards) load only then,
    // so the first frame waits for the first page alone (docs/performance.md, app start).
    function pageUrl(name: string): url {
        return Qt.resolvedUrl(name + ".qml");
    }
    function open(name: string, properties: var): var {
        return wire(stack.push(pageUrl(name), properties ?? {}));
    }
    // In place of the current page (back goes to the one below it).
    function replaceWith(name: string, properties: var): var {
        return wire(stack.replace(pageUrl(name), properties ?? {}));
    }
    // The only page on the stack.
    function reset(name: string): var {
        return wire(stack.replace(null, pageUrl(name), {}));
    }
    function currentIs(names: list<string>): bool {
        return names.indexOf(stack.currentItem?.objectName ?? "") >= 0;
    }

    // Where each page's signals lead. A page is known by its objectName.
    function wire(item: var): var {
        switch (item?.objectName) {
        case "onboardingPage":
            item.done.connect(() => {
                window.reset("HomeTabs");
                window.showPendingInvitation();
            });
            item.openSignIn.connect(window.openDashboard);
            item.openPrivacy.connect(() => window.open("PrivacyPage"));
            break;
        case "homeTabs":
            item.openSurvey.connect(surveyId => window.open("SurveyPage", { surveyId: surveyId }));
            item.openAction.connect(actionId => window.open("ActionDetailPage", { actionId: actionId }));
            item.openJoin.connect(panelId => window.open("JoinPanelPage", { panelId: panelId }));
            item.openMembership.connect(panelId => window.open("MembershipPage", { panelId: panelId }));
            item.openIdea.connect(() => window.open("IdeaPage"));
            item.openInvitation.connect(() => window.open("InvitationPage"));
            break;
        case "invitationPage":
            item.openSurvey.connect(surveyId => window.replaceWith("SurveyPage", { surveyId: surveyId }));
            break;
        case "signInPage":
            item.signedIn.connect(() => window.replaceWith(window.dashboardPage()));
            break;
        case "organisationPage":
        case "coordinatorPage":
            item.signedOut.connect(() => stack.pop());
            break;
        case "joinPanelPage":
            item.joined.connect(() => stack.pop());
            break;
        case "membershipPage":
            item.leftPanel.connect(() => stack.pop());
            break;
        case "ideaPage":
            item.sent.connect(() => stack.pop());
            break;
        case "surveyPage":
            item.finished.connect(() => stack.pop());
            break;
        case "settingsPage":
            item.dataDeleted.connect(() => window.reset("OnboardingPage"));
            item.openCoordinator.connect(window.openDashboard);
            item.openSignIn.connect(window.openDashboard);
            item.openPrivacy.connect(() => window.open("PrivacyPage"));
            break;
        }
        return item;
    }

    // An invitation link (command line, a second start, the desktop's handler): once there is a
    // profile, the invitation page opens with it.
    function showPendingInvitation() {
        if (!App.profileComplete || App.pendingInvitation === "")
            return;
        open("InvitationPage", { initialLink: App.takePendingInvitation() });
    }
    Connections {
        target: App
        function onInvitationRequested() { window.showPendingInvitation(); }
    }
    Component.onCompleted: {
        open(App.profileComplete ? "HomeTabs" : "OnboardingPage");
        showPendingInvitation();
        if (Session.hasLink)
            openDashboard();
    }

    // The dashboards (an employer's Organisation pages, a coordinator's mode): the sign-in page
    // first, unless the session is signed in already. A zorgstem://signin link opens it too.
    function dashboardPage(): string {
        return Session.role === "employer" ? "OrganisationPage" : "CoordinatorPage";
    }
    function openDashboard() {
        if (currentIs(["signInPage", "organisationPage", "coordinatorPage"]))
            return;
        open(Session.signedIn && !Session.hasLink ? dashboardPage() : "SignInPage");
    }
    Connections {
        target: Session
        function onLinkReceived() { window.openDashboard(); }
        function onExpired() {
            if (window.currentIs(["organisationPage", "coordinatorPage"]))
                window.replaceWith("SignInPage");
        }
    }
}
