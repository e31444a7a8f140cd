import QtQuick
import QtQuick.Controls
import QtTest
import Zorgstem
import ZorgstemUi

// Comfort and accessibility on the real pages (issue 11): Dutch dialog buttons, forms and
// filters that fit a phone, errors that go once fixed, a language switch that keeps the
// profile, settings for care workers (privacy statement, folded-away collector address,
// version), light and dark, text up to twice the size, names for every control, and the whole
// first run by keyboard. The collector runs on a free port (for joining a panel).
ZsTestCase {
    id: test
    name: "Comfort"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    readonly property var profile: ({ region: "utrecht", branch: "vvt", occupation: "verzorgende_ig",
                                      ageBand: "25-34", tenureBand: "3-5" })

    function init() {
        App.deleteAllData();
        // The action filters live as long as the app: none chosen from an earlier test.
        Region.filteredActions.line = "";
        Region.filteredActions.theme = "";
        Region.filteredActions.status = "";
        Region.filteredActions.search = "";
        App.language = "nl";
        Theme.mode = "light";
        comfort.setFontScale(1);
    }
    function cleanupTestCase() {
        Theme.mode = "system";
        comfort.setFontScale(1);
    }

    function open(w, h) {
        win = createTemporaryObject(mainComponent, test, { width: w || 360, height: h || 740 });
        verify(win);
        tryCompare(win, "visible", true);
        settle();
    }
    function openSettings() {
        const button = findChild(win.contentItem.parent, "settingsButton");
        verify(button);
        mouseClick(button);
        settle();
        return child("settingsPage");
    }

    // From the welcome page to the profile form, once its layout has settled.
    function toProfile() {
        waitForRendering(win.contentItem);
        tap(child("onboardingNext"));
        tryCompare(child("onboardingPage"), "step", 1);
        settle();
        tryVerify(() => child("branchBox").visible && child("branchBox").width > 0);
        waitForRendering(win.contentItem);
    }

    // Picks the row of a combo box by clicking it open and clicking the row, as a finger does.
    function choose(box, index) {
        tap(box);
        tryCompare(box.popup, "opened", true);
        const list = box.popup.contentItem;
        list.positionViewAtIndex(index, ListView.Center);
        waitForRendering(list);
        const row = list.itemAtIndex(index);
        verify(row, "row " + index);
        mouseClick(row);
        tryCompare(box.popup, "visible", false);
        compare(box.currentIndex, index);
    }
    // The row with the longest label of a reference list.
    function longest(model) {
        let best = 0;
        for (let i = 1; i < model.count; ++i)
            if (model.get(i).label.length > model.get(best).label.length)
                best = i;
        return best;
    }

    // A text shows in full: not elided, not past its own box or the window's right edge.
    function showsInFull(item, what) {
        const left = item.mapToItem(win.contentItem, 0, 0).x;
        verify(left >= -1 && left + item.width <= win.width + 1,
               what + " runs past the window (" + left + " + " + item.width + " > " + win.width + ")");
        if (item.truncated !== undefined)
            verify(!item.truncated, what + " is elided: '" + item.text + "'");
        verify(item.contentWidth <= item.width + 1,
               what + " is cut off: '" + item.text + "' needs " + item.contentWidth + " of " + item.width);
        if (item.height > 0)
            verify(item.contentHeight <= item.height + 1,
                   what + " is clipped: '" + item.text + "' needs height " + item.contentHeight + " of " + item.height);
    }

    // Every text of the page shows in full and no two texts overlap. A text with its own
    // maximumLineCount is a deliberate summary (a survey's intro on its card) and may elide.
    // Buttons' labels are texts too: Material's own label elides, WrapButton's wraps.
    function checkTexts(root) {
        const texts = [];
        // clip: the window rectangle that the nearest clipping ancestor (a scrolling page) shows;
        // a text scrolled out of it is not on screen, so it cannot overlap what is.
        const walk = (item, clip) => {
            if (!item || !item.visible || item.opacity === 0)
                return;
            if (item.clip) {
                const p = item.mapToItem(win.contentItem, 0, 0);
                const x = Math.max(clip.x, p.x), y = Math.max(clip.y, p.y);
                clip = { x: x, y: y, r: Math.min(clip.r, p.x + item.width), b: Math.min(clip.b, p.y + item.height) };
            }
            if (item.text !== undefined && item.contentWidth !== undefined && item.text !== ""
                    && item.width > 0 && item.height > 0 && item.elide !== undefined)
                texts.push({ t: item, clip: clip });
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i], clip);
        };
        walk(root, { x: -1e9, y: -1e9, r: 1e9, b: 1e9 });
        verify(texts.length > 0);
        const boxes = [];
        for (const entry of texts) {
            const t = entry.t;
            const p = t.mapToItem(win.contentItem, 0, 0);
            if (t.truncated !== undefined && !(t.maximumLineCount < 1000))
                verify(!t.truncated, "elided: '" + t.text + "'");
            if (t.maximumLineCount < 1000)
                continue;
            if (t.wrapMode !== undefined && t.wrapMode !== Text.NoWrap)
                verify(t.contentHeight <= t.height + 1,
                       "clipped: '" + t.text + "' needs " + t.contentHeight + " of " + t.height);
            else
                verify(t.contentWidth <= t.width + 1 || t.horizontalAlignment !== Text.AlignLeft,
                       "cut off: '" + t.text + "' needs " + t.contentWidth + " of " + t.width);
            verify(p.x + Math.min(t.width, t.contentWidth) <= win.width + 1,
                   "'" + t.text + "' runs past the edge (" + (p.x + Math.min(t.width, t.contentWidth)) + " > " + win.width + ")");
            // The part of the text on screen.
            const c = entry.clip;
            const x = Math.max(p.x, c.x), y = Math.max(p.y, c.y);
            const r = Math.min(p.x + Math.min(t.width, t.contentWidth), c.r);
            const b = Math.min(p.y + Math.min(t.height, t.contentHeight), c.b);
            if (r > x && b > y)
                boxes.push({ t: t, x: x, y: y, w: r - x, h: b - y });
        }
        for (let i = 0; i < boxes.length; ++i) {
            for (let j = i + 1; j < boxes.length; ++j) {
                const a = boxes[i], b = boxes[j];
                const overlap = a.x + 1 < b.x + b.w && b.x + 1 < a.x + a.w && a.y + 1 < b.y + b.h && b.y + 1 < a.y + a.h;
                verify(!overlap, "'" + a.t.text + "' overlaps '" + b.t.text + "'");
            }
        }
    }

    // The screen reader reaches controls, and every one has a name.
    function checkNames(where) {
        verify(comfort.controlCount(win) > 0, where + ": no controls reached");
        compare(comfort.unnamedControls(win), [], where + ": controls without a name");
    }

    function test_dialogButtonsSayWhatTheyDo_data() {
        return [
            { tag: "nl", lang: "nl", yes: "Alles wissen", no: "Annuleren" },
            { tag: "en", lang: "en", yes: "Delete everything", no: "Cancel" },
        ];
    }
    // In the app's language, and a verb rather than "Yes"/"No" (Qt's standard buttons were
    // English before; then "Ja"/"Nee" left her to reread the question).
    function test_dialogButtonsSayWhatTheyDo(data) {
        App.language = data.lang;
        compare(App.saveProfile(profile), "");
        open();
        const page = openSettings();
        tap(child("deleteAllButton"));
        const dialog = findChild(page, "confirmDelete");
        verify(dialog);
        tryCompare(dialog, "opened", true);
        const yes = findChild(dialog.footer, "deleteConfirm");
        const no = findChild(dialog.footer, "deleteCancel");
        compare(yes.text, data.yes);
        compare(no.text, data.no);
        shoot("comfort-dialog-phone-" + data.tag);
        mouseClick(no);
        tryCompare(dialog, "visible", false);
        verify(App.profileComplete, "Cancel keeps everything");
    }

    function test_profileFitsAPhone() {
        open();
        toProfile();
        const branch = child("branchBox");
        choose(branch, longest(App.branches));
        showsInFull(branch.contentItem, "the chosen branch");
        const occupation = child("occupationBox");
        choose(occupation, longest(App.occupations));
        showsInFull(occupation.contentItem, "the chosen occupation");
        checkTexts(child("onboardingPage"));
        shoot("comfort-profile-long-phone-nl");
    }

    function test_actionFiltersFitAPhone() {
        compare(App.saveProfile(profile), "");
        open();
        tap(child("tabActions"));
        settle();
        for (const name of ["filterLine", "filterTheme", "filterStatus"]) {
            const box = child(name);
            showsInFull(box.contentItem, name);
            choose(box, longest(box.model));
            showsInFull(box.contentItem, name + " with its longest choice");
            const clear = child(name + "Clear");
            verify(clear.visible);
            const right = clear.mapToItem(win.contentItem, clear.width, 0).x;
            verify(right <= win.width, name + "'s clear button is past the edge (" + right + ")");
        }
        shoot("comfort-filters-phone-nl");
        // The filters are the app's: a page made again shows them, with their clear buttons,
        // rather than "All lines" over a list they still filter.
        const chosen = child("filterLine").currentText;
        win.destroy();
        open();
        tap(child("tabActions"));
        settle();
        compare(child("filterLine").currentText, chosen);
        verify(child("filterLineClear").visible);
        verify(child("filterThemeClear").visible);
        verify(child("filterStatusClear").visible);
    }

    function test_profileErrorGoesOnceFixed() {
        open();
        toProfile();
        tap(child("saveProfileButton"));
        const error = child("profileError");
        verify(error.visible);
        compare(error.text, "Kies je regio.");
        choose(child("regionBox"), App.regions.indexOf("utrecht"));
        verify(error.text !== "Kies je regio.", "the region is chosen, its error stays");
        choose(child("branchBox"), 0);
        choose(child("occupationBox"), 0);
        choose(child("ageBox"), 0);
        choose(child("tenureBox"), 0);
        verify(!error.visible, "everything is chosen, yet '" + error.text + "' shows");
    }

    function test_consentErrorGoesOnceTicked() {
        compare(App.saveProfile(profile), "");
        open();
        tap(child("tabPanels"));
        tryVerify(() => has("join_jongraat-utrecht"), 10000);
        tap(child("join_jongraat-utrecht"));
        tryVerify(() => has("joinPanelPage"));
        settle();
        type(child("joinName"), "Sanne Jansen");
        type(child("joinEmail"), "sanne@example.nl");
        tap(child("joinButton"));
        tryVerify(() => child("joinError").visible);
        tap(child("joinConsent"));
        verify(!child("joinError").visible, "ticked, yet the consent error shows");
    }

    function test_settingsForCareWorkers() {
        compare(App.saveProfile(profile), "");
        open();
        openSettings();
        verify(!has("collectorField"), "the collector address is folded away");
        verify(child("appVersion").text.indexOf(App.version) >= 0);
        verify(App.version.length > 0);
        shoot("comfort-settings-phone-nl");
        tap(child("advancedToggle"));
        verify(has("collectorField"));
        shoot("comfort-settings-advanced-phone-nl");
        tap(child("openPrivacy"));
        tryVerify(() => has("privacyPage"));
        settle();
        verify(child("privacyHeading0").text.length > 0);
        checkTexts(child("privacyPage"));
        shoot("comfort-privacy-phone-nl");
    }

    function test_darkByChoiceAndBySystem() {
        compare(App.saveProfile(profile), "");
        open();
        openSettings();
        verify(!Theme.dark);
        tap(child("theme_dark"));
        compare(Theme.mode, "dark");
        verify(Theme.dark);
        compare(win.color, Theme.background);
        compare(child("appVersion").color, Theme.muted);
        shoot("comfort-settings-dark-phone-nl");
        // A field's hint in the theme's placeholder colour (4.5:1), not Material's faint grey.
        child("stack").pop();
        settle();
        tap(child("tabActions"));
        settle();
        compare(child("actionSearch").placeholderTextColor, Theme.placeholder);
        shoot("comfort-actions-dark-phone-nl");
        tap(child("tabSurveys"));
        openSettings();
        tap(child("theme_system"));
        compare(Theme.mode, "system");
        verify(!Theme.dark, "the test display's palette is light");
    }

    function test_largerText_data() {
        return [
            { tag: "150-phone-nl", scale: 1.5, lang: "nl", w: 360, h: 740 },
            { tag: "200-phone-nl", scale: 2, lang: "nl", w: 360, h: 740 },
            { tag: "150-phone-en", scale: 1.5, lang: "en", w: 360, h: 740 },
            { tag: "200-phone-en", scale: 2, lang: "en", w: 360, h: 740 },
            { tag: "200-desktop-nl", scale: 2, lang: "nl", w: 1280, h: 800 },
            { tag: "200-desktop-en", scale: 2, lang: "en", w: 1280, h: 800 },
        ];
    }
    property string textShot: "" // the size and language of test_largerText's screenshots
    // The tool bar's title and the tabs' labels show in full too.
    function checkChrome() {
        checkTexts(findChild(win.contentItem.parent, "toolBar"));
        const tabs = findChild(win.contentItem.parent, "tabBar");
        if (tabs && tabs.visible)
            checkTexts(tabs);
    }
    function checkPage(name, shot) {
        settle();
        shoot("comfort-text" + shot + "-" + textShot);
        checkTexts(child(name));
        checkChrome();
    }
    function test_largerText(data) {
        comfort.setFontScale(data.scale);
        compare(Theme.fontSize, Math.round(14 * data.scale));
        App.language = data.lang;
        const tag = String(data.scale * 100);
        textShot = data.tag.slice(tag.length + 1);
        open(data.w, data.h);
        compare(child("onboardingNext").font.pixelSize, Theme.fontSize);
        checkPage("onboardingPage", tag + "-onboarding");
        tap(child("onboardingNext"));
        tryCompare(child("onboardingPage"), "step", 1);
        checkPage("onboardingPage", tag + "-profile");
        compare(App.saveProfile(profile), "");
        win.destroy();
        open(data.w, data.h);
        checkPage("homePage", tag + "-home");
        tap(child("openInvitation"));
        tryVerify(() => has("invitationPage"));
        checkPage("invitationPage", tag + "-invitation");
        child("stack").pop();
        settle();
        tap(child("tabActions"));
        checkPage("actionsPage", tag + "-actions");
        tryVerify(() => Region.filteredActions.count > 0, 10000);
        tap(child("action_" + Region.filteredActions.get(0).actionId));
        tryVerify(() => has("actionDetailPage"));
        checkPage("actionDetailPage", tag + "-action");
        child("stack").pop();
        settle();
        tap(child("tabPanels"));
        tryVerify(() => has("join_jongraat-utrecht"), 10000);
        checkPage("panelsPage", tag + "-panels");
        tap(child("join_jongraat-utrecht"));
        tryVerify(() => has("joinPanelPage"));
        checkPage("joinPanelPage", tag + "-join");
        child("stack").pop();
        settle();
        tap(child("sendIdeaButton"));
        tryVerify(() => has("ideaPage"));
        checkPage("ideaPage", tag + "-idea");
        child("stack").pop();
        settle();
        tap(child("tabSurveys"));

        // A whole survey, every kind of question, at this size.
        tap(child("openSurvey_retention"));
        const runner = child("surveyPage").runner;
        checkPage("surveyPage", tag + "-survey-intro");
        tap(child("startButton"));
        let guard = 0;
        while (runner.stage === "question" && guard++ < 12) {
            const q = runner.question;
            if (q.type === "multi" || q.type === "single")
                q.type === "multi" ? runner.toggleOption(runner.options.get(0).optionId) : runner.setAnswer(runner.options.get(0).optionId);
            else if (q.type === "likert")
                for (const item of rows(runner.items))
                    runner.setItem(item.itemId, 4);
            else if (q.type === "number" || q.type === "scale")
                runner.setAnswer(q.max);
            else if (q.type === "text")
                runner.setAnswer("Meer zeggenschap over mijn rooster.");
            checkPage("surveyPage", tag + "-survey-" + q.type);
            verify(runner.next(), "question " + q.questionId);
        }
        compare(runner.stage, "review");
        checkPage("surveyPage", tag + "-survey-review");
        const flick = child("surveyPage").flickable;
        flick.contentY = Math.max(0, flick.contentHeight - flick.height);
        checkPage("surveyPage", tag + "-survey-review-end");
        verify(runner.submit());
        checkPage("surveyPage", tag + "-survey-done");
        tap(child("doneButton"));
        settle();

        const settings = openSettings();
        checkPage("settingsPage", tag + "-settings");
        tap(child("advancedToggle"));
        settings.flickable.contentY = Math.max(0, settings.flickable.contentHeight - settings.flickable.height);
        checkPage("settingsPage", tag + "-settings-end");
        tap(child("openPrivacy"));
        tryVerify(() => has("privacyPage"));
        checkPage("privacyPage", tag + "-privacy");
    }

    function test_everyControlHasAName() {
        open();
        checkNames("welcome");
        mouseClick(child("onboardingNext"));
        settle();
        checkNames("profile");
        compare(App.saveProfile(profile), "");
        win.destroy();
        open();
        checkNames("home");
        tap(child("tabActions"));
        settle();
        checkNames("actions");
        tap(child("tabPanels"));
        settle();
        checkNames("panels");
        tap(child("tabSurveys"));
        settle();
        openSettings();
        tap(child("advancedToggle"));
        checkNames("settings");
        tap(child("openPrivacy"));
        tryVerify(() => has("privacyPage"));
        settle();
        checkNames("privacy");
    }

    // The first run by keyboard alone: Tab follows the reading order, Space presses a button,
    // the arrow keys pick a choice.
    function test_firstRunByKeyboard() {
        open();
        win.requestActivate();
        tryCompare(win, "active", true);
        const next = child("onboardingNext");
        let guard = 0;
        while (win.activeFocusItem !== next && guard++ < 20)
            keyClick(Qt.Key_Tab);
        compare(win.activeFocusItem, next, "Tab reaches the Next button");
        keyClick(Qt.Key_Space);
        settle();
        compare(child("onboardingPage").step, 1);
        const order = ["regionBox", "branchBox", "occupationBox", "ageBox", "tenureBox", "saveProfileButton"];
        guard = 0;
        while (win.activeFocusItem !== child(order[0]) && guard++ < 20)
            keyClick(Qt.Key_Tab);
        for (let i = 0; i < order.length; ++i) {
            compare(win.activeFocusItem, child(order[i]), "Tab step " + i + " reaches " + order[i]);
            if (i < order.length - 1) {
                keyClick(Qt.Key_Down); // picks the first choice
                compare(child(order[i]).currentIndex, 0, order[i]);
                keyClick(Qt.Key_Tab);
            }
        }
        keyClick(Qt.Key_Space);
        tryVerify(() => App.profileComplete, 5000, "Space on Save profile saves it");
        tryVerify(() => has("homeTabs"));
    }
}
