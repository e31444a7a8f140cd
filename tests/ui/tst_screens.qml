import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi

// Renders every page at phone (360×740) and desktop (1280×800) size, in Dutch and English,
// and saves the frames; asserts that nothing is cut off horizontally on the phone.
ZsTestCase {
    id: test
    name: "Screens"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    // No visible label may stick out past the window's right edge.
    function checkFits(item) {
        if (!item || !item.visible)
            return;
        if (item.text !== undefined && item.width > 0 && item.contentWidth !== undefined) {
            const right = item.mapToItem(win.contentItem, 0, 0).x + Math.min(item.width, item.contentWidth);
            verify(right <= win.width + 1, "'" + item.text + "' runs past the edge (" + right + " > " + win.width + ")");
        }
        for (let i = 0; i < item.children.length; ++i)
            checkFits(item.children[i]);
    }

    function test_pages_data() {
        const rows = [];
        for (const theme of ["light", "dark"]) {
            const suffix = theme === "dark" ? "-dark" : "";
            rows.push({ tag: "phone-nl" + suffix, w: 360, h: 740, lang: "nl", theme: theme },
                      { tag: "phone-en" + suffix, w: 360, h: 740, lang: "en", theme: theme },
                      { tag: "desktop-nl" + suffix, w: 1280, h: 800, lang: "nl", theme: theme },
                      { tag: "desktop-en" + suffix, w: 1280, h: 800, lang: "en", theme: theme });
        }
        return rows;
    }

    function cleanupTestCase() {
        Theme.mode = "system";
    }

    function test_pages(data) {
        App.deleteAllData();
        App.language = data.lang;
        Theme.mode = data.theme;
        compare(Theme.dark, data.theme === "dark");
        win = createTemporaryObject(mainComponent, test, { width: data.w, height: data.h });
        verify(win);
        shoot("onboarding-" + data.tag);
        tap(child("onboardingNext"));
        tryCompare(child("onboardingPage"), "step", 1);
        shoot("profile-" + data.tag);
        if (data.w < 400)
            checkFits(win.contentItem);

        compare(App.saveProfile({ region: "utrecht", branch: "vvt", occupation: "verzorgende_ig",
                                  ageBand: "25-34", tenureBand: "3-5" }), "");
        win.destroy();
        win = createTemporaryObject(mainComponent, test, { width: data.w, height: data.h });
        shoot("home-" + data.tag);
        if (data.w < 400)
            checkFits(win.contentItem);
        mouseClick(child("tabActions"));
        settle();
        wait(300); // the tab bar's underline slides to the new tab
        shoot("actions-" + data.tag);
        if (data.w < 400)
            checkFits(win.contentItem);
        mouseClick(child("tabPanels"));
        settle();
        wait(300); // the tab bar's underline slides to the new tab
        shoot("panels-" + data.tag);
        mouseClick(child("tabSurveys"));
        settle();
        wait(300); // the tab bar's underline slides to the new tab

        mouseClick(child("openSurvey_retention"));
        settle();
        const runner = child("surveyPage").runner;
        shoot("survey-intro-" + data.tag);
        runner.start();
        shoot("survey-multi-" + data.tag);
        // Four taps on an "at most 3" question: the fourth is refused where it was tapped.
        for (let i = 0; i < 4; ++i)
            tap(child("option_" + runner.options.get(i).optionId));
        compare(runner.answer.length, 3);
        shoot("survey-multi-refused-" + data.tag);
        verify(runner.next());
        compare(runner.question.type, "likert");
        for (const item of rows(runner.items))
            runner.setItem(item.itemId, 4);
        shoot("survey-likert-" + data.tag);
        if (data.w < 400)
            checkFits(win.contentItem);
        // Walk on to the eNPS scale to show it.
        let guard = 0;
        while (runner.question.type !== "scale" && guard++ < 10) {
            const q = runner.question;
            if (q.type === "single")
                runner.setAnswer(runner.options.get(0).optionId);
            else if (q.type === "number") {
                settle();
                shoot("survey-number-" + data.tag);
                if (data.w < 400)
                    checkFits(win.contentItem);
                runner.setAnswer(q.min);
            }
            verify(runner.next(), "question " + q.questionId);
        }
        runner.setAnswer(7);
        shoot("survey-scale-" + data.tag);
        verify(runner.next());
        runner.setAnswer("Meer zeggenschap over mijn rooster. Mail me op jan@example.nl");
        shoot("survey-text-" + data.tag);
        verify(runner.next());
        compare(runner.stage, "review");
        // A statement's answer reads with its meaning: "… : 4 (Mee eens)".
        const agreed = data.lang === "nl" ? ": 4 (Mee eens)" : ": 4 (Agree)";
        verify(rows(runner.review).some(r => r.answer.indexOf(agreed) >= 0),
               rows(runner.review).map(r => r.answer).join(" | "));
        shoot("survey-review-" + data.tag);
        verify(runner.submit());
        shoot("survey-done-" + data.tag);
        mouseClick(child("doneButton"));
        settle();
        shoot("home-pending-" + data.tag);
        verify(child("syncMessage").text.indexOf("1") >= 0);
        verify(child("syncMessage").text.indexOf("(s)") < 0, "plural forms come from the catalogue");
        // Starting the survey again while its answers wait asks first.
        mouseClick(child("openSurvey_retention"));
        tryCompare(child("homePage").againDialog, "opened", true);
        shoot("home-again-" + data.tag);
        mouseClick(findChild(win.contentItem.parent, "againCancel"));
        tryCompare(child("homePage").againDialog, "visible", false);

        // Settings, through the tool bar button.
        const settingsButton = findChild(win.contentItem.parent, "settingsButton");
        verify(settingsButton);
        mouseClick(settingsButton);
        settle();
        shoot("settings-" + data.tag);
        if (data.w < 400)
            checkFits(win.contentItem);
        tap(child("advancedToggle"));
        const flick = child("settingsPage").flickable;
        flick.contentY = Math.max(0, flick.contentHeight - flick.height);
        shoot("settings-advanced-" + data.tag);
        tap(child("openPrivacy"));
        settle();
        shoot("privacy-" + data.tag);
        if (data.w < 400)
            checkFits(win.contentItem);
    }
}
