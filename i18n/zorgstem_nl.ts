<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>ActionDetailPage</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>bijgewerkt %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Thema&apos;s: %1</translation>
    </message>
    <message>
        <source>Useful (%1)</source>
        <translation>Nuttig (%1)</translation>
    </message>
    <message>
        <source>I want to help (%1)</source>
        <translation>Ik wil helpen (%1)</translation>
    </message>
    <message>
        <source>Reactions are counted, never named.</source>
        <translation>Reacties worden geteld, nooit met naam.</translation>
    </message>
    <message>
        <source>The regional commitment</source>
        <translation>De regionale afspraak</translation>
    </message>
    <message>
        <source>What are the goals?</source>
        <translation>Wat zijn de doelen?</translation>
    </message>
    <message>
        <source>Who takes part?</source>
        <translation>Wie doen er mee?</translation>
    </message>
    <message>
        <source>Who does what?</source>
        <translation>Wie doet wat?</translation>
    </message>
    <message>
        <source>With what means?</source>
        <translation>Met welke middelen?</translation>
    </message>
    <message>
        <source>Target and progress</source>
        <translation>Doel en voortgang</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 %4 by %5</source>
        <translation>%1: van %2 naar %3 %4 vóór %5</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Voortgangsgrafiek</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>This is an example action, based on public information about the region.</source>
        <translation>Dit is een voorbeeldactie, gebaseerd op openbare informatie over de regio.</translation>
    </message>
    <message>
        <source>Waiting for a connection: your reaction is sent as soon as there is one.</source>
        <translation>Wacht op verbinding. Zodra er verbinding is, verstuurt de app je reactie.</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Give the action a Dutch title of at least 3 characters.</source>
        <translation>Geef de actie een Nederlandse titel van minstens 3 tekens.</translation>
    </message>
    <message>
        <source>Fill in this part of the commitment.</source>
        <translation>Vul dit deel van de afspraak in.</translation>
    </message>
    <message>
        <source>Type a number, such as 0 or 2,5.</source>
        <translation>Typ een getal, zoals 0 of 2,5.</translation>
    </message>
    <message>
        <source>Type a number, such as 10 or 2,5.</source>
        <translation>Typ een getal, zoals 10 of 2,5.</translation>
    </message>
    <message>
        <source>Pick the day the target should be met.</source>
        <translation>Kies de dag waarop het doel gehaald moet zijn.</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long: at most %n character(s).</source>
        <translation>
            <numerusform>Deze tekst is te lang: hooguit %n teken.</numerusform>
            <numerusform>Deze tekst is te lang: hooguit %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Beschrijf de actie.</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Vul dit in.</translation>
    </message>
    <message>
        <source>This text holds a character that cannot be sent; retype it.</source>
        <translation>Deze tekst bevat een teken dat niet verstuurd kan worden; typ hem opnieuw.</translation>
    </message>
    <message>
        <source>Use 3 to 64 lower-case letters, digits, - or _, such as utrecht-starters.</source>
        <translation>Gebruik 3 tot 64 kleine letters, cijfers, - of _, zoals utrecht-starters.</translation>
    </message>
    <message>
        <source>Choose an action line.</source>
        <translation>Kies een actielijn.</translation>
    </message>
    <message>
        <source>Choose fewer themes.</source>
        <translation>Kies minder thema&apos;s.</translation>
    </message>
    <message>
        <source>Choose at least one theme.</source>
        <translation>Kies minstens één thema.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Kies een status.</translation>
    </message>
    <message>
        <source>A progress update needs a day, a number and a short note.</source>
        <translation>Een voortgangsmelding heeft een dag, een getal en een korte toelichting nodig.</translation>
    </message>
    <message>
        <source>The source must be an https:// link.</source>
        <translation>De bron moet een https://-link zijn.</translation>
    </message>
    <message>
        <source>Choose your region in your profile first.</source>
        <translation>Kies eerst je regio in je profiel.</translation>
    </message>
    <message>
        <source>The action cannot be published as it is (field %1).</source>
        <translation>De actie kan zo niet gepubliceerd worden (veld %1).</translation>
    </message>
    <message>
        <source>Pick the day of this update.</source>
        <translation>Kies de dag van deze melding.</translation>
    </message>
    <message>
        <source>Type a number, such as 4 or 2,5.</source>
        <translation>Typ een getal, zoals 4 of 2,5.</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>Zeg in een paar woorden wat er gebeurd is.</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Search actions</source>
        <translation>Zoek acties</translation>
    </message>
    <message>
        <source>No actions known for your region yet.</source>
        <translation>Nog geen acties bekend voor jouw regio.</translation>
    </message>
    <message>
        <source>No action matches these filters.</source>
        <translation>Geen actie past bij deze filters.</translation>
    </message>
    <message>
        <source>example</source>
        <translation>voorbeeld</translation>
    </message>
    <message>
        <source>Progress toward the target</source>
        <translation>Voortgang naar het doel</translation>
    </message>
    <message>
        <source>Useful: %1 · Want to help: %2</source>
        <translation>Nuttig: %1 · Willen helpen: %2</translation>
    </message>
    <message>
        <source>All action lines</source>
        <translation>Alle actielijnen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Your reaction is waiting for a connection</source>
        <translation>Je reactie wacht op verbinding</translation>
    </message>
    <message>
        <source>Actions in your region</source>
        <translation>Acties in je regio</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Logboek vernieuwen</translation>
    </message>
    <message>
        <source>What employer and coordinator tokens of the region were used for: reports read, invitations made, contact lists exported, actions and rounds published or removed, ideas hidden. By day, never by time; never a respondent.</source>
        <translation>Waarvoor tokens van werkgevers en coördinatoren in de regio gebruikt zijn: rapporten gelezen, uitnodigingen gemaakt, contactlijsten geëxporteerd, acties en rondes gepubliceerd of verwijderd, ideeën verborgen. Per dag, nooit met tijd; nooit een deelnemer.</translation>
    </message>
    <message>
        <source>No entries read yet: press Refresh.</source>
        <translation>Nog niets gelezen: kies Vernieuwen.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
</context>
<context>
    <name>BilingualField</name>
    <message>
        <source>(optional)</source>
        <translation>(optioneel)</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>ChoiceBox</name>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
