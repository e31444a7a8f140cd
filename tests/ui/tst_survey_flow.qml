import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi

// Drives the real app window: onboarding, profile, the exit survey question by question with
// clicks and typing, validation, scrubbed-text preview, review, send (offline: it waits).
ZsTestCase {
    id: test
    name: "SurveyFlow"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        win = createTemporaryObject(mainComponent, test, { width: 360, height: 740 });
        verify(win);
        tryCompare(win, "visible", true);
    }

    function test_1_onboardingRefusesIncompleteProfile() {
        compare(App.profileComplete, false);
        tap(child("onboardingNext"));
        tap(child("saveProfileButton"));
        tryVerify(() => child("profileError").visible);
        compare(App.profileComplete, false);
    }

    function test_2_profileThenExitSurvey() {
        tap(child("onboardingNext"));
        const pick = (name, index) => { const box = child(name); box.currentIndex = index; box.activated(index); };
        pick("regionBox", 11); // utrecht
        pick("branchBox", 4);
        pick("occupationBox", 2);
        pick("ageBox", 1);
        pick("tenureBox", 2);
        shoot("test-onboarding-profile");
        tap(child("saveProfileButton"));
        tryCompare(App, "profileComplete", true);
        compare(App.profile.region, "utrecht");
        compare(App.profile.employer, undefined); // an employer comes only from an invitation

        tryVerify(() => findChild(win.contentItem, "openSurvey_exit") !== null);
        tap(child("openSurvey_exit"));
        tryVerify(() => findChild(win.contentItem, "surveyPage") !== null);
        const page = child("surveyPage");
        const runner = page.runner;
        compare(runner.stage, "intro");
        tap(child("startButton"));
        compare(runner.stage, "question");

        // Next without an answer is refused with a message; nothing moves.
        compare(runner.question.questionId, "reasons");
        tap(child("nextButton"));
        verify(runner.errorText !== "");
        compare(runner.question.questionId, "reasons");

        let guard = 0;
        while (runner.stage === "question" && guard++ < 20) {
            const q = runner.question;
            if (q.type === "single") {
                tap(child("option_" + runner.options.get(q.questionId === "would_return" ? 1 : 0).optionId)); // "maybe" shows the follow-up
            } else if (q.type === "multi") {
                tap(child("option_" + runner.options.get(0).optionId));
                tap(child("option_" + runner.options.get(1).optionId));
                compare(runner.answer.length, 2);
                if (q.questionId === "kept") {
                    // "Nothing" cannot be combined: it replaces the others, and they replace it.
                    tap(child("option_nothing"));
                    compare(runner.answer, ["nothing"]);
                    tap(child("option_" + runner.options.get(0).optionId));
                    compare(runner.answer, [runner.options.get(0).optionId]);
                }
            } else if (q.type === "scale") {
                tap(child("scale_8"));
                compare(runner.answer, 8);
            } else if (q.type === "text") {
                const typed = "Bel me: 06-12345678";
                type(child("textAnswer"), typed);
                compare(runner.answer, typed);
                tryVerify(() => child("scrubPreview").visible);
                verify(runner.scrubbedPreview.indexOf("06-12345678") < 0);
                shoot("test-survey-text-preview");
            } else {
                fail("unexpected question type " + q.type);
            }
            tap(child("nextButton"));
            compare(runner.errorText, "");
        }
        compare(runner.stage, "review");
        const review = rows(runner.review);
        verify(review.length >= 7);
        const texts = review.filter(r => r.scrubbed);
        verify(texts.length >= 1, "the review marks scrubbed text");
        for (const r of review)
            verify(r.answer.indexOf("06-12345678") < 0, "review shows what is sent, scrubbed");
        shoot("test-survey-review");

        tap(child("submitButton"));
        compare(runner.stage, "done");
        // Offline: the answers wait in the outbox; nothing is lost.
        tryCompare(App, "pendingCount", 1);
        shoot("test-survey-done");
    }

    function test_3_draftSurvivesReopening() {
        // The window from test 2 is gone; the profile is still stored.
        tryVerify(() => findChild(win.contentItem, "openSurvey_retention") !== null);
        tap(child("openSurvey_retention"));
        tryVerify(() => findChild(win.contentItem, "surveyPage") !== null);
        let runner = child("surveyPage").runner;
        tap(child("startButton"));
        tap(child("option_" + runner.options.get(0).optionId));
        tap(child("nextButton"));
        compare(runner.position, 1);

        // Close the window and open a fresh one: the draft resumes where it was.
        win.destroy();
        wait(50);
        win = createTemporaryObject(mainComponent, test, { width: 360, height: 740 });
        tryVerify(() => findChild(win.contentItem, "openSurvey_retention") !== null);
        compare(child("openSurvey_retention").text.length > 0, true);
        tap(child("openSurvey_retention"));
        tryVerify(() => findChild(win.contentItem, "surveyPage") !== null);
        runner = child("surveyPage").runner;
        compare(runner.hasDraft, true);
        tap(child("startButton"));
        compare(runner.position, 1);
        compare(runner.question.questionId, "themes");
    }
}
