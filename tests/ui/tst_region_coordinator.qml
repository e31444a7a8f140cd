import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi

// Coordinator mode against the real collector (issue 10): the action form's pickers (status,
// line and themes by label, the calendar by keyboard) and its errors next to their fields;
// stopping and removing an action; "you said, we did" on a seeded verified release; hiding an
// idea; exporting a panel's contact list and its entry in the audit log; and screenshots of every
// tab at 1280×800, 1920×1080 and 800×1280 in Dutch and English.
ZsTestCase {
    id: test
    name: "RegionCoordinator"
    when: windowShown

    property var page: null

    MembershipController {
        id: membershipDriver
        region: Region
        panelId: "jongraat-utrecht"
    }
    IdeaController {
        id: ideaDriver
        region: Region
    }

    Component {
        id: mainComponent
        Main {}
    }

    // Settings → coordinator mode: the shared sign-in page first (the coordinator token, typed
    // as a person would), then the coordinator page with the token's region.
    function openCoordinator(w, h) {
        win = createTemporaryObject(mainComponent, test, { width: w, height: h });
        verify(win);
        tryCompare(win, "visible", true);
        settle();
        mouseClick(findChild(win.contentItem.parent, "settingsButton"));
        settle();
        tap(child("openCoordinator"));
        tryVerify(() => has("signInPage"));
        type(child("tokenField"), coordinatorToken);
        tap(child("signInButton"));
        tryVerify(() => has("coordinatorPage"), 10000);
        settle();
        page = child("coordinatorPage");
        compare(Session.role, "coordinator");
        compare(Session.region, "utrecht");
        tryCompare(page.coordinator, "busy", false, 10000);
    }

    function cleanup() {
        Session.signOut();
    }

    function iso(d) {
        return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-"
                + String(d.getDate()).padStart(2, "0");
    }

    function initTestCase() {
        compare(App.saveProfile({ region: "utrecht", branch: "vvt", occupation: "vpk_mbo",
                                  ageBand: "u25", tenureBand: "1-2" }), "");
    }

    function test_1_actionFormPickersAndFieldErrors() {
        openCoordinator(1280, 800);
        tryVerify(() => Region.actions.count > 0, 10000);

        // An empty form: each problem next to its own field, nothing sent.
        const before = Region.actions.count;
        tap(child("publishAction"));
        tryVerify(() => child("actionTitleNlError").visible);
        for (const name of ["actionWhatNlError", "actionWhoNlError", "actionDateError",
                            "actionBaselineError", "actionTargetError"])
            verify(child(name).visible, name);
        verify(!child("actionTitleEnError").visible);
        verify(child("actionMessage").visible);
        shoot("coordinator-form-errors-desktop-" + App.language);
        wait(300);
        compare(Region.actions.count, before);

        // Pickers by keyboard: status and line show labels, not ids.
        type(child("actionId"), "utrecht-roosterpilot");
        const status = child("actionStatus");
        compare(status.currentValue, "planned");
        status.forceActiveFocus();
        keyClick(Qt.Key_Down);
        compare(status.currentValue, "running");
        compare(status.displayText, App.actionStatuses.get(1).label);
        const line = child("actionLine");
        line.forceActiveFocus();
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        compare(line.currentValue, "anders_werken");
        compare(line.displayText, App.actionLines.get(2).label);
        verify(line.displayText.indexOf("_") < 0);
        tap(child("theme_rosters"));
        tap(child("theme_voice"));
        tap(child("theme_voice")); // and off again
        compare(JSON.stringify(child("actionThemes").chosen), JSON.stringify(["rosters"]));
        verify(child("theme_rosters").text.indexOf("_") < 0);

        // The calendar: opened with a click, moved and picked with the keyboard.
        const picker = child("targetDatePicker");
        tap(child("actionDate"));
        tryCompare(picker.popup, "opened", true);
        tryVerify(() => picker.grid.activeFocus);
        shoot("coordinator-calendar-desktop-" + App.language);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_PageDown);
        keyClick(Qt.Key_Return);
        tryCompare(picker.popup, "visible", false);
        const t = new Date();
        const next = new Date(t.getFullYear(), t.getMonth(), t.getDate() + 1, 12);
        const days = new Date(next.getFullYear(), next.getMonth() + 2, 0, 12).getDate();
        const expected = new Date(next.getFullYear(), next.getMonth() + 1, Math.min(next.getDate(), days), 12);
        compare(picker.date, iso(expected));
        verify(child("actionDate").text.indexOf(String(expected.getFullYear())) >= 0);
        verify(child("actionDate").text.indexOf("-") < 0, "the day in words, not ISO");

        type(child("actionTitleNl"), "Roosterpilot");
        type(child("actionTitleEn"), "Roster pilot");
        type(child("actionDescriptionNl"), "Teams maken zelf hun rooster.");
        type(child("actionDescriptionEn"), "Teams make their own roster.");
        type(child("actionWhatNl"), "Meer zeggenschap over roosters");
        type(child("actionWhoNl"), "Tien teams");
        type(child("actionWhoDoesWhatNl"), "Teams roosteren zelf");
        type(child("actionWithWhatNl"), "Een roosterapp");
        type(child("actionMetricNl"), "Teams die zelf roosteren");
        type(child("actionUnitNl"), "teams");
        type(child("actionBaseline"), "0");
        type(child("actionTarget"), "tien");
        shoot("coordinator-form-desktop-" + App.language);
        // A word where a number belongs: the error sits at that field only.
        tap(child("publishAction"));
        tryVerify(() => child("actionTargetError").visible);
        verify(!child("actionTitleNlError").visible);
        verify(!child("actionDateError").visible);
        type(child("actionTarget"), "10");
        tap(child("publishAction"));
        tryVerify(() => Region.actions.indexOf("utrecht-roosterpilot") >= 0, 10000,
                  "message: " + child("actionMessage").text);
        verify(page.coordinator.ok);
        const published = Region.action("utrecht-roosterpilot");
        compare(published.status, "running");
        compare(published.line, "anders_werken");
        compare(JSON.stringify(published.themeIds), JSON.stringify(["rosters"]));
        // Once the list has it, the form edits the published action.
        tryVerify(() => child("editAction").currentValue === "utrecht-roosterpilot", 10000);

        // A progress update; its fields clear once it is added.
        tap(child("addProgress"));
        tryVerify(() => child("progressValueError").visible);
        verify(child("progressDateError").visible);
        tap(child("progressDate"));
        tryCompare(child("progressDatePicker").popup, "opened", true);
        keyClick(Qt.Key_Return);
        tryCompare(child("progressDatePicker").popup, "visible", false);
        // The keyboard stays where it was: on the day button.
        tryVerify(() => win.activeFocusItem === child("progressDate"));
        compare(child("progressDatePicker").date, iso(new Date()));
        type(child("progressValue"), "2,5");
        type(child("progressNoteNl"), "Twee teams gestart");
        tap(child("addProgress"));
        tryVerify(() => (Region.action("utrecht-roosterpilot").progress || []).length === 1, 10000);
        tryCompare(child("progressValue"), "text", "");
        compare(child("progressNoteNl").text, "");
        compare(child("progressDatePicker").date, "");
        verify(child("progressMessage").visible);

        // Stopped: it stays, with the status "stopped".
        tap(child("stopAction"));
        tryVerify(() => Region.action("utrecht-roosterpilot").status === "stopped", 10000);
        // Removed, after a confirmation.
        tap(child("removeAction"));
        const dialog = page.actionsTab.removeDialog;
        tryCompare(dialog, "opened", true);
        shoot("coordinator-remove-desktop-" + App.language);
        dialog.accept();
        tryVerify(() => Region.actions.indexOf("utrecht-roosterpilot") < 0, 10000);
        tryCompare(child("editAction"), "currentIndex", -1);
        verify(child("actionMessage").visible);
    }

    function test_2_youSaidWeDid() {
        verify(seeder.exitRelease("zorg-utrecht", "utrecht", ["workload", "rosters"], 12) >= 1,
               "a verified release of the region");
        openCoordinator(1280, 800);
        tap(child("tabYouSaid"));
        const model = page.coordinator.youSaid;
        tryVerify(() => model.hasFigures, 10000);
        const themes = rows(model);
        // Everyone named both reasons: workload (and terms) and planning lead the list.
        verify(["workload_terms", "planning_time"].indexOf(themes[0].theme) >= 0, themes[0].theme);
        verify(themes[0].percent > 50);
        const workload = themes.find(t => t.theme === "workload_terms");
        verify(workload.addressed, "the example action on workload addresses it");
        verify(workload.actionTitles.length >= 1);
        const planning = themes.find(t => t.theme === "planning_time");
        verify(!planning.addressed);
        verify(has("unaddressed_planning_time"));
        verify(!has("unaddressed_workload_terms"));
        verify(child("youSaidSummary").text.indexOf(String(model.respondents)) >= 0, child("youSaidSummary").text);
        shoot("coordinator-yousaid-desktop-" + App.language);

        // Retention has no release yet: the page says so and still lists the themes.
        child("youSaidKind").currentIndex = 1;
        tap(child("youSaidRefresh"));
        tryVerify(() => model.kind === "retention", 10000);
        verify(!model.hasFigures);
        verify(child("youSaidSummary").visible);
        verify(model.count > 0);
    }

    function test_3_hideAnIdea() {
        let sent = false;
        const done = outcome => { sent = outcome.ok; };
        ideaDriver.ideaFinished.connect(done);
        ideaDriver.send({ title: "Ongepast idee", description: "Dit hoort hier echt niet thuis.",
                          theme: "team", willHelp: true, name: "Noor Helpt" });
        tryVerify(() => sent, 10000);
        ideaDriver.ideaFinished.disconnect(done);
        Region.refreshIdeas();
        tryVerify(() => rows(Region.ideas).some(i => i.title === "Ongepast idee"), 10000);
        const id = rows(Region.ideas).find(i => i.title === "Ongepast idee").ideaId;

        openCoordinator(1280, 800);
        tap(child("tabCoordinatorIdeas"));
        tryVerify(() => has("coordinatorIdea_" + id), 10000);
        verify(child("helper_" + id).text.indexOf("Noor Helpt") >= 0, "who offered to help");
        shoot("coordinator-ideas-desktop-" + App.language);
        tap(child("hide_" + id));
        const dialog = page.ideasTab.hideDialog;
        tryCompare(dialog, "opened", true);
        dialog.accept();
        tryVerify(() => !has("coordinatorIdea_" + id), 10000);
        verify(child("ideasMessage").visible);
        // Gone for everyone: the app's public list no longer has it either.
        tryVerify(() => !rows(Region.ideas).some(i => i.ideaId === id), 10000);
    }

    function test_4_memberExportAndItsAuditEntry() {
        let joined = false;
        const done = outcome => { joined = outcome.ok; };
        membershipDriver.joinFinished.connect(done);
        membershipDriver.join({ name: "Export Tester", email: "export@example.nl", consent: true });
        tryVerify(() => joined, 10000);
        membershipDriver.joinFinished.disconnect(done);
        try {
            openCoordinator(1280, 800);
                tap(child("tabCoordinatorPanels"));
            tap(child("panelsRefresh"));
            tryVerify(() => child("members_jongraat-utrecht").text.indexOf("1") >= 0, 10000);
            const box = child("exportPanel");
            box.currentIndex = Region.panels.indexOf("jongraat-utrecht");
            // The button opens the save dialog; the test then answers it with its own file.
            tap(child("exportMembers"));
            const dialog = page.panelsTab.exportDialog;
            tryCompare(dialog, "visible", true);
            dialog.reject();
            tryCompare(dialog, "visible", false);
            const file = seeder.path("leden.csv");
            page.panelsTab.exportTo("file://" + file);
            tryVerify(() => child("exportMessage").visible && page.coordinator.ok, 10000,
                      child("exportMessage").text);
            const csv = seeder.read(file);
            verify(seeder.hasBom(file), "a UTF-8 byte-order mark");
            verify(csv.replace("\uFEFF", "").startsWith("sep=,\r\npanel,name,email,phone,joined\r\n"), csv.substring(0, 60));
            verify(csv.indexOf("jongraat-utrecht,Export Tester,export@example.nl,,") >= 0, csv);
            verify(csv.indexOf("u25") < 0 && csv.indexOf("vpk_mbo") < 0, "only the contact fields");
            shoot("coordinator-panels-desktop-" + App.language);

            // The export is in the audit log, without the member.
            tap(child("tabAudit"));
            tryVerify(() => rows(page.coordinator.audit).some(r => r.what.indexOf("jongraat-utrecht") >= 0), 10000);
            const entry = rows(page.coordinator.audit).find(r => r.what.indexOf("jongraat-utrecht") >= 0);
            verify(entry.actor.indexOf("1") >= 0, entry.actor);
            for (const r of rows(page.coordinator.audit)) {
                verify(r.what.indexOf("Export Tester") < 0 && r.what.indexOf("export@") < 0, r.what);
                verify(r.day.indexOf(":") < 0, "a day, never a time: " + r.day);
            }
            verify(has("audit_0"));
            shoot("coordinator-audit-desktop-" + App.language);
        } finally {
            let left = false;
            const leaveDone = outcome => { left = outcome.ok; };
            membershipDriver.leaveFinished.connect(leaveDone);
            membershipDriver.leave();
            tryVerify(() => left, 10000);
            membershipDriver.leaveFinished.disconnect(leaveDone);
        }
    }

    function test_6_keyboardReachesEveryControlByName() {
        openCoordinator(1280, 800);
        win.requestActivate();
        tryCompare(win, "active", true);
        const start = child("coordinatorSignOut");
        start.forceActiveFocus();
        const seen = [];
        for (let i = 0; i < 120; ++i) {
            keyClick(Qt.Key_Tab);
            const item = win.activeFocusItem;
            if (!item || item === start)
                break;
            const name = item.Accessible.name;
            verify(name !== undefined && String(name).length > 0,
                   "a control without an accessible name: " + item + " after " + seen.slice(-3));
            seen.push(item.objectName || String(name));
        }
        // Tab walks the tabs and the whole action form, multi-line fields included.
        for (const name of ["tabYouSaid", "tabAudit", "editAction", "actionId", "actionStatus",
                            "actionLine", "actionDate", "theme_rosters", "actionTitleNl",
                            "actionTitleEn", "actionDescriptionNl", "actionWhatEn",
                            "actionBaseline", "actionTarget", "publishAction"])
            verify(seen.indexOf(name) >= 0, name + " is not reached by Tab: " + seen.join(", "));
        verify(seen.indexOf("actionDescriptionNl") < seen.indexOf("actionDescriptionEn"));
    }

    function test_5_screens_data() {
        const list = [];
        for (const lang of ["nl", "en"]) {
            list.push({ tag: "1280x800-" + lang, w: 1280, h: 800, lang: lang });
            list.push({ tag: "1920x1080-" + lang, w: 1920, h: 1080, lang: lang });
            list.push({ tag: "800x1280-" + lang, w: 800, h: 1280, lang: lang });
        }
        return list;
    }

    function test_5_screens(data) {
        App.language = data.lang;
        try {
            openCoordinator(data.w, data.h);
                tryVerify(() => page.coordinator.youSaid.count > 0, 10000);
            const tabs = ["tabCoordinatorActions", "tabYouSaid", "tabCoordinatorIdeas",
                          "tabCoordinatorPanels", "tabAudit"];
            const names = ["actions", "yousaid", "ideas", "panels", "audit"];
            for (let i = 0; i < tabs.length; ++i) {
                tap(child(tabs[i]));
                if (names[i] === "panels")
                    tap(child("panelsRefresh"));
                if (names[i] === "audit") {
                    tap(child("auditRefresh"));
                    tryVerify(() => page.coordinator.audit.count > 0, 10000);
                }
                wait(400); // the tab bar's highlight moves
                shoot("coordinator-" + names[i] + "-" + data.tag);
            }
            // The form with an existing action and its errors, scrolled to the buttons.
            tap(child("tabCoordinatorActions"));
            child("editAction").currentIndex = 0;
            child("editAction").activated(0);
            type(child("actionTarget"), "x");
            tap(child("publishAction"));
            tryVerify(() => child("actionTargetError").visible);
            shoot("coordinator-actions-error-" + data.tag);
        } finally {
            App.language = "nl";
        }
    }
}