</context>
<context>
    <name>CoordinatorActionsTab</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Action to edit</source>
        <translation>Actie om te bewerken</translation>
    </message>
    <message>
        <source>Id (lower case, e.g. utrecht-starters)</source>
        <translation>Id (kleine letters, bijv. utrecht-starters)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Action line</source>
        <translation>Actielijn</translation>
    </message>
    <message>
        <source>Target day</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Themes the action works on</source>
        <translation>Thema&apos;s waar de actie aan werkt</translation>
    </message>
    <message>
        <source>Title (Dutch)</source>
        <translation>Titel (Nederlands)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Titel (Engels)</translation>
    </message>
    <message>
        <source>Empty: the Dutch text is shown</source>
        <translation>Leeg: de Nederlandse tekst wordt getoond</translation>
    </message>
    <message>
        <source>Description (Dutch)</source>
        <translation>Beschrijving (Nederlands)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Beschrijving (Engels)</translation>
    </message>
    <message>
        <source>What are the goals? (Dutch)</source>
        <translation>Wat zijn de doelen? (Nederlands)</translation>
    </message>
    <message>
        <source>What are the goals? (English)</source>
        <translation>Wat zijn de doelen? (Engels)</translation>
    </message>
    <message>
        <source>Who takes part? (Dutch)</source>
        <translation>Wie doen er mee? (Nederlands)</translation>
    </message>
    <message>
        <source>Who takes part? (English)</source>
        <translation>Wie doen er mee? (Engels)</translation>
    </message>
    <message>
        <source>Who does what? (Dutch)</source>
        <translation>Wie doet wat? (Nederlands)</translation>
    </message>
    <message>
        <source>Who does what? (English)</source>
        <translation>Wie doet wat? (Engels)</translation>
    </message>
    <message>
        <source>With what means? (Dutch)</source>
        <translation>Met welke middelen? (Nederlands)</translation>
    </message>
    <message>
        <source>With what means? (English)</source>
        <translation>Met welke middelen? (Engels)</translation>
    </message>
    <message>
        <source>Target metric (Dutch)</source>
        <translation>Doelmaat (Nederlands)</translation>
    </message>
    <message>
        <source>Target metric (English)</source>
        <translation>Doelmaat (Engels)</translation>
    </message>
    <message>
        <source>Unit (Dutch)</source>
        <translation>Eenheid (Nederlands)</translation>
    </message>
    <message>
        <source>e.g. teams, %</source>
        <translation>bijv. teams, %</translation>
    </message>
    <message>
        <source>Unit (English)</source>
        <translation>Eenheid (Engels)</translation>
    </message>
    <message>
        <source>Baseline (a number)</source>
        <translation>Beginwaarde (een getal)</translation>
    </message>
    <message>
        <source>Target value (a number)</source>
        <translation>Streefwaarde (een getal)</translation>
    </message>
    <message>
        <source>Source link (optional, https://…)</source>
        <translation>Bronlink (niet verplicht, https://…)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <source>Publish action</source>
        <translation>Actie publiceren</translation>
    </message>
    <message>
        <source>Stop action</source>
        <translation>Actie stoppen</translation>
    </message>
    <message>
        <source>Remove action…</source>
        <translation>Actie verwijderen…</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Remove this action?</source>
        <translation>Deze actie verwijderen?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and its reactions are removed for everyone. To keep it visible as ended, stop it instead.</source>
        <translation>&quot;%1&quot; en de reacties erop verdwijnen voor iedereen. Wil je de actie als beëindigd zichtbaar houden, stop haar dan.</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Voortgang bijwerken</translation>
    </message>
    <message>
        <source>Choose a published action above to add an update to it.</source>
        <translation>Kies hierboven een gepubliceerde actie om er een voortgangsmelding aan toe te voegen.</translation>
    </message>
    <message>
        <source>Day of the update</source>
        <translation>Dag van de melding</translation>
    </message>
    <message>
        <source>Value reached (a number)</source>
        <translation>Bereikte waarde (een getal)</translation>
    </message>
    <message>
        <source>What happened? (Dutch)</source>
        <translation>Wat is er gebeurd? (Nederlands)</translation>
    </message>
    <message>
        <source>What happened? (English)</source>
        <translation>Wat is er gebeurd? (Engels)</translation>
    </message>
    <message>
        <source>Add the update</source>
        <translation>Melding toevoegen</translation>
    </message>
</context>
<context>
    <name>CoordinatorIdeasTab</name>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Refresh the ideas</source>
        <translation>Ideeën vernieuwen</translation>
    </message>
    <message>
        <source>No ideas yet, or not read yet: press Refresh.</source>
        <translation>Nog geen ideeën, of nog niet gelezen: kies Vernieuwen.</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Verbergen…</translation>
    </message>
    <message>
        <source>Hide the idea %1</source>
        <translation>Het idee %1 verbergen</translation>
    </message>
    <message numerus="yes">
        <source>%n support(s)</source>
        <translation>
            <numerusform>%n steunbetuiging</numerusform>
            <numerusform>%n steunbetuigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Did not offer to help.</source>
        <translation>Heeft geen hulp aangeboden.</translation>
    </message>
    <message>
        <source>Offered to help: %1</source>
        <translation>Wil helpen: %1</translation>
    </message>
    <message>
        <source>Offered to help, without giving a name.</source>
        <translation>Wil helpen, zonder een naam te geven.</translation>
    </message>
    <message>
        <source>Hide this idea?</source>
        <translation>Dit idee verbergen?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; disappears for everyone, in the app too. Hiding is written to the audit log.</source>
        <translation>&quot;%1&quot; verdwijnt voor iedereen, ook in de app. Het verbergen komt in het logboek.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Coordinator mode</source>
        <translation>Coördinatormodus</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <extracomment>The tab of &quot;you said, we did&quot;: short, so it fits a tablet&apos;s tab bar.</extracomment>
        <translation>Gezegd en gedaan</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Sign out and forget the token on this computer</source>
        <translation>Afmelden en het token op deze computer vergeten</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>The tab of the region&apos;s figures (verified, unverified, organisations).</extracomment>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Signed in as the coordinator of region %1</source>
        <translation>Aangemeld als coördinator van regio %1</translation>
    </message>
</context>
<context>
    <name>CoordinatorPanelsTab</name>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Refresh the member counts</source>
        <translation>Aantallen leden vernieuwen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n lid</numerusform>
            <numerusform>%1: %n leden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: number of members not read yet</source>
        <translation>%1: aantal leden nog niet gelezen</translation>
    </message>
    <message>
        <source>Members&apos; contact list</source>
        <translation>Contactlijst van de leden</translation>
    </message>
    <message>
        <source>For invitations to panel activities only: the name, e-mail address and phone number members agreed to share, and the month they joined; never their answers. Every export is written to the audit log.</source>
        <translation>Alleen voor uitnodigingen voor panelactiviteiten: de naam, het e-mailadres en het telefoonnummer die leden wilden delen, en de maand waarin ze lid werden; nooit hun antwoorden. Elke export komt in het logboek.</translation>
    </message>
    <message>
        <source>Panel to export</source>
        <translation>Panel om te exporteren</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Opslaan als CSV…</translation>
    </message>
    <message>
        <source>Save the contact list as CSV</source>
        <translation>De contactlijst opslaan als CSV</translation>
    </message>
    <message>
        <source>Save the contact list</source>
        <translation>De contactlijst opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Panel round</source>
        <translation>Panelronde</translation>
    </message>
    <message>
        <source>Build a panel round…</source>
        <translation>Een panelronde maken…</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacten</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Pick a day…</source>
        <translation>Kies een dag…</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
</context>
<context>
    <name>EnpsFigure</name>
    <message>
        <source>eNPS %1</source>
        <translation>eNPS %1</translation>
    </message>
    <message>
        <source>Promoters (9–10): %1 · passives (7–8): %2 · detractors (0–6): %3</source>
        <translation>Promotors (9–10): %1 · passief (7–8): %2 · criticasters (0–6): %3</translation>
    </message>
    <message>
        <source>eNPS = % promoters − % detractors, from −100 to 100.</source>
        <translation>eNPS = % promotors − % criticasters, van −100 tot 100.</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>%1 answered</source>
        <translation>%1 beantwoord</translation>
    </message>
    <message>
        <source>Average: %1</source>
        <translation>Gemiddeld: %1</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Zorgstem</source>
        <translation>Zorgstem</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Laatst verstuurd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent so far: %n answer set(s). Only a receipt is kept on this device.</source>
        <translation>
            <numerusform>Al verstuurd: %n ingevulde peiling. Op dit apparaat blijft alleen een ontvangstbewijs.</numerusform>
            <numerusform>Al verstuurd: %n ingevulde peilingen. Op dit apparaat blijft alleen een ontvangstbewijs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Nu versturen</translation>
    </message>
    <message>
        <source>Not accepted: %1 (%2). %3</source>
        <translation>Niet geaccepteerd: %1 (%2). %3</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Peilingen</translation>
    </message>
    <message>
        <source>Finished, waiting to be sent</source>
        <translation>Ingevuld, wacht op verzending</translation>
    </message>
    <message>
        <source>Sent in %1</source>
        <translation>Verstuurd in %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verdergaan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Your employer is no longer part of your profile: your answers count for an employer only through an invitation from that employer.</source>
        <translation>Je werkgever staat niet meer in je profiel. Je antwoorden tellen alleen mee voor een werkgever als je een uitnodiging van die werkgever gebruikt.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Begrepen</translation>
    </message>
    <message>
        <source>I have an invitation</source>
        <translation>Ik heb een uitnodiging</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Ongeveer %n minuut</numerusform>
            <numerusform>Ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>You already filled in this survey. Your answers are waiting on this device to be sent.</source>
        <translation>Je hebt deze peiling al ingevuld. Je antwoorden staan op dit apparaat en wachten op verzending.</translation>
    </message>
    <message>
        <source>You already sent this survey in %1.</source>
        <translation>Je hebt deze peiling in %1 al verstuurd.</translation>
    </message>
    <message>
        <source>If you fill it in again, the new answers count as well: the earlier ones are not replaced.</source>
        <translation>Vul je hem opnieuw in, dan tellen de nieuwe antwoorden ook mee. De vorige antwoorden blijven staan.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation>Opnieuw invullen</translation>
    </message>
</context>
<context>
    <name>HomeTabs</name>
    <message>
        <source>Zorgstem</source>
        <translation>Zorgstem</translation>
    </message>
    <message>
        <source>Actions in your region</source>
        <translation>Acties in je regio</translation>
    </message>
    <message>
        <source>Panels and ideas</source>
        <translation>Panels en ideeën</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Peilingen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>IdeaPage</name>
    <message>
        <source>Send an idea</source>
        <translation>Stuur een idee</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>Je idee</translation>
    </message>
    <message>
        <source>What would you change, and why would it help?</source>
        <translation>Wat zou je veranderen, en waarom helpt dat?</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <translation>Wordt verstuurd als: %1</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>I would like to help carry it out</source>
        <translation>Ik help graag mee om het uit te voeren</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Je naam (niet verplicht)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Only the coordinator sees your name. Others in the region see the idea without it.</source>
        <translation>Alleen de coördinator ziet je naam. Anderen in de regio zien het idee zonder naam.</translation>
    </message>
    <message>
        <source>Send idea</source>
        <translation>Idee versturen</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Did your employer give you an invitation? Then your answers count for that employer, without it learning who you are.</source>
        <translation>Heb je een uitnodiging van je werkgever gekregen? Dan tellen je antwoorden mee voor die werkgever. Je werkgever komt niet te weten wie je bent.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Uitnodigingscode</translation>
    </message>
    <message>
        <source>e.g. 7KQ2-MX9D-4TBX</source>
        <translation>bijv. 7KQ2-MX9D-4TBX</translation>
    </message>
    <message>
        <source>Use this invitation</source>
        <translation>Deze uitnodiging gebruiken</translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation>QR-code scannen</translation>
    </message>
    <message>
        <source>Checking your invitation…</source>
        <translation>We controleren je uitnodiging…</translation>
    </message>
    <message>
        <source>%1 sees only totals of at least 10 people, never your answers. It cannot tell which answers are yours: the one-time code from your invitation cannot be traced back to you.</source>
        <translation>%1 ziet alleen totalen van minstens 10 mensen, nooit jouw antwoorden. %1 weet ook niet welke antwoorden van jou zijn. De eenmalige code uit je uitnodiging is namelijk niet naar jou te herleiden.</translation>
    </message>
    <message>
        <source>Start the survey</source>
        <translation>Begin de peiling</translation>
    </message>
    <message>
        <source>Enter another code</source>
        <translation>Een andere code invullen</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <source>Save the invitation sheet</source>
        <translation>Het uitnodigingsvel opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <source>Only people you invite count for your organisation, each once. Give every leaver (exit survey) or every member of staff (stay survey) one card with a code. Nobody can see which code gave which answer.</source>
        <translation>Alleen mensen die je uitnodigt tellen mee voor je organisatie, ieder één keer. Geef iedere vertrekker (vertrekpeiling) of iedere medewerker (blijfpeiling) één kaartje met een code. Niemand kan zien welke code welk antwoord gaf.</translation>
    </message>
    <message>
        <source>Make invitations</source>
        <translation>Uitnodigingen maken</translation>
    </message>
    <message>
        <source>Exit survey, for people who are leaving</source>
        <translation>Vertrekpeiling, voor mensen die vertrekken</translation>
    </message>
    <message>
        <source>Stay survey, for people who work here</source>
        <translation>Blijfpeiling, voor mensen die hier werken</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Hoeveel</translation>
    </message>
    <message>
        <source>Number of invitations</source>
        <translation>Aantal uitnodigingen</translation>
    </message>
    <message>
        <source>Codes can be used for 90 days. At most %1 at a time.</source>
        <translation>Codes zijn 90 dagen te gebruiken. Hooguit %1 tegelijk.</translation>
    </message>
    <message>
        <source>The sheet is saved. Print it and hand out one card per person.</source>
        <translation>Het vel is opgeslagen. Druk het af en geef iedereen één kaartje.</translation>
    </message>
    <message>
        <source>Save the sheet now: these %1 codes are shown only once and the collector keeps no copy.</source>
        <translation>Sla het vel nu op: deze %1 codes worden maar één keer getoond en de verzamelserver bewaart geen kopie.</translation>
    </message>
    <message>
        <source>Save QR sheet (PDF)</source>
        <translation>QR-vel opslaan (PDF)</translation>
    </message>
    <message>
        <source>The codes, to copy into a message:</source>
        <translation>De codes, om in een bericht te kopiëren:</translation>
    </message>
    <message>
        <source>Invitation codes</source>
        <translation>Uitnodigingscodes</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Issued and expired count in the month a code was made; used in the month it was redeemed.</source>
        <translation>Uitgegeven en verlopen tellen in de maand waarin een code is gemaakt; gebruikt in de maand waarin hij is ingewisseld.</translation>
    </message>
    <message>
        <source>No invitations yet.</source>
        <translation>Nog geen uitnodigingen.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Peiling</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>%1, %2: %3 issued, %4 used, %5 expired</source>
        <translation>%1, %2: %3 uitgegeven, %4 gebruikt, %5 verlopen</translation>
    </message>
</context>
<context>
    <name>JoinPanelPage</name>
    <message>
        <source>Join %1</source>
        <translation>Lid worden van %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>or phone number</source>
        <translation>of telefoonnummer</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Consent (version %1)</source>
        <translation>Toestemming (versie %1)</translation>
    </message>
    <message>
        <source>I have read this and agree</source>
        <translation>Ik heb dit gelezen en ga akkoord</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Lid worden</translation>
    </message>
    <message>
        <source>The panel needs your name and one way to reach you. Your age group from your profile is sent only to check the panel&apos;s age limit; the panel does not keep it.</source>
        <translation>Het panel heeft je naam nodig en één manier om je te bereiken. De app stuurt ook je leeftijdsgroep uit je profiel mee. Die is alleen om de leeftijdsgrens van het panel te controleren. Het panel bewaart je leeftijdsgroep niet.</translation>
    </message>
    <message>
        <source>The panel needs your name and one way to reach you. Nothing else from your profile is sent.</source>
        <translation>Het panel heeft je naam nodig en één manier om je te bereiken. De app stuurt verder niets uit je profiel.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Zorgstem</source>
        <translation>Zorgstem</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>MembershipPage</name>
    <message>
        <source>My membership</source>
        <translation>Mijn lidmaatschap</translation>
    </message>
    <message>
        <source>This is everything the panel stores about you:</source>
        <translation>Dit is alles wat het panel over je bewaart:</translation>
    </message>
    <message>
        <source>Leave the panel and erase my data</source>
        <translation>Panel verlaten en mijn gegevens wissen</translation>
    </message>
    <message>
        <source>Leave the panel?</source>
        <translation>Panel verlaten?</translation>
    </message>
    <message>
        <source>Saved to %1. The file stays yours, also after you leave the panel.</source>
        <translation>Bewaard in %1. Het bestand blijft van jou, ook als je het panel verlaat.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie bewaren…</translation>
    </message>
    <message>
        <source>Save a copy of what the panel stores about you</source>
        <translation>Een kopie bewaren van wat het panel over je bewaart</translation>
    </message>
    <message>
        <source>Save what the panel stores about you</source>
        <translation>Sla op wat het panel over je bewaart</translation>
    </message>
    <message>
        <source>Readable text (*.txt)</source>
        <translation>Leesbare tekst (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Your name and contact details are erased from the panel. Your anonymous survey answers are not affected. A copy you saved stays yours.</source>
        <translation>Het panel wist je naam en contactgegevens. Je anonieme antwoorden op peilingen blijven zoals ze zijn. Een kopie die je bewaarde, blijft van jou.</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>lidmaatschap</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Leave the panel</source>
        <translation>Panel verlaten</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Jouw profiel</translation>
    </message>
    <message>
        <source>Your voice in the regional fight against staff shortages</source>
        <translation>Jouw stem in de aanpak van personeels­tekorten in je regio</translation>
    </message>
    <message>
        <source>What is collected</source>
        <translation>Wat wordt verzameld</translation>
    </message>
    <message>
        <source>What is never shared</source>
        <translation>Wat nooit wordt gedeeld</translation>
    </message>
    <message>
        <source>Next: set up my profile</source>
        <translation>Volgende: profiel instellen</translation>
    </message>
    <message>
        <source>For organisations and coordinators: sign in</source>
        <translation>Voor organisaties en coördinatoren: aanmelden</translation>
    </message>
    <message>
        <source>With Zorgstem, people in care tell their employer and region why people leave and what makes them stay. Your answers are sent anonymously.</source>
        <translation>Met Zorgstem vertel je je werkgever en je regio waarom mensen vertrekken. En waardoor ze blijven. De app verstuurt je antwoorden anoniem.</translation>
    </message>
    <message>
        <source>• Your answers to the surveys
• Groups from your profile: region, branch, occupation group, age group, years in care
• The month you answered
• Only when you use an invitation from your employer: that employer, and a one-time code. Nobody can trace this code back to you.</source>
        <translation>• Je antwoorden op de peilingen
• Groepen uit je profiel: regio, branche, beroepsgroep, leeftijdsgroep, jaren in de zorg
• De maand waarin je antwoordde
• Alleen als je een uitnodiging van je werkgever gebruikt: die werkgever, en een code die je maar één keer gebruikt. Niemand kan die code naar jou herleiden.</translation>
    </message>
    <message>
        <source>• Your name, e-mail, phone number or device
• Your exact age or the exact time you answered
• The e-mail addresses, phone numbers and names the app recognises in your own words: it removes them before sending, and you see the result first. It does not find every name, so please do not write names.
• Any figure about a group of fewer than 10 people</source>
        <translation>• Je naam, e-mail, telefoonnummer of apparaat
• Je precieze leeftijd of het precieze tijdstip van je antwoord
• E-mailadressen, telefoonnummers en namen die de app herkent in je eigen woorden. De app haalt ze weg voor het versturen. Je ziet eerst het resultaat. De app vindt niet elke naam. Schrijf dus liever geen namen.
• Cijfers over een groep van minder dan 10 mensen</translation>
    </message>
    <message>
        <source>The app also works without internet. Your answers are sent when there is a connection.</source>
        <translation>De app werkt ook zonder internet. Zodra er verbinding is, verstuurt ze je antwoorden.</translation>
    </message>
    <message>
        <source>Read the privacy statement</source>
        <translation>Lees de privacyverklaring</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisatie: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (region %2)</source>
        <translation>Aangemeld als %1 (regio %2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Sign out and forget the token on this computer</source>
        <translation>Afmelden en het token op deze computer vergeten</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>Vertrekkers</translation>
    </message>
    <message>
        <source>Exit report: why people leave</source>
        <translation>Vertrekrapport: waarom mensen vertrekken</translation>
    </message>
    <message>
        <source>Staying</source>
        <translation>Blijvers</translation>
    </message>
    <message>
        <source>Stay report: what keeps people</source>
        <translation>Blijfrapport: wat mensen houdt</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
</context>
<context>
    <name>PanelsPage</name>
    <message>
        <source>A panel is a group of care workers who advise your region&apos;s action plan. Joining is personal: the panel learns your name and how to reach you. Your survey answers stay anonymous and are never linked to your membership.</source>
        <translation>Een panel is een groep zorgmedewerkers. Zij geven advies over het actieplan van je regio. Lid worden is persoonlijk: het panel krijgt je naam en hoe het je kan bereiken. Je antwoorden op peilingen blijven anoniem. Ze worden nooit aan je lidmaatschap gekoppeld.</translation>
    </message>
    <message>
        <source>No panel serves your region yet. You can still send an idea below.</source>
        <translation>Er is nog geen panel voor jouw regio. Je kunt hieronder wel een idee sturen.</translation>
    </message>
    <message>
        <source>Organised by %1</source>
        <translation>Georganiseerd door %1</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Zo werkt het</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Volgende bijeenkomsten</translation>
    </message>
    <message>
        <source>This panel is for young care professionals; your age group does not fit its rule.</source>
        <translation>Dit panel is voor jonge zorgprofessionals. Je leeftijdsgroep valt daarbuiten.</translation>
    </message>
    <message>
        <source>You are a member since %1.</source>
        <translation>Je bent lid sinds %1.</translation>
    </message>
    <message>
        <source>Join this panel</source>
        <translation>Word lid van dit panel</translation>
    </message>
    <message>
        <source>My membership</source>
        <translation>Mijn lidmaatschap</translation>
    </message>
    <message>
        <source>Ideas from your region</source>
        <translation>Ideeën uit je regio</translation>
    </message>
    <message>
        <source>Have an idea to keep care workers or to work differently? Send it to the region&apos;s coordinator. Others can support it; support is counted, not named.</source>
        <translation>Heb je een idee om zorgmedewerkers te laten blijven, of om anders te werken? Stuur het naar de coördinator van je regio. Anderen kunnen je idee steunen. Steun wordt geteld, niet met naam.</translation>
    </message>
    <message>
        <source>Send an idea</source>
        <translation>Stuur een idee</translation>
    </message>
    <message>
        <source>Support (%1)</source>
        <translation>Steunen (%1)</translation>
    </message>
    <message>
        <source>Panel rounds: %1</source>
        <translation>Panelrondes: %1</translation>
    </message>
    <message>
        <source>Leaving is waiting for a connection. The panel erases your name and contact details as soon as it arrives.</source>
        <translation>Opzeggen wacht op verbinding. Het panel wist je naam en contactgegevens zodra je opzegging aankomt.</translation>
    </message>
    <message>
        <source>Your request to join is waiting for a connection.</source>
        <translation>Je aanmelding wacht op verbinding.</translation>
    </message>
    <message>
        <source>Your idea is waiting for a connection. It is sent as soon as there is one.</source>
        <translation>Je idee wacht op verbinding. Zodra er verbinding is, verstuurt de app het.</translation>
    </message>
    <message>
        <source>Your support is waiting for a connection.</source>
        <translation>Je steun wacht op verbinding.</translation>
    </message>
    <message>
        <source>Panels and ideas</source>
        <translation>Panels en ideeën</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>What Zorgstem does</source>
        <translation>Wat Zorgstem doet</translation>
    </message>
    <message>
        <source>Zorgstem is an app for people who work in care and welfare. You answer short surveys about your work. Your region and employers learn from all answers together. They never see your own answers.</source>
        <translation>Zorgstem is een app voor mensen die werken in zorg en welzijn. Je beantwoordt korte peilingen over je werk. Je regio en werkgevers leren van alle antwoorden samen. Jouw eigen antwoorden zien ze nooit.</translation>
    </message>
    <message>
        <source>What leaves your phone</source>
        <translation>Wat je telefoon verlaat</translation>
    </message>
    <message>
        <source>• Your answers.
• The month you answered. Not the day or the time.
• Groups from your profile: region, branch, occupation group, age group and years in care.
• Only when you use an invitation from your employer: that employer, and a one-time code. Nobody can link this code to you or to your invitation.</source>
        <translation>• Je antwoorden.
• De maand waarin je antwoordde. Niet de dag of het tijdstip.
• Groepen uit je profiel: regio, branche, beroepsgroep, leeftijdsgroep en jaren in de zorg.
• Alleen als je een uitnodiging van je werkgever gebruikt: die werkgever, en een code die je maar één keer gebruikt. Niemand kan die code koppelen aan jou of aan je uitnodiging.</translation>
    </message>
    <message>
        <source>What never leaves your phone</source>
        <translation>Wat je telefoon nooit verlaat</translation>
    </message>
    <message>
        <source>• Your name, e-mail address or phone number.
• A number of your phone or of this app.
• Your exact age.</source>
        <translation>• Je naam, e-mailadres of telefoonnummer.
• Een nummer van je telefoon of van deze app.
• Je precieze leeftijd.</translation>
    </message>
    <message>
        <source>Your own words</source>
        <translation>Je eigen woorden</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Each set of answers gets a new random number. So nobody can link your answers to you, or to each other. The server does not store your IP address or the time. It stores the day at most. When the server has your answers, your phone deletes them. It only keeps a note of which survey you sent, and in which month.</source>
        <translation>Elke ingevulde peiling krijgt een nieuw willekeurig nummer. Zo kan niemand je antwoorden aan jou koppelen, of aan elkaar. De server bewaart je IP-adres niet (het adres van je internetverbinding). Ook het tijdstip bewaart de server niet, hooguit de dag. Als de server je antwoorden heeft, wist je telefoon ze. Je telefoon onthoudt alleen welke peiling je stuurde, en in welke maand.</translation>
    </message>
    <message>
        <source>Only totals of at least 10 people</source>
        <translation>Alleen totalen van minstens 10 mensen</translation>
    </message>
    <message>
        <source>Employers and the region only see totals. A total is shown only when at least 10 people answered. New answers are added once a month, as a group of at least 10. Each number gets a small random change. That way nobody can work out what one person answered. Your own words are shown only in such a group, mixed with the words of others.</source>
        <translation>Werkgevers en de regio zien alleen totalen. Een totaal is alleen te zien als minstens 10 mensen antwoordden. Nieuwe antwoorden komen er één keer per maand bij, als groep van minstens 10. Elk getal krijgt een kleine willekeurige afwijking. Zo kan niemand uitrekenen wat één persoon antwoordde. Je eigen woorden zijn alleen te zien in zo&apos;n groep, gemengd met de woorden van anderen.</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>When you join a regional panel, the panel keeps your name and how to reach you. This is kept apart from all answers and never linked to them. You can see what the panel keeps about you, and delete it.</source>
        <translation>Doe je mee met een regionaal panel? Dan bewaart het panel je naam en hoe het je kan bereiken. Dat staat apart van alle antwoorden en wordt er nooit aan gekoppeld. Je kunt zien wat het panel over je bewaart, en het laten wissen.</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>In Settings you can delete all data on this device. Answers you already sent cannot be deleted, because nobody can find out which answers were yours. To leave a panel, open it under Panel. The panel then deletes what it keeps about you.</source>
        <translation>Bij Instellingen kun je alle gegevens op dit apparaat wissen. Antwoorden die je al verstuurde, kun je niet wissen. Niemand kan namelijk nagaan welke antwoorden van jou waren. Wil je uit een panel? Open het onder Panel. Het panel wist dan wat het over je bewaart.</translation>
    </message>
    <message>
        <source>Before sending, the app removes what it recognises in what you typed: e-mail addresses, phone numbers, citizen service numbers (BSN), postcodes, links and many names of people, wards and locations. It cannot find every name, so please do not write names. You see the result before you send it. The server removes them again.</source>
        <translation>Voor het versturen haalt de app weg wat ze herkent in wat je typte: e-mailadressen, telefoonnummers, burgerservicenummers (BSN), postcodes, links en veel namen van mensen, afdelingen en locaties. Ze vindt niet elke naam. Schrijf dus liever geen namen. Je ziet het resultaat voordat je het verstuurt. De server haalt ze er nog een keer uit.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Occupation group</source>
        <translation>Beroepsgroep</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Years working in care</source>
        <translation>Jaren in de zorg</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profiel opslaan</translation>
    </message>
    <message>
        <source>Your employer is not part of your profile. Your answers count for an employer only through an invitation from that employer. Your employer sees only totals of at least 10 people, never your answers.</source>
        <translation>Je werkgever hoort niet bij je profiel. Je antwoorden tellen alleen mee voor een werkgever als je een uitnodiging van die werkgever gebruikt. Je werkgever ziet alleen totalen van minstens 10 mensen, nooit jouw antwoorden.</translation>
    </message>
</context>
<context>
    <name>QrScanPane</name>
    <message>
        <source>No camera found on this device. Type the code from your invitation instead.</source>
        <translation>Geen camera gevonden op dit apparaat. Typ de code uit je uitnodiging.</translation>
    </message>
    <message>
        <source>Hold the QR code from your invitation in front of the camera.</source>
        <translation>Houd de QR-code uit je uitnodiging voor de camera.</translation>
    </message>
    <message>
        <source>Type the code instead</source>
        <translation>Toch de code typen</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>(optional)</source>
        <translation>(niet verplicht)</translation>
    </message>
    <message>
        <source>Choose %1 to %2.</source>
        <translation>Kies er %1 tot %2.</translation>
    </message>
    <message>
        <source>Type your answer here</source>
        <translation>Typ hier je antwoord</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
    <message>
        <source>This is what will be sent:</source>
        <translation>Dit wordt verstuurd:</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n.</source>
        <translation>
            <numerusform>Kies er %n.</numerusform>
            <numerusform>Kies er %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n.</source>
        <translation>
            <numerusform>Kies er maximaal %n.</numerusform>
            <numerusform>Kies er maximaal %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Eén minder</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Eén meer</translation>
    </message>
    <message>
        <source>We remove what we recognise: e-mail addresses, phone numbers, postcodes, links, BSN numbers, and many names of people, wards and locations. We cannot find every name, so please do not write names.</source>
        <translation>We halen weg wat we herkennen: e-mailadressen, telefoonnummers, postcodes, links, burgerservicenummers (BSN) en veel namen van mensen, afdelingen en locaties. We vinden niet elke naam. Schrijf dus liever geen namen op.</translation>
    </message>
</context>
<context>
    <name>RegionPictureTab</name>
    <message>
        <source>Exit survey</source>
        <translation>Vertrekpeiling</translation>
    </message>
    <message>
        <source>Stay survey</source>
        <translation>Blijfpeiling</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Verified: with an invitation</source>
        <translation>Geverifieerd: met een uitnodiging</translation>
    </message>
    <message>
        <source>Unverified: answered without an invitation</source>
        <translation>Niet geverifieerd: zonder uitnodiging ingevuld</translation>
    </message>
    <message>
        <source>Unverified: answered without an invitation. Anyone with the app could fill these in, so they are shown apart from the verified figures and are not a measurement of the region&apos;s organisations.</source>
        <translation>Niet geverifieerd: zonder uitnodiging ingevuld. Iedereen met de app kan deze invullen, dus ze staan los van de geverifieerde cijfers en zijn geen meting bij de organisaties van de regio.</translation>
    </message>
    <message>
        <source>Organisations of the region</source>
        <translation>Organisaties van de regio</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Refresh the list of organisations</source>
        <translation>De lijst met organisaties vernieuwen</translation>
    </message>
    <message>
        <source>Only whether an organisation has a release of its own yet. Its figures belong to the organisation and are not shown here; they count in the region&apos;s verified figures.</source>
        <translation>Alleen of een organisatie al een eigen publicatie heeft. Haar cijfers zijn van de organisatie en staan hier niet; ze tellen mee in de geverifieerde cijfers van de regio.</translation>
    </message>
    <message>
        <source>No organisations listed yet.</source>
        <translation>Nog geen organisaties in de lijst.</translation>
    </message>
    <message>
        <source>exit survey: has a release</source>
        <translation>vertrekpeiling: heeft een publicatie</translation>
    </message>
    <message>
        <source>exit survey: not yet</source>
        <translation>vertrekpeiling: nog niet</translation>
    </message>
    <message>
        <source>stay survey: has a release</source>
        <translation>blijfpeiling: heeft een publicatie</translation>
    </message>
    <message>
        <source>stay survey: not yet</source>
        <translation>blijfpeiling: nog niet</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>Het rapport opslaan als PDF</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Het rapport opslaan als CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Save PDF for the board</source>
        <translation>PDF voor het bestuur opslaan</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>CSV opslaan</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>De cijfers opslaan als CSV</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Het rapport wordt gelezen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>Over deze cijfers</translation>
    </message>
    <message>
        <source>No release yet</source>
        <translation>Nog geen publicatie</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Publicaties</translation>
    </message>
    <message>
        <source>Release %1 · %2 · %3 respondents</source>
        <translation>Publicatie %1 · %2 · %3 deelnemers</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Respons: %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Show the figures of</source>
        <translation>Toon de cijfers van</translation>
    </message>
    <message>
        <source>Trend over the releases</source>
        <translation>Verloop over de publicaties</translation>
    </message>
    <message>
        <source>Figure to follow over the releases</source>
        <translation>Cijfer om te volgen over de publicaties</translation>
    </message>
    <message>
        <source>region, all releases: %1</source>
        <translation>regio, alle publicaties: %1</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>In the respondents&apos; own words, with names, numbers and addresses taken out, in random order. They come only with a release, one release at a time.</source>
        <translation>In de woorden van de deelnemers, zonder namen, nummers en adressen, in willekeurige volgorde. Ze komen alleen met een publicatie, per publicatie.</translation>
    </message>
    <message>
        <source>Comments of release</source>
        <translation>Opmerkingen van publicatie</translation>
    </message>
    <message>
        <source>Regional actions on your top themes</source>
        <translation>Regionale acties op je belangrijkste thema&apos;s</translation>
    </message>
    <message>
        <source>Your top themes: %1</source>
        <translation>Je belangrijkste thema&apos;s: %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>over %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>There is no release yet, so this report has no figures.</source>
        <translation>Er is nog geen publicatie, dus dit rapport heeft nog geen cijfers.</translation>
    </message>
    <message>
        <source>All releases together</source>
        <translation>Alle publicaties samen</translation>
    </message>
    <message>
        <source>Each figure: your organisation (blue bar) beside the region&apos;s verified responses (orange mark), as a share of those who answered.</source>
        <translation>Bij elk cijfer: je organisatie (blauwe balk) naast de geverifieerde antwoorden uit de regio (oranje streep), als deel van wie de vraag beantwoordde.</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>Peiling: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Regio: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s), %1, %2 respondents in all</source>
        <translation>
            <numerusform>%n publicatie, %1, %2 deelnemers in totaal</numerusform>
            <numerusform>%n publicaties, %1, %2 deelnemers in totaal</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on %1 with Zorgstem</source>
        <translation>Gemaakt op %1 met Zorgstem</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Zo lees je dit rapport</translation>
    </message>
    <message>
        <source>A group of fewer than %1 people is never shown, not even as 0: it says &quot;hidden&quot;.</source>
        <translation>Een groep van minder dan %1 mensen wordt nooit getoond, ook niet als 0: er staat dan &quot;verborgen&quot;.</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Publicaties</translation>
    </message>
    <message>
        <source>Response rate: respondents per invitation issued in the months a release covers. Approximate: respondents carry noise, and people answer later than they were invited.</source>
        <translation>Respons: deelnemers per uitnodiging die is uitgegeven in de maanden van een publicatie. Bij benadering: het aantal deelnemers bevat ruis, en mensen antwoorden later dan ze zijn uitgenodigd.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publicatie</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Response rate (approx.)</source>
        <translation>Respons (ongeveer)</translation>
    </message>
    <message>
        <source>about %1 of %2 invited</source>
        <translation>ongeveer %1 van %2 uitgenodigden</translation>
    </message>
    <message>
        <source>no invitations in these months</source>
        <translation>geen uitnodigingen in deze maanden</translation>
    </message>
    <message>
        <source>Region: no figure (no release there yet, or hidden there too).</source>
        <translation>Regio: geen cijfer (daar nog geen publicatie, of daar ook verborgen).</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 beantwoord</translation>
    </message>
    <message>
        <source>Average: %1</source>
        <translation>Gemiddeld: %1</translation>
    </message>
    <message>
        <source>avg %1</source>
        <translation>gem. %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>regio %1</translation>
    </message>
    <message>
        <source>No eNPS in this release.</source>
        <translation>Geen eNPS in deze publicatie.</translation>
    </message>
    <message>
        <source>eNPS %1</source>
        <translation>eNPS %1</translation>
    </message>
    <message>
        <source>Region: eNPS %1</source>
        <translation>Regio: eNPS %1</translation>
    </message>
    <message>
        <source>Promoters (9–10): %1 · passives (7–8): %2 · detractors (0–6): %3</source>
        <translation>Promotors (9–10): %1 · passief (7–8): %2 · criticasters (0–6): %3</translation>
    </message>
    <message>
        <source>eNPS = % promoters − % detractors, from −100 to 100.</source>
        <translation>eNPS = % promotors − % criticasters, van −100 tot 100.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>In the respondents&apos; own words, with names, numbers and addresses taken out, in random order. Comments are published only inside a release.</source>
        <translation>In de woorden van de deelnemers, zonder namen, nummers en adressen, in willekeurige volgorde. Opmerkingen worden alleen binnen een publicatie gepubliceerd.</translation>
    </message>
    <message>
        <source>Release %1 (%2): %3</source>
        <translation>Publicatie %1 (%2): %3</translation>
    </message>
    <message>
        <source>Method and privacy</source>
        <translation>Methode en privacy</translation>
    </message>
    <message>
        <source>Who answers: only people your organisation invited with a one-time code count for it. The code gives a one-time credential that cannot be traced back to the invitation, so nobody, not even the collector, can tell who answered.</source>
        <translation>Wie antwoordt: alleen mensen die je organisatie met een eenmalige code heeft uitgenodigd, tellen mee. De code geeft een eenmalig bewijs dat niet naar de uitnodiging te herleiden is, dus niemand, ook de verzamelserver niet, kan zien wie antwoordde.</translation>
    </message>
    <message>
        <source>Releases: new answers wait until at least %1 people have answered. Then, at a month boundary, they are published together as one release; nothing about the answers still waiting is published. A release never changes afterwards.</source>
        <translation>Publicaties: nieuwe antwoorden wachten tot minstens %1 mensen hebben geantwoord. Dan worden ze aan het begin van een maand samen gepubliceerd als één publicatie; over antwoorden die nog wachten wordt niets gepubliceerd. Een publicatie verandert daarna nooit meer.</translation>
    </message>
    <message>
        <source>Noise: every count carries a small random amount added once, on purpose (ε = %1 per count), so that no figure, alone or combined with others, shows what one person answered. Percentages come from the noisy counts; small differences between figures mean little.</source>
        <translation>Ruis: bij elk aantal is met opzet eenmalig een klein willekeurig getal opgeteld (ε = %1 per aantal), zodat geen cijfer, alleen of samen met andere, laat zien wat één persoon antwoordde. Percentages komen uit de aantallen met ruis; kleine verschillen tussen cijfers zeggen weinig.</translation>
    </message>
    <message>
        <source>Hidden groups: a question answered by fewer than %1 people is shown as hidden, never as 0.</source>
        <translation>Verborgen groepen: een vraag die door minder dan %1 mensen is beantwoord, staat als verborgen, nooit als 0.</translation>
    </message>
    <message>
        <source>Benchmark: the region&apos;s verified responses (people invited by any organisation in the region), published the same way.</source>
        <translation>Vergelijking: de geverifieerde antwoorden uit de regio (mensen die door een organisatie in de regio zijn uitgenodigd), op dezelfde manier gepubliceerd.</translation>
    </message>
    <message>
        <source>Exit report</source>
        <translation>Vertrekrapport</translation>
    </message>
    <message>
        <source>Stay report</source>
        <translation>Blijfrapport</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Comments are scrubbed of what the scrubber recognises (e-mail addresses, phone numbers, postcodes, links and many names of people, wards and locations) before they leave the respondent&apos;s phone, and again by the collector. It does not find every name.</source>
        <translation>Uit opmerkingen wordt gehaald wat de filter herkent (e-mailadressen, telefoonnummers, postcodes, links en veel namen van mensen, afdelingen en locaties) voordat ze de telefoon van de deelnemer verlaten, en nog eens door de verzamelserver. Niet elke naam wordt gevonden.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>The ten national themes</source>
        <translation>De tien landelijke thema&apos;s</translation>
    </message>
    <message>
        <source>%1, by national theme</source>
        <translation>%1, per landelijk thema</translation>
    </message>
    <message>
        <source>Leaving reasons</source>
        <translation>Vertrekredenen</translation>
    </message>
    <message>
        <source>The most important reason</source>
        <translation>De belangrijkste reden</translation>
    </message>
    <message>
        <source>Where they go</source>
        <translation>Waar ze heen gaan</translation>
    </message>
    <message>
        <source>What could have kept them</source>
        <translation>Wat hen had kunnen houden</translation>
    </message>
    <message>
        <source>Would they come back</source>
        <translation>Zouden ze terugkomen</translation>
    </message>
    <message>
        <source>What would bring them back</source>
        <translation>Wat hen terug zou brengen</translation>
    </message>
    <message>
        <source>Would they recommend you as an employer (eNPS)</source>
        <translation>Zouden ze je aanraden als werkgever (eNPS)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>What keeps them here</source>
        <translation>Wat hen hier houdt</translation>
    </message>
    <message>
        <source>How they rate their work (agree or fully agree)</source>
        <translation>Hoe ze hun werk beoordelen (eens of helemaal eens)</translation>
    </message>
    <message>
        <source>Contract hours they want</source>
        <translation>Gewenste contracturen</translation>
    </message>
    <message>
        <source>Extra hours a week they would like to work</source>
        <translation>Extra uren per week die ze willen werken</translation>
    </message>
    <message>
        <source>Say over their own roster</source>
        <translation>Zeggenschap over het eigen rooster</translation>
    </message>
    <message>
        <source>Intent to leave</source>
        <translation>Vertrekplannen</translation>
    </message>
    <message>
        <source>Where they would go</source>
        <translation>Waar ze heen zouden gaan</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>eNPS score</source>
        <translation>eNPS-score</translation>
    </message>
    <message>
        <source>Fewer than %1 people: hidden to protect them.</source>
        <translation>Minder dan %1 mensen: verborgen om hen te beschermen.</translation>
    </message>
    <message>
        <source>The next release can come on %1 at the earliest, once at least %2 more people have answered.</source>
        <translation>De volgende publicatie kan op zijn vroegst op %1 komen, als minstens %2 mensen meer hebben geantwoord.</translation>
    </message>
    <message>
        <source>Every number here carries a little deliberate noise: a few people more or less. That way no one can work out what one person answered, even if you know who took part and when. Figures are published in releases of at least %1 people, once a month at most, and do not change afterwards.</source>
        <translation>Elk getal hier bevat met opzet een beetje ruis: een paar mensen meer of minder. Zo kan niemand afleiden wat één persoon antwoordde, ook niet als je weet wie er meededen en wanneer. Cijfers verschijnen in publicaties van minstens %1 mensen, hooguit één keer per maand, en veranderen daarna niet meer.</translation>
    </message>
</context>
<context>
    <name>RoundBuilderPage</name>
    <message>
        <source>Build a panel round</source>
        <translation>Panelronde maken</translation>
    </message>
    <message>
        <source>Import a survey definition</source>
        <translation>Een peilingdefinitie inlezen</translation>
    </message>
    <message>
        <source>Survey definitions (*.json)</source>
        <translation>Peilingdefinities (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) left to fill in or fix.</source>
        <translation>
            <numerusform>Nog %n ding in te vullen of te verbeteren.</numerusform>
            <numerusform>Nog %n dingen in te vullen of te verbeteren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete: look at the preview, then publish.</source>
        <translation>Compleet: bekijk het voorbeeld en publiceer dan.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Preview the round as a member sees it</source>
        <translation>De ronde bekijken zoals een lid hem ziet</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publiceren…</translation>
    </message>
    <message>
        <source>Publish the round</source>
        <translation>De ronde publiceren</translation>
    </message>
    <message>
        <source>Publish “%1” for %2 (%3)? Members see it at once. A published round cannot be changed; a new version can follow.</source>
        <translation>“%1” publiceren voor %2 (%3)? Leden zien hem meteen. Een gepubliceerde ronde kan niet meer veranderen; er kan wel een nieuwe versie komen.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message>
        <source>members not counted yet</source>
        <translation>leden nog niet geteld</translation>
    </message>
    <message>
        <source>Yes, publish</source>
        <translation>Ja, publiceren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Do not publish</source>
        <translation>Niet publiceren</translation>
    </message>
    <message>
        <source>Build the round here: it is kept on this device as you go. Members of the panel find it in their app once you publish it.</source>
        <translation>Maak de ronde hier: alles wordt onderweg op dit apparaat bewaard. Leden van het panel vinden de ronde in hun app zodra je hem publiceert.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nieuwe ronde</translation>
    </message>
    <message>
        <source>Start a new, empty round</source>
        <translation>Een nieuwe, lege ronde beginnen</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Bestand inlezen…</translation>
    </message>
    <message>
        <source>Import a survey definition file</source>
        <translation>Een peilingdefinitie inlezen</translation>
    </message>
    <message>
        <source>This replaces the round you are building here.</source>
        <translation>Dit vervangt de ronde waar je hier aan werkt.</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Keep the round</source>
        <translation>De ronde houden</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Add the first question:</source>
        <translation>Voeg de eerste vraag toe:</translation>
    </message>
    <message>
        <source>Add a question:</source>
        <translation>Vraag toevoegen:</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Eén keuze</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Meer keuzes</translation>
    </message>
    <message>
        <source>Statements, 1 to 5</source>
        <translation>Stellingen, 1 tot 5</translation>
    </message>
    <message>
        <source>Scale (e.g. 0 to 10)</source>
        <translation>Schaal (bijv. 0 tot 10)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Getal</translation>
    </message>
    <message>
        <source>Open answer (text)</source>
        <translation>Open antwoord (tekst)</translation>
    </message>
    <message>
        <source>Add a question: %1</source>
        <translation>Vraag toevoegen: %1</translation>
    </message>
</context>
<context>
    <name>RoundChecks</name>
    <message>
        <source>Choose the panel whose members get this round.</source>
        <translation>Kies het panel waarvan de leden deze ronde krijgen.</translation>
    </message>
    <message>
        <source>The id may hold only lower-case letters, digits, - and _ (at most 64), and starts with a letter or a digit.</source>
        <translation>De id bestaat alleen uit kleine letters, cijfers, - en _ (hooguit 64) en begint met een letter of cijfer.</translation>
    </message>
    <message>
        <source>The version is 1 or more.</source>
        <translation>De versie is 1 of hoger.</translation>
    </message>
    <message>
        <source>Give the round a title in Dutch and in English.</source>
        <translation>Geef de ronde een titel in het Nederlands en in het Engels.</translation>
    </message>
    <message>
        <source>The Dutch title is missing.</source>
        <translation>De Nederlandse titel ontbreekt.</translation>
    </message>
    <message>
        <source>The English title is missing.</source>
        <translation>De Engelse titel ontbreekt.</translation>
    </message>
    <message>
        <source>Write a short introduction in Dutch and in English: members read it first.</source>
        <translation>Schrijf een korte inleiding in het Nederlands en in het Engels: leden lezen die als eerste.</translation>
    </message>
    <message>
        <source>The Dutch introduction is missing.</source>
        <translation>De Nederlandse inleiding ontbreekt.</translation>
    </message>
    <message>
        <source>The English introduction is missing.</source>
        <translation>De Engelse inleiding ontbreekt.</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>Voeg minstens één vraag toe.</translation>
    </message>
    <message>
        <source>A round has at most %1 questions.</source>
        <translation>Een ronde heeft hooguit %1 vragen.</translation>
    </message>
    <message>
        <source>Question %1 already has the id &quot;%2&quot;.</source>
        <translation>Vraag %1 heeft al de id &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Write the question in Dutch and in English.</source>
        <translation>Schrijf de vraag in het Nederlands en in het Engels.</translation>
    </message>
    <message>
        <source>The Dutch question is missing.</source>
        <translation>De Nederlandse vraag ontbreekt.</translation>
    </message>
    <message>
        <source>The English question is missing.</source>
        <translation>De Engelse vraag ontbreekt.</translation>
    </message>
    <message>
        <source>Give the explanation in both languages, or leave both empty.</source>
        <translation>Geef de uitleg in beide talen, of laat beide leeg.</translation>
    </message>
    <message>
        <source>Add at least one statement.</source>
        <translation>Voeg minstens één stelling toe.</translation>
    </message>
    <message>
        <source>Add at least one option.</source>
        <translation>Voeg minstens één antwoord toe.</translation>
    </message>
    <message>
        <source>A question has at most %1 statements.</source>
        <translation>Een vraag heeft hooguit %1 stellingen.</translation>
    </message>
    <message>
        <source>A question has at most %1 options.</source>
        <translation>Een vraag heeft hooguit %1 antwoorden.</translation>
    </message>
    <message>
        <source>Number %1 already has the id &quot;%2&quot;.</source>
        <translation>Nummer %1 heeft al de id &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Write statement %1 in Dutch and in English.</source>
        <translation>Schrijf stelling %1 in het Nederlands en in het Engels.</translation>
    </message>
    <message>
        <source>Give option %1 a label in Dutch and in English.</source>
        <translation>Geef antwoord %1 een tekst in het Nederlands en in het Engels.</translation>
    </message>
    <message>
        <source>Number %1 has no Dutch text.</source>
        <translation>Nummer %1 heeft geen Nederlandse tekst.</translation>
    </message>
    <message>
        <source>Number %1 has no English text.</source>
        <translation>Nummer %1 heeft geen Engelse tekst.</translation>
    </message>
    <message>
        <source>Allow from %1 to %2 choices: the question has %2 options.</source>
        <translation>Sta %1 tot %2 keuzes toe: de vraag heeft %2 antwoorden.</translation>
    </message>
    <message>
        <source>The highest value must be above the lowest.</source>
        <translation>De hoogste waarde moet boven de laagste liggen.</translation>
    </message>
    <message>
        <source>A scale has at most 21 steps.</source>
        <translation>Een schaal heeft hooguit 21 stappen.</translation>
    </message>
    <message>
        <source>Give the label of the lowest value in both languages, or leave both empty.</source>
        <translation>Geef de tekst bij de laagste waarde in beide talen, of laat beide leeg.</translation>
    </message>
    <message>
        <source>Give the label of the highest value in both languages, or leave both empty.</source>
        <translation>Geef de tekst bij de hoogste waarde in beide talen, of laat beide leeg.</translation>
    </message>
    <message>
        <source>The highest number must not be below the lowest.</source>
        <translation>Het hoogste getal mag niet onder het laagste liggen.</translation>
    </message>
    <message>
        <source>Give the unit in both languages, or leave both empty.</source>
        <translation>Geef de eenheid in beide talen, of laat beide leeg.</translation>
    </message>
    <message>
        <source>Allow from 1 to 5000 characters.</source>
        <translation>Sta 1 tot 5000 tekens toe.</translation>
    </message>
    <message>
        <source>The question this one depends on was removed: choose another one, or show this question always.</source>
        <translation>De vraag waar deze vraag van afhangt is weggehaald: kies een andere, of toon deze vraag altijd.</translation>
    </message>
    <message>
        <source>This question depends on question %1, which now comes after it: move it below question %1, or choose another condition.</source>
        <translation>Deze vraag hangt af van vraag %1, die nu later komt: zet deze vraag onder vraag %1, of kies een andere voorwaarde.</translation>
    </message>
    <message>
        <source>Question %1 has no options any more: choose another condition.</source>
        <translation>Vraag %1 heeft geen antwoorden meer om uit te kiezen: kies een andere voorwaarde.</translation>
    </message>
    <message>
        <source>Choose the answer that shows this question.</source>
        <translation>Kies het antwoord waarbij deze vraag verschijnt.</translation>
    </message>
    <message>
        <source>The answer this question depends on was removed from question %1: choose another one.</source>
        <translation>Het antwoord waar deze vraag van afhangt is uit vraag %1 weggehaald: kies een ander.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; belongs to another survey: choose another id.</source>
        <translation>De id &quot;%1&quot; hoort bij een andere peiling: kies een andere id.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is published already. To publish a changed round, raise the version.</source>
        <translation>Versie %1 van &quot;%2&quot; is al gepubliceerd. Verhoog de versie om een gewijzigde ronde te publiceren.</translation>
    </message>
    <message>
        <source>The panel does not serve the region this round names. Remove &quot;region&quot; from the file, or choose a region the panel serves.</source>
        <translation>Het panel hoort niet bij de regio die deze ronde noemt. Haal &quot;region&quot; uit het bestand, of kies een regio van het panel.</translation>
    </message>
    <message>
        <source>This is not a panel round.</source>
        <translation>Dit is geen panelronde.</translation>
    </message>
    <message>
        <source>The opening and closing dates must be dates like 2027-03-31, closing not before opening.</source>
        <translation>De begin- en einddatum zijn datums zoals 2027-03-31, en het einde ligt niet voor het begin.</translation>
    </message>
    <message>
        <source>The id may hold only lower-case letters, digits, - and _ (at most 64), and starts with a letter or a digit, once in its list.</source>
        <translation>De id bestaat alleen uit kleine letters, cijfers, - en _ (hooguit 64), begint met een letter of cijfer en komt maar één keer voor in zijn lijst.</translation>
    </message>
    <message>
        <source>Give every option and statement a text in Dutch and in English.</source>
        <translation>Geef elk antwoord en elke stelling een tekst in het Nederlands en in het Engels.</translation>
    </message>
    <message>
        <source>This option or statement is not valid.</source>
        <translation>Dit antwoord of deze stelling klopt niet.</translation>
    </message>
    <message>
        <source>The round is not valid here (%1).</source>
        <translation>De ronde klopt hier niet (%1).</translation>
    </message>
    <message>
        <source>This condition must name an earlier question and one of its answers.</source>
        <translation>Deze voorwaarde noemt een eerdere vraag en een van de antwoorden daarop.</translation>
    </message>
    <message>
        <source>Add at least one option (at most %1).</source>
        <translation>Voeg minstens één antwoord toe (hooguit %1).</translation>
    </message>
    <message>
        <source>Add at least one statement (at most %1).</source>
        <translation>Voeg minstens één stelling toe (hooguit %1).</translation>
    </message>
    <message>
        <source>Check the lowest and highest values.</source>
        <translation>Controleer de laagste en de hoogste waarde.</translation>
    </message>
    <message>
        <source>The options must come from an earlier multiple-choice question.</source>
        <translation>De antwoorden moeten uit een eerdere vraag met meer keuzes komen.</translation>
    </message>
    <message>
        <source>This question is not valid as it is (%1).</source>
        <translation>Deze vraag klopt zo niet (%1).</translation>
    </message>
</context>
<context>
    <name>RoundChoiceList</name>
    <message>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>stelling</translation>
    </message>
    <message>
        <source>option</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Stellingen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Id of %1 %2</source>
        <translation>Id van %1 %2</translation>
    </message>
    <message>
        <source>Id, made from the text; you may change it</source>
        <translation>Id, gemaakt van de tekst; je mag hem veranderen</translation>
    </message>
    <message>
        <source>Id; empty it to make it from the text again</source>
        <translation>Id; maak hem leeg om hem weer van de tekst te maken</translation>
    </message>
    <message>
        <source>Move %1 %2 up</source>
        <translation>%1 %2 omhoog</translation>
    </message>
    <message>
        <source>Move %1 %2 down</source>
        <translation>%1 %2 omlaag</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 weghalen</translation>
    </message>
    <message>
        <source>Add a statement</source>
        <translation>Stelling toevoegen</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Antwoord toevoegen</translation>
    </message>
</context>
<context>
    <name>RoundDetails</name>
    <message>
        <source>The round</source>
        <translation>De ronde</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Choose a panel…</source>
        <translation>Kies een panel…</translation>
    </message>
    <message>
        <source>Panel that gets the round</source>
        <translation>Panel dat de ronde krijgt</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will get this round.</source>
        <translation>
            <numerusform>%n lid krijgt deze ronde.</numerusform>
            <numerusform>%n leden krijgen deze ronde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>Leden tellen…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Introduction (members read it before they start)</source>
        <translation>Inleiding (leden lezen die voor ze beginnen)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Id of the round</source>
        <translation>Id van de ronde</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Version of the round</source>
        <translation>Versie van de ronde</translation>
    </message>
    <message>
        <source>The id is made from the Dutch title; reports name the round by it.</source>
        <translation>De id wordt van de Nederlandse titel gemaakt; rapporten noemen de ronde erbij.</translation>
    </message>
    <message>
        <source>Empty the id to make it from the title again.</source>
        <translation>Maak de id leeg om hem weer van de titel te maken.</translation>
    </message>
    <message>
        <source>Also kept from the imported file: %1</source>
        <translation>Ook bewaard uit het ingelezen bestand: %1</translation>
    </message>
    <message>
        <source>Sign in with your coordinator token to see how many members the panel has.</source>
        <translation>Meld je aan met je coördinatortoken om te zien hoeveel leden het panel heeft.</translation>
    </message>
</context>
<context>
    <name>RoundQuestionEditor</name>
    <message>
        <source>Question %1</source>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Eén keuze</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Meer keuzes</translation>
    </message>
    <message>
        <source>Statements, 1 to 5</source>
        <translation>Stellingen, 1 tot 5</translation>
    </message>
    <message>
        <source>Scale (e.g. 0 to 10)</source>
        <translation>Schaal (bijv. 0 tot 10)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Getal</translation>
    </message>
    <message>
        <source>Open answer (text)</source>
        <translation>Open antwoord (tekst)</translation>
    </message>
    <message>
        <source>Kind of question %1</source>
        <translation>Soort vraag %1</translation>
    </message>
    <message>
        <source>Move question %1 up</source>
        <translation>Vraag %1 omhoog</translation>
    </message>
    <message>
        <source>Move question %1 down</source>
        <translation>Vraag %1 omlaag</translation>
    </message>
    <message>
        <source>Remove question %1</source>
        <translation>Vraag %1 weghalen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Explanation below the question</source>
        <translation>Uitleg onder de vraag</translation>
    </message>
    <message>
        <source>Add an explanation</source>
        <translation>Uitleg toevoegen</translation>
    </message>
    <message>
        <source>Add an explanation to question %1</source>
        <translation>Uitleg toevoegen aan vraag %1</translation>
    </message>
    <message>
        <source>Members rate each statement from 1 (disagree) to 5 (agree).</source>
        <translation>Leden geven elke stelling een cijfer van 1 (oneens) tot 5 (eens).</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Hooguit</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Most choices a member may pick</source>
        <translation>Hoeveel keuzes een lid hooguit maakt</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>keuzes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Lowest value of question %1</source>
        <translation>Laagste waarde van vraag %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Highest value of question %1</source>
        <translation>Hoogste waarde van vraag %1</translation>
    </message>
    <message>
        <source>Label of the lowest value</source>
        <translation>Tekst bij de laagste waarde</translation>
    </message>
    <message>
        <source>Label of the highest value</source>
        <translation>Tekst bij de hoogste waarde</translation>
    </message>
    <message>
        <source>Unit (e.g. hours)</source>
        <translation>Eenheid (bijv. uur)</translation>
    </message>
    <message>
        <source>Most characters of the answer to question %1</source>
        <translation>Hoeveel tekens het antwoord op vraag %1 hooguit heeft</translation>
    </message>
    <message>
        <source>characters; names, numbers and addresses are removed before sending</source>
        <translation>tekens; namen, nummers en adressen gaan eruit voor het verzenden</translation>
    </message>
    <message>
        <source>Members must answer this question</source>
        <translation>Leden moeten deze vraag beantwoorden</translation>
    </message>
    <message>
        <source>Show this question</source>
        <translation>Toon deze vraag</translation>
    </message>
    <message>
        <source>Show this question when</source>
        <translation>Toon deze vraag als</translation>
    </message>
    <message>
        <source>(a question that is gone or comes later)</source>
        <translation>(een vraag die weg is of later komt)</translation>
    </message>
    <message>
        <source>When question %1 is shown</source>
        <translation>Wanneer vraag %1 verschijnt</translation>
    </message>
    <message>
        <source>is answered with</source>
        <translation>is beantwoord met</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Answer that shows question %1</source>
        <translation>Antwoord waarbij vraag %1 verschijnt</translation>
    </message>
    <message>
        <source>Shown under a condition from the imported file; it is kept as it is.</source>
        <translation>Verschijnt onder een voorwaarde uit het ingelezen bestand; die blijft zoals hij is.</translation>
    </message>
    <message>
        <source>Show always</source>
        <translation>Altijd tonen</translation>
    </message>
    <message>
        <source>Show question %1 always</source>
        <translation>Vraag %1 altijd tonen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Id of question %1</source>
        <translation>Id van vraag %1</translation>
    </message>
    <message>
        <source>made from the Dutch question; the report names the question by it</source>
        <translation>gemaakt van de Nederlandse vraag; het rapport noemt de vraag erbij</translation>
    </message>
    <message>
        <source>empty it to make it from the question again</source>
        <translation>maak hem leeg om hem weer van de vraag te maken</translation>
    </message>
    <message>
        <source>Also kept from the imported file: %1</source>
        <translation>Ook bewaard uit het ingelezen bestand: %1</translation>
    </message>
</context>
<context>
    <name>RoundResults</name>
    <message>
        <source>Results</source>
        <translation>Uitkomsten</translation>
    </message>
    <message>
        <source>No results yet. Results come in releases of at least ten members&apos; answers, made at the start of a month.</source>
        <translation>Nog geen uitkomsten. Uitkomsten komen in publicaties van de antwoorden van minstens tien leden, aan het begin van een maand.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) so far.</source>
        <translation>
            <numerusform>Tot nu toe %n publicatie.</numerusform>
            <numerusform>Tot nu toe %n publicaties.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the results</source>
        <translation>Uitkomsten ophalen</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profiel opgeslagen.</translation>
    </message>
    <message>
        <source>Data on this device</source>
        <translation>Gegevens op dit apparaat</translation>
    </message>
    <message>
        <source>Deletes your profile, unfinished answers, answers not yet sent and receipts from this device. Answers already sent are anonymous and cannot be traced back to you.</source>
        <translation>Hiermee wis je van dit apparaat: je profiel, antwoorden die nog niet af of nog niet verstuurd zijn, en ontvangstbewijzen. Verstuurde antwoorden zijn anoniem. Ze zijn niet naar jou te herleiden.</translation>
    </message>
    <message>
        <source>Delete all data on this device</source>
        <translation>Alle gegevens op dit apparaat wissen</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Alles wissen?</translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s) have not been sent yet and will be lost.</source>
        <translation>
            <numerusform>%n ingevulde peiling is nog niet verstuurd en gaat verloren.</numerusform>
            <numerusform>%n ingevulde peilingen zijn nog niet verstuurd en gaan verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Je kunt dit niet terugdraaien.</translation>
    </message>
    <message>
        <source>Coordinator mode</source>
        <translation>Coördinatormodus</translation>
    </message>
    <message>
        <source>For the region&apos;s panel coordinator, with a coordinator token: publish actions and panel rounds, read ideas. Best on a desktop.</source>
        <translation>Voor de panelcoördinator van de regio. Je hebt een coördinatortoken nodig. Je kunt acties en panelrondes publiceren en ideeën lezen. Werkt het best op een computer.</translation>
    </message>
    <message>
        <source>Open coordinator mode</source>
        <translation>Coördinatormodus openen</translation>
    </message>
    <message>
        <source>For organisations</source>
        <translation>Voor organisaties</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Aangemeld als %1.</translation>
    </message>
    <message>
        <source>For the HR manager of a care organisation, with its token: why people leave and what makes them stay, beside the region; a PDF for the board; invitations. Best on a desktop or tablet.</source>
        <translation>Voor de HR-manager van een zorgorganisatie. Je hebt het token van de organisatie nodig. Je ziet waarom mensen vertrekken en waardoor ze blijven, naast de regio. Je maakt een PDF voor het bestuur en uitnodigingen. Werkt het best op een computer of tablet.</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Het dashboard openen</translation>
    </message>
    <message>
        <source>Sign in as an organisation</source>
        <translation>Aanmelden als organisatie</translation>
    </message>
    <message numerus="yes">
        <source>You are a member of %n panel(s). You leave them first, so the panel erases your name and contact details too.</source>
        <translation>
            <numerusform>Je bent lid van %n panel. Eerst zeg je dat lidmaatschap op. Dan wist het panel ook je naam en contactgegevens.</numerusform>
            <numerusform>Je bent lid van %n panels. Eerst zeg je die lidmaatschappen op. Dan wissen de panels ook je naam en contactgegevens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leaving %n panel(s) is waiting for a connection. As soon as there is one, the panel erases your name and contact details and this device forgets the membership.</source>
        <translation>
            <numerusform>Opzeggen bij %n panel wacht op verbinding. Zodra er verbinding is, wist het panel je naam en contactgegevens. Dan vergeet dit apparaat ook het lidmaatschap.</numerusform>
            <numerusform>Opzeggen bij %n panels wacht op verbinding. Zodra er verbinding is, wissen de panels je naam en contactgegevens. Dan vergeet dit apparaat ook de lidmaatschappen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You leave %n panel(s) first.</source>
        <translation>
            <numerusform>Je zegt eerst %n panel op.</numerusform>
            <numerusform>Je zegt eerst %n panels op.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted from this device</source>
        <translation>Gewist van dit apparaat</translation>
    </message>
    <message numerus="yes">
        <source>You are being taken off %n panel(s), so the panel erases your name and contact details too. Without a connection this waits and happens as soon as there is one; until then this device keeps only what it needs for that.</source>
        <translation>
            <numerusform>De app meldt je af bij %n panel. Zo wist het panel ook je naam en contactgegevens. Is er geen verbinding? Dan gebeurt dit zodra er verbinding is. Tot dan bewaart dit apparaat alleen wat daarvoor nodig is.</numerusform>
            <numerusform>De app meldt je af bij %n panels. Zo wissen de panels ook je naam en contactgegevens. Is er geen verbinding? Dan gebeurt dit zodra er verbinding is. Tot dan bewaart dit apparaat alleen wat daarvoor nodig is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>Licht of donker</translation>
    </message>
    <message>
        <source>Same as my device</source>
        <translation>Zoals mijn apparaat</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>What leaves your phone, and what your employer and region can see.</source>
        <translation>Wat je telefoon verlaat, en wat je werkgever en regio kunnen zien.</translation>
    </message>
    <message>
        <source>Read the privacy statement</source>
        <translation>Lees de privacyverklaring</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Geavanceerd</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres van de server</translation>
    </message>
    <message>
        <source>The server that receives the answers. Only change it when your region asks you to.</source>
        <translation>De server die de antwoorden ontvangt. Verander dit alleen als je regio erom vraagt.</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Adres opslaan</translation>
    </message>
    <message>
        <source>Zorgstem version %1</source>
        <translation>Zorgstem versie %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles wissen</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in for organisations</source>
        <translation>Aanmelden voor organisaties</translation>
    </message>
    <message>
        <source>Sign in with your token</source>
        <translation>Meld je aan met je token</translation>
    </message>
    <message>
        <source>For the HR manager or board of a care organisation, and for a region&apos;s panel coordinator. The operator of your region&apos;s collector gives you a token or a sign-in link. You do not need a care worker&apos;s profile for this.</source>
        <translation>Voor de HR-manager of het bestuur van een zorgorganisatie, en voor de panelcoördinator van een regio. De beheerder van de verzamelserver van je regio geeft je een token of een aanmeldlink. Een profiel als zorgmedewerker heb je hiervoor niet nodig.</translation>
    </message>
    <message>
        <source>You opened a sign-in link for the collector at %1.</source>
        <translation>Je hebt een aanmeldlink geopend voor de verzamelserver op %1.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Sign in with this link</source>
        <translation>Aanmelden met deze link</translation>
    </message>
    <message>
        <source>Ignore the link</source>
        <translation>De link negeren</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>zse_… or zorgstem://signin…</source>
        <translation>zse_… of zorgstem://signin…</translation>
    </message>
    <message>
        <source>Paste the token or the sign-in link you were given</source>
        <translation>Plak het token of de aanmeldlink die je hebt gekregen</translation>
    </message>
    <message>
        <source>Collector address</source>
        <translation>Adres verzamelserver</translation>
    </message>
    <message>
        <source>The token goes into this computer&apos;s keychain, not into a file. Signing out deletes it. Only do this on a computer that is yours.</source>
        <translation>Het token gaat in de sleutelbos van deze computer, niet in een bestand. Afmelden wist het. Doe dit alleen op een computer die van jou is.</translation>
    </message>
    <message>
        <source>Without this the token stays in memory only, until you close Zorgstem or sign out.</source>
        <translation>Zonder dit blijft het token alleen in het geheugen, tot je Zorgstem sluit of je afmeldt.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>You started this survey before. Your answers so far are saved on this device.</source>
        <translation>Je bent al eerder aan deze peiling begonnen. Wat je al hebt ingevuld, staat bewaard op dit apparaat.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verdergaan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Send anonymously</source>
        <translation>Anoniem versturen</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved and will be sent anonymously; after that only a receipt stays on this device.</source>
        <translation>Dank je wel. Je antwoorden zijn opgeslagen. De app verstuurt ze anoniem. Daarna blijft alleen een ontvangstbewijs op dit apparaat.</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Terug naar start</translation>
    </message>
    <message>
        <source>With your invitation, these answers count for %1.</source>
        <translation>Met je uitnodiging tellen deze antwoorden mee voor %1.</translation>
    </message>
    <message>
        <source>Sent with your answers</source>
        <translation>Dit gaat mee met je antwoorden</translation>
    </message>
    <message>
        <source>Preview: this is what members will see. Nothing you answer here is saved or sent.</source>
        <translation>Voorbeeld: dit zien leden. Wat je hier invult, wordt niet bewaard en niet verstuurd.</translation>
    </message>
    <message>
        <source>End of the preview. Nothing was saved or sent.</source>
        <translation>Einde van het voorbeeld. Er is niets bewaard of verstuurd.</translation>
    </message>
    <message>
        <source>Back to the round builder</source>
        <translation>Terug naar de ronde</translation>
    </message>
    <message>
        <source>Check your answers. Everything below is sent, and nothing else.</source>
        <translation>Kijk je antwoorden na. De app verstuurt alles hieronder, en verder niets.</translation>
    </message>
    <message>
        <source>What we recognised as a name, number, address or link was removed from this text.</source>
        <translation>We hebben uit deze tekst weggehaald wat we herkenden als naam, nummer, adres of link.</translation>
    </message>
</context>
<context>
    <name>YouSaidTab</name>
    <message>
        <source>You said, we did</source>
        <translation>Jullie zeiden, wij deden</translation>
    </message>
    <message>
        <source>What care workers in the region said in the verified releases, beside the region&apos;s actions on it. Stopped actions do not count.</source>
        <translation>Wat zorgmedewerkers in de regio zeiden in de geverifieerde publicaties, naast de acties van de regio daarop. Gestopte acties tellen niet mee.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Peiling</translation>
    </message>
    <message>
        <source>Read the figures</source>
        <translation>Cijfers ophalen</translation>
    </message>
    <message numerus="yes">
        <source>%n verified respondent(s), %1. Figures carry a little deliberate noise, so that nobody&apos;s answer can be told.</source>
        <translation>
            <numerusform>%n geverifieerde deelnemer, %1. De cijfers hebben een beetje opzettelijke ruis, zodat niemands antwoord te herleiden is.</numerusform>
            <numerusform>%n geverifieerde deelnemers, %1. De cijfers hebben een beetje opzettelijke ruis, zodat niemands antwoord te herleiden is.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>No verified release for this region yet: figures appear once enough people have answered. The themes and actions are listed already.</source>
        <translation>Nog geen geverifieerde publicatie voor deze regio: cijfers verschijnen zodra genoeg mensen geantwoord hebben. De thema&apos;s en acties staan er al.</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>geen cijfer</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Nog geen actie</translation>
    </message>
    <message>
        <source>Not addressed yet</source>
        <translation>Nog niet aangepakt</translation>
    </message>
    <message>
        <source>Every theme has an action.</source>
        <translation>Elk thema heeft een actie.</translation>
    </message>
    <message>
        <source>Why people leave</source>
        <translation>Waarom mensen vertrekken</translation>
    </message>
    <message>
        <source>What makes people stay</source>
        <translation>Waarom mensen blijven</translation>
    </message>
</context>
<context>
    <name>zs::AppController</name>
    <message>
        <source>Choose your region.</source>
        <translation>Kies je regio.</translation>
    </message>
    <message>
        <source>Choose your branch.</source>
        <translation>Kies je branche.</translation>
    </message>
    <message>
        <source>Choose your occupation group.</source>
        <translation>Kies je beroepsgroep.</translation>
    </message>
    <message>
        <source>Choose your age group.</source>
        <translation>Kies je leeftijdsgroep.</translation>
    </message>
    <message>
        <source>Choose how long you have worked in care.</source>
        <translation>Kies hoelang je al in de zorg werkt.</translation>
    </message>
    <message>
        <source>Your profile could not be saved: %1</source>
        <translation>Je profiel kon niet worden opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n answer set(s)…</source>
        <translation>
            <numerusform>%n ingevulde peiling wordt verstuurd…</numerusform>
            <numerusform>%n ingevulde peilingen worden verstuurd…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s) waiting to be sent. No connection to the server; trying again automatically.</source>
        <translation>
            <numerusform>%n ingevulde peiling wacht op verzending. Er is geen verbinding met de server. De app probeert het vanzelf opnieuw.</numerusform>
            <numerusform>%n ingevulde peilingen wachten op verzending. Er is geen verbinding met de server. De app probeert het vanzelf opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n ingevulde peiling wacht op verzending.</numerusform>
            <numerusform>%n ingevulde peilingen wachten op verzending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Alles is verstuurd.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>The one-time code from your invitation was already used for other answers, so these were not counted. Ask your employer for a new invitation.</source>
        <translation>De eenmalige code uit je uitnodiging is al gebruikt voor andere antwoorden. Daarom zijn deze antwoorden niet meegeteld. Vraag je werkgever om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>The one-time code from your invitation was not accepted, so these answers were not counted. Ask your employer for a new invitation.</source>
        <translation>De eenmalige code uit je uitnodiging is niet geaccepteerd. Daarom zijn deze antwoorden niet meegeteld. Vraag je werkgever om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>Answers for an employer need an invitation from that employer.</source>
        <translation>Antwoorden tellen alleen mee voor een werkgever als je een uitnodiging van die werkgever gebruikt.</translation>
    </message>
    <message>
        <source>You already answered this panel round, on this device or another one. Only one set of answers per member counts, so these were not counted.</source>
        <translation>Je hebt deze panelronde al beantwoord, op dit of een ander apparaat. Van elk lid tellen de antwoorden maar één keer. Daarom zijn deze antwoorden niet meegeteld.</translation>
    </message>
    <message>
        <source>This panel round closed before your answers could be counted.</source>
        <translation>Deze panelronde was al gesloten. Daarom zijn je antwoorden niet meegeteld.</translation>
    </message>
    <message>
        <source>The panel no longer holds this round, so these answers were not counted.</source>
        <translation>Het panel heeft deze ronde niet meer. Daarom zijn deze antwoorden niet meegeteld.</translation>
    </message>
    <message>
        <source>You are no longer a member of this panel, so these answers were not counted.</source>
        <translation>Je bent geen lid meer van dit panel. Daarom zijn deze antwoorden niet meegeteld.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met versturen…</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the server: %n reaction(s) or request(s) wait and are sent automatically.</source>
        <translation>
            <numerusform>Geen verbinding met de server. %n reactie of verzoek wacht. De app verstuurt het vanzelf.</numerusform>
            <numerusform>Geen verbinding met de server. %n reacties of verzoeken wachten. De app verstuurt ze vanzelf.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the server; trying again automatically.</source>
        <translation>Geen verbinding met de server. De app probeert het vanzelf opnieuw.</translation>
    </message>
