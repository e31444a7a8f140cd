import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi
import ZorgstemDashboard

// Every page of the Organisation dashboard at the two desktop sizes (1280×800, 1920×1080) and on
// a tablet in portrait (800×1280), in Dutch and English, on the seeded releases; saved for people
// to look at, with a check that no text runs past the window's right edge.
ZsTestCase {
    id: test
    name: "EmployerScreens"
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

    // Scrolls the page that holds the item so the item is at the top.
    function scrollTo(item) {
        let flick = item.parent;
        while (flick && !(flick.contentY !== undefined && flick.flicking !== undefined))
            flick = flick.parent;
        verify(flick, "no page to scroll");
        const y = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(y - 12, flick.contentHeight - flick.height));
        waitForRendering(win.contentItem);
    }

    // Waits out a tab's indicator animation as well as page transitions.
    function settleTab() {
        settle();
        wait(400);
    }

    function cleanup() {
        Session.signOut();
    }

    function test_pages_data() {
        const list = [];
        for (const size of [{ tag: "desktop", w: 1280, h: 800 }, { tag: "wide", w: 1920, h: 1080 },
                            { tag: "tablet", w: 800, h: 1280 }]) {
            for (const lang of ["nl", "en"])
                list.push({ tag: size.tag + "-" + lang, w: size.w, h: size.h, lang: lang });
        }
        return list;
    }

    function test_pages(data) {
        App.language = data.lang;
        win = createTemporaryObject(mainComponent, test, { width: data.w, height: data.h });
        verify(win);
        tryCompare(win, "visible", true);
        settle();
        tap(child("onboardingSignIn"));
        tryVerify(() => has("signInPage"));
        shoot("employer-signin-" + data.tag);
        checkFits(win.contentItem);

        type(child("tokenField"), employerToken);
        tap(child("signInButton"));
        tryVerify(() => has("organisationPage"), 10000);
        settle();
        const exit = child("reportPage_exit").controller;
        tryCompare(exit, "state", "ready", 15000);
        tryVerify(() => exit.actions.count > 0, 10000);
        shoot("employer-exit-" + data.tag);
        checkFits(win.contentItem);
        scrollTo(child("section_reasons.themes"));
        shoot("employer-exit-themes-" + data.tag);
        scrollTo(child("section_enps"));
        shoot("employer-exit-enps-" + data.tag);
        exit.trendFigure = "reasons.themes:workload_terms";
        scrollTo(child("trend_exit"));
        shoot("employer-exit-trend-" + data.tag);
        checkFits(win.contentItem);
        scrollTo(child("comments_exit"));
        shoot("employer-exit-comments-" + data.tag);
        scrollTo(child("regionalActions_exit"));
        shoot("employer-exit-actions-" + data.tag);
        checkFits(win.contentItem);

        tap(child("tabRetention"));
        const stay = child("reportPage_retention").controller;
        tryCompare(stay, "state", "ready", 15000);
        settleTab();
        shoot("employer-stay-" + data.tag);
        scrollTo(child("section_themes"));
        shoot("employer-stay-statements-" + data.tag);
        checkFits(win.contentItem);
        scrollTo(child("section_leave_where"));
        shoot("employer-stay-hidden-" + data.tag);

        tap(child("tabInvitations"));
        const batch = child("invitationsPage").controller;
        tryVerify(() => batch.months.count > 0, 10000);
        batch.count = 6;
        tap(child("makeBatch"));
        tryCompare(batch, "codeCount", 6, 10000);
        settleTab();
        shoot("employer-invitations-" + data.tag);
        checkFits(win.contentItem);
        batch.sheetFolder = files.url("");
        verify(batch.saveSheet(batch.suggestedSheet()));

        // An organisation with no release yet.
        tap(child("signOutButton"));
        tryVerify(() => has("onboardingPage"));
        Session.signIn(emptyEmployerToken, collectorUrl, false);
        tryVerify(() => Session.signedIn, 10000);
        tap(child("onboardingSignIn"));
        tryVerify(() => has("organisationPage"));
        tryCompare(child("reportPage_exit").controller, "state", "empty", 15000);
        shoot("employer-empty-" + data.tag);
        checkFits(win.contentItem);
    }
}
