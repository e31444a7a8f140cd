import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi

// Drives the regional part of the app against the real collector: actions (filter, search,
// detail, reactions), joining a panel with consent, export and leave, idea intake, and a panel
// round published in coordinator mode (the rest of coordinator mode: tst_region_coordinator).
ZsTestCase {
    id: test
    name: "RegionFlow"
    when: windowShown

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

    function initTestCase() {
        compare(App.saveProfile({ region: "utrecht", branch: "vvt", occupation: "vpk_mbo",
                                  ageBand: "u25", tenureBand: "1-2" }), "");
    }

    function test_1_actions() {
        openApp(360, 740);
        tap(child("tabActions"));
        tryVerify(() => Region.actions.count > 0, 10000, "the region's seeded actions arrive");
        const all = Region.filteredActions.count;
        verify(all >= 2);
        shoot("region-actions-phone-" + App.language);

        // Filters and search narrow the list; clearing them brings everything back.
        Region.filteredActions.status = "running";
        verify(rows(Region.filteredActions).every(a => a.status === "running"));
        Region.filteredActions.status = "";
        const first = Region.filteredActions.get(0);
        Region.filteredActions.search = first.title.substring(0, 6);
        verify(rows(Region.filteredActions).some(a => a.actionId === first.actionId));
        Region.filteredActions.search = "zzzz-nothing-matches";
        compare(Region.filteredActions.count, 0);
        verify(child("actionsEmpty").visible);
        Region.filteredActions.search = "";
        compare(Region.filteredActions.count, all);

        tap(child("action_" + first.actionId));
        tryVerify(() => has("actionDetailPage"));
        settle();
        compare(child("actionTitle").text, first.title);
        verify(child("actionTarget").text.length > 0);
        verify(child("progressChart").visible);
        // The day it was updated in words ("2 december 2026"), not as 2026-12-02.
        verify(first.updated !== "", "the action has an update day");
        verify(!/\d{4}-\d{2}-\d{2}/.test(child("actionMeta").text), child("actionMeta").text);
        verify(child("actionMeta").text.indexOf(App.dayText(first.updated)) >= 0, child("actionMeta").text);
        shoot("region-action-detail-phone-" + App.language);

        // "Useful" counts once: the button then shows it was given, a second send changes nothing.
        const before = Region.action(first.actionId).useful;
        tap(child("reactUseful"));
        tryCompare(child("reactUseful"), "given", true);
        tryVerify(() => Region.action(first.actionId).useful === before + 1, 10000);
        Region.react(first.actionId, "useful");
        tap(child("reactUseful")); // a second tap on the given reaction sends nothing
        wait(300);
        compare(Region.action(first.actionId).useful, before + 1);
        verify(child("reactUseful").text.indexOf("✓") === 0, child("reactUseful").text);
    }

    function test_2_joinExportLeave() {
        openApp(360, 740);
        tap(child("tabPanels"));
        tryVerify(() => has("join_jongraat-utrecht"), 10000);
        shoot("region-panels-phone-" + App.language);
        tap(child("join_jongraat-utrecht"));
        tryVerify(() => has("joinPanelPage"));
        settle();
        verify(child("consentText").text.length > 20);
        // Jong RAAT has an age rule: the page says the age group is only checked, not kept.
        const sends = child("joinSends").text;
        verify(sends.indexOf(App.language === "en" ? "age limit" : "leeftijdsgrens") >= 0, sends);
        verify(!/beroep|occupation/i.test(sends), sends);

        // Without consent nothing is sent and the person is told why.
        type(child("joinName"), "Sanne Jansen");
        type(child("joinEmail"), "sanne@example.nl");
        tap(child("joinButton"));
        tryVerify(() => child("joinError").visible);
        shoot("region-join-phone-" + App.language);

        tap(child("joinConsent"));
        tap(child("joinButton"));
        tryVerify(() => has("membership_jongraat-utrecht"), 10000, "joined, back on the panels");
        verify(Region.panel("jongraat-utrecht").member);

        tap(child("membership_jongraat-utrecht"));
        tryVerify(() => has("membershipPage"));
        const membership = child("membershipPage").controller;
        tryVerify(() => membership.exportedJson.indexOf("Sanne Jansen") >= 0, 10000);
        // What the panel keeps: no occupation or age group, the year joined, the age rule met.
        const kept = JSON.parse(membership.exportedJson);
        verify(!("occupation" in kept) && !("ageBand" in kept), membership.exportedJson);
        verify(/^\d{4}$/.test(kept.joined), kept.joined);
        compare(kept.ageRuleMet, true);
        // Nothing is written anywhere until she saves a copy herself.
        verify(!child("exportFile").visible);
        shoot("region-membership-phone-" + App.language);

        tap(child("leaveButton"));
        const dialog = child("membershipPage").confirmDialog;
        verify(dialog);
        tryCompare(dialog, "opened", true);
        dialog.accept();
        tryVerify(() => has("join_jongraat-utrecht"), 10000, "left, joinable again");
        verify(!Region.panel("jongraat-utrecht").member);
    }

    function test_3_idea() {
        openApp(360, 740);
        tap(child("tabPanels"));
        tap(child("sendIdeaButton"));
        tryVerify(() => has("ideaPage"));
        settle();
        tap(child("ideaSend"));
        tryVerify(() => child("ideaError").visible, 5000, "an empty idea is refused on the device");

        type(child("ideaTitle"), "Vaste maatjes voor starters");
        type(child("ideaDescription"), "Elke starter krijgt een vaste collega als maatje. Bel 06-12345678.");
        const theme = child("ideaTheme");
        theme.currentIndex = 0;
        tap(child("ideaWillHelp"));
        shoot("region-idea-phone-" + App.language);
        tap(child("ideaSend"));
        tryVerify(() => rows(Region.ideas).some(i => i.title === "Vaste maatjes voor starters"), 10000);
        const idea = rows(Region.ideas).find(i => i.title === "Vaste maatjes voor starters");
        verify(idea.description.indexOf("06-12345678") < 0, "the phone number was scrubbed on the device");
        settle();
        tap(child("support_" + idea.ideaId));
        tryVerify(() => rows(Region.ideas).find(i => i.ideaId === idea.ideaId).supports === 1, 10000);
        Region.support(idea.ideaId);
        wait(300);
        compare(rows(Region.ideas).find(i => i.ideaId === idea.ideaId).supports, 1);
    }

    function test_4_screens_data() {
        const rows = [
            { tag: "phone-en", w: 360, h: 740, lang: "en", theme: "light" },
            { tag: "desktop-nl", w: 1280, h: 800, lang: "nl", theme: "light" },
            { tag: "desktop-en", w: 1280, h: 800, lang: "en", theme: "light" },
        ];
        for (const r of [["phone-nl", 360, 740, "nl"], ["phone-en", 360, 740, "en"],
                         ["desktop-nl", 1280, 800, "nl"], ["desktop-en", 1280, 800, "en"]])
            rows.push({ tag: r[0] + "-dark", w: r[1], h: r[2], lang: r[3], theme: "dark" });
        return rows;
    }

    function test_4_screens(data) {
        App.language = data.lang;
        Theme.mode = data.theme;
        openApp(data.w, data.h);
        tap(child("tabActions"));
        tryVerify(() => Region.actions.count > 0, 10000);
        shoot("region-actions-" + data.tag);
        tap(child("action_" + Region.actions.get(0).actionId));
        tryVerify(() => has("actionDetailPage"));
        settle();
        // The reactions read on one line each when the row has room for both ("✓ USEFUL (1)"
        // wrapped into two lines on a wide desktop: the layout rounded its width down).
        const useful = child("reactUseful");
        const help = child("reactHelp");
        if (useful.implicitWidth + help.implicitWidth + 8 <= useful.parent.width) {
            compare(useful.contentItem.lineCount, 1, useful.text);
            compare(help.contentItem.lineCount, 1, help.text);
        }
        if (data.w >= 1280)
            verify(useful.implicitWidth + help.implicitWidth + 8 <= useful.parent.width, "a desktop has room");
        shoot("region-action-detail-" + data.tag);
        child("stack").pop();
        settle();
        tap(child("tabPanels"));
        shoot("region-panels-" + data.tag);
        tap(child("join_jongraat-utrecht"));
        tryVerify(() => has("joinPanelPage"));
        shoot("region-join-" + data.tag);
        child("stack").pop();
        settle();
        tap(child("sendIdeaButton"));
        tryVerify(() => has("ideaPage"));
        shoot("region-idea-" + data.tag);
        App.language = "nl";
        Theme.mode = "system";
    }
}