</context>
<context>
    <name>zs::CoordinatorController</name>
    <message>
        <source>This token is for another region.</source>
        <translation>Dit token is voor een andere regio.</translation>
    </message>
    <message>
        <source>No connection to the collector.</source>
        <translation>Geen verbinding met de verzamelserver.</translation>
    </message>
    <message>
        <source>The action was published.</source>
        <translation>De actie is gepubliceerd.</translation>
    </message>
    <message>
        <source>The action was updated.</source>
        <translation>De actie is bijgewerkt.</translation>
    </message>
    <message>
        <source>Choose an action first.</source>
        <translation>Kies eerst een actie.</translation>
    </message>
    <message>
        <source>The collector did not accept this (%1).</source>
        <translation>De verzamelserver heeft dit niet geaccepteerd (%1).</translation>
    </message>
    <message>
        <source>The collector did not accept this: check the field &quot;%1&quot;.</source>
        <translation>De verzamelserver heeft dit niet geaccepteerd: controleer het veld &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The collector could not list the ideas (%1).</source>
        <translation>De verzamelserver kon de ideeën niet tonen (%1).</translation>
    </message>
    <message>
        <source>The collector did not accept this: see the marked field.</source>
        <translation>De verzamelserver nam dit niet aan: zie het gemarkeerde veld.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need(s) a change before the action can be published.</source>
        <translation>
            <numerusform>%n veld moet nog veranderen voordat de actie gepubliceerd kan worden.</numerusform>
            <numerusform>%n velden moeten nog veranderen voordat de actie gepubliceerd kan worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The action was stopped; it stays visible with the status &quot;Stopped&quot;.</source>
        <translation>De actie is gestopt; ze blijft zichtbaar met de status &quot;Gestopt&quot;.</translation>
    </message>
    <message>
        <source>The collector no longer has this action.</source>
        <translation>De verzamelserver heeft deze actie niet meer.</translation>
    </message>
    <message>
        <source>The action and its reactions were removed.</source>
        <translation>De actie en de reacties erop zijn verwijderd.</translation>
    </message>
    <message>
        <source>Choose a published action first.</source>
        <translation>Kies eerst een gepubliceerde actie.</translation>
    </message>
    <message>
        <source>The update needs a day, a number and a note.</source>
        <translation>De melding heeft een dag, een getal en een toelichting nodig.</translation>
    </message>
    <message>
        <source>The update was added to the action.</source>
        <translation>De melding is aan de actie toegevoegd.</translation>
    </message>
    <message>
        <source>The idea is hidden: nobody sees it any more.</source>
        <translation>Het idee is verborgen: niemand ziet het nog.</translation>
    </message>
    <message>
        <source>Choose a panel and a file first.</source>
        <translation>Kies eerst een panel en een bestand.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the contact details of %n member(s) to %1. The export is in the audit log.</source>
        <translation>
            <numerusform>De contactgegevens van %n lid zijn opgeslagen in %1. De export staat in het logboek.</numerusform>
            <numerusform>De contactgegevens van %n leden zijn opgeslagen in %1. De export staat in het logboek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Employer %1</source>
        <translation>Werkgever %1</translation>
    </message>
    <message>
        <source>Coordinator %1</source>
        <translation>Coördinator %1</translation>
    </message>
    <message>
        <source>Read the report of the exit survey</source>
        <translation>Las het rapport van de vertrekpeiling</translation>
    </message>
    <message>
        <source>Read the report of the panel round %1</source>
        <translation>Las het rapport van panelronde %1</translation>
    </message>
    <message numerus="yes">
        <source>Made %n invitation(s) for the exit survey</source>
        <translation>
            <numerusform>Maakte %n uitnodiging voor de vertrekpeiling</numerusform>
            <numerusform>Maakte %n uitnodigingen voor de vertrekpeiling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n invitation(s) (%1)</source>
        <translation>
            <numerusform>Maakte %n uitnodiging (%1)</numerusform>
            <numerusform>Maakte %n uitnodigingen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the contact list of %1 (%n member(s))</source>
        <translation>
            <numerusform>Exporteerde de contactlijst van %1 (%n lid)</numerusform>
            <numerusform>Exporteerde de contactlijst van %1 (%n leden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Published the action %1</source>
        <translation>Publiceerde de actie %1</translation>
    </message>
    <message>
        <source>Removed the action %1</source>
        <translation>Verwijderde de actie %1</translation>
    </message>
    <message>
        <source>Published the panel round %1</source>
        <translation>Publiceerde panelronde %1</translation>
    </message>
    <message>
        <source>Hid the idea %1</source>
        <translation>Verborg het idee %1</translation>
    </message>
    <message>
        <source>Read the report of the stay survey</source>
        <translation>Las het rapport van de blijfpeiling</translation>
    </message>
    <message numerus="yes">
        <source>Made %n invitation(s) for the stay survey</source>
        <translation>
            <numerusform>Maakte %n uitnodiging voor de blijfpeiling</numerusform>
            <numerusform>Maakte %n uitnodigingen voor de blijfpeiling</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with your coordinator token first.</source>
        <translation>Meld je eerst aan met je coördinatortoken.</translation>
    </message>
    <message>
        <source>The collector no longer accepts this token: sign in again.</source>
        <translation>De verzamelserver accepteert dit token niet meer: meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>Read which organisations have a release</source>
        <translation>Bekeek welke organisaties een publicatie hebben</translation>
    </message>
</context>
<context>
    <name>zs::IdeaController</name>
    <message>
        <source>Choose a theme.</source>
        <translation>Kies een thema.</translation>
    </message>
    <message>
        <source>Give your idea a title of %1 to %2 characters.</source>
        <translation>Geef je idee een titel van %1 tot %2 tekens.</translation>
    </message>
    <message>
        <source>Describe your idea in %1 to %2 characters.</source>
        <translation>Beschrijf je idee in %1 tot %2 tekens.</translation>
    </message>
    <message>
        <source>Your name can be at most %1 characters.</source>
        <translation>Je naam mag hooguit %1 tekens zijn.</translation>
    </message>
    <message>
        <source>This idea cannot be sent as it is.</source>
        <translation>Je kunt dit idee zo niet versturen.</translation>
    </message>
    <message>
        <source>Your idea could not be saved on this device.</source>
        <translation>De app kon je idee niet op dit apparaat bewaren.</translation>
    </message>
    <message>
        <source>The region did not accept this idea. %1</source>
        <translation>De regio heeft dit idee niet aangenomen. %1</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>Probeer het later nog eens.</translation>
    </message>
    <message>
        <source>The app puts a word in square brackets, such as [e-mail], in place of names, e-mail addresses and numbers. That makes your title too long: at most %1 characters. Make it a little shorter.</source>
        <translation>De app zet een woord tussen vierkante haken, zoals [e-mail], op de plek van namen, e-mailadressen en nummers. Daardoor is je titel te lang. Hij mag hooguit %1 tekens zijn. Maak hem iets korter.</translation>
    </message>
    <message>
        <source>The app puts a word in square brackets, such as [e-mail], in place of names, e-mail addresses and numbers. That makes your idea too long: at most %1 characters. Make it a little shorter.</source>
        <translation>De app zet een woord tussen vierkante haken, zoals [e-mail], op de plek van namen, e-mailadressen en nummers. Daardoor is je idee te lang. Het mag hooguit %1 tekens zijn. Maak het iets korter.</translation>
    </message>
</context>
<context>
    <name>zs::InvitationBatchController</name>
    <message>
        <source>Stay survey</source>
        <translation>Blijfpeiling</translation>
    </message>
    <message>
        <source>Exit survey</source>
        <translation>Vertrekpeiling</translation>
    </message>
    <message>
        <source>Sign in with your organisation&apos;s token first.</source>
        <translation>Meld je eerst aan met het token van je organisatie.</translation>
    </message>
    <message>
        <source>Choose a number from 1 to %1.</source>
        <translation>Kies een aantal van 1 tot en met %1.</translation>
    </message>
    <message>
        <source>Choose the exit or the stay survey.</source>
        <translation>Kies de vertrek- of de blijfpeiling.</translation>
    </message>
    <message numerus="yes">
        <source>Save the sheet of the %n invitation(s) you just made first: the codes are shown only once.</source>
        <translation>
            <numerusform>Sla eerst het vel op van de %n uitnodiging die je net hebt gemaakt: de codes worden maar één keer getoond.</numerusform>
            <numerusform>Sla eerst het vel op van de %n uitnodigingen die je net hebt gemaakt: de codes worden maar één keer getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the collector. Nothing was made; try again.</source>
        <translation>Geen verbinding met de verzamelserver. Er is niets gemaakt; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The collector did not make the invitations (error %1). Nothing was made.</source>
        <translation>De verzamelserver heeft de uitnodigingen niet gemaakt (fout %1). Er is niets gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) made for the %1, valid until %2.</source>
        <translation>
            <numerusform>%n uitnodiging gemaakt voor de %1, geldig tot %2.</numerusform>
            <numerusform>%n uitnodigingen gemaakt voor de %1, geldig tot %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make invitations first.</source>
        <translation>Maak eerst uitnodigingen.</translation>
    </message>
    <message>
        <source>Could not save the sheet as %1. Choose another folder or name.</source>
        <translation>Het vel kon niet worden opgeslagen als %1. Kies een andere map of naam.</translation>
    </message>
    <message>
        <source>Sheet saved as %1: print it and hand out one card per person.</source>
        <translation>Vel opgeslagen als %1: druk het af en geef iedereen één kaartje.</translation>
    </message>
    <message>
        <source>Could not read the invitation counts now. Try again later.</source>
        <translation>De aantallen uitnodigingen konden nu niet worden gelezen. Probeer het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>zs::InvitationController</name>
    <message>
        <source>This is not a Zorgstem invitation link.</source>
        <translation>Dit is geen uitnodigingslink van Zorgstem.</translation>
    </message>
    <message>
        <source>This code is not right; please check it again.</source>
        <translation>Deze code klopt niet. Kijk hem nog eens na.</translation>
    </message>
    <message>
        <source>This invitation names another collector (%1). Zorgstem uses the one in your settings (%2); if the code is not known there, ask your employer.</source>
        <translation>Deze uitnodiging noemt een andere server (%1). Zorgstem gebruikt de server uit je instellingen (%2). Kent die server de code niet? Vraag het dan je werkgever.</translation>
    </message>
    <message>
        <source>This invitation has already been used. Each invitation counts once; ask your employer for a new one if you think this is a mistake.</source>
        <translation>Deze uitnodiging is al gebruikt. Elke uitnodiging telt één keer. Denk je dat dit niet klopt? Vraag je werkgever dan om een nieuwe.</translation>
    </message>
    <message>
        <source>This invitation has expired. Ask your employer for a new one.</source>
        <translation>Deze uitnodiging is verlopen. Vraag je werkgever om een nieuwe.</translation>
    </message>
    <message>
        <source>The collector does not know this code. Check it, or ask your employer.</source>
        <translation>De server kent deze code niet. Kijk hem na, of vraag het je werkgever.</translation>
    </message>
    <message>
        <source>This invitation could not be used (%1). Ask your employer for a new one.</source>
        <translation>Deze uitnodiging kon niet gebruikt worden (%1). Vraag je werkgever om een nieuwe.</translation>
    </message>
    <message>
        <source>This employer is in the region %1: these answers are counted there.</source>
        <translation>Deze werkgever hoort bij de regio %1. Daar tellen deze antwoorden mee.</translation>
    </message>
    <message>
        <source>No connection to the collector. Your code is saved on this device and is used as soon as there is a connection; you can close this page.</source>
        <translation>Geen verbinding met de server. Je code is bewaard op dit apparaat. De app gebruikt de code zodra er verbinding is. Je kunt deze pagina sluiten.</translation>
    </message>
    <message>
        <source>exit survey</source>
        <translation>vertrekpeiling</translation>
    </message>
    <message>
        <source>stay survey</source>
        <translation>blijfpeiling</translation>
    </message>
    <message>
        <source>Your answers count for %1 — %2</source>
        <extracomment>%1 is the employer&apos;s name, %2 the kind of survey (&quot;exit survey&quot;)</extracomment>
        <translation>Je antwoorden tellen mee voor %1 — %2</translation>
    </message>
