import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi

// Issue 11 against the real collector, which the test kills and starts again as the network
// goes and comes back: every write (reaction, support, idea, join, leave) waits in the outbox
// and shows as waiting, then reaches the collector exactly once; lists show their age and are
// asked for again when the app comes to the foreground and when the network returns (a new
// panel round without a restart); the membership page in words with a save dialog; deleting
// everything offline leaves the panel once the connection is back.
ZsTestCase {
    id: test
    name: "RegionOffline"
    when: windowShown

    readonly property bool en: App.language === "en"

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

    function members() {
        const stats = collectorControl.get("/v1/panels/jongraat-utrecht/stats");
        compare(stats.status, 200);
        return stats.members;
    }

    function initTestCase() {
        compare(App.saveProfile({ region: "utrecht", branch: "vvt", occupation: "vpk_mbo",
                                  ageBand: "u25", tenureBand: "1-2" }), "");
    }

    // Every list shows how old it is, the idea list too (it was never saved before: the
    // cache's NOT NULL etag refused it).
    function test_1_listsShowTheirAge() {
        openApp(360, 740);
        tap(child("tabActions"));
        tryVerify(() => Region.actions.count > 0, 10000, "the region's seeded actions arrive");
        tryCompare(child("actionsUpdated"), "text", en ? "updated just now" : "zojuist bijgewerkt");
        collectorControl.advanceMinutes(5);
        compare(child("actionsUpdated").text, en ? "updated 5 min ago" : "bijgewerkt 5 min geleden");
        tap(child("tabPanels"));
        compare(child("panelsUpdated").text, en ? "updated 5 min ago" : "bijgewerkt 5 min geleden");
        verify(child("ideasUpdated").text !== "", "the idea list was saved with its time");
        compare(Region.updated.ideas, child("ideasUpdated").text);
        shoot("offline-ages-phone-" + App.language);
        collectorControl.resetClock();
        compare(child("ideasUpdated").text, en ? "updated just now" : "zojuist bijgewerkt");
    }

    function test_2_writesWaitOfflineAndGoOnceWhenTheNetworkReturns() {
        // An idea to support, sent while online.
        openApp(360, 740);
        tap(child("tabPanels"));
        tap(child("sendIdeaButton"));
        tryVerify(() => has("ideaPage"));
        type(child("ideaTitle"), "Online idee om te steunen");
        type(child("ideaDescription"), "Een idee dat er al is voordat de verbinding wegvalt.");
        child("ideaTheme").currentIndex = 0;
        tap(child("ideaSend"));
        tryVerify(() => rows(Region.ideas).some(i => i.title === "Online idee om te steunen"), 10000);
        const supported = rows(Region.ideas).find(i => i.title === "Online idee om te steunen");
        const ideasBefore = Region.ideas.count;
        const membersBefore = members();

        collectorControl.kill();
        const action = Region.actions.get(0);
        const usefulBefore = action.useful;

        // A reaction: given on the device, waiting for the connection.
        tap(child("tabActions"));
        tap(child("action_" + action.actionId));
        tryVerify(() => has("actionDetailPage"));
        settle();
        tap(child("reactUseful"));
        tryCompare(child("reactUseful"), "given", true);
        tryVerify(() => child("reactionWaiting").visible, 10000, "the reaction waits");
        verify(child("reactionWaiting").text.indexOf(en ? "Waiting for a connection" : "Wacht op verbinding") >= 0,
               child("reactionWaiting").text);
        shoot("offline-reaction-waiting-phone-" + App.language);
        child("stack").pop();
        settle();
        verify(child("actionWaiting_" + action.actionId).visible);

        // A support, an idea and a join wait too.
        tap(child("tabPanels"));
        tap(child("support_" + supported.ideaId));
        tryVerify(() => child("supportWaiting_" + supported.ideaId).visible, 10000);
        tap(child("sendIdeaButton"));
        tryVerify(() => has("ideaPage"));
        type(child("ideaTitle"), "Idee zonder verbinding");
        type(child("ideaDescription"), "Dit idee wacht in de wachtrij tot er weer verbinding is.");
        child("ideaTheme").currentIndex = 1;
        tap(child("ideaSend"));
        tryVerify(() => has("panelsPage") && !has("ideaPage"), 10000, "saved, back on the panels");
        compare(Region.waitingIdeas, ["Idee zonder verbinding"]);
        verify(child("waitingIdea_0").visible);
        tap(child("join_jongraat-utrecht"));
        tryVerify(() => has("joinPanelPage"));
        type(child("joinName"), "Sanne Offline");
        type(child("joinPhone"), "0612345678");
        tap(child("joinConsent"));
        tap(child("joinButton"));
        tryVerify(() => has("panelWaiting_jongraat-utrecht"), 10000, "the join waits");
        verify(!has("join_jongraat-utrecht"));
        verify(!Region.panel("jongraat-utrecht").member);
        shoot("offline-panels-waiting-phone-" + App.language);

        // The network returns, with a new action published meanwhile. The sync client's retry
        // (here: now) sends everything once; the lists are asked for again without a refresh.
        verify(collectorControl.restart());
        const published = collectorControl.get("/v1/regions/utrecht/actions").actions[0];
        published.id = "utrecht-offline-nieuw";
        published.title = { nl: "Nieuw terwijl je offline was", en: "New while you were offline" };
        delete published.reactions;
        delete published.updated;
        compare(collectorControl.post("/v1/regions/utrecht/actions", published), 201);
        App.syncNow();
        tryVerify(() => Region.panel("jongraat-utrecht").member, 15000, "joined once sent");
        tryVerify(() => Region.waitingIdeas.length === 0, 15000);
        tryVerify(() => rows(Region.ideas).some(i => i.title === "Idee zonder verbinding"), 15000);
        tryVerify(() => Region.action(action.actionId).useful === usefulBefore + 1, 15000);
        tryVerify(() => rows(Region.ideas).find(i => i.ideaId === supported.ideaId).supports === 1, 15000);
        tryVerify(() => Region.actions.indexOf("utrecht-offline-nieuw") >= 0, 15000,
                  "the action list was asked for again when the network returned");
        verify(!has("panelWaiting_jongraat-utrecht"));
        verify(!child("supportWaiting_" + supported.ideaId).visible);
        compare(Region.ideas.count, ideasBefore + 1);
        compare(members(), membersBefore + 1);

        // Sending again changes nothing: each went exactly once.
        App.syncNow();
        Region.refresh();
        tryVerify(() => !Region.busy, 10000);
        compare(Region.ideas.count, ideasBefore + 1);
        compare(members(), membersBefore + 1);
        compare(Region.action(action.actionId).useful, usefulBefore + 1);
    }

    // A round published while the app is open reaches the home page when the app comes back
    // to the foreground, without a restart.
    function test_3_aNewRoundAppearsWhenTheAppComesToTheForeground() {
        openApp(360, 740);
        const def = JSON.parse(files.text(Qt.resolvedUrl("data/jongraat-round.json")));
        def.id = "offline-ronde";
        compare(collectorControl.post("/v1/panels/jongraat-utrecht/rounds", def), 201);
        verify(App.surveys.indexOf("offline-ronde") < 0);
        Region.handleApplicationState(Qt.ApplicationInactive);
        Region.handleApplicationState(Qt.ApplicationActive);
        tryVerify(() => App.surveys.indexOf("offline-ronde") >= 0, 10000, "the round arrived");
        tryVerify(() => has("openSurvey_offline-ronde"), 5000);
    }

    // When the network returns (QNetworkInformation says Online), the lists are asked for
    // again: an action published meanwhile shows, with no restart and no tap.
    function test_3b_theListsRefreshWhenTheNetworkReturns() {
        openApp(360, 740);
        tap(child("tabActions"));
        settle();
        const published = collectorControl.get("/v1/regions/utrecht/actions").actions[0];
        published.id = "utrecht-netwerk-terug";
        published.title = { nl: "Nieuw toen het netwerk terugkwam", en: "New when the network returned" };
        delete published.reactions;
        delete published.updated;
        compare(collectorControl.post("/v1/regions/utrecht/actions", published), 201);
        verify(Region.actions.indexOf("utrecht-netwerk-terug") < 0);
        Region.networkReturned();
        tryVerify(() => Region.actions.indexOf("utrecht-netwerk-terug") >= 0, 10000,
                  "the action list was asked for again");
        tryVerify(() => has("action_utrecht-netwerk-terug"), 5000);
    }

    // What the panel stores, in words, saved where she chooses; the file stays after leaving.
    function test_4_membershipInWordsAndSavedToAFile() {
        openApp(360, 740);
        tap(child("tabPanels"));
        tap(child("membership_jongraat-utrecht"));
        tryVerify(() => has("membershipPage"));
        const page = child("membershipPage");
        tryVerify(() => page.controller.details.length > 0, 10000);
        const shown = page.controller.details.map(r => r.label + ": " + r.value).join("\n");
        verify(shown.indexOf((en ? "Name" : "Naam") + ": Sanne Offline") >= 0, shown);
        verify(shown.indexOf("0612345678") >= 0, shown);
        verify(shown.indexOf("Jong RAAT") >= 0, "the panel by its name: " + shown);
        verify(!/u25|vpk_mbo|jongraat-utrecht|ageRuleMet|consentVersion|\{/.test(shown), shown);
        verify(!has("membershipJson"), "no raw JSON on the page");
        shoot("offline-membership-phone-" + App.language);

        tap(child("saveExportButton"));
        tryCompare(page.saveDialog, "visible", true);
        page.saveDialog.reject();
        tryCompare(page.saveDialog, "visible", false);
        const text = files.url("lidmaatschap.txt");
        const json = files.url("lidmaatschap.json");
        page.exportTo(text);
        tryVerify(() => child("exportFile").visible, 5000);
        page.exportTo(json);
        const words = files.text(text);
        verify(words.indexOf((en ? "Name" : "Naam") + ": Sanne Offline") >= 0, words);
        verify(words.indexOf("{") < 0, words);
        compare(JSON.parse(files.text(json)).name, "Sanne Offline");

        tap(child("leaveButton"));
        tryCompare(page.confirmDialog, "opened", true);
        page.confirmDialog.accept();
        tryVerify(() => has("join_jongraat-utrecht"), 10000, "left, joinable again");
        verify(files.exists(text) && files.exists(json), "her copies stay after leaving");
    }

    // Deleting everything while offline keeps only the panel leave and its secret; when the
    // connection is back she is off the panel on the collector and the device forgets it.
    function test_5_deleteEverythingOfflineLeavesThePanelLater() {
        const before = members();
        let joined = false;
        openApp(360, 740);
        tap(child("tabPanels"));
        tap(child("join_jongraat-utrecht"));
        tryVerify(() => has("joinPanelPage"));
        type(child("joinName"), "Wis Alles");
        type(child("joinEmail"), "wis@example.nl");
        tap(child("joinConsent"));
        tap(child("joinButton"));
        tryVerify(() => has("membership_jongraat-utrecht"), 10000, "joined");
        compare(members(), before + 1);

        collectorControl.kill();
        tap(child("settingsButton"));
        tryVerify(() => has("settingsPage"));
        verify(child("deletePanelsNote").visible);
        tap(child("deleteAllButton"));
        const confirm = child("settingsPage").deleteDialog;
        tryCompare(confirm, "opened", true);
        confirm.accept();
        const info = child("settingsPage").leavingDialog;
        tryCompare(info, "opened", true);
        compare(App.eraseWaiting, 1);
        verify(!App.profileComplete);
        shoot("offline-delete-waiting-phone-" + App.language);
        info.accept();
        tryVerify(() => has("onboardingPage") || !has("settingsPage"), 5000);

        verify(collectorControl.restart());
        App.syncNow();
        tryCompare(App, "eraseWaiting", 0, 15000);
        compare(members(), before, "her name and e-mail are gone from the panel");
        compare(App.panelMemberships, 0);
        compare(App.saveProfile({ region: "utrecht", branch: "vvt", occupation: "vpk_mbo",
                                  ageBand: "u25", tenureBand: "1-2" }), "");
    }

    function test_6_screens_data() {
        // Every size, language and theme (phone-nl light is shot by the tests above too).
        const rows = [];
        for (const theme of ["light", "dark"]) {
            for (const r of [["phone-nl", 360, 740, "nl"], ["phone-en", 360, 740, "en"],
                             ["desktop-nl", 1280, 800, "nl"], ["desktop-en", 1280, 800, "en"]]) {
                rows.push({ tag: r[0] + (theme === "dark" ? "-dark" : ""), w: r[1], h: r[2],
                            lang: r[3], theme: theme,
                            kind: rows.length % 2 ? "reactUseful" : "reactHelp" });
            }
        }
        return rows;
    }

    // The waiting states as a person sees them, offline, on a phone and a desktop; then the
    // membership page and deleting everything while offline.
    function test_6_screens(data) {
        App.language = data.lang;
        Theme.mode = data.theme;
        openApp(data.w, data.h);
        tap(child("tabActions"));
        tryVerify(() => Region.actions.count > 0, 10000);
        collectorControl.kill();
        // An action this device has not given this reaction yet.
        const action = rows(Region.actions).find(a => a.reacted.indexOf(data.kind === "reactHelp" ? "help" : "useful") < 0);
        verify(action, "an action to react to");
        tap(child("action_" + action.actionId));
        tryVerify(() => has("actionDetailPage"));
        tap(child(data.kind));
        tryVerify(() => child("reactionWaiting").visible, 10000);
        shoot("offline-reaction-waiting-" + data.tag);
        child("stack").pop();
        settle();
        shoot("offline-actions-" + data.tag);
        tap(child("tabPanels"));
        if (has("join_jongraat-utrecht")) {
            tap(child("join_jongraat-utrecht"));
            tryVerify(() => has("joinPanelPage"));
            type(child("joinName"), "Scherm Test");
            type(child("joinEmail"), "scherm@example.nl");
            tap(child("joinConsent"));
            tap(child("joinButton"));
            tryVerify(() => has("panelWaiting_jongraat-utrecht"), 10000);
        }
        shoot("offline-panels-" + data.tag);
        verify(collectorControl.restart());
        App.syncNow();
        tryVerify(() => !has("panelWaiting_jongraat-utrecht") && !child("actionWaiting_" + action.actionId).visible, 15000);

        tap(child("membership_jongraat-utrecht"));
        tryVerify(() => has("membershipPage"));
        tryVerify(() => child("membershipPage").controller.details.length > 0, 10000);
        shoot("membership-" + data.tag);
        const membership = child("membershipPage");
        tap(child("saveExportButton"));
        tryCompare(membership.saveDialog, "visible", true);
        shoot("membership-save-" + data.tag);
        membership.saveDialog.reject();
        tryCompare(membership.saveDialog, "visible", false);
        tap(child("leaveButton"));
        tryCompare(membership.confirmDialog, "opened", true);
        shoot("membership-leave-" + data.tag);
        membership.confirmDialog.reject();
        tryCompare(membership.confirmDialog, "opened", false);
        child("stack").pop();
        settle();

        collectorControl.kill();
        tap(child("settingsButton"));
        tryVerify(() => has("settingsPage"));
        tap(child("deleteAllButton"));
        const confirm = child("settingsPage").deleteDialog;
        tryCompare(confirm, "opened", true);
        shoot("delete-confirm-" + data.tag);
        confirm.accept();
        const info = child("settingsPage").leavingDialog;
        tryCompare(info, "opened", true);
        shoot("offline-delete-waiting-" + data.tag);
        info.accept();
        verify(collectorControl.restart());
        App.syncNow();
        tryCompare(App, "eraseWaiting", 0, 15000);
        compare(App.panelMemberships, 0);
        compare(App.saveProfile({ region: "utrecht", branch: "vvt", occupation: "vpk_mbo",
                                  ageBand: "u25", tenureBand: "1-2" }), "");
        App.language = "nl";
        Theme.mode = "system";
    }
}
