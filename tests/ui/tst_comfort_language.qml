import QtQuick
import QtQuick.Controls
import QtTest
import Zorgstem
import ZorgstemUi

// Switching the language while a page is open (issue 11): on Settings and on the first run's
// profile form, Dutch to English and back, by tapping the choice; the page keeps working
// afterwards (its layout is rebuilt, not torn down) and the profile keeps its choices.
ZsTestCase {
    id: test
    name: "ComfortLanguage"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    readonly property var profile: ({ region: "utrecht", branch: "vvt", occupation: "verzorgende_ig",
                                      ageBand: "25-34", tenureBand: "3-5" })
    readonly property var boxes: ({ region: "regionBox", branch: "branchBox", occupation: "occupationBox",
                                    ageBand: "ageBox", tenureBand: "tenureBox" })

    function init() {
        App.deleteAllData();
        App.language = "nl";
    }
    function cleanupTestCase() {
        App.language = "nl";
    }

    function open() {
        win = createTemporaryObject(mainComponent, test, { width: 360, height: 740 });
        verify(win);
        tryCompare(win, "visible", true);
        settle();
    }
    function openSettings() {
        const button = findChild(win.contentItem.parent, "settingsButton");
        verify(button);
        mouseClick(button);
        settle();
        return child("settingsPage");
    }
    function checkChoices(when) {
        for (const key in boxes)
            compare(child(boxes[key]).chosen, profile[key], key + " " + when);
    }
    // One frame after the switch: the layouts rearrange with what the switch rebuilt.
    function switchTo(button, language) {
        tap(child(button));
        compare(App.language, language);
        waitForRendering(win.contentItem);
        settle();
    }

    function test_switchOnSettings() {
        compare(App.saveProfile(profile), "");
        open();
        const page = openSettings();
        checkChoices("before");
        switchTo("languageEn", "en");
        compare(page.title, "Settings");
        compare(child("theme_system").text, "Same as my device");
        checkChoices("after switching to English");
        switchTo("languageNl", "nl");
        compare(page.title, "Instellingen");
        compare(child("theme_system").text, "Zoals mijn apparaat");
        checkChoices("after switching back");
        // The page still works: a theme choice, the profile saved, the advanced section.
        tap(child("theme_dark"));
        compare(Theme.mode, "dark");
        tap(child("theme_light"));
        compare(Theme.mode, "light");
        tap(child("saveProfileButton"));
        for (const key in boxes)
            compare(App.profile[key], profile[key], key + " after saving");
        tap(child("advancedToggle"));
        verify(has("collectorField"));
        switchTo("languageEn", "en");
        verify(has("collectorField"), "the advanced section stays open");
        shoot("comfort-language-settings-phone-en");
        switchTo("languageNl", "nl");
        tap(child("openPrivacy"));
        tryVerify(() => has("privacyPage"));
        settle();
        compare(child("privacyHeading0").text, "Wat Zorgstem doet");
        Theme.mode = "system";
    }

    function test_switchOnTheProfileForm() {
        open();
        tap(child("onboardingNext"));
        tryCompare(child("onboardingPage"), "step", 1);
        settle();
        // Half the form filled in, then the language switched from Settings' own control.
        const region = child("regionBox");
        region.currentIndex = App.regions.indexOf("utrecht");
        App.language = "en";
        waitForRendering(win.contentItem);
        settle();
        compare(child("onboardingPage").title, "Your profile");
        compare(region.chosen, "utrecht", "the chosen region stays");
        compare(child("branchBox").displayText, "Choose…");
        App.language = "nl";
        waitForRendering(win.contentItem);
        settle();
        compare(child("onboardingPage").title, "Jouw profiel");
        compare(region.chosen, "utrecht");
        // The form still takes taps and saves.
        for (const key of ["branch", "occupation", "ageBand", "tenureBand"]) {
            const box = child(boxes[key]);
            box.currentIndex = box.indexOfValue(profile[key]);
        }
        tap(child("saveProfileButton"));
        tryVerify(() => App.profileComplete);
        tryVerify(() => has("homeTabs"));
        // And on Settings with the profile form of that page, both ways once more.
        const page = openSettings();
        switchTo("languageEn", "en");
        switchTo("languageNl", "nl");
        checkChoices("on Settings after switching twice");
        verify(page.visible);
    }
}