</context>
<context>
    <name>zs::MembershipController</name>
    <message>
        <source>This panel is not available.</source>
        <translation>Dit panel is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number so the panel can reach you.</source>
        <translation>Vul een e-mailadres of telefoonnummer in, zodat het panel je kan bereiken.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right.</source>
        <translation>Dit e-mailadres lijkt niet te kloppen.</translation>
    </message>
    <message>
        <source>This phone number does not look right.</source>
        <translation>Dit telefoonnummer lijkt niet te kloppen.</translation>
    </message>
    <message>
        <source>Please read the consent text and agree to it to join.</source>
        <translation>Lees de toestemmingstekst en ga akkoord om lid te worden.</translation>
    </message>
    <message>
        <source>The panel did not accept this request (%1).</source>
        <translation>Het panel heeft dit verzoek niet geaccepteerd (%1).</translation>
    </message>
    <message>
        <source>You are not a member of this panel.</source>
        <translation>Je bent geen lid van dit panel.</translation>
    </message>
    <message>
        <source>The panel could not show your membership (%1).</source>
        <translation>Het panel kon je lidmaatschap niet tonen (%1).</translation>
    </message>
    <message>
        <source>Enter your name (at most %1 characters).</source>
        <translation>Vul je naam in (hooguit %1 tekens).</translation>
    </message>
    <message>
        <source>The panel has changed its consent text. Go back and read it again.</source>
        <translation>Het panel heeft de toestemmingstekst veranderd. Ga terug en lees hem opnieuw.</translation>
    </message>
    <message>
        <source>This panel is for young care professionals; your age group does not fit its rule.</source>
        <translation>Dit panel is voor jonge zorgprofessionals. Je leeftijdsgroep valt daarbuiten.</translation>
    </message>
    <message>
        <source>Complete your profile in Settings first.</source>
        <translation>Vul eerst je profiel in bij Instellingen.</translation>
    </message>
    <message>
        <source>This request cannot be sent as it is.</source>
        <translation>Je kunt dit verzoek zo niet versturen.</translation>
    </message>
    <message>
        <source>Your request could not be saved on this device.</source>
        <translation>De app kon je verzoek niet op dit apparaat bewaren.</translation>
    </message>
    <message>
        <source>No connection: what the panel stores can be shown once there is one.</source>
        <translation>Geen verbinding. Zodra er verbinding is, zie je wat het panel over je bewaart.</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>You agreed to version %1 of the consent text.</source>
        <translation>Je ging akkoord met versie %1 van de toestemmingstekst.</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <source>Age limit</source>
        <translation>Leeftijdsgrens</translation>
    </message>
    <message>
        <source>Your age group fitted the panel&apos;s age limit when you joined. The age group itself is not kept.</source>
        <translation>Je leeftijdsgroep paste bij de leeftijdsgrens van het panel toen je lid werd. Je leeftijdsgroep zelf wordt niet bewaard.</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Occupation group</source>
        <translation>Beroepsgroep</translation>
    </message>
    <message>
        <source>What the panel stores about you</source>
        <translation>Wat het panel over je bewaart</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>Er is nog niets om te bewaren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>zs::RegionController</name>
    <message>
        <source>No connection to the server: showing what was saved on this device.</source>
        <translation>Geen verbinding met de server. Je ziet wat op dit apparaat bewaard is.</translation>
    </message>
    <message>
        <source>The collector did not accept this (%1).</source>
        <translation>De server heeft dit niet geaccepteerd (%1).</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>zojuist bijgewerkt</translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation>
            <numerusform>bijgewerkt %n min geleden</numerusform>
            <numerusform>bijgewerkt %n min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>bijgewerkt %n uur geleden</numerusform>
            <numerusform>bijgewerkt %n uur geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>bijgewerkt %n dag geleden</numerusform>
            <numerusform>bijgewerkt %n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>The region did not accept your idea &quot;%1&quot; (%2).</source>
        <translation>De regio nam je idee ‘%1’ niet aan (%2).</translation>
    </message>
