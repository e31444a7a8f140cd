import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi
import ZorgstemDashboard

// The coordinator's regional picture on the seeded releases (issue 10), without a care worker's
// profile: signed in on the shared sign-in page with the coordinator token, the Region tab shows
// the region's verified exit and stay releases with the employer pages' charts (no benchmark), a
// shown and a hidden group, the open responses apart and labelled unverified, and per
// organisation only "has a release / not yet". Screenshots at 1280×800, 1920×1080 and 800×1280
// in Dutch and English.
ZsTestCase {
    id: test
    name: "CoordinatorRegion"
    when: windowShown

    property var page: null

    Component {
        id: mainComponent
        Main {}
    }

    function openRegion(w, h) {
        win = createTemporaryObject(mainComponent, test, { width: w, height: h });
        verify(win);
        tryCompare(win, "visible", true);
        settle();
        tap(child("onboardingSignIn"));
        tryVerify(() => has("signInPage"));
        type(child("tokenField"), coordinatorToken);
        tap(child("signInButton"));
        tryVerify(() => has("coordinatorPage"), 10000);
        page = child("coordinatorPage");
        tap(child("tabRegionPicture"));
        settle();
        wait(400);
        return page.regionTab;
    }

    function cleanup() {
        Session.signOut();
        App.language = "nl";
    }

    function test_1_verifiedOpenAndOrganisations() {
        verify(!App.profileComplete);
        const tab = openRegion(1280, 800);
        const report = tab.report.controller;
        compare(report.scope, "verified");
        compare(report.kind, "exit");
        tryCompare(report, "state", "ready", 15000);
        verify(!report.hasBenchmark);
        verify(report.releases.count >= 1);
        // A shown group: the region's leaving reasons, workload first, with nothing beside it.
        const workload = child("bar_reasons_workload");
        verify(workload.visible);
        verify(workload.percent > 60, "everyone named workload: " + workload.percent);
        verify(!workload.hasBenchmark, "the region's own page has no benchmark");
        verify(!child("benchmarkMissing_reasons").visible, "nothing said about a missing benchmark");
        verify(!has("exportPdf_exit") || !child("exportPdf_exit").visible, "no export here");
        verify(!child("reportBanner_exit_verified").visible);
        shoot("coordinator-region-exit-desktop-" + App.language);

        // The stay survey: a hidden group says why, plainly.
        tap(child("regionRetention"));
        tryCompare(report, "kind", "retention");
        tryCompare(report, "state", "ready", 15000);
        const hidden = child("hidden_leave_where");
        verify(hidden.visible);
        verify(hidden.Accessible.name.indexOf("Minder dan 10 mensen: verborgen om hen te beschermen") >= 0, hidden.Accessible.name);
        verify(has("bar_themes_team"));

        // The open responses: apart, labelled unverified, their own figures.
        tap(child("regionExit"));
        tap(child("regionOpen"));
        tryCompare(report, "scope", "open");
        tryCompare(report, "state", "ready", 15000);
        const banner = child("reportBanner_exit_open");
        verify(banner.visible);
        const bannerText = child("reportBannerText_exit_open").text;
        verify(bannerText.indexOf("Niet geverifieerd: zonder uitnodiging ingevuld") === 0, bannerText);
        const development = child("bar_reasons_development");
        verify(development.percent > 60, "the open ones all named development: " + development.percent);
        tryVerify(() => rows(report.comments).some(c => c.text.indexOf("Open opmerking") === 0), 5000,
                  "the open comments are listed");
        shoot("coordinator-region-open-desktop-" + App.language);

        // Per organisation only whether it has a release.
        tap(child("regionEmployers"));
        tryVerify(() => has("employerStatus_de-linde") && has("employerStatus_het-anker"), 10000);
        compare(child("employerExit_de-linde").text, "vertrekpeiling: heeft een publicatie");
        compare(child("employerRetention_de-linde").text, "blijfpeiling: heeft een publicatie");
        compare(child("employerExit_het-anker").text, "vertrekpeiling: nog niet");
        const row = child("employerStatus_de-linde");
        verify(row.Accessible.name.indexOf("Zorggroep De Linde") === 0, row.Accessible.name);
        for (const e of rows(page.coordinator.employers))
            compare(Object.keys(e).sort().join(","), "employer,exit,name,retention");
        shoot("coordinator-region-organisations-desktop-" + App.language);

        // Signing out leaves coordinator mode.
        tap(child("coordinatorSignOut"));
        tryVerify(() => has("onboardingPage"));
        verify(!Session.signedIn);
    }

    function test_2_keyboard() {
        openRegion(1280, 800);
        win.requestActivate();
        tryCompare(win, "active", true);
        const start = child("tabRegionPicture");
        start.forceActiveFocus();
        const seen = [];
        for (let i = 0; i < 60; ++i) {
            keyClick(Qt.Key_Tab);
            const item = win.activeFocusItem;
            if (!item || item === start)
                break;
            const name = item.Accessible.name;
            verify(name !== undefined && String(name).length > 0,
                   "a control without an accessible name: " + item + " after " + seen.slice(-3));
            seen.push(item.objectName || String(name));
        }
        for (const name of ["regionExit", "regionRetention", "regionEmployers", "regionVerified", "regionOpen"])
            verify(seen.indexOf(name) >= 0, name + " is not reached by Tab: " + seen.join(", "));
        // The arrows move between the survey choices.
        child("regionExit").forceActiveFocus();
        keyClick(Qt.Key_Right);
        tryCompare(page.regionTab.surveyBar, "currentIndex", 1);
    }

    function test_3_screens_data() {
        const list = [];
        for (const size of [{ tag: "desktop", w: 1280, h: 800 }, { tag: "wide", w: 1920, h: 1080 },
                            { tag: "tablet", w: 800, h: 1280 }]) {
            for (const lang of ["nl", "en"])
                list.push({ tag: size.tag + "-" + lang, w: size.w, h: size.h, lang: lang });
        }
        return list;
    }

    function test_3_screens(data) {
        App.language = data.lang;
        const tab = openRegion(data.w, data.h);
        tryCompare(tab.report.controller, "state", "ready", 15000);
        settle();
        wait(300);
        shoot("coordinator-region-exit-" + data.tag);
        tap(child("regionOpen"));
        tryCompare(tab.report.controller, "state", "ready", 15000);
        settle();
        wait(300);
        shoot("coordinator-region-open-" + data.tag);
        tap(child("regionEmployers"));
        tryVerify(() => has("employerStatus_de-linde"), 10000);
        settle();
        wait(300);
        shoot("coordinator-region-organisations-" + data.tag);
    }
}
