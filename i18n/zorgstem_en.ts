<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CoordinatorPage</name>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n answer set(s) have not been sent yet and will be lost.</source>
        <translation>
            <numerusform>%n answer set has not been sent yet and will be lost.</numerusform>
            <numerusform>%n answer sets have not been sent yet and will be lost.</numerusform>
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
        <source>%n answer set(s) waiting to be sent. No connection to the collector; trying again automatically.</source>
        <translation>
            <numerusform>%n answer set waiting to be sent. No connection to the collector; trying again automatically.</numerusform>
            <numerusform>%n answer sets waiting to be sent. No connection to the collector; trying again automatically.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n answer set waiting to be sent.</numerusform>
            <numerusform>%n answer sets waiting to be sent.</numerusform>
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
