<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionForm</name>
    <message numerus="yes">
        <source>This text is too long: at most %n character(s).</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinatorIdeasTab</name>
    <message numerus="yes">
        <source>%n support(s)</source>
        <translation>
            <numerusform>%n support</numerusform>
            <numerusform>%n supports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinatorPanelsTab</name>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n member</numerusform>
            <numerusform>%1: %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>Sent so far: %n answer set(s). Only a receipt is kept on this device.</source>
        <translation>
            <numerusform>Sent so far: %n answer set. Only a receipt is kept on this device.</numerusform>
            <numerusform>Sent so far: %n answer sets. Only a receipt is kept on this device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message numerus="yes">
        <source>Choose %n.</source>
        <translation>
            <numerusform>Choose %n.</numerusform>
            <numerusform>Choose %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n.</source>
        <translation>
            <numerusform>Choose at most %n.</numerusform>
            <numerusform>Choose at most %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <source>%n release(s), %1, %2 respondents in all</source>
        <translation>
            <numerusform>%n release, %1, %2 respondents in all</numerusform>
            <numerusform>%n releases, %1, %2 respondents in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundBuilderPage</name>
    <message numerus="yes">
        <source>%n thing(s) left to fill in or fix.</source>
        <translation>
            <numerusform>%n thing left to fill in or fix.</numerusform>
            <numerusform>%n things left to fill in or fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundDetails</name>
    <message numerus="yes">
        <source>%n member(s) will get this round.</source>
        <translation>
            <numerusform>%n member will get this round.</numerusform>
            <numerusform>%n members will get this round.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundResults</name>
    <message numerus="yes">
        <source>%n release(s) so far.</source>
        <translation>
            <numerusform>%n release so far.</numerusform>
            <numerusform>%n releases so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n answer set(s) have not been sent yet and will be lost.</source>
        <translation>
            <numerusform>%n answer set has not been sent yet and will be lost.</numerusform>
            <numerusform>%n answer sets have not been sent yet and will be lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are a member of %n panel(s). You leave them first, so the panel erases your name and contact details too.</source>
        <translation>
            <numerusform>You are a member of %n panel. You leave it first, so the panel erases your name and contact details too.</numerusform>
            <numerusform>You are a member of %n panels. You leave them first, so the panels erase your name and contact details too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leaving %n panel(s) is waiting for a connection. As soon as there is one, the panel erases your name and contact details and this device forgets the membership.</source>
        <translation>
            <numerusform>Leaving %n panel is waiting for a connection. As soon as there is one, the panel erases your name and contact details and this device forgets the membership.</numerusform>
            <numerusform>Leaving %n panels is waiting for a connection. As soon as there is one, the panels erase your name and contact details and this device forgets the memberships.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You leave %n panel(s) first.</source>
        <translation>
            <numerusform>You leave %n panel first.</numerusform>
            <numerusform>You leave %n panels first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are being taken off %n panel(s), so the panel erases your name and contact details too. Without a connection this waits and happens as soon as there is one; until then this device keeps only what it needs for that.</source>
        <translation>
            <numerusform>You are being taken off %n panel, so the panel erases your name and contact details too. Without a connection this waits and happens as soon as there is one; until then this device keeps only what it needs for that.</numerusform>
            <numerusform>You are being taken off %n panels, so the panels erase your name and contact details too. Without a connection this waits and happens as soon as there is one; until then this device keeps only what it needs for that.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YouSaidTab</name>
    <message numerus="yes">
        <source>%n verified respondent(s), %1. Figures carry a little deliberate noise, so that nobody&apos;s answer can be told.</source>
        <translation>
            <numerusform>%n verified respondent, %1. Figures carry a little deliberate noise, so that nobody&apos;s answer can be told.</numerusform>
            <numerusform>%n verified respondents, %1. Figures carry a little deliberate noise, so that nobody&apos;s answer can be told.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zs::AppController</name>
    <message numerus="yes">
        <source>Sending %n answer set(s)…</source>
        <translation>
            <numerusform>Sending %n answer set…</numerusform>
            <numerusform>Sending %n answer sets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s) waiting to be sent. No connection to the server; trying again automatically.</source>
        <translation>
            <numerusform>%n answer set waiting to be sent. No connection to the server; trying again automatically.</numerusform>
            <numerusform>%n answer sets waiting to be sent. No connection to the server; trying again automatically.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n answer set waiting to be sent.</numerusform>
            <numerusform>%n answer sets waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No connection to the server: %n reaction(s) or request(s) wait and are sent automatically.</source>
        <translation>
            <numerusform>No connection to the server: %n reaction or request waits and is sent automatically.</numerusform>
            <numerusform>No connection to the server: %n reactions or requests wait and are sent automatically.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zs::CoordinatorController</name>
    <message numerus="yes">
        <source>%n field(s) need(s) a change before the action can be published.</source>
        <translation>
            <numerusform>%n field needs a change before the action can be published.</numerusform>
            <numerusform>%n fields need a change before the action can be published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the contact details of %n member(s) to %1. The export is in the audit log.</source>
        <translation>
            <numerusform>Saved the contact details of %n member to %1. The export is in the audit log.</numerusform>
            <numerusform>Saved the contact details of %n members to %1. The export is in the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n invitation(s) for the exit survey</source>
        <translation>
            <numerusform>Made %n invitation for the exit survey</numerusform>
            <numerusform>Made %n invitations for the exit survey</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n invitation(s) (%1)</source>
        <translation>
            <numerusform>Made %n invitation (%1)</numerusform>
            <numerusform>Made %n invitations (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the contact list of %1 (%n member(s))</source>
        <translation>
            <numerusform>Exported the contact list of %1 (%n member)</numerusform>
            <numerusform>Exported the contact list of %1 (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n invitation(s) for the stay survey</source>
        <translation>
            <numerusform>Made %n invitation for the stay survey</numerusform>
            <numerusform>Made %n invitations for the stay survey</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zs::InvitationBatchController</name>
    <message numerus="yes">
        <source>Save the sheet of the %n invitation(s) you just made first: the codes are shown only once.</source>
        <translation>
            <numerusform>Save the sheet of the invitation you just made first: the code is shown only once.</numerusform>
            <numerusform>Save the sheet of the %n invitations you just made first: the codes are shown only once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) made for the %1, valid until %2.</source>
        <translation>
            <numerusform>%n invitation made for the %1, valid until %2.</numerusform>
            <numerusform>%n invitations made for the %1, valid until %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zs::RegionController</name>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation>
            <numerusform>updated %n min ago</numerusform>
            <numerusform>updated %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>updated %n hour ago</numerusform>
            <numerusform>updated %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>updated %n day ago</numerusform>
            <numerusform>updated %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zs::ReportController</name>
    <message numerus="yes">
        <source>%n release(s), %1, %2 respondents in all</source>
        <translation>
            <numerusform>%n release, %1, %2 respondents in all</numerusform>
            <numerusform>%n releases, %1, %2 respondents in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zs::SurveyRunner</name>
    <message numerus="yes">
        <source>You can choose at most %n.</source>
        <translation>
            <numerusform>You can choose at most %n.</numerusform>
            <numerusform>You can choose at most %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n.</source>
        <translation>
            <numerusform>Choose at least %n.</numerusform>
            <numerusform>Choose at least %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Your text is too long: at most %n character.</numerusform>
            <numerusform>Your text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