</context>
<context>
    <name>zs::ReportController</name>
    <message>
        <source>No connection to the collector. Check your connection and try again.</source>
        <translation>Geen verbinding met de verzamelserver. Controleer je verbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The collector no longer accepts your sign-in. Sign in again.</source>
        <translation>De verzamelserver accepteert je aanmelding niet meer. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The collector cannot read its store right now. Try again in a few minutes.</source>
        <translation>De verzamelserver kan zijn opslag nu niet lezen. Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>The collector could not give the report (error %1). Try again later.</source>
        <translation>De verzamelserver kon het rapport niet geven (fout %1). Probeer het later opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s), %1, %2 respondents in all</source>
        <translation>
            <numerusform>%n publicatie, %1, %2 deelnemers in totaal</numerusform>
            <numerusform>%n publicaties, %1, %2 deelnemers in totaal</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures appear once at least %1 invited people have answered, at the start of a month; until then nothing is shown, not even how many have answered.</source>
        <translation>Cijfers verschijnen zodra minstens %1 uitgenodigde mensen hebben geantwoord, aan het begin van een maand; tot dan wordt niets getoond, ook niet hoeveel mensen al hebben geantwoord.</translation>
    </message>
    <message>
        <source>You have issued %1 invitations for this survey; %2 have been used.</source>
        <translation>Je hebt %1 uitnodigingen voor deze peiling uitgegeven; %2 zijn gebruikt.</translation>
    </message>
    <message>
        <source>Make invitations on the Invitations tab to start.</source>
        <translation>Maak uitnodigingen op het tabblad Uitnodigingen om te beginnen.</translation>
    </message>
    <message>
        <source>The region has no release of its own yet, so there is nothing to compare with.</source>
        <translation>De regio heeft nog geen eigen publicatie, dus er is nog niets om mee te vergelijken.</translation>
    </message>
    <message>
        <source>Beside each figure: the region (%1), from %2 verified respondents of all organisations there.</source>
        <translation>Naast elk cijfer: de regio (%1), van %2 geverifieerde deelnemers van alle organisaties daar.</translation>
    </message>
    <message>
        <source>All releases together</source>
        <translation>Alle publicaties samen</translation>
    </message>
    <message>
        <source>about %1 of %2 invited (approximate)</source>
        <translation>ongeveer %1 van %2 uitgenodigden (bij benadering)</translation>
    </message>
    <message>
        <source>no invitations issued in these months</source>
        <translation>geen uitnodigingen uitgegeven in deze maanden</translation>
    </message>
    <message>
        <source>Release %1 · %2</source>
        <translation>Publicatie %1 · %2</translation>
    </message>
    <message>
        <source>average %1 of 5</source>
        <translation>gemiddeld %1 van 5</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>regio %1</translation>
    </message>
    <message>
        <source>Region: eNPS %1</source>
        <translation>Regio: eNPS %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Regio: %1</translation>
    </message>
    <message>
        <source>Region: no figure to compare with</source>
        <translation>Regio: geen cijfer om mee te vergelijken</translation>
    </message>
    <message>
        <source>eNPS %1: %2 promoters, %3 passives, %4 detractors</source>
        <translation>eNPS %1: %2 promotors, %3 passief, %4 criticasters</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 beantwoord</translation>
    </message>
    <message>
        <source>Once there is a release, the regional actions that address your top themes appear here.</source>
        <translation>Zodra er een publicatie is, staan hier de regionale acties op je belangrijkste thema&apos;s.</translation>
    </message>
    <message>
        <source>No regional action addresses these themes yet. Your region&apos;s coordinator can take them up.</source>
        <translation>Nog geen regionale actie gaat over deze thema&apos;s. De coördinator van je regio kan ze oppakken.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Meld je eerst aan.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .csv.</source>
        <translation>Kies een bestandsnaam die eindigt op .pdf of .csv.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Could not save %1. Choose another folder or name.</source>
        <translation>%1 kon niet worden opgeslagen. Kies een andere map of naam.</translation>
    </message>
    <message>
        <source>Figures appear once at least %1 people have answered, at the start of a month; until then nothing is shown, not even how many have answered.</source>
        <translation>Cijfers verschijnen zodra minstens %1 mensen hebben geantwoord, aan het begin van een maand; tot dan wordt niets getoond, zelfs niet hoeveel mensen hebben geantwoord.</translation>
    </message>
