pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ZorgstemUi

// The privacy statement in plain words, true to the rules the code keeps (DESIGN §5 and §5a):
// what leaves the phone, what never does, anonymous and only totals of at least 10 people.
PageColumn {
    id: page

    title: qsTr("Privacy statement")
    objectName: "privacyPage"

    readonly property var sections: [
        {
            heading: qsTr("What Zorgstem does"),
            body: qsTr("Zorgstem is an app for people who work in care and welfare. You answer short surveys about your work. Your region and employers learn from all answers together. They never see your own answers.")
        },
        {
            heading: qsTr("What leaves your phone"),
            body: qsTr("• Your answers.\n• The month you answered. Not the day or the time.\n• Groups from your profile: region, branch, occupation group, age group and years in care.\n• Only when you use an invitation from your employer: that employer, and a one-time code. Nobody can link this code to you or to your invitation.")
        },
        {
            heading: qsTr("What never leaves your phone"),
            body: qsTr("• Your name, e-mail address or phone number.\n• A number of your phone or of this app.\n• Your exact age.")
        },
        {
            heading: qsTr("Your own words"),
            body: qsTr("Before sending, the app removes what it recognises in what you typed: e-mail addresses, phone numbers, citizen service numbers (BSN), postcodes, links and many names of people, wards and locations. It cannot find every name, so please do not write names. You see the result before you send it. The server removes them again.")
        },
        {
            heading: qsTr("Anonymous"),
            body: qsTr("Each set of answers gets a new random number. So nobody can link your answers to you, or to each other. The server does not store your IP address or the time. It stores the day at most. When the server has your answers, your phone deletes them. It only keeps a note of which survey you sent, and in which month.")
        },
        {
            heading: qsTr("Only totals of at least 10 people"),
            body: qsTr("Employers and the region only see totals. A total is shown only when at least 10 people answered. New answers are added once a month, as a group of at least 10. Each number gets a small random change. That way nobody can work out what one person answered. Your own words are shown only in such a group, mixed with the words of others.")
        },
        {
            heading: qsTr("Panels"),
            body: qsTr("When you join a regional panel, the panel keeps your name and how to reach you. This is kept apart from all answers and never linked to them. You can see what the panel keeps about you, and delete it.")
        },
        {
            heading: qsTr("Deleting"),
            body: qsTr("In Settings you can delete all data on this device. Answers you already sent cannot be deleted, because nobody can find out which answers were yours. To leave a panel, open it under Panel. The panel then deletes what it keeps about you.")
        }
    ]

    Repeater {
        model: page.sections
        delegate: ColumnLayout {
            id: section
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: 4
            Label {
                objectName: "privacyHeading" + section.index
                Layout.fillWidth: true
                text: section.modelData.heading
                font.bold: true
                font.pixelSize: Theme.mediumSize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: section.modelData.body
                wrapMode: Text.Wrap
                Accessible.name: text
            }
        }
    }
}
