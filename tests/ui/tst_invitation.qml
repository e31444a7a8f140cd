import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi

// An invitation against the real collector (DESIGN §5a): a typed code with a wrong check symbol
// is said at once; a good one says for whom the answers count and starts that survey; the review
// lists everything that leaves the device; the answers arrive with a credential. A link (naming
// another collector) and a QR image fed to the decoder work the same; a used code is refused.
// Screens at phone and desktop size, in Dutch and English.
ZsTestCase {
    id: test
    name: "Invitation"
    when: windowShown

    readonly property string employer: "zorg-utrecht"

    Component {
        id: mainComponent
        Main {}
    }

    function openApp(w, h) {
        if (win)
            win.destroy();
        win = createTemporaryObject(mainComponent, test, { width: w, height: h });
        verify(win);
        tryCompare(win, "visible", true);
    }

    function initTestCase() {
        compare(App.saveProfile({ region: "utrecht", branch: "vvt", occupation: "verzorgende_ig",
                                  ageBand: "25-34", tenureBand: "3-5" }), "");
    }

    function openInvitationPage() {
        tap(child("openInvitation"));
        tryVerify(() => has("invitationPage"));
        settle();
        return child("invitationPage").controller;
    }

    // Answers every question with its first choice, up to the review.
    function answerAll(runner) {
        let guard = 0;
        while (runner.stage === "question" && guard++ < 30) {
            const q = runner.question;
            if (q.type === "single")
                runner.setAnswer(runner.options.get(0).optionId);
            else if (q.type === "multi")
                runner.toggleOption(runner.options.get(0).optionId);
            else if (q.type === "scale" || q.type === "number")
                runner.setAnswer(q.max);
            else if (q.type === "likert")
                for (const item of rows(runner.items))
                    runner.setItem(item.itemId, 4);
            verify(runner.next(), q.questionId + ": " + runner.errorText);
        }
        compare(runner.stage, "review");
    }

    function test_1_wrongCheckSymbolIsSaidAtOnce() {
        App.language = "nl";
        openApp(360, 740);
        const invitation = openInvitationPage();
        const code = invitations.create(employer, "exit", 1)[0];
        verify(code.length > 0);
        // The last symbol is the check symbol: change it and the code is wrong.
        const last = code[code.length - 1];
        const wrong = code.slice(0, -1) + (last === "0" ? "1" : "0");
        type(child("invitationCode"), wrong);
        tryVerify(() => has("invitationHint"));
        verify(child("invitationHint").text.indexOf("klopt niet") >= 0, child("invitationHint").text);
        verify(!child("invitationSubmit").enabled);
        shoot("invitation-badcode-phone-nl");
        // Half a code is not wrong yet.
        type(child("invitationCode"), code.slice(0, 6));
        tryVerify(() => !has("invitationHint"));
        type(child("invitationCode"), code);
        tryVerify(() => child("invitationSubmit").enabled);
        compare(invitation.stage, "enter");
    }

    function test_2_typedCodeCountsForTheEmployer_data() {
        const rows = [];
        for (const theme of ["light", "dark"]) {
            for (const r of [["phone-nl", 360, 740, "nl", "vertrekpeiling"],
                             ["phone-en", 360, 740, "en", "exit survey"],
                             ["desktop-nl", 1280, 800, "nl", "vertrekpeiling"],
                             ["desktop-en", 1280, 800, "en", "exit survey"]]) {
                rows.push({ tag: r[0] + (theme === "dark" ? "-dark" : ""), w: r[1], h: r[2],
                            lang: r[3], kind: r[4], theme: theme });
            }
        }
        return rows;
    }

    function test_2_typedCodeCountsForTheEmployer(data) {
        App.language = data.lang;
        Theme.mode = data.theme;
        openApp(data.w, data.h);
        shoot("invitation-home-" + data.tag);
        const invitation = openInvitationPage();
        shoot("invitation-enter-" + data.tag);
        const code = invitations.create(employer, "exit", 1)[0];
        type(child("invitationCode"), code.toLowerCase()); // as a person may type it
        tap(child("invitationSubmit"));
        tryCompare(invitation, "stage", "ready", 15000);
        const text = child("countsForText").text;
        verify(text.indexOf("Zorg Utrecht") >= 0, text);
        verify(text.indexOf(data.kind) >= 0, text);
        shoot("invitation-ready-" + data.tag);

        tap(child("invitationStart"));
        tryVerify(() => has("surveyPage"));
        settle();
        const runner = child("surveyPage").runner;
        compare(runner.surveyId, "exit");
        verify(has("surveyCountsFor"));
        shoot("invitation-survey-intro-" + data.tag);
        runner.start();
        answerAll(runner);
        // The review says what leaves the device, the employer and the credential included.
        const leaves = rows(runner.leaves).map(r => r.label + ": " + r.value).join("\n");
        verify(leaves.indexOf("Zorg Utrecht") >= 0, leaves);
        verify(leaves.indexOf(data.lang === "nl" ? "niet naar jou te herleiden" : "cannot be traced back to you") >= 0, leaves);
        verify(leaves.indexOf(data.lang === "nl" ? "november 2026" : "November 2026") >= 0, leaves);
        shoot("invitation-review-" + data.tag);
        const sentBefore = App.sentCount;
        tap(child("submitButton"));
        compare(runner.stage, "done");
        App.syncNow();
        tryVerify(() => App.pendingCount === 0 && App.sentCount === sentBefore + 1, 15000);
        compare(App.rejectedCount, 0);
        Theme.mode = "system";
    }

    function test_3_linkNamingAnotherCollector() {
        App.language = "en";
        openApp(360, 740);
        const code = invitations.create(employer, "retention", 1)[0];
        App.openInvitation("zorgstem://invite?code=" + encodeURIComponent(code)
                           + "&collector=" + encodeURIComponent("https://elsewhere.example"));
        tryVerify(() => has("invitationPage"));
        const invitation = child("invitationPage").controller;
        tryCompare(invitation, "stage", "ready", 15000);
        verify(has("invitationLinkNote"));
        verify(child("countsForText").text.indexOf("stay survey") >= 0, child("countsForText").text);
        compare(invitation.surveyId, "retention");
        shoot("invitation-link-phone-en");
    }

    function test_4_qrCodeFedToTheDecoder() {
        App.language = "nl";
        openApp(360, 740);
        const invitation = openInvitationPage();
        tap(child("invitationScan"));
        tryVerify(() => has("qrScanPane"));
        // Xvfb has no camera: the page says so and offers typing.
        verify(has("noCamera"));
        shoot("invitation-nocamera-phone-nl");
        const code = invitations.create(employer, "exit", 1)[0];
        const link = "zorgstem://invite?code=" + encodeURIComponent(code) + "&collector="
                   + encodeURIComponent(invitations.collector());
        const image = invitations.qrImage(link, "invite");
        verify(image.toString() !== "");
        compare(child("qrScanPane").scanner.decodeFile(image), link);
        tryCompare(invitation, "stage", "ready", 15000);
        verify(!has("invitationLinkNote")); // the link names this very collector
        shoot("invitation-qr-ready-phone-nl");
    }

    function test_5_usedCodeIsRefused() {
        App.language = "nl";
        openApp(360, 740);
        const code = invitations.create(employer, "exit", 1)[0];
        let invitation = openInvitationPage();
        verify(invitation.submit(code));
        tryCompare(invitation, "stage", "ready", 15000);
        child("stack").pop();
        settle();
        // The same code a second time (typed again, say by a colleague) is used up.
        invitation = openInvitationPage();
        verify(invitation.submit(code));
        tryCompare(invitation, "stage", "refused", 15000);
        verify(child("invitationMessage").text.indexOf("al gebruikt") >= 0, child("invitationMessage").text);
        shoot("invitation-used-phone-nl");
    }
}
