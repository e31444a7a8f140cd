import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi

// The survey path as a care worker on a 360-px phone meets it (issue 11), with taps: the likert
// page keeps its place and says what 1 to 5 mean, the selected step is plain to see, the number
// field shows what is answered and fits, a fourth "at most 3" box is refused where she tapped,
// names and wards are scrubbed, the review lists everything that leaves, the cards say how long
// a survey takes, and starting a survey she already sent asks first.
ZsTestCase {
    id: test
    name: "SurveyPath"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        App.deleteAllData();
        App.language = "nl";
        compare(App.saveProfile({ region: "utrecht", branch: "vvt", occupation: "verzorgende_ig",
                                  ageBand: "u25", tenureBand: "1-2" }), "");
        win = createTemporaryObject(mainComponent, test, { width: 360, height: 740 });
        verify(win);
        tryCompare(win, "visible", true);
    }

    function openSurvey(id) {
        tryVerify(() => findChild(win.contentItem, "openSurvey_" + id) !== null);
        tap(child("openSurvey_" + id));
        tryVerify(() => findChild(win.contentItem, "surveyPage") !== null);
        settle();
        return child("surveyPage");
    }

    // The visible text items under item whose text contains part.
    function textsWith(item, part, found) {
        found = found || [];
        if (!item || !item.visible)
            return found;
        if (typeof item.text === "string" && item.text.indexOf(part) >= 0 && item.width > 0)
            found.push(item);
        for (let i = 0; i < item.children.length; ++i)
            textsWith(item.children[i], part, found);
        return found;
    }

    function inView(flick, item) {
        const y = item.mapToItem(flick, 0, 0).y;
        return y >= 0 && y + item.height <= flick.height;
    }

    // WCAG relative luminance and contrast ratio of two colours.
    function luminance(c) {
        const f = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
    }
    function contrast(a, b) {
        const la = luminance(a);
        const lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function toLikert(runner) {
        tap(child("startButton"));
        tap(child("option_" + runner.options.get(0).optionId));
        tap(child("nextButton"));
        compare(runner.question.type, "likert");
        settle();
    }

    function test_1_likertKeepsItsPlace() {
        const page = openSurvey("retention");
        const runner = page.runner;
        toLikert(runner);
        const flick = page.flickable;
        const items = rows(runner.items);
        verify(items.length >= 6);
        // Swipe down to the middle statements, as a finger would, and answer two in a row.
        const here = child("likert_" + items[4].itemId + "_4");
        flick.contentY = Math.min(here.mapToItem(flick.contentItem, 0, 0).y - 200,
                                  flick.contentHeight - flick.height);
        waitForRendering(win.contentItem);
        verify(flick.contentY > 0);
        const before = flick.contentY;
        const next = child("likert_" + items[5].itemId + "_2");
        verify(inView(flick, here) && inView(flick, next));
        const nextAt = next.mapToItem(win.contentItem, next.width / 2, next.height / 2);
        mouseClick(here);
        compare(runner.answer[items[4].itemId], 4);
        waitForRendering(win.contentItem);
        compare(flick.contentY, before, "the page stays where it was after a tap");
        // The next tap, where the next statement was, lands on it.
        mouseClick(win.contentItem, nextAt.x, nextAt.y);
        compare(runner.answer[items[5].itemId], 2, "the second tap lands on the next statement");
        compare(Object.keys(runner.answer).length, 2);
        shoot("test-survey-likert-scrolled");
    }

    function test_2_likertSaysWhatTheStepsMean() {
        const page = openSurvey("retention");
        const runner = page.runner;
        toLikert(runner);
        const flick = page.flickable;
        const labels = runner.question.scaleLabels;
        compare(labels.length, 5);
        const first = child("likert_" + rows(runner.items)[0].itemId + "_1");
        const firstY = first.mapToItem(flick.contentItem, 0, 0).y;
        // Every step's meaning above the first statement, readable (not faded, not tiny).
        for (const label of labels) {
            const above = textsWith(flick.contentItem, label).filter(t => t.mapToItem(flick.contentItem, 0, 0).y < firstY);
            verify(above.length > 0, "'" + label + "' shows above the first statement");
            verify(above[0].font.pixelSize >= 13 && above[0].opacity === 1, "'" + label + "' is readable");
        }
        // And beside each statement: what 1 and 5 mean, visible with the buttons.
        for (const item of rows(runner.items)) {
            const five = child("likert_" + item.itemId + "_5");
            const row = five.parent.parent; // the statement's column
            verify(textsWith(row, labels[0]).length > 0 && textsWith(row, labels[4]).length > 0,
                   "1 and 5 are explained with '" + item.label + "'");
        }
    }

    function test_3_selectedStepIsPlainToSee() {
        const page = openSurvey("retention");
        const runner = page.runner;
        toLikert(runner);
        const item = rows(runner.items)[0].itemId;
        tap(child("likert_" + item + "_4"));
        const chosen = child("likert_" + item + "_4");
        const other = child("likert_" + item + "_3");
        waitForRendering(win.contentItem);
        const ratio = contrast(chosen.contentItem.color, chosen.background.color);
        verify(ratio >= 4.5, "selected text contrast " + ratio.toFixed(2) + " >= 4.5");
        verify(contrast(other.contentItem.color, other.background.color) >= 4.5, "unselected text contrast");
        // The selected step stands out from the others (non-text contrast >= 3).
        const apart = contrast(chosen.background.color, other.background.color);
        verify(apart >= 3, "selected and unselected differ by " + apart.toFixed(2));
        // A second tap on the chosen step keeps it chosen (the answer did not change).
        tap(chosen);
        compare(runner.answer[item], 4);
        verify(contrast(chosen.background.color, other.background.color) >= 3, "still shown as chosen");
        shoot("test-survey-likert-selected");
    }

    function test_4_numberShowsWhatIsAnsweredAndFits() {
        const page = openSurvey("retention");
        const runner = page.runner;
        toLikert(runner);
        for (const item of rows(runner.items))
            runner.setItem(item.itemId, 3);
        tap(child("nextButton"));
        compare(runner.question.questionId, "hours_wish");
        tap(child("option_more"));
        tap(child("nextButton"));
        compare(runner.question.type, "number");
        settle();
        shoot("test-survey-number");
        // Nothing on the phone runs past the right edge: the title, the field, its buttons.
        checkFits(page);
        // What the field shows is the answer: empty while there is none.
        const field = findChild(win.contentItem, "numberField");
        const box = findChild(win.contentItem, "numberBox");
        const shown = () => field ? field.text : box.contentItem.text;
        const answered = () => typeof runner.answer === "number" ? String(runner.answer) : "";
        compare(shown(), answered(), "the field shows exactly what is answered");
        verify(field, "a number field that can be empty");
        tap(child("numberPlus"));
        compare(runner.answer, runner.question.min);
        compare(shown(), answered());
        tap(child("numberPlus"));
        tap(child("numberPlus"));
        compare(runner.answer, runner.question.min + 2);
        tap(child("numberMinus"));
        compare(runner.answer, runner.question.min + 1);
        compare(shown(), answered());
        type(field, "12");
        compare(runner.answer, 12);
        compare(shown(), "12");
        tap(child("nextButton"));
        compare(runner.errorText, "");
        compare(runner.question.questionId, "roster_say");
    }

    function test_5_fourthChoiceIsRefusedVisibly() {
        const page = openSurvey("exit");
        const runner = page.runner;
        tap(child("startButton"));
        compare(runner.question.questionId, "reasons");
        const ids = rows(runner.options).map(o => o.optionId);
        for (let i = 0; i < 3; ++i)
            tap(child("option_" + ids[i]));
        compare(runner.answer.length, 3);
        const fourth = child("option_" + ids[3]);
        tap(fourth);
        compare(runner.answer.length, 3);
        verify(runner.answer.indexOf(ids[3]) < 0);
        compare(fourth.checked, false, "the refused box shows no tick");
        verify(runner.errorText !== "");
        // The reason is on screen, where she tapped.
        const flick = page.flickable;
        const shownError = textsWith(flick.contentItem, runner.errorText).filter(t => inView(flick, t));
        verify(shownError.length > 0, "the refusal is visible without scrolling");
        shoot("test-survey-multi-refused");
        // Taking one off lets the fourth in; the message goes.
        tap(child("option_" + ids[0]));
        tap(fourth);
        compare(fourth.checked, true);
        compare(runner.errorText, "");
    }

    function test_6_namesAndWardsAreScrubbed() {
        const page = openSurvey("exit");
        const runner = page.runner;
        runner.start();
        while (runner.question.type !== "text") {
            const q = runner.question;
            if (q.type === "multi")
                runner.toggleOption(runner.options.get(0).optionId);
            else if (q.type === "single")
                runner.setAnswer(runner.options.get(0).optionId);
            else if (q.type === "scale")
                runner.setAnswer(7);
            verify(runner.next(), q.questionId);
        }
        compare(runner.question.questionId, "comment");
        settle();
        verify(has("scrubNote"), "the page says what is removed and asks for no names");
        type(child("textAnswer"), "Anja de Vries op afdeling De Linde");
        tryVerify(() => child("scrubPreview").visible);
        verify(runner.scrubbedPreview.indexOf("Anja") < 0, runner.scrubbedPreview);
        verify(runner.scrubbedPreview.indexOf("Vries") < 0, runner.scrubbedPreview);
        verify(runner.scrubbedPreview.indexOf("Linde") < 0, runner.scrubbedPreview);
        compare(runner.scrubbedPreview, "[naam] op afdeling [locatie]");
        shoot("test-survey-text-names");
    }

    function test_7_reviewListsEverythingThatLeaves() {
        const page = openSurvey("exit");
        const runner = page.runner;
        runner.start();
        while (runner.stage === "question") {
            const q = runner.question;
            if (q.questionId === "destination") {
                tap(child("option_prefer_not")); // sensitive: she may keep it to herself
                compare(runner.answer, "prefer_not");
            } else if (q.type === "multi") {
                runner.toggleOption(runner.options.get(0).optionId);
            } else if (q.type === "single") {
                runner.setAnswer(runner.options.get(0).optionId);
            } else if (q.type === "scale") {
                runner.setAnswer(7);
            }
            verify(runner.next(), q.questionId);
        }
        compare(runner.stage, "review");
        settle();
        const leaves = rows(runner.leaves);
        const values = leaves.map(l => l.value);
        const label = (model, id) => rows(model).find(r => r.id === id).label;
        for (const expected of [label(App.regions, "utrecht"), label(App.branches, "vvt"),
                                label(App.occupations, "verzorgende_ig"), label(App.ageBands, "u25"),
                                label(App.tenureBands, "1-2"), "november 2026"])
            verify(values.indexOf(expected) >= 0, "the review shows " + expected + " (" + values.join(" | ") + ")");
        // The survey and its version, and the random answer-set number, leave too.
        verify(values.some(v => v.indexOf("Vertrekpeiling") >= 0 && v.indexOf("2") >= 0), values.join(" | "));
        verify(leaves.length >= 9, "region, branch, occupation, age, years, month, survey, number, employer");
        // In words, on screen: no code such as "verzorgende_ig" or "u25".
        for (const v of values)
            verify(v.indexOf("_") < 0, "no code: " + v);
        const review = rows(runner.review);
        verify(review.some(r => r.answer === "Zeg ik liever niet"), "the sensitive answer in words");
        shoot("test-survey-review-leaves");
    }

    function test_8_cardsSayHowLong() {
        tryVerify(() => findChild(win.contentItem, "surveyCard_exit") !== null);
        for (const id of ["exit", "retention"]) {
            const texts = textsWith(child("surveyCard_" + id), "minuten");
            verify(texts.length > 0, "the " + id + " card says how many minutes it takes");
            verify(/ongeveer [0-9]+ minuten/i.test(texts[0].text), texts[0].text);
        }
    }

    function test_9_startingAgainAsksFirst() {
        // Send the exit survey once (offline: it waits in the outbox).
        let page = openSurvey("exit");
        let runner = page.runner;
        runner.start();
        while (runner.stage === "question") {
            const q = runner.question;
            if (q.type === "multi")
                runner.toggleOption(runner.options.get(0).optionId);
            else if (q.type === "single")
                runner.setAnswer(runner.options.get(0).optionId);
            else if (q.type === "scale")
                runner.setAnswer(7);
            verify(runner.next(), q.questionId);
        }
        verify(runner.submit());
        tap(child("doneButton"));
        tryVerify(() => findChild(win.contentItem, "surveyPage") === null);
        settle();

        // Starting it again asks first, and "not now" stays home.
        tap(child("openSurvey_exit"));
        const dialog = child("homePage").againDialog;
        tryCompare(dialog, "opened", true);
        verify(findChild(win.contentItem, "surveyPage") === null, "nothing starts before she chooses");
        shoot("test-home-again-waiting");
        mouseClick(findChild(win.contentItem.parent, "againCancel"));
        tryCompare(dialog, "visible", false);
        verify(findChild(win.contentItem, "surveyPage") === null);

        // Once sent, the dialog names the month it was sent in.
        win.destroy();
        wait(50);
        verify(sentFixture.markSent("exit", "2026-11"), "the answers were acknowledged");
        win = createTemporaryObject(mainComponent, test, { width: 360, height: 740 });
        tryVerify(() => findChild(win.contentItem, "openSurvey_exit") !== null);
        tap(child("openSurvey_exit"));
        const again = child("homePage").againDialog;
        tryCompare(again, "opened", true);
        const againText = findChild(win.contentItem.parent, "againText");
        verify(againText.text.indexOf("november 2026") >= 0, againText.text);
        shoot("test-home-again-sent");
        mouseClick(findChild(win.contentItem.parent, "againStart"));
        tryVerify(() => findChild(win.contentItem, "surveyPage") !== null);
        compare(child("surveyPage").runner.surveyId, "exit");

        // The stay survey she never sent opens at once.
        win.destroy();
        wait(50);
        win = createTemporaryObject(mainComponent, test, { width: 360, height: 740 });
        openSurvey("retention");
    }

    // "Vraag 2 van 7" became "4 van 8" when an answer brought in a follow-up: the total counts
    // every question an answer still to come can bring, so it only falls; Next says it leads to
    // the review on the last question shown, follow-up or not.
    function test_10_questionCountNeverGrows() {
        const page = openSurvey("retention");
        const runner = page.runner;
        runner.start();
        let total = runner.count;
        let step = 1;
        const seen = [];
        const nextWord = child("nextButton").text; // on the first question: "Volgende"
        while (runner.stage === "question") {
            const q = runner.question;
            if (q.type === "multi")
                runner.toggleOption(runner.options.get(0).optionId);
            else if (q.questionId === "hours_wish")
                runner.setAnswer("more");
            else if (q.questionId === "intent_to_leave")
                runner.setAnswer("within_year");
            else if (q.type === "single")
                runner.setAnswer(runner.options.get(0).optionId);
            else if (q.type === "likert")
                for (const item of rows(runner.items))
                    runner.setItem(item.itemId, 3);
            else if (q.type === "scale" || q.type === "number")
                runner.setAnswer(q.min + 1);
            else if (q.type === "text")
                runner.setAnswer("");
            settle();
            verify(runner.count <= total, q.questionId + ": " + runner.count + " > " + total);
            total = runner.count;
            compare(runner.position + 1, step);
            seen.push(q.questionId);
            const last = child("nextButton").text !== nextWord;
            compare(last, runner.position + 1 === total, q.questionId + " says " + child("nextButton").text);
            verify(runner.next(), q.questionId);
            ++step;
        }
        compare(runner.stage, "review");
        compare(seen.length, total, seen.join(","));
        verify(seen.indexOf("extra_hours") > 0 && seen.indexOf("leave_where") > 0, seen.join(","));
    }
}
