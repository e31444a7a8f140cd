import QtQuick
import QtTest
import Zorgstem
import ZorgstemUi

// An idea the collector would refuse (issue 11), against the real collector: the scrubber makes
// a title of the maximum length longer ("a@b.nl" becomes "[e-mail]"), which the collector's
// length check refuses. She keeps every word she typed in the fields and reads in plain words
// what to change; nothing reaches the region; once shortened, the idea goes.
ZsTestCase {
    id: test
    name: "RegionIdea"
    when: windowShown

    readonly property bool en: App.language === "en"

    Component {
        id: mainComponent
        Main {}
    }

    function initTestCase() {
        compare(App.saveProfile({ region: "utrecht", branch: "vvt", occupation: "verzorgende_ig",
                                  ageBand: "25-34", tenureBand: "3-5" }), "");
    }

    function collectorTitles() {
        const answer = collectorControl.get("/v1/regions/utrecht/ideas");
        compare(answer.status, 200);
        return answer.ideas.map(i => i.title);
    }

    function test_scrubbedTooLongKeepsHerText_data() {
        return [
            { tag: "phone-nl", w: 360, h: 740, lang: "nl" },
            { tag: "desktop-en", w: 1280, h: 800, lang: "en" },
        ];
    }

    function test_scrubbedTooLongKeepsHerText(data) {
        App.language = data.lang;
        win = createTemporaryObject(mainComponent, test, { width: data.w, height: data.h });
        verify(win);
        tryCompare(win, "visible", true);
        tap(child("tabPanels"));
        tap(child("sendIdeaButton"));
        tryVerify(() => has("ideaPage"));
        settle();

        // 120 characters, the most a title may have, with an e-mail address in it.
        let title = "Mail a@b.nl " + data.lang + " over vaste maatjes voor starters";
        while (title.length < 120)
            title += ".";
        compare(title.length, 120);
        const description = "Elke starter krijgt een vaste collega als maatje, de eerste drie maanden.";
        type(child("ideaTitle"), title);
        type(child("ideaDescription"), description);
        child("ideaTheme").currentIndex = 0;
        tap(child("ideaSend"));

        const error = child("ideaError");
        tryVerify(() => error.visible, 10000, "a message says what to change");
        tryVerify(() => !child("ideaPage").controller.busy, 10000);
        verify(has("ideaPage"), "the page stays open");
        compare(child("ideaTitle").text, title, "her title as she typed it");
        compare(child("ideaDescription").text, description, "her idea as she typed it");
        // Plain words: which field, how long it may be, and why; no bare status code.
        verify(error.text.indexOf("120") >= 0, error.text);
        verify(error.text.toLowerCase().indexOf(en ? "title" : "titel") >= 0, error.text);
        verify(error.text.indexOf("[e-mail]") >= 0 || error.text.indexOf("e-mail") >= 0, error.text);
        verify(!/\(4[0-9][0-9]\)/.test(error.text), "no status code: " + error.text);
        shoot("idea-refused-" + data.tag);
        verify(!collectorTitles().some(t => t.indexOf("vaste maatjes voor starters") >= 0),
               "nothing reached the region");

        // Shortened, it goes, scrubbed.
        type(child("ideaTitle"), "Mail a@b.nl over maatjes " + data.lang);
        tap(child("ideaSend"));
        tryVerify(() => !has("ideaPage"), 10000, "sent: back on the panels");
        tryVerify(() => collectorTitles().indexOf("Mail [e-mail] over maatjes " + data.lang) >= 0, 10000);
        App.language = "nl";
    }
}
