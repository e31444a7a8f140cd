import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi

// A survey she sent shows the month in words, through QLocale ("Verstuurd in november 2026",
// "Sent in November 2026"), never as an ISO date; and since she sent it this month, starting
// it again asks first, naming that month (issue 11).
ZsTestCase {
    id: test
    name: "SurveySent"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    // The visible text items under item whose text contains part.
    function textsWith(item, part, found) {
        found = found || [];
        if (!item || !item.visible)
            return found;
        if (typeof item.text === "string" && item.text.indexOf(part) >= 0)
            found.push(item);
        for (let i = 0; i < item.children.length; ++i)
            textsWith(item.children[i], part, found);
        return found;
    }

    function openApp() {
        win = createTemporaryObject(mainComponent, test, { width: 360, height: 740 });
        verify(win);
        tryCompare(win, "visible", true);
        tryVerify(() => findChild(win.contentItem, "surveyCard_retention") !== null);
        settle();
    }

    // Answers every question of the retention survey with the runner and sends it (offline:
    // the answers wait in the outbox until sentFixture acknowledges them).
    function sendRetention() {
        tap(child("openSurvey_retention"));
        tryVerify(() => findChild(win.contentItem, "surveyPage") !== null);
        settle();
        const runner = child("surveyPage").runner;
        runner.start();
        while (runner.stage === "question") {
            const q = runner.question;
            if (q.type === "multi")
                runner.toggleOption(runner.options.get(0).optionId);
            else if (q.type === "single")
                runner.setAnswer(runner.options.get(0).optionId);
            else if (q.type === "likert")
                for (const item of rows(runner.items))
                    runner.setItem(item.itemId, 4);
            else if (q.type === "number")
                runner.setAnswer(q.min);
            else if (q.type === "scale")
                runner.setAnswer(7);
            else
                runner.setAnswer("Een vaste collega als maatje.");
            verify(runner.next(), q.questionId);
        }
        verify(runner.submit());
        tap(child("doneButton"));
        tryVerify(() => findChild(win.contentItem, "surveyPage") === null);
        settle();
    }

    function test_sentMonthInWords_data() {
        return [
            { tag: "nl", lang: "nl", sent: "Verstuurd in november 2026", month: "november 2026" },
            { tag: "en", lang: "en", sent: "Sent in November 2026", month: "November 2026" },
        ];
    }

    function test_sentMonthInWords(data) {
        App.deleteAllData();
        App.language = data.lang;
        compare(App.saveProfile({ region: "utrecht", branch: "vvt", occupation: "verzorgende_ig",
                                  ageBand: "25-34", tenureBand: "3-5" }), "");
        openApp();
        sendRetention();
        win.destroy();
        wait(50);
        // tst_ui's day is 2026-11-22: the answers count for November 2026.
        verify(sentFixture.markSent("retention", "2026-11"), "the answers were acknowledged");
        openApp();

        const card = child("surveyCard_retention");
        const shown = textsWith(card, data.sent);
        compare(shown.length, 1, "the card says '" + data.sent + "'");
        compare(shown[0].text, data.sent);
        compare(textsWith(card, "2026-11").length, 0, "no ISO month on the card");
        shoot("home-sent-phone-" + data.lang);

        // Sent this month: starting again asks first and names the month.
        tap(child("openSurvey_retention"));
        const again = child("homePage").againDialog;
        tryCompare(again, "opened", true);
        verify(findChild(win.contentItem, "surveyPage") === null, "nothing starts before she chooses");
        const againText = findChild(win.contentItem.parent, "againText");
        verify(againText.text.indexOf(data.month) >= 0, againText.text);
        verify(againText.text.indexOf("2026-11") < 0, againText.text);
        shoot("home-sent-again-phone-" + data.lang);
        mouseClick(findChild(win.contentItem.parent, "againCancel"));
        tryCompare(again, "visible", false);
        App.language = "nl";
    }
}
