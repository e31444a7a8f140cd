import QtQuick
import QtQuick.Controls
import QtTest
import Zorgstem
import ZorgstemUi

// The round builder on the real QML and the real collector: a coordinator builds a round from
// nothing (every error at its field first), previews it in the real survey page (nothing is
// queued), publishes it with a confirmation; a member answers it in the app, more members answer
// through the collector, the operator cuts releases and the round's report holds one release.
// Then a definition file is imported through the file dialog, keyboard use and accessible names
// are checked, and screenshots are made at desktop and tablet sizes in both languages.
ZsTestCase {
    id: test
    name: "RegionRounds"
    when: windowShown

    readonly property string roundId: "starters-in-het-eerste-jaar"

    // Joins and leaves the panel as the app's member, without the join page.
    MembershipController {
        id: membershipDriver
        region: Region
        panelId: "jongraat-utrecht"
    }

    Component {
        id: mainComponent
        Main {}
    }

    function openApp(w, h) {
        win = createTemporaryObject(mainComponent, test, { width: w, height: h });
        verify(win);
        tryCompare(win, "visible", true);
        settle();
    }

    // Signed in with the coordinator token (the sign-in page), the coordinator page, then the
    // builder; returns the page's RoundBuilder.
    function openBuilder(w, h) {
        openApp(w, h);
        mouseClick(findChild(win.contentItem.parent, "settingsButton"));
        settle();
        tap(child("openCoordinator"));
        tryVerify(() => has("signInPage"));
        type(child("tokenField"), coordinatorToken);
        tap(child("signInButton"));
        tryVerify(() => has("coordinatorPage"), 10000);
        // The builder is reached from the panels tab.
        tap(child("tabCoordinatorPanels"));
        tap(child("openRoundBuilder"));
        tryVerify(() => has("roundBuilderPage"));
        settle();
        return child("roundBuilderPage").builder;
    }

    // The builder page's scrolling area.
    function flickOf(page) {
        return findChild(page, "builderFlick");
    }

    function choose(box, text) {
        const i = box.find(text);
        verify(i >= 0, "no choice " + text + " in " + box.objectName);
        box.currentIndex = i;
        box.activated(i);
    }

    function cleanup() {
        Session.signOut();
    }

    function initTestCase() {
        compare(App.saveProfile({ region: "utrecht", branch: "vvt", occupation: "vpk_mbo",
                                  ageBand: "u25", tenureBand: "1-2" }), "");
        Region.refresh();
        tryVerify(() => Region.panels.indexOf("jongraat-utrecht") >= 0, 10000);
    }

    function test_1_fromAnEmptyRoundToAPublishedOne() {
        const b = openBuilder(1280, 800);
        verify(b.empty);
        shoot("round-builder-empty-1280x800-" + App.language);

        // Publishing nothing marks every field it needs, and sends nothing.
        tap(child("publishButton"));
        tryVerify(() => child("builderMessage").visible);
        verify(!b.ok);
        verify(child("roundTitleError").visible);
        verify(child("roundIntroError").visible);
        verify(child("panelError").visible);
        verify(child("questionsError").visible);
        verify(!has("publishConfirmText"));
        shoot("round-builder-errors-1280x800-" + App.language);

        choose(child("roundPanel"), "Jong RAAT Utrecht");
        compare(b.panel, "jongraat-utrecht");
        tryCompare(b, "memberCount", 0, 10000); // from GET /v1/panels/{p}/stats
        verify(!child("panelError").visible);
        type(child("roundTitleNl"), "Starters in het eerste jaar");
        verify(child("roundTitleError").visible, "the English title is still missing");
        type(child("roundTitleEn"), "Starters in their first year");
        verify(!child("roundTitleError").visible);
        compare(b.roundId, roundId);
        type(child("roundIntroNl"), "Drie vragen over je eerste jaar.");
        type(child("roundIntroEn"), "Three questions on your first year.");

        // 1: one choice; 2: open text, shown only for "Nee"; 3: a scale.
        tap(child("add_single"));
        tryVerify(() => has("question0TextNl"));
        compare(win.activeFocusItem.objectName, "question0TextNl", "the new question's text has the cursor");
        type(child("question0TextNl"), "Had je een vast maatje?");
        type(child("question0TextEn"), "Did you have a buddy?");
        type(child("question0Option_0Nl"), "Ja");
        type(child("question0Option_0En"), "Yes");
        type(child("question0Option_1Nl"), "Nee");
        type(child("question0Option_1En"), "No");
        tap(child("add_text"));
        type(child("question1TextNl"), "Wat had je geholpen?");
        type(child("question1TextEn"), "What would have helped?");
        choose(child("question1ShowIf"), "1. Had je een vast maatje?");
        choose(child("question1ShowIfAnswer"), "Nee");
        tap(child("add_scale"));
        type(child("question2TextNl"), "Hoe welkom voelde je je?");
        type(child("question2TextEn"), "How welcome did you feel?");
        const row = b.questions.get(1);
        compare(row.showIfQuestion, b.questions.get(0).uid);
        compare(b.errorCount, 0);
        verify(!child("question1ShowIfError").visible);
        shoot("round-builder-1280x800-" + App.language);

        // The preview is the real survey page: the show-if works, and nothing is queued.
        const pendingBefore = App.pendingCount;
        tap(child("previewButton"));
        tryVerify(() => has("surveyPage"));
        settle();
        const runner = child("surveyPage").runner;
        verify(runner.preview);
        verify(child("previewBanner").visible);
        compare(runner.title, "Starters in het eerste jaar");
        shoot("round-preview-1280x800-" + App.language);
        tap(child("startButton"));
        tap(child("option_nee"));
        tap(child("nextButton"));
        compare(runner.question.questionId, "wat-had-je-geholpen");
        type(child("textAnswer"), "Een vaste collega");
        tap(child("nextButton"));
        tap(child("scale_4"));
        tap(child("nextButton"));
        compare(runner.stage, "review");
        tap(child("submitButton"));
        compare(runner.stage, "done");
        compare(App.pendingCount, pendingBefore);
        tap(child("doneButton"));
        tryVerify(() => has("roundBuilderPage"));

        // Publishing asks first, next to the button: the panel by name and its members.
        tap(child("publishButton"));
        tryVerify(() => has("publishConfirmText"));
        const confirm = child("publishConfirmText").text;
        verify(confirm.indexOf("Jong RAAT Utrecht") >= 0, confirm);
        verify(confirm.indexOf("Starters in het eerste jaar") >= 0, confirm);
        shoot("round-publish-confirm-1280x800-" + App.language);
        tap(child("cancelPublish"));
        verify(!has("publishConfirmText"));
        tap(child("publishButton"));
        tap(child("confirmPublish"));
        tryCompare(b, "publishedId", roundId, 10000);
        verify(b.ok, b.message);
        verify(!has("publishConfirmText"));
        // Publishing the same version again is refused at the version field.
        tap(child("publishButton"));
        tap(child("confirmPublish"));
        tryVerify(() => child("roundVersionError").visible, 10000);
        verify(!b.ok);
        shoot("round-builder-published-1280x800-" + App.language);
    }

    function test_2_aMemberAnswersAndTheRoundIsReleased() {
        let joined = false;
        const done = outcome => { joined = outcome.ok; };
        membershipDriver.joinFinished.connect(done);
        membershipDriver.join({ name: "Ronde Tester", email: "ronde@example.nl", consent: true });
        tryVerify(() => joined, 10000);
        membershipDriver.joinFinished.disconnect(done);
        try {
            // The member's app pulls the round and answers it like any survey, anonymously.
            Region.refresh();
            tryVerify(() => App.surveys.indexOf(roundId) >= 0, 10000);
            openApp(360, 740);
            tryVerify(() => has("openSurvey_" + roundId), 5000);
            tap(child("openSurvey_" + roundId));
            tryVerify(() => has("surveyPage"));
            settle();
            const runner = child("surveyPage").runner;
            verify(!runner.preview);
            tap(child("startButton"));
            tap(child("option_ja"));
            tap(child("nextButton"));
            compare(runner.question.questionId, "hoe-welkom-voelde-je-je"); // "Ja" skips question 2
            tap(child("scale_4"));
            tap(child("nextButton"));
            compare(runner.stage, "review");
            const sentBefore = App.sentCount;
            tap(child("submitButton"));
            compare(runner.stage, "done");
            App.syncNow();
            tryVerify(() => App.pendingCount === 0, 15000);
            tryVerify(() => App.sentCount === sentBefore + 1, 15000);
        } finally {
            let left = false;
            const leaveDone = outcome => { left = outcome.ok; };
            membershipDriver.leaveFinished.connect(leaveDone);
            membershipDriver.leave();
            tryVerify(() => left, 10000);
            membershipDriver.leaveFinished.disconnect(leaveDone);
        }

        // Ten more members answer with their round credentials; nothing is published yet.
        compare(panelRounds.answer("jongraat-utrecht", roundId, 1,
                                   { "had-je-een-vast-maatje": "nee", "wat-had-je-geholpen": "Meer uitleg",
                                     "hoe-welkom-voelde-je-je": 3 }, 10, "utrecht"), 10);
        const path = "/v1/panels/jongraat-utrecht/rounds/" + roundId + "/report";
        const before = panelRounds.get(path);
        compare(before.status, 200);
        compare(before.scopes[0].scope, "round");
        compare(before.scopes[0].releases.length, 0);

        // The operator cuts releases: the round's eleven answers become one release.
        verify(panelRounds.cutReleases());
        const report = panelRounds.get(path);
        compare(report.status, 200);
        const releases = report.scopes[0].releases;
        compare(releases.length, 1);
        compare(releases[0].survey.id, roundId);
        const respondents = releases[0].respondents.count;
        verify(respondents >= 1 && respondents <= 30, "noisy around 11: " + respondents);
        compare(releases[0].questions.map(q => q.id),
                ["had-je-een-vast-maatje", "wat-had-je-geholpen", "hoe-welkom-voelde-je-je"]);
        verify(releases[0].questions[2].answered.count !== undefined, "a required question is shown");

        // The builder reads the same report for the coordinator.
        const b = openBuilder(1280, 800);
        compare(b.roundId, roundId); // the draft survived closing the page
        tap(child("loadReport"));
        tryVerify(() => b.report !== undefined && b.report.scopes !== undefined, 10000);
        compare(b.report.scopes[0].releases.length, 1);
        verify(child("roundResults").text.indexOf("1") >= 0, child("roundResults").text);
        // The same figure cards as the employer pages: the single question's bars, the scale.
        const charts = findChild(child("roundBuilderPage"), "loadReport").parent.charts;
        tryCompare(charts, "state", "ready", 10000);
        verify(charts.sections.count >= 2, "sections: " + charts.sections.count);
        tryVerify(() => has("section_had-je-een-vast-maatje"));
        verify(!child("section_had-je-een-vast-maatje").hidden);
        verify(has("bar_had-je-een-vast-maatje_nee"));
        verify(child("bar_had-je-een-vast-maatje_nee").percent > 50);
        verify(!child("bar_had-je-een-vast-maatje_nee").hasBenchmark);
        const flick = findChild(child("roundBuilderPage"), "builderFlick");
        flick.contentY = Math.max(0, flick.contentHeight - flick.height);
        settle();
        shoot("round-builder-results-charts-1280x800-" + App.language);
    }

    function test_3_importThroughTheFileDialog() {
        const b = openBuilder(1280, 800);
        verify(!b.empty);
        child("roundBuilderPage").importDialog.currentFolder = Qt.resolvedUrl("data");
        tap(child("importRound"));
        tryVerify(() => has("confirmReplace"), 2000, "replacing the round asks first");
        tap(child("confirmReplace"));
        // The dialog of Qt Quick Dialogs (its non-native form here): pick the file, then Open.
        const dialog = child("roundBuilderPage").importDialog;
        tryCompare(dialog, "visible", true);
        const overlay = win.contentItem.parent;
        let file = null;
        tryVerify(() => {
            for (let i = 0; i < 10 && !file; ++i) {
                const d = findChild(overlay, "fileDialogDelegate" + i);
                if (d && d.fileName === "builder-round.json")
                    file = d;
            }
            return file !== null;
        }, 5000, "the file is listed");
        shoot("round-import-dialog-1280x800-" + App.language);
        mouseClick(file);
        const findOpen = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i];
                // (the dialog's buttons are Templates buttons: found by what they have)
                if (c.visible && c.checkable !== undefined && typeof c.text === "string"
                        && ["Open", "Openen"].indexOf(c.text.replace("&", "")) >= 0)
                    return c;
                const found = findOpen(c);
                if (found)
                    return found;
            }
            return null;
        };
        const open = findOpen(overlay);
        verify(open, "the dialog's Open button");
        mouseClick(open);
        tryCompare(dialog, "visible", false);
        tryCompare(b, "roundId", "jongraat-werkdruk");
        verify(b.ok, b.message);
        compare(b.questions.count, 6);
        compare(b.errorCount, 0);
        compare(b.questions.get(1).showIfQuestion, b.questions.get(0).uid);
        // Edited before publishing: the id follows an edit, and the change is saved.
        type(child("question4TextEn"), "How heavy is your work now?");
        compare(b.questions.get(4).textEn, "How heavy is your work now?");
    }

    // Every control of the builder can be reached and named without a mouse.
    function test_4_keyboardAndAccessibleNames() {
        openBuilder(1280, 800);
        const page = child("roundBuilderPage");
        const unnamed = [];
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i];
                if (!c.visible)
                    continue;
                if (c instanceof AbstractButton || c instanceof TextField || c instanceof TextArea
                        || c instanceof ComboBox || c instanceof SpinBox) {
                    if (!c.Accessible.name)
                        unnamed.push((c.objectName || c.toString()) + " " + (c.text || ""));
                    continue;
                }
                walk(c);
            }
        };
        walk(page);
        walk(page.footer);
        compare(unnamed, []);

        // Tab goes from field to field, out of the multi-line introduction too, and the page
        // follows the focus.
        tap(child("roundTitleNl"));
        compare(win.activeFocusItem.objectName, "roundTitleNl");
        keyClick(Qt.Key_Tab);
        compare(win.activeFocusItem.objectName, "roundTitleEn");
        keyClick(Qt.Key_Tab);
        compare(win.activeFocusItem.objectName, "roundIntroNl");
        keyClick(Qt.Key_Tab);
        compare(win.activeFocusItem.objectName, "roundIntroEn");
        keyClick(Qt.Key_Tab);
        compare(win.activeFocusItem.objectName, "roundId");
        for (let i = 0; i < 40; ++i)
            keyClick(Qt.Key_Tab);
        const focused = win.activeFocusItem;
        const flick = flickOf(page);
        let inside = focused;
        while (inside && inside !== flick)
            inside = inside.parent;
        verify(inside, "40 tabs on, the focus is still in the builder: " + focused + " in " + focused.parent + " in " + (focused.parent ? focused.parent.parent : null));
        verify(flick.contentY > 0, "the page scrolled along");
        const y = focused.mapToItem(flick, 0, 0).y;
        verify(y >= 0 && y + focused.height <= flick.height, "the focused field is on screen: " + y);
    }

    function test_5_screens_data() {
        return [
            { tag: "1280x800-nl", w: 1280, h: 800, lang: "nl" },
            { tag: "1280x800-en", w: 1280, h: 800, lang: "en" },
            { tag: "1920x1080-nl", w: 1920, h: 1080, lang: "nl" },
            { tag: "1920x1080-en", w: 1920, h: 1080, lang: "en" },
            { tag: "800x1280-nl", w: 800, h: 1280, lang: "nl" },
            { tag: "800x1280-en", w: 800, h: 1280, lang: "en" },
        ];
    }

    function test_5_screens(data) {
        App.language = data.lang;
        try {
            const b = openBuilder(data.w, data.h);
            compare(b.roundId, "jongraat-werkdruk");
            shoot("round-builder-" + data.tag);
            // Further down: the likert, scale and number questions.
            const flick = flickOf(child("roundBuilderPage"));
            flick.contentY = Math.max(0, Math.min(child("question3").y + 16, flick.contentHeight - flick.height));
            shoot("round-builder-questions-" + data.tag);
            tap(child("previewButton"));
            tryVerify(() => has("surveyPage"));
            shoot("round-preview-" + data.tag);
            tap(child("startButton"));
            shoot("round-preview-question-" + data.tag);
            child("stack").pop();
            settle();
            tap(child("publishButton"));
            tryVerify(() => has("publishConfirmText"));
            shoot("round-publish-confirm-" + data.tag);
        } finally {
            App.language = "nl";
        }
    }
}
