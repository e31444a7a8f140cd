import QtQuick
import QtQuick.Controls
import QtTest
import Zorgstem
import ZorgstemUi

// The keyboard on a desktop (issue 11): Enter and Return press the focused button as Space
// does, Tab walks the page in reading order (top to bottom), and the focused control carries
// a visible ring.
ZsTestCase {
    id: test
    name: "ComfortKeyboard"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    readonly property var profile: ({ region: "utrecht", branch: "vvt", occupation: "verzorgende_ig",
                                      ageBand: "25-34", tenureBand: "3-5" })

    function init() {
        App.deleteAllData();
        App.language = "nl";
    }

    function open() {
        win = createTemporaryObject(mainComponent, test, { width: 1280, height: 800 });
        verify(win);
        tryCompare(win, "visible", true);
        settle();
        win.requestActivate();
        tryCompare(win, "active", true);
    }
    // Tabs until the named control has the focus; returns the controls passed on the way.
    function tabTo(name) {
        const target = child(name);
        const passed = [];
        let guard = 0;
        while (win.activeFocusItem !== target && guard++ < 40) {
            keyClick(Qt.Key_Tab);
            if (win.activeFocusItem)
                passed.push(win.activeFocusItem);
        }
        compare(win.activeFocusItem, target, "Tab reaches " + name);
        return passed;
    }
    // Tab follows the reading order: each control is below (or beside, to the right of) the last.
    function inReadingOrder(items, where) {
        let last = null;
        for (const item of items) {
            const p = item.mapToItem(win.contentItem, 0, 0);
            if (last)
                verify(p.y > last.y + 8 || (Math.abs(p.y - last.y) <= 8 && p.x > last.x),
                       where + ": " + item.objectName + " at " + p.x + "," + p.y + " comes after one at "
                       + last.x + "," + last.y);
            last = p;
        }
    }
    function checkRing(page) {
        const ring = findChild(page, "focusRing");
        verify(ring);
        verify(ring.visible, "a focused control shows a ring");
        const item = win.activeFocusItem;
        const p = item.mapToItem(ring.parent, 0, 0);
        verify(ring.x <= p.x && ring.y <= p.y && ring.x + ring.width >= p.x + item.width
               && ring.y + ring.height >= p.y + item.height, "the ring is around " + item.objectName);
    }

    function test_returnAndEnterPressTheFocusedButton_data() {
        return [ { tag: "Return", key: Qt.Key_Return }, { tag: "Enter", key: Qt.Key_Enter } ];
    }
    function test_returnAndEnterPressTheFocusedButton(data) {
        open();
        const passed = tabTo("onboardingNext");
        inReadingOrder(passed, "welcome");
        checkRing(child("onboardingPage"));
        keyClick(data.key);
        compare(child("onboardingPage").step, 1, "the key pressed Next");
        // The profile form by keyboard: Tab through the boxes in order, Return on Save.
        const order = ["regionBox", "branchBox", "occupationBox", "ageBox", "tenureBox"];
        tabTo(order[0]);
        for (let i = 0; i < order.length; ++i) {
            compare(win.activeFocusItem, child(order[i]), "Tab step " + i);
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Tab);
        }
        compare(win.activeFocusItem, child("saveProfileButton"));
        checkRing(child("onboardingPage"));
        keyClick(data.key);
        tryVerify(() => App.profileComplete, 5000, data.tag + " on Save profile saves it");
        tryVerify(() => has("homeTabs"));
    }

    function test_aSurveyByKeyboard() {
        compare(App.saveProfile(profile), "");
        open();
        tabTo("openSurvey_retention");
        keyClick(Qt.Key_Return);
        tryVerify(() => has("surveyPage"));
        settle();
        tabTo("startButton");
        keyClick(Qt.Key_Return);
        const runner = child("surveyPage").runner;
        tryCompare(runner, "stage", "question");
        // Through the questions: Tab to the first choice, Space picks it, Return on Next.
        let guard = 0;
        while (runner.stage === "question" && guard++ < 30) {
            const before = runner.position;
            const passed = [];
            let steps = 0;
            // Focus stays on Next after Return: the walk starts from there, through the question.
            do {
                keyClick(Qt.Key_Tab);
                const item = win.activeFocusItem;
                passed.push(item);
                const name = item ? item.objectName : "";
                const empty = runner.answer === undefined || runner.answer === null || runner.answer === "";
                if (empty && (name.indexOf("option_") === 0 || name.indexOf("scale_") === 0 || name === "numberPlus"))
                    keyClick(Qt.Key_Space); // the first choice
                if (/^likert_.*_3$/.test(name))
                    keyClick(Qt.Key_Space); // the middle of each statement's scale
            } while (win.activeFocusItem !== child("nextButton") && steps++ < 60);
            inReadingOrder(passed.filter(i => i !== child("nextButton") && i.objectName !== "previousButton"),
                           "question " + before);
            compare(win.activeFocusItem, child("nextButton"));
            keyClick(Qt.Key_Return);
            verify(runner.stage !== "question" || runner.position > before, "question " + before + ": " + runner.errorText);
        }
        compare(runner.stage, "review");
        tabTo("submitButton");
        keyClick(Qt.Key_Return);
        tryCompare(runner, "stage", "done");
    }

    // Return works outside a page too: on a tab of the tab bar, and on a dialog's buttons.
    function test_returnInTheTabBarAndInDialogs() {
        compare(App.saveProfile(profile), "");
        open();
        tabTo("tabActions");
        keyClick(Qt.Key_Return);
        compare(child("tabBar").currentIndex, 1, "Return on a tab opens it");
        tryVerify(() => has("actionsPage"));
        tabTo("tabSurveys");
        keyClick(Qt.Key_Enter);
        compare(child("tabBar").currentIndex, 0, "Enter on a tab opens it");

        const settingsButton = findChild(win.contentItem.parent, "settingsButton");
        mouseClick(settingsButton);
        settle();
        tap(child("deleteAllButton"));
        const dialog = findChild(child("settingsPage"), "confirmDelete");
        tryCompare(dialog, "opened", true);
        const no = findChild(dialog.footer, "deleteCancel");
        no.forceActiveFocus(Qt.TabFocusReason);
        compare(win.activeFocusItem, no);
        keyClick(Qt.Key_Return);
        tryCompare(dialog, "visible", false);
        verify(App.profileComplete, "Return on Cancel keeps everything");
    }

    // Tab leaves the idea's text (it does not type a tab), Shift+Tab goes back to its title.
    function test_tabLeavesTheIdeasText() {
        compare(App.saveProfile(profile), "");
        open();
        tap(child("tabPanels"));
        settle();
        tap(child("sendIdeaButton"));
        tryVerify(() => has("ideaPage"));
        settle();
        const text = child("ideaDescription");
        text.forceActiveFocus(Qt.TabFocusReason);
        keyClick("a");
        keyClick(Qt.Key_Tab);
        verify(win.activeFocusItem !== text, "Tab stays in the idea's text");
        compare(text.text, "a", "Tab typed into the text");
        text.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
        compare(win.activeFocusItem, child("ideaTitle"), "Shift+Tab goes back to the title");
        compare(text.text, "a");
    }
}
