import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi
import ZorgstemDashboard

// The Organisation dashboard against the real collector with seeded releases (tst_ui.cpp
// seedReleases): signing in and out (token, link, refusals, no keychain here), the exit page
// with a hidden and a shown group beside the region's benchmark, the trend and the comments,
// export of the PDF and CSV, the stay page, the empty state, and an invitation batch with its
// QR sheet. No care worker's profile is made: an HR manager does not need one.
ZsTestCase {
    id: test
    name: "Employer"
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

    function signInDirectly(token) {
        Session.signIn(token, collectorUrl, false);
        tryVerify(() => Session.signedIn && !Session.busy, 10000, "signed in");
    }

    // From the first page (no profile) to the Organisation page.
    function openOrganisation() {
        tap(child("onboardingSignIn"));
        tryVerify(() => has("organisationPage"), 5000);
        settle();
    }

    function exitReport() {
        const report = child("reportPage_exit").controller;
        tryCompare(report, "state", "ready", 15000);
        return report;
    }

    function cleanup() {
        Session.signOut();
        App.language = "nl";
    }

    function test_1_signInAndOut() {
        verify(!App.profileComplete);
        openApp(1280, 800);
        verify(has("onboardingPage"));
        tap(child("onboardingSignIn"));
        tryVerify(() => has("signInPage"));
        settle();
        // Nothing pasted: said, nothing sent.
        tap(child("signInButton"));
        tryVerify(() => child("signInMessage").visible);
        verify(child("signInMessage").text.indexOf("zse_") >= 0);
        // A wrong token: the collector refuses it.
        type(child("tokenField"), "zse_0000");
        tap(child("signInButton"));
        tryVerify(() => child("signInMessage").text.indexOf("accepteert dit token niet") >= 0 && !Session.busy, 10000);
        verify(!Session.signedIn);
        verify(has("signInPage"));
        shoot("employer-signin-refused-desktop-" + App.language);

        // The right one, with "remember": no secret service here, so said plainly.
        type(child("tokenField"), employerToken);
        tap(child("rememberBox"));
        tap(child("signInButton"));
        tryVerify(() => has("organisationPage"), 10000);
        compare(Session.role, "employer");
        compare(Session.name, "Zorggroep De Linde");
        tryVerify(() => Session.keychainMessage !== "", 10000);
        verify(!Session.remembered);
        verify(child("signedInAs").text.indexOf("Zorggroep De Linde") >= 0);
        verify(child("signedInAs").text.indexOf("geheugen") >= 0, child("signedInAs").text);
        // The sign-in page is replaced (and destroyed once the transition ends): either it is
        // gone with the token, or its field is already empty.
        const field = findChild(win.contentItem, "tokenField");
        verify(field === null || field.text === "", "the field forgets the token");

        tap(child("signOutButton"));
        tryVerify(() => has("onboardingPage"));
        verify(!Session.signedIn);
        compare(Session.name, "");
    }

    // Coordinator mode needs no care worker's profile: the same sign-in page with a coordinator
    // token opens it, the region comes from the token, and signing out leaves it.
    function test_1c_coordinatorSignsInTheSameWay() {
        verify(!App.profileComplete);
        openApp(1280, 800);
        tap(child("onboardingSignIn"));
        tryVerify(() => has("signInPage"));
        type(child("tokenField"), coordinatorToken);
        tap(child("signInButton"));
        tryVerify(() => has("coordinatorPage"), 10000);
        compare(Session.role, "coordinator");
        compare(Session.region, "utrecht");
        verify(!has("coordinatorToken"), "no typed token field any more");
        verify(child("coordinatorSignedInAs").text.indexOf("Utrecht") >= 0, child("coordinatorSignedInAs").text);
        // The region's lists are the token's region's, without a profile.
        tryVerify(() => Region.actions.count > 0 && Region.panels.count > 0, 10000);
        const page = child("coordinatorPage");
        tryCompare(page.coordinator, "busy", false, 10000);
        shoot("coordinator-signed-in-desktop-" + App.language);

        tap(child("coordinatorSignOut"));
        tryVerify(() => has("onboardingPage"));
        verify(!Session.signedIn);
        tryCompare(Region.panels, "count", 0);
        verify(!App.profileComplete);
    }

    function test_1b_keyboardOnly() {
        openApp(1280, 800);
        tap(child("onboardingSignIn"));
        tryVerify(() => has("signInPage"));
        settle();
        win.requestActivate();
        tryCompare(win, "active", true);
        const token = child("tokenField");
        token.forceActiveFocus();
        for (const c of employerToken)
            keyClick(c);
        // Tab walks the form in reading order; Space ticks the box.
        keyClick(Qt.Key_Tab);
        verify(child("signInCollector").activeFocus);
        keyClick(Qt.Key_Tab);
        verify(child("rememberBox").activeFocus);
        keyClick(Qt.Key_Space);
        verify(child("rememberBox").checked);
        keyClick(Qt.Key_Tab);
        verify(child("signInButton").activeFocus);
        // Enter in a field signs in.
        token.forceActiveFocus();
        keyClick(Qt.Key_Return);
        tryVerify(() => has("organisationPage"), 10000);
        // The tabs take the keys too.
        const tabs = child("organisationTabs");
        child("tabExit").forceActiveFocus();
        keyClick(Qt.Key_Right);
        tryCompare(tabs, "currentIndex", 1);
        for (const name of ["tabExit", "tabRetention", "tabInvitations", "signOutButton", "exportPdf_exit", "exportCsv_exit"])
            verify(child(name).Accessible.name !== "", name + " has an accessible name");
    }

    function test_2_signInLink() {
        openApp(1280, 800);
        const link = "zorgstem://signin?token=" + employerToken + "&collector=" + encodeURIComponent(collectorUrl);
        verify(Session.openLink(link));
        tryVerify(() => has("signInPage"));
        tryVerify(() => child("signInLinkBox").visible);
        verify(!Session.signedIn, "nothing is sent before the person says so");
        shoot("employer-signin-link-desktop-" + App.language);
        tap(child("signInWithLink"));
        tryVerify(() => has("organisationPage"), 10000);
        compare(Session.name, "Zorggroep De Linde");
    }

    function test_3_exitPageShowsHiddenAndShownGroupsBesideTheRegion() {
        signInDirectly(employerToken);
        openApp(1280, 800);
        openOrganisation();
        const report = exitReport();
        compare(report.releases.count, 2);
        verify(has("releaseRow_exit_1") && has("releaseRow_exit_2"));
        verify(child("noiseNote_exit").visible);
        verify(report.summary.indexOf("2 publicaties") >= 0, report.summary);

        // A shown group: the leaving reasons, workload first, the region's share beside it.
        const reasons = child("section_reasons");
        verify(!reasons.hidden);
        const workload = child("bar_reasons_workload");
        verify(workload.visible);
        verify(workload.hasBenchmark);
        verify(workload.percent > 60, "everyone named workload: " + workload.percent);
        verify(workload.benchmarkText.indexOf("regio") === 0, workload.benchmarkText);
        verify(workload.Accessible.name.indexOf(workload.label) === 0);
        verify(has("section_reasons.themes"));
        verify(has("bar_reasons.themes_workload_terms"));
        verify(child("section_enps").hasEnps);

        shoot("employer-exit-top-desktop-" + App.language);

        // One release's figures instead of the total.
        report.view = 1;
        tryVerify(() => has("section_reasons"));
        verify(child("bar_reasons_workload").percent > 60);
        report.view = 0;

        // The trend: one point per release, and the region's line for a share.
        compare(report.trend.count, 2);
        verify(rows(report.trend).every(p => p.shown));
        verify(!report.trendHasBenchmark, "respondents have no regional line");
        report.trendFigure = "reasons:workload";
        verify(report.trendHasBenchmark);
        verify(report.trendIsPercent);
        const chart = child("trendChart_exit");
        tryVerify(() => chart.segments.length === 1 && chart.segments[0].length === 2);
        tap(child("trend_exit"));
        shoot("employer-exit-trend-desktop-" + App.language);

        // Comments of the newest release, then of the first.
        verify(rows(report.comments).some(c => c.text.indexOf("Tweede ronde: opmerking") === 0));
        // A hidden group: nobody answered the return condition. Said plainly, never as 0.
        const hidden = rows(report.comments).find(c => c.hidden);
        verify(hidden, "the return condition is hidden");
        compare(hidden.text, "Minder dan 10 mensen: verborgen om hen te beschermen.");
        verify(has("comment_exit_" + hidden.key));
        report.commentRelease = 1;
        verify(rows(report.comments).some(c => c.text === "Opmerking 1"));
        verify(!rows(report.comments).some(c => c.text.indexOf("Tweede ronde") === 0));
        tap(child("comments_exit"));
        shoot("employer-exit-comments-desktop-" + App.language);

        // Regional actions on the top themes (workload).
        tryVerify(() => report.actions.count > 0, 10000);
        verify(report.topThemesText !== "");
        verify(rows(report.actions).every(a => a.matched !== ""));
    }

    function test_4_exportPdfAndCsv() {
        signInDirectly(employerToken);
        openApp(1280, 800);
        openOrganisation();
        const page = child("reportPage_exit");
        const report = exitReport();

        // The button opens the save dialog with a name in the folder; accepting writes the PDF.
        report.exportFolder = files.url("");
        tap(child("exportPdf_exit"));
        const dialog = page.exportDialog;
        tryCompare(dialog, "visible", true);
        const pdf = report.suggestedFile("pdf");
        verify(String(pdf).indexOf("de-linde-exit-") >= 0, pdf);
        compare(String(dialog.selectedFile), String(pdf));
        dialog.accept();
        tryVerify(() => report.exportMessage !== "" && !report.exporting, 20000);
        verify(report.exportOk, report.exportMessage);
        verify(child("exportMessage_exit").visible);
        const info = files.pdfInfo(pdf);
        verify(info.indexOf("(A4)") >= 0, info);
        verify(/Pages:\s+([3-9]|\d\d)/.test(info), info);
        const text = files.pdfText(pdf);
        verify(text.indexOf("Zorggroep De Linde") >= 0);
        verify(text.indexOf("Vertrekpeiling") >= 0);
        verify(text.indexOf("Vertrekredenen") >= 0);

        // The CSV: the collector's own, in columns (byte-order mark, sep line).
        const csv = files.url("cijfers.csv");
        report.exportTo(csv);
        tryVerify(() => !report.exporting && report.exportMessage.indexOf("cijfers.csv") >= 0, 20000);
        verify(report.exportOk);
        compare(files.hexHead(csv, 9), "efbbbf7365703d2c0d"); // byte-order mark, "sep=,\r"
        const content = files.text(csv);
        verify(content.indexOf("sep=,\r\n") >= 0 && content.indexOf("sep=,\r\n") <= 1);
        const lines = content.split("\r\n").filter(l => l !== "");
        compare(lines[1], "scope,release,first_month,last_month,question,figure,value");
        verify(lines.length > 50);
        for (let i = 2; i < lines.length; ++i) {
            if (lines[i].indexOf('"') < 0)
                compare(lines[i].split(",").length, 7, lines[i]);
        }

        // A file that cannot be written: said, nothing else changes.
        report.exportTo("file:///nonexistent-dir/x.pdf");
        tryVerify(() => !report.exporting && !report.exportOk, 20000);
        verify(report.exportMessage.indexOf("/nonexistent-dir/x.pdf") >= 0);
    }

    function test_5_stayPageAndTheEmptyState() {
        signInDirectly(employerToken);
        openApp(1280, 800);
        openOrganisation();
        tap(child("tabRetention"));
        const stay = child("reportPage_retention").controller;
        tryCompare(stay, "state", "ready", 15000);
        compare(stay.releases.count, 1);
        verify(has("section_stay_drivers"));
        verify(has("bar_stay_drivers_team"));
        const likert = child("section_themes");
        compare(likert.kind, "likert");
        verify(has("bar_themes_team"));
        verify(child("bar_themes_team").meanText !== "");
        verify(has("section_intent_to_leave"));
        // A hidden group on the page: nobody said they plan to leave, so where they would go is
        // hidden, plainly, with when the next release can come.
        const hidden = child("hidden_leave_where");
        verify(hidden.visible);
        verify(hidden.Accessible.name.indexOf("Minder dan 10 mensen: verborgen om hen te beschermen") >= 0, hidden.Accessible.name);
        verify(hidden.Accessible.name.indexOf("op zijn vroegst") >= 0);
        verify(!has("bar_leave_where_outside_care"));
        shoot("employer-stay-desktop-" + App.language);

        // Another organisation with no release yet.
        tap(child("signOutButton"));
        tryVerify(() => has("onboardingPage"));
        signInDirectly(emptyEmployerToken);
        openOrganisation();
        const empty = child("reportPage_exit").controller;
        tryCompare(empty, "state", "empty", 15000);
        verify(child("emptyState_exit").visible);
        verify(!has("releaseRow_exit_1"));
        verify(empty.emptyText.indexOf("10") >= 0);
        verify(empty.nextReleaseText.indexOf("op zijn vroegst") >= 0);
        shoot("employer-empty-desktop-" + App.language);
    }

    function test_6_invitationBatchAndSheet() {
        signInDirectly(emptyEmployerToken);
        openApp(1280, 800);
        openOrganisation();
        tap(child("tabInvitations"));
        const page = child("invitationsPage");
        const batch = page.controller;
        tryVerify(() => has("monthsEmpty"), 10000);

        tap(child("batchRetention"));
        compare(batch.survey, "retention");
        batch.count = 8;
        tap(child("makeBatch"));
        tryCompare(batch, "codeCount", 8, 10000);
        verify(child("batchResult").visible);
        verify(child("batchMessage").text.indexOf("8") >= 0);
        const codes = batch.codesText.split("\n");
        compare(codes.length, 8);
        verify(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(codes[0]), codes[0]);
        shoot("employer-invitations-made-desktop-" + App.language);

        // A second batch before the sheet is saved would lose these codes: refused.
        tap(child("makeBatch"));
        tryVerify(() => !batch.ok);
        compare(batch.codeCount, 8);

        // Save the sheet through the dialog.
        batch.sheetFolder = files.url("");
        tap(child("saveSheet"));
        const dialog = page.sheetDialog;
        tryCompare(dialog, "visible", true);
        const sheet = batch.suggestedSheet();
        compare(String(dialog.selectedFile), String(sheet));
        dialog.accept();
        tryVerify(() => batch.sheetSaved, 10000);
        const text = files.pdfText(sheet);
        for (const code of codes)
            verify(text.indexOf(code) >= 0, code);
        verify(text.indexOf("Thuiszorg Het Anker") >= 0);
        verify(files.pdfInfo(sheet).indexOf("(A4)") >= 0);

        // The counts per month now show the batch.
        tryVerify(() => batch.months.count > 0, 10000);
        const month = rows(batch.months)[0];
        compare(month.issued, 8);
        compare(month.redeemed, 0);
        verify(has("month_" + month.key));
        shoot("employer-invitations-desktop-" + App.language);

        // Now a new batch may be made.
        batch.count = 2;
        tap(child("batchExit"));
        tap(child("makeBatch"));
        tryCompare(batch, "codeCount", 2, 10000);
        verify(!batch.sheetSaved);
    }
}