</context>
<context>
    <name>zs::RoundBuilder</name>
    <message>
        <source>The round could not be saved on this device: %1</source>
        <translation>De ronde kon niet op dit apparaat worden bewaard: %1</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Antwoord %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan %1 niet lezen.</translation>
    </message>
    <message>
        <source>%1 is too large for a survey definition.</source>
        <translation>%1 is te groot voor een peilingdefinitie.</translation>
    </message>
    <message>
        <source>%1 is not a survey definition (a JSON file with a title and questions).</source>
        <translation>%1 is geen peilingdefinitie (een JSON-bestand met een titel en vragen).</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. Check it, look at the preview, then publish it.</source>
        <translation>&quot;%1&quot; is ingelezen. Controleer hem, bekijk het voorbeeld en publiceer hem dan.</translation>
    </message>
    <message>
        <source>Fix the marked fields first; then the preview shows the round.</source>
        <translation>Verbeter eerst de gemarkeerde velden; dan toont het voorbeeld de ronde.</translation>
    </message>
    <message>
        <source>No connection to the collector. Nothing was sent; try again later.</source>
        <translation>Geen verbinding met de verzamelserver. Er is niets verstuurd; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Your coordinator token is for another region than this panel&apos;s.</source>
        <translation>Je coördinatortoken hoort bij een andere regio dan die van dit panel.</translation>
    </message>
    <message>
        <source>The collector does not know this panel or round.</source>
        <translation>De verzamelserver kent dit panel of deze ronde niet.</translation>
    </message>
    <message>
        <source>The round is too large to send.</source>
        <translation>De ronde is te groot om te versturen.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Te veel pogingen. Wacht een minuut en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The collector did not accept the round: see the marked field.</source>
        <translation>De verzamelserver nam de ronde niet aan: zie het gemarkeerde veld.</translation>
    </message>
    <message>
        <source>The collector could not take this now (error %1). Try again later.</source>
        <translation>De verzamelserver kon dit nu niet aannemen (fout %1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Nothing was published: fill in or fix the marked fields first.</source>
        <translation>Er is niets gepubliceerd: vul eerst de gemarkeerde velden in of verbeter ze.</translation>
    </message>
    <message>
        <source>Published: the members of %1 find &quot;%2&quot; in their app.</source>
        <translation>Gepubliceerd: de leden van %1 vinden &quot;%2&quot; in hun app.</translation>
    </message>
    <message>
        <source>The collector no longer accepts your coordinator token: sign in again.</source>
        <translation>De verzamelserver accepteert je coördinatortoken niet meer: meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>Sign in with your coordinator token first.</source>
        <translation>Meld je eerst aan met je coördinatortoken.</translation>
    </message>
    <message>
        <source>Choose the panel and sign in with your coordinator token first.</source>
        <translation>Kies eerst het panel en meld je aan met je coördinatortoken.</translation>
    </message>
</context>
<context>
    <name>zs::SessionManager</name>
    <message>
        <source>No connection to the collector at %1. Check the address and your connection.</source>
        <translation>Geen verbinding met de verzamelserver op %1. Controleer het adres en je verbinding.</translation>
    </message>
    <message>
        <source>The collector does not accept this token. Check that you pasted all of it; a token that was replaced or revoked no longer works. Ask the collector&apos;s operator for a new one.</source>
        <translation>De verzamelserver accepteert dit token niet. Controleer of je het helemaal hebt geplakt; een token dat is vervangen of ingetrokken werkt niet meer. Vraag de beheerder van de verzamelserver om een nieuwe.</translation>
    </message>
    <message>
        <source>%1 does not answer like a Zorgstem collector. Check the address.</source>
        <translation>%1 antwoordt niet als een Zorgstem-verzamelserver. Controleer het adres.</translation>
    </message>
    <message>
        <source>Too many wrong tokens were sent from this network. Wait a while, then try again.</source>
        <translation>Er zijn te veel verkeerde tokens vanaf dit netwerk verstuurd. Wacht even en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The collector could not check the token now (error %1). Try again later.</source>
        <translation>De verzamelserver kon het token nu niet controleren (fout %1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>This sign-in link is not complete. Copy the whole link, or paste the token alone.</source>
        <translation>Deze aanmeldlink is niet compleet. Kopieer de hele link, of plak alleen het token.</translation>
    </message>
    <message>
        <source>Paste the token you were given (it starts with zse_ for an employer or zsc_ for a coordinator).</source>
        <translation>Plak het token dat je hebt gekregen (dat begint met zse_ voor een werkgever of zsc_ voor een coördinator).</translation>
    </message>
    <message>
        <source>The collector address must start with https:// (or http:// on this computer&apos;s own network).</source>
        <translation>Het adres van de verzamelserver moet beginnen met https:// (of http:// binnen het eigen netwerk van deze computer).</translation>
    </message>
    <message>
        <source>Remembered on this computer, in its keychain. Sign out to forget it.</source>
        <translation>Onthouden op deze computer, in de sleutelbos van het systeem. Meld je af om het te vergeten.</translation>
    </message>
    <message>
        <source>This computer has no keychain Zorgstem can use (%1), so the token is kept in memory only: you will need it again when you start Zorgstem next time.</source>
        <translation>Deze computer heeft geen sleutelbos die Zorgstem kan gebruiken (%1), dus het token blijft alleen in het geheugen: je hebt het weer nodig als je Zorgstem de volgende keer start.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>Zorgstem could not read the remembered sign-in from this computer&apos;s keychain (%1). Sign in again, or try later.</source>
        <translation>Zorgstem kon de onthouden aanmelding niet uit de sleutelbos van deze computer lezen (%1). Meld je opnieuw aan, of probeer het later.</translation>
    </message>
    <message>
        <source>The remembered sign-in no longer works (the token was replaced or revoked) and has been forgotten. Sign in with the new token.</source>
        <translation>De onthouden aanmelding werkt niet meer (het token is vervangen of ingetrokken) en is vergeten. Meld je aan met het nieuwe token.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid: the token was replaced or revoked. Sign in with the new token.</source>
        <translation>Je aanmelding is niet meer geldig: het token is vervangen of ingetrokken. Meld je aan met het nieuwe token.</translation>
    </message>
</context>
<context>
    <name>zs::SurveyRunner</name>
    <message>
        <source>Your answer could not be saved on this device: %1</source>
        <translation>De app kon je antwoord niet op dit apparaat opslaan: %1</translation>
    </message>
    <message numerus="yes">
        <source>You can choose at most %n.</source>
        <translation>
            <numerusform>Je kunt er hooguit %n kiezen.</numerusform>
            <numerusform>Je kunt er hooguit %n kiezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please answer every statement.</source>
        <translation>Beantwoord alle stellingen.</translation>
    </message>
    <message>
        <source>This question needs an answer.</source>
        <translation>Geef een antwoord op deze vraag.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n.</source>
        <translation>
            <numerusform>Kies er minstens %n.</numerusform>
            <numerusform>Kies er minstens %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Vul een getal in van %1 tot en met %2.</translation>
    </message>
    <message numerus="yes">
        <source>Your text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Je tekst is te lang: hooguit %n teken.</numerusform>
            <numerusform>Je tekst is te lang: hooguit %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>Dit antwoord is ongeldig.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(geen antwoord)</translation>
    </message>
    <message>
        <source>Your answers could not be queued on this device: %1</source>
        <translation>De app kon je antwoorden niet klaarzetten op dit apparaat: %1</translation>
    </message>
    <message>
        <source>The draft could not be removed.</source>
        <translation>Het concept kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>This choice cannot be combined with other choices.</source>
        <translation>Deze keuze kun je niet combineren met andere keuzes.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Occupation group</source>
        <translation>Beroepsgroep</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Years working in care</source>
        <translation>Jaren in de zorg</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>%1 (from your invitation)</source>
        <translation>%1 (uit je uitnodiging)</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>A one-time code from your invitation that cannot be traced back to you</source>
        <translation>Een eenmalige code uit je uitnodiging, die niet naar jou te herleiden is</translation>
    </message>
    <message>
        <source>None: these answers count only for the region</source>
        <translation>Geen: deze antwoorden tellen alleen voor de regio</translation>
    </message>
    <message>
        <source>Panel round</source>
        <translation>Panelronde</translation>
    </message>
    <message>
        <source>A one-time code for this round from your membership that cannot be traced back to you</source>
        <translation>Een eenmalige code voor deze ronde uit je lidmaatschap, die niet naar jou te herleiden is</translation>
    </message>
    <message>
        <source>Only members of this panel can answer its rounds. Join the panel first.</source>
        <translation>Alleen leden van dit panel kunnen de rondes beantwoorden. Word eerst lid van het panel.</translation>
    </message>
    <message>
        <source>This survey cannot be shown yet: it is not complete.</source>
        <translation>Deze peiling is nog niet compleet. Daarom kan de app haar nog niet tonen.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Peiling</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
    <message>
        <source>Answer set number</source>
        <translation>Nummer van deze antwoorden</translation>
    </message>
    <message>
        <source>A random number, new for these answers, so they are not counted twice</source>
        <translation>Een willekeurig nummer, nieuw voor deze antwoorden, zodat ze niet dubbel geteld worden</translation>
    </message>
</context>
</TS>
