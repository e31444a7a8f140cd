<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
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
        <translation>Jouw stem in de aanpak van personeelstekorten in je regio</translation>
    </message>
    <message>
        <source>Zorgstem lets nurses and carers tell their employer and region why people leave and what makes them stay. Your answers are sent anonymously.</source>
        <translation>Met Zorgstem vertellen verpleegkundigen en verzorgenden aan hun werkgever en regio waarom mensen vertrekken en waarom ze blijven. Je antwoorden worden anoniem verstuurd.</translation>
    </message>
    <message>
        <source>What is collected</source>
        <translation>Wat wordt verzameld</translation>
    </message>
    <message>
        <source>• Your answers to the surveys
• Coarse groups: region, branch, occupation group, age group, years in care
• Optionally your employer
• The month you answered</source>
        <translation>• Je antwoorden op de peilingen
• Globale groepen: regio, branche, beroepsgroep, leeftijdsgroep, jaren in de zorg
• Als je wilt: je werkgever
• De maand waarin je antwoordde</translation>
    </message>
    <message>
        <source>What is never shared</source>
        <translation>Wat nooit wordt gedeeld</translation>
    </message>
    <message>
        <source>• Your name, e-mail, phone number or device
• Your exact age or the exact time you answered
• Names, numbers and addresses in your own words: they are removed before sending, and you see the result first
• Any figure about a group smaller than 10 people</source>
        <translation>• Je naam, e-mailadres, telefoonnummer of apparaat
• Je precieze leeftijd of het precieze tijdstip van je antwoord
• Namen, nummers en adressen in je eigen woorden: die worden vóór verzending verwijderd, en je ziet eerst het resultaat
• Cijfers over een groep van minder dan 10 mensen</translation>
    </message>
    <message>
        <source>Everything works offline; answers are sent when there is a connection.</source>
        <translation>Alles werkt offline; antwoorden worden verstuurd zodra er verbinding is.</translation>
    </message>
    <message>
        <source>Next: set up my profile</source>
        <translation>Volgende: profiel instellen</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
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
        <translation>Jaren werkzaam in de zorg</translation>
    </message>
    <message>
        <source>Employer (optional)</source>
        <translation>Werkgever (optioneel)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Your employer sees only totals of at least 10 people, never your answers.</source>
        <translation>Je werkgever ziet alleen totalen van minstens 10 mensen, nooit jouw antwoorden.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profiel opslaan</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>(optional)</source>
        <translation>(optioneel)</translation>
    </message>
    <message>
        <source>Choose %1 to %2.</source>
        <translation>Kies er %1 tot %2.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 gebruiken</translation>
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
        <source>Collector address</source>
        <translation>Adres verzamelserver</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
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
        <translation>Wist je profiel, onafgemaakte antwoorden, nog niet verstuurde antwoorden en ontvangstbewijzen van dit apparaat. Al verstuurde antwoorden zijn anoniem en niet naar jou te herleiden.</translation>
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
        <translation>Dit is niet terug te draaien.</translation>
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
        <source>Check your answers. This is exactly what will be sent, without your name or any contact details.</source>
        <translation>Controleer je antwoorden. Precies dit wordt verstuurd, zonder je naam of contactgegevens.</translation>
    </message>
    <message>
        <source>Names, numbers or addresses were removed from this text.</source>
        <translation>Namen, nummers of adressen zijn uit deze tekst verwijderd.</translation>
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
        <translation>Dank je wel. Je antwoorden zijn opgeslagen en worden anoniem verstuurd; daarna blijft alleen een ontvangstbewijs op dit apparaat.</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Terug naar start</translation>
    </message>
</context>
<context>
    <name>zs::AppController</name>
    <message>
        <source>No participating employers in this region yet.</source>
        <translation>Nog geen deelnemende werkgevers in deze regio.</translation>
    </message>
    <message>
        <source>Could not reach the collector; showing the saved list.</source>
        <translation>Verzamelserver niet bereikbaar; de opgeslagen lijst wordt getoond.</translation>
    </message>
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
        <source>Choose an employer from the list.</source>
        <translation>Kies een werkgever uit de lijst.</translation>
    </message>
    <message>
        <source>Your profile could not be saved: %1</source>
        <translation>Je profiel kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Loading employers…</source>
        <translation>Werkgevers laden…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n answer set(s)…</source>
        <translation>
            <numerusform>%n ingevulde peiling versturen…</numerusform>
            <numerusform>%n ingevulde peilingen versturen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer set(s) waiting to be sent. No connection to the collector; trying again automatically.</source>
        <translation>
            <numerusform>%n ingevulde peiling wacht op verzending. Geen verbinding met de verzamelserver; we proberen het automatisch opnieuw.</numerusform>
            <numerusform>%n ingevulde peilingen wachten op verzending. Geen verbinding met de verzamelserver; we proberen het automatisch opnieuw.</numerusform>
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
</context>
<context>
    <name>zs::SurveyRunner</name>
    <message>
        <source>Your answer could not be saved on this device: %1</source>
        <translation>Je antwoord kon niet op dit apparaat worden opgeslagen: %1</translation>
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
            <numerusform>Je tekst is te lang: maximaal %n teken.</numerusform>
            <numerusform>Je tekst is te lang: maximaal %n tekens.</numerusform>
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
        <translation>Je antwoorden konden niet op dit apparaat worden klaargezet: %1</translation>
    </message>
    <message>
        <source>The draft could not be removed.</source>
        <translation>Het concept kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>This choice cannot be combined with other choices.</source>
        <translation>Deze keuze kun je niet combineren met andere keuzes.</translation>
    </message>
</context>
</TS>
