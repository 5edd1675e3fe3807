<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountChooser</name>
    <message>
        <source>Type part of a name to find any account</source>
        <translation>Einen Teil des Namens eingeben, um jedes Konto zu finden</translation>
    </message>
</context>
<context>
    <name>AccountCompleter</name>
    <message>
        <source>Could not search the accounts: %1</source>
        <translation>Die Konten konnten nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Could not read the security log: %1</source>
        <translation>Das Sicherheitsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Reloaded the security log.</source>
        <translation>Sicherheitsprotokoll neu geladen.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>A username or account id: events by or about that account</source>
        <translation>Ein Benutzername oder eine Konto-ID: Ereignisse von oder über dieses Konto</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen …</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>From this moment on</source>
        <translation>Ab diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Up to (not including) this moment</source>
        <translation>Bis (ausschließlich) zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>Sicherheitsereignisse</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Select an event to see everything recorded about it.</source>
        <translation>Wählen Sie ein Ereignis, um alles zu sehen, was dazu aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>More than %1 events</source>
        <translation>Mehr als %1 Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>The new user signs in to the REST API with this username and password.</source>
        <translation>Der neue Benutzer meldet sich mit diesem Benutzernamen und Passwort bei der REST-API an.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Fill in a strong random password (and show it, so that you can pass it on)</source>
        <translation>Ein starkes Zufallspasswort eintragen (und anzeigen, damit Sie es weitergeben können)</translation>
    </message>
    <message>
        <source>&amp;Show passwords</source>
        <translation>Passwörter &amp;anzeigen</translation>
    </message>
    <message>
        <source>Administrators manage every account and every book; users only their own books.</source>
        <translation>Administratoren verwalten alle Konten und alle Bücher, Benutzer nur ihre eigenen Bücher.</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Das Konto wird angelegt …</translation>
    </message>
</context>
<context>
    <name>BookDeletionJob</name>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>This book was deleted meanwhile, so your changes cannot be saved.</source>
        <translation>Dieses Buch wurde inzwischen gelöscht, daher können Ihre Änderungen nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add Book</source>
        <translation>Buch hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Verlag:</translation>
    </message>
    <message>
        <source>P&amp;rice (%1):</source>
        <translation>P&amp;reis (%1):</translation>
    </message>
    <message>
        <source>&amp;ISBN:</source>
        <translation>&amp;ISBN:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Choose the owner</source>
        <translation>Besitzer auswählen</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>zum Beispiel %1</translation>
    </message>
    <message>
        <source>optional; ISBN-10 or ISBN-13</source>
        <translation>optional; ISBN-10 oder ISBN-13</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Show the book as it is now (your changes in this dialog are discarded)</source>
        <translation>Das Buch im aktuellen Stand zeigen (Ihre Änderungen in diesem Dialog werden verworfen)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add Book</source>
        <translation>Buch &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Someone else changed this book while you were editing it. Reload to see the current version; saving your version now would be refused.</source>
        <translation>Jemand anderes hat dieses Buch geändert, während Sie es bearbeitet haben. Laden Sie es neu, um den aktuellen Stand zu sehen; Ihre Fassung jetzt zu speichern, würde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>BookTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Version %1, last changed %2</source>
        <translation>Version %1, zuletzt geändert am %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>BooksTab</name>
    <message>
        <source>Books</source>
        <translation>Bücher</translation>
    </message>
    <message>
        <source>Could not read the books.</source>
        <translation>Die Bücher konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Added “%1” for %2.</source>
        <translation>„%1“ für %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete Books</source>
        <translation>Bücher löschen</translation>
    </message>
    <message>
        <source>Delete “%1” (owned by %2)?</source>
        <translation>„%1“ (Besitzer: %2) löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n book(s)?</source>
        <translation>
            <numerusform>Ein Buch löschen?</numerusform>
            <numerusform>%n Bücher löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n book(s)…</source>
        <translation>
            <numerusform>Ein Buch wird gelöscht …</numerusform>
            <numerusform>%n Bücher werden gelöscht …</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: deleted %1 of %n book(s).</source>
        <translation>
            <numerusform>Angehalten: %1 von einem Buch gelöscht.</numerusform>
            <numerusform>Angehalten: %1 von %n Büchern gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n book(s).</source>
        <translation>
            <numerusform>Ein Buch gelöscht.</numerusform>
            <numerusform>%n Bücher gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) could not be deleted.</source>
        <translation>
            <numerusform>Ein Buch konnte nicht gelöscht werden.</numerusform>
            <numerusform>%n Bücher konnten nicht gelöscht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Besitzer</translation>
    </message>
    <message>
        <source>Search titles and authors (Ctrl+F)</source>
        <translation>Titel und Autoren durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search titles and authors</source>
        <translation>Titel und Autoren durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Books</source>
        <translation>Bü&amp;cher</translation>
    </message>
    <message>
        <source>Add a book for one of the users (Ctrl+N)</source>
        <translation>Ein Buch für einen der Benutzer hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Edit the selected book (F2 or Enter)</source>
        <translation>Das ausgewählte Buch bearbeiten (F2 oder Eingabe)</translation>
    </message>
    <message>
        <source>Delete the selected books (Del)</source>
        <translation>Die ausgewählten Bücher löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Add Book...</source>
        <translation>Buch &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Edit Book...</source>
        <translation>Buch &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Delete Books...</source>
        <translation>Bücher &amp;löschen...</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %Ln book(s).</source>
        <translation>
            <numerusform>Ein Buch neu geladen.</numerusform>
            <numerusform>%Ln Bücher neu geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln book(s)</source>
        <translation>
            <numerusform>%Ln Buch</numerusform>
            <numerusform>%Ln Bücher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln book(s)</source>
        <translation>
            <numerusform>%1 von einem Buch</numerusform>
            <numerusform>%1 von %Ln Büchern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %1 of %Ln book(s)</source>
        <translation>
            <numerusform>Mehr als %1 von einem Buch</numerusform>
            <numerusform>Mehr als %1 von %Ln Büchern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change Role of “%1”</source>
        <translation>Rolle von „%1“ ändern</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ist derzeit: %2.</translation>
    </message>
    <message>
        <source>Manages every account and every book.</source>
        <translation>Verwaltet alle Konten und alle Bücher.</translation>
    </message>
    <message>
        <source>Manages their own books only.</source>
        <translation>Verwaltet nur die eigenen Bücher.</translation>
    </message>
    <message>
        <source>A new role takes effect at once: %1 is signed out everywhere and signs in again to get tokens with the new role.</source>
        <translation>Eine neue Rolle gilt sofort: %1 wird überall abgemeldet und meldet sich erneut an, um Tokens mit der neuen Rolle zu erhalten.</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>Rolle ä&amp;ndern</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Die Rolle wird geändert …</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Header parameter</source>
        <translation>Header-Parameter</translation>
    </message>
    <message>
        <source>Claim in the payload</source>
        <translation>Claim in der Payload</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Local Time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>DecodedTokenView</name>
    <message>
        <source>Header: algorithm and token type</source>
        <translation>Header: Algorithmus und Tokentyp</translation>
    </message>
    <message>
        <source>Payload: the claims</source>
        <translation>Payload: die Claims</translation>
    </message>
    <message>
        <source>Claims and header parameters</source>
        <translation>Claims und Header-Parameter</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>The header says how the token is signed.</source>
        <translation>Der Header sagt, wie das Token signiert ist.</translation>
    </message>
    <message>
        <source>The payload holds the claims: who the token is about, for whom and until when.</source>
        <translation>Die Payload enthält die Claims: um wen es im Token geht, für wen es ist und bis wann.</translation>
    </message>
    <message>
        <source>This part is missing.</source>
        <translation>Dieser Teil fehlt.</translation>
    </message>
    <message>
        <source>Select a row to read all of its explanation.</source>
        <translation>Wählen Sie eine Zeile, um ihre ganze Erklärung zu lesen.</translation>
    </message>
    <message>
        <source>%1 · local time %2 · UTC %3</source>
        <translation>%1 · Ortszeit %2 · UTC %3</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>Sekunde</numerusform>
            <numerusform>Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>Minute</numerusform>
            <numerusform>Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>Stunde</numerusform>
            <numerusform>Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The cursor is not valid for this sort order; start again without a cursor.</source>
        <translation>Der Cursor passt nicht zu dieser Sortierung; beginnen Sie erneut ohne Cursor.</translation>
    </message>
    <message>
        <source>There is already a book with this title.</source>
        <translation>Es gibt bereits ein Buch mit diesem Titel.</translation>
    </message>
    <message>
        <source>This is not valid Unicode text.</source>
        <translation>Dies ist kein gültiger Unicode-Text.</translation>
    </message>
    <message>
        <source>Line breaks, tabs and control characters are not allowed.</source>
        <translation>Zeilenumbrüche, Tabulatoren und Steuerzeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>Höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Einige Felder sind ungültig.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <source>Enter an author.</source>
        <translation>Geben Sie einen Autor ein.</translation>
    </message>
    <message>
        <source>Enter a publisher.</source>
        <translation>Geben Sie einen Verlag ein.</translation>
    </message>
    <message>
        <source>The price must not be negative.</source>
        <translation>Der Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The price is too high.</source>
        <translation>Der Preis ist zu hoch.</translation>
    </message>
    <message>
        <source>The year must be from 1 to next year.</source>
        <translation>Das Jahr muss zwischen 1 und dem nächsten Jahr liegen.</translation>
    </message>
    <message>
        <source>No such book.</source>
        <translation>Dieses Buch gibt es nicht.</translation>
    </message>
    <message>
        <source>The book was changed by someone else in the meantime; reload it and try again.</source>
        <translation>Das Buch wurde inzwischen von jemand anderem geändert; laden Sie es neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The limit must be from 1 to 100.</source>
        <translation>Die Obergrenze muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>The search text is too long.</source>
        <translation>Der Suchtext ist zu lang.</translation>
    </message>
    <message>
        <source>Only an administrator can list other users&apos; books.</source>
        <translation>Nur ein Administrator kann die Bücher anderer Benutzer auflisten.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Diesen Benutzer gibt es nicht.</translation>
    </message>
    <message>
        <source>Only an administrator can add books for other users.</source>
        <translation>Nur ein Administrator kann Bücher für andere Benutzer hinzufügen.</translation>
    </message>
    <message>
        <source>Choose whose book this is.</source>
        <translation>Wählen Sie, wem dieses Buch gehört.</translation>
    </message>
    <message>
        <source>An ISBN has only digits, hyphens and a final X.</source>
        <translation>Eine ISBN besteht nur aus Ziffern, Bindestrichen und einem abschließenden X.</translation>
    </message>
    <message>
        <source>An ISBN has 10 or 13 digits.</source>
        <translation>Eine ISBN hat 10 oder 13 Ziffern.</translation>
    </message>
    <message>
        <source>This ISBN&apos;s check digit is wrong; check for a typing error.</source>
        <translation>Die Prüfziffer dieser ISBN stimmt nicht; prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>The price must be a number.</source>
        <translation>Der Preis muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>A price has at most two decimal places.</source>
        <translation>Ein Preis hat höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>Enter a price such as 19.99 (at most two decimals).</source>
        <translation>Geben Sie einen Preis wie 19,99 ein (höchstens zwei Nachkommastellen).</translation>
    </message>
    <message>
        <source>Unknown event type.</source>
        <translation>Unbekannte Ereignisart.</translation>
    </message>
    <message>
        <source>The cursor is not valid.</source>
        <translation>Der Cursor ist ungültig.</translation>
    </message>
    <message>
        <source>Too many sign-ins are being checked right now; try again in a moment.</source>
        <translation>Gerade werden zu viele Anmeldungen geprüft; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>Die Datenbankdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a Bookwarden database (it is not an SQLite file).</source>
        <translation>%1 ist keine Bookwarden-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file.</source>
        <translation>%1 ist ein Verzeichnis, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>%1 kann nicht auf Write-Ahead-Logging umgestellt werden.</translation>
    </message>
    <message>
        <source>The database URL names no file; use sqlite:///path/to/bookwarden.db.</source>
        <translation>Die Datenbank-URL nennt keine Datei; verwenden Sie sqlite:///pfad/zu/bookwarden.db.</translation>
    </message>
    <message>
        <source>The database path must be absolute: sqlite:///path/to/bookwarden.db (three slashes).</source>
        <translation>Der Datenbankpfad muss absolut sein: sqlite:///pfad/zu/bookwarden.db (drei Schrägstriche).</translation>
    </message>
    <message>
        <source>The database could not save the change; nothing was written.</source>
        <translation>Die Datenbank konnte die Änderung nicht speichern; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Bookwarden is shutting down; the change was not made.</source>
        <translation>Bookwarden wird beendet; die Änderung wurde nicht vorgenommen.</translation>
    </message>
    <message>
        <source>The database file cannot be read; it may be damaged (%1).</source>
        <translation>Die Datenbankdatei kann nicht gelesen werden; sie ist möglicherweise beschädigt (%1).</translation>
    </message>
    <message>
        <source>The database file holds tables but is not a Bookwarden database.</source>
        <translation>Die Datenbankdatei enthält Tabellen, ist aber keine Bookwarden-Datenbank.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Bookwarden (schema version %1; this version knows up to %2). Upgrade Bookwarden to open it.</source>
        <translation>Die Datenbank wurde von einer neueren Version von Bookwarden geschrieben (Schemaversion %1; diese Version kennt bis %2). Aktualisieren Sie Bookwarden, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; it was left at version %2 (%3).</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 ist fehlgeschlagen; sie bleibt auf Version %2 (%3).</translation>
    </message>
    <message>
        <source>That username is taken.</source>
        <translation>Dieser Benutzername ist vergeben.</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A username has 3 to 32 characters.</source>
        <translation>Ein Benutzername hat 3 bis 32 Zeichen.</translation>
    </message>
    <message>
        <source>A username may contain only letters A–Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Ein Benutzername darf nur die Buchstaben A–Z, Ziffern sowie &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten.</translation>
    </message>
    <message>
        <source>The password is not valid Unicode text.</source>
        <translation>Das Passwort ist kein gültiger Unicode-Text.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Ein Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>A password may be at most 1024 bytes long.</source>
        <translation>Ein Passwort darf höchstens 1024 Bytes lang sein.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Das Passwort darf nicht der Benutzername sein.</translation>
    </message>
    <message>
        <source>This needs an administrator.</source>
        <translation>Dafür ist ein Administrator nötig.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator. Make another user an administrator first, so that someone can still manage Bookwarden.</source>
        <translation>Dies ist der letzte aktive Administrator. Machen Sie zuerst einen anderen Benutzer zum Administrator, damit weiterhin jemand Bookwarden verwalten kann.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The limit must be from 1 to 500.</source>
        <translation>Die Obergrenze muss zwischen 1 und 500 liegen.</translation>
    </message>
    <message>
        <source>The desktop administrator has no password of its own.</source>
        <translation>Der Desktop-Administrator hat kein eigenes Passwort.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>Its owner already has a book with this title.</source>
        <translation>Der Besitzer hat schon ein Buch mit diesem Titel.</translation>
    </message>
    <message>
        <source>no problem</source>
        <translation>kein Problem</translation>
    </message>
    <message>
        <source>padding (=) is not allowed in base64url</source>
        <translation>Auffüllzeichen (=) sind in base64url nicht erlaubt</translation>
    </message>
    <message>
        <source>not base64url (only A-Z, a-z, 0-9, - and _ are allowed)</source>
        <translation>kein base64url (erlaubt sind nur A–Z, a–z, 0–9, - und _)</translation>
    </message>
    <message>
        <source>the base64url text has an impossible length</source>
        <translation>der base64url-Text hat eine unmögliche Länge</translation>
    </message>
    <message>
        <source>non-canonical base64url (the unused low bits are not zero)</source>
        <translation>nicht kanonisches base64url (die ungenutzten niedrigen Bits sind nicht null)</translation>
    </message>
    <message>
        <source>The claim %1 must be %2.</source>
        <translation>Der Claim %1 muss %2 sein.</translation>
    </message>
    <message>
        <source>The token has no %1 claim.</source>
        <translation>Das Token hat keinen Claim %1.</translation>
    </message>
    <message>
        <source>The token type (typ) must be %1.</source>
        <translation>Der Tokentyp (typ) muss %1 sein.</translation>
    </message>
    <message>
        <source>The token lacks a claim this service requires.</source>
        <translation>Dem Token fehlt ein Claim, den dieser Dienst verlangt.</translation>
    </message>
    <message>
        <source>The JWK member %1 must be a string.</source>
        <translation>Das JWK-Element %1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The JWK member %1 is not valid base64url.</source>
        <translation>Das JWK-Element %1 ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The JWK has no kty member.</source>
        <translation>Der JWK fehlt das Element kty.</translation>
    </message>
    <message>
        <source>The JWK is not meant for signatures (its use is not sig).</source>
        <translation>Der JWK ist nicht für Signaturen bestimmt (ihr use ist nicht sig).</translation>
    </message>
    <message>
        <source>The JWK member %1 must be an array of strings.</source>
        <translation>Das JWK-Element %1 muss ein Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>The JWK is not meant for signatures (key_ops has neither sign nor verify).</source>
        <translation>Der JWK ist nicht für Signaturen bestimmt (key_ops enthält weder sign noch verify).</translation>
    </message>
    <message>
        <source>The RSA JWK needs the members n and e.</source>
        <translation>Ein RSA-JWK braucht die Elemente n und e.</translation>
    </message>
    <message>
        <source>Multi-prime RSA keys (oth) are not supported.</source>
        <translation>RSA-Schlüssel mit mehreren Primzahlen (oth) werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The RSA JWK must have d, p, q, dp, dq and qi together.</source>
        <translation>Ein RSA-JWK muss d, p, q, dp, dq und qi zusammen enthalten.</translation>
    </message>
    <message>
        <source>Only the curves P-256 and P-384 are supported for EC keys.</source>
        <translation>Für EC-Schlüssel werden nur die Kurven P-256 und P-384 unterstützt.</translation>
    </message>
    <message>
        <source>Only Ed25519 is supported for OKP keys.</source>
        <translation>Für OKP-Schlüssel wird nur Ed25519 unterstützt.</translation>
    </message>
    <message>
        <source>The JWK coordinates do not have the size of the curve %1.</source>
        <translation>Die Koordinaten des JWK haben nicht die Größe der Kurve %1.</translation>
    </message>
    <message>
        <source>The oct JWK needs the member k.</source>
        <translation>Ein oct-JWK braucht das Element k.</translation>
    </message>
    <message>
        <source>The JWK key type is not supported (RSA, EC, OKP and oct are).</source>
        <translation>Der Schlüsseltyp des JWK wird nicht unterstützt (unterstützt sind RSA, EC, OKP und oct).</translation>
    </message>
    <message>
        <source>The JWK text is not a JSON object: %1 at byte %2.</source>
        <translation>Der JWK-Text ist kein JSON-Objekt: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The JWK Set member keys must be an array of objects.</source>
        <translation>Das Element keys des JWK Sets muss ein Array von Objekten sein.</translation>
    </message>
    <message>
        <source>The token has %1 bytes; at most %2 are accepted.</source>
        <translation>Das Token hat %1 Bytes; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token has %1 dot-separated segments; a signed token has exactly 3.</source>
        <translation>Das Token hat %1 durch Punkte getrennte Teile; ein signiertes Token hat genau 3.</translation>
    </message>
    <message>
        <source>Segment %1 (%2), character %3: %4.</source>
        <translation>Teil %1 (%2), Zeichen %3: %4.</translation>
    </message>
    <message>
        <source>Segment %1 (%2), byte %3 of the decoded JSON: %4.</source>
        <translation>Teil %1 (%2), Byte %3 des decodierten JSON: %4.</translation>
    </message>
    <message>
        <source>The token header has no alg member, or its alg is not a string.</source>
        <translation>Der Token-Header hat kein Element alg, oder alg ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>A public key cannot sign.</source>
        <translation>Ein öffentlicher Schlüssel kann nicht signieren.</translation>
    </message>
    <message>
        <source>The header alg differs from the key&apos;s algorithm.</source>
        <translation>Das alg im Header weicht vom Algorithmus des Schlüssels ab.</translation>
    </message>
    <message>
        <source>The header members crit and b64 are not supported.</source>
        <translation>Die Header-Elemente crit und b64 werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The header typ must be a string.</source>
        <translation>Das typ im Header muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The header kid differs from the key&apos;s kid.</source>
        <translation>Die kid im Header weicht von der kid des Schlüssels ab.</translation>
    </message>
    <message>
        <source>The token kid must be a non-empty string of at most %1 characters without control characters.</source>
        <translation>Die kid des Tokens muss eine nicht leere Zeichenkette aus höchstens %1 Zeichen ohne Steuerzeichen sein.</translation>
    </message>
    <message>
        <source>The token crit header must be a non-empty array of strings.</source>
        <translation>Der Header crit des Tokens muss ein nicht leeres Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>The token marks a header extension as critical that this server does not support.</source>
        <translation>Das Token markiert eine Header-Erweiterung als kritisch, die dieser Server nicht unterstützt.</translation>
    </message>
    <message>
        <source>The token uses the unencoded payload option (b64), which is not supported.</source>
        <translation>Das Token verwendet die Option für uncodierte Payloads (b64), die nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>The token algorithm is not supported.</source>
        <translation>Der Algorithmus des Tokens wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The token algorithm %1 is not the algorithm of its key (%2).</source>
        <translation>Der Token-Algorithmus %1 ist nicht der Algorithmus seines Schlüssels (%2).</translation>
    </message>
    <message>
        <source>The cryptography library failed.</source>
        <translation>Die Kryptografie-Bibliothek ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A shared secret cannot be used for %1.</source>
        <translation>Ein gemeinsames Geheimnis kann nicht für %1 verwendet werden.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Das Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>The secret is an asymmetric key in text form; such a key must never be used as an HMAC secret.</source>
        <translation>Das Geheimnis ist ein asymmetrischer Schlüssel in Textform; ein solcher Schlüssel darf nie als HMAC-Geheimnis dienen.</translation>
    </message>
    <message>
        <source>The secret has %1 bytes; %2 needs at least %3 random bytes.</source>
        <translation>Das Geheimnis hat %1 Bytes; %2 braucht mindestens %3 zufällige Bytes.</translation>
    </message>
    <message>
        <source>The key could not be read.</source>
        <translation>Der Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key is not %1, which %2 needs.</source>
        <translation>Der Schlüssel ist kein %1, wie %2 ihn braucht.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at least %2 are required.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at most %2 are supported.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; höchstens %2 werden unterstützt.</translation>
    </message>
    <message>
        <source>The public key is not valid for its type.</source>
        <translation>Der öffentliche Schlüssel ist für seinen Typ ungültig.</translation>
    </message>
    <message>
        <source>The private key does not match its public key.</source>
        <translation>Der private Schlüssel passt nicht zu seinem öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>RSA keys are generated with 2048, 3072 or 4096 bits, not %1.</source>
        <translation>RSA-Schlüssel werden mit 2048, 3072 oder 4096 Bit erzeugt, nicht mit %1.</translation>
    </message>
    <message>
        <source>A PEM key cannot be used for %1.</source>
        <translation>Ein PEM-Schlüssel kann nicht für %1 verwendet werden.</translation>
    </message>
    <message>
        <source>This is not an unencrypted private key in PEM form.</source>
        <translation>Das ist kein unverschlüsselter privater Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>This is a private key; give the public key.</source>
        <translation>Das ist ein privater Schlüssel; geben Sie den öffentlichen an.</translation>
    </message>
    <message>
        <source>This is not a public key or certificate in PEM form (BEGIN PUBLIC KEY or BEGIN CERTIFICATE).</source>
        <translation>Das ist kein öffentlicher Schlüssel und kein Zertifikat im PEM-Format (BEGIN PUBLIC KEY oder BEGIN CERTIFICATE).</translation>
    </message>
    <message>
        <source>The JWK algorithm is not supported.</source>
        <translation>Der Algorithmus des JWK wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The JWK is for %1, not for %2.</source>
        <translation>Der JWK ist für %1, nicht für %2.</translation>
    </message>
    <message>
        <source>The JWK has no alg member; say which algorithm it is for.</source>
        <translation>Der JWK hat kein Element alg; geben Sie an, für welchen Algorithmus er ist.</translation>
    </message>
    <message>
        <source>The JWK does not describe a valid key.</source>
        <translation>Der JWK beschreibt keinen gültigen Schlüssel.</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>a byte order mark is not allowed</source>
        <translation>eine Bytereihenfolge-Markierung (BOM) ist nicht erlaubt</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unexpected character in JSON</source>
        <translation>unerwartetes Zeichen im JSON</translation>
    </message>
    <message>
        <source>the JSON text ends too early</source>
        <translation>der JSON-Text endet zu früh</translation>
    </message>
    <message>
        <source>unexpected text after the JSON object</source>
        <translation>unerwarteter Text nach dem JSON-Objekt</translation>
    </message>
    <message>
        <source>duplicate member name</source>
        <translation>doppelter Elementname</translation>
    </message>
    <message>
        <source>objects and arrays are nested more than %1 deep</source>
        <translation>Objekte und Arrays sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>unescaped control character in a JSON string</source>
        <translation>nicht maskiertes Steuerzeichen in einer JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape sequence in a JSON string</source>
        <translation>ungültige Escape-Sequenz in einer JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate in a JSON string</source>
        <translation>ungepaartes UTF-16-Surrogat in einer JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>invalid JSON number</source>
        <translation>ungültige JSON-Zahl</translation>
    </message>
    <message>
        <source>JSON number out of range</source>
        <translation>JSON-Zahl außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>an object has more than %1 members</source>
        <translation>ein Objekt hat mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>a string is longer than %1 bytes</source>
        <translation>eine Zeichenkette ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the JSON text has more than %1 objects and arrays</source>
        <translation>der JSON-Text hat mehr als %1 Objekte und Arrays</translation>
    </message>
    <message>
        <source>the JSON text has more than %1 values</source>
        <translation>der JSON-Text hat mehr als %1 Werte</translation>
    </message>
    <message>
        <source>The token is malformed.</source>
        <translation>Das Token ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>The token is too large.</source>
        <translation>Das Token ist zu groß.</translation>
    </message>
    <message>
        <source>The token signature is not valid.</source>
        <translation>Die Signatur des Tokens ist ungültig.</translation>
    </message>
    <message>
        <source>The token was signed with a key this server does not know.</source>
        <translation>Das Token wurde mit einem Schlüssel signiert, den dieser Server nicht kennt.</translation>
    </message>
    <message>
        <source>The token algorithm is not allowed for its key.</source>
        <translation>Der Algorithmus des Tokens ist für seinen Schlüssel nicht erlaubt.</translation>
    </message>
    <message>
        <source>Unsigned tokens (alg none) are never accepted.</source>
        <translation>Unsignierte Tokens (alg none) werden nie angenommen.</translation>
    </message>
    <message>
        <source>The token requires an extension this server does not support.</source>
        <translation>Das Token verlangt eine Erweiterung, die dieser Server nicht unterstützt.</translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation>Das Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>The token is not valid yet.</source>
        <translation>Das Token ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The token claims to be issued in the future.</source>
        <translation>Das Token gibt an, in der Zukunft ausgestellt worden zu sein.</translation>
    </message>
    <message>
        <source>The token was issued by an issuer this server does not accept.</source>
        <translation>Das Token stammt von einem Aussteller, den dieser Server nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The token is meant for a different audience.</source>
        <translation>Das Token ist für eine andere Zielgruppe (audience) bestimmt.</translation>
    </message>
    <message>
        <source>The token lacks a required claim.</source>
        <translation>Dem Token fehlt ein verlangter Claim.</translation>
    </message>
    <message>
        <source>A token claim has an invalid value.</source>
        <translation>Ein Claim des Tokens hat einen ungültigen Wert.</translation>
    </message>
    <message>
        <source>The token is not of the required type.</source>
        <translation>Das Token hat nicht den verlangten Typ.</translation>
    </message>
    <message>
        <source>The token has been revoked.</source>
        <translation>Das Token wurde widerrufen.</translation>
    </message>
    <message>
        <source>A shared secret can only check HS256, HS384 and HS512 tokens; this token uses %1.</source>
        <translation>Ein gemeinsames Geheimnis kann nur HS256-, HS384- und HS512-Tokens prüfen; dieses Token verwendet %1.</translation>
    </message>
    <message>
        <source>The secret is not base64url: character %1: %2.</source>
        <translation>Das Geheimnis ist kein base64url: Zeichen %1: %2.</translation>
    </message>
    <message>
        <source>A public key cannot check an %1 token: using a public key as an HMAC secret is the algorithm confusion attack.</source>
        <translation>Ein öffentlicher Schlüssel kann kein %1-Token prüfen: einen öffentlichen Schlüssel als HMAC-Geheimnis zu verwenden ist der Angriff durch Algorithmusverwechslung.</translation>
    </message>
    <message>
        <source>The token names no key (kid) and the JWK Set has %1 keys.</source>
        <translation>Das Token nennt keinen Schlüssel (kid), und das JWK Set enthält %1 Schlüssel.</translation>
    </message>
    <message>
        <source>No JWK has the token&apos;s kid.</source>
        <translation>Kein JWK hat die kid des Tokens.</translation>
    </message>
    <message>
        <source>No key or secret was given.</source>
        <translation>Es wurde kein Schlüssel und kein Geheimnis angegeben.</translation>
    </message>
    <message>
        <source>The refresh token is not valid; sign in again.</source>
        <translation>Das Refresh-Token ist ungültig; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No such session.</source>
        <translation>Diese Sitzung gibt es nicht.</translation>
    </message>
    <message>
        <source>This refresh token was already used. The session has been ended for safety; sign in again.</source>
        <translation>Dieses Refresh-Token wurde schon verwendet. Die Sitzung wurde sicherheitshalber beendet; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Only an administrator can see other users&apos; sessions.</source>
        <translation>Nur ein Administrator kann die Sitzungen anderer Benutzer sehen.</translation>
    </message>
    <message>
        <source>No such signing key.</source>
        <translation>Diesen Signaturschlüssel gibt es nicht.</translation>
    </message>
    <message>
        <source>A key with this id exists already.</source>
        <translation>Ein Schlüssel mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>A retired key cannot sign again.</source>
        <translation>Ein außer Dienst gestellter Schlüssel kann nicht wieder signieren.</translation>
    </message>
    <message>
        <source>The active key signs new tokens; make another key active first.</source>
        <translation>Der aktive Schlüssel signiert neue Tokens; machen Sie zuerst einen anderen Schlüssel aktiv.</translation>
    </message>
    <message>
        <source>Tokens signed with this key may still be valid until %1 (UTC). Retiring it now would sign their holders out.</source>
        <translation>Mit diesem Schlüssel signierte Tokens können bis %1 (UTC) gültig sein. Ihn jetzt außer Dienst zu stellen, würde ihre Inhaber abmelden.</translation>
    </message>
    <message>
        <source>The token was revoked (signed out).</source>
        <translation>Das Token wurde widerrufen (abgemeldet).</translation>
    </message>
    <message>
        <source>The token&apos;s session was ended.</source>
        <translation>Die Sitzung des Tokens wurde beendet.</translation>
    </message>
    <message>
        <source>The token was issued before the user&apos;s tokens were revoked (password, role or status change).</source>
        <translation>Das Token wurde ausgestellt, bevor die Tokens des Benutzers widerrufen wurden (Änderung von Passwort, Rolle oder Status).</translation>
    </message>
    <message>
        <source>The token&apos;s user no longer exists.</source>
        <translation>Den Benutzer des Tokens gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This is a refresh token, not an access token; exchange it at /api/v1/auth/refresh.</source>
        <translation>Das ist ein Refresh-Token, kein Zugriffstoken; tauschen Sie es unter /api/v1/auth/refresh ein.</translation>
    </message>
    <message>
        <source>The role claim is not valid.</source>
        <translation>Der Claim role ist ungültig.</translation>
    </message>
    <message>
        <source>From 1 second to 24 hours.</source>
        <translation>Von 1 Sekunde bis 24 Stunden.</translation>
    </message>
    <message>
        <source>The claim %1 is set by Bookwarden; remove it from the extra claims.</source>
        <translation>Den Claim %1 setzt Bookwarden selbst; entfernen Sie ihn aus den zusätzlichen Claims.</translation>
    </message>
    <message>
        <source>Enter an issuer.</source>
        <translation>Geben Sie einen Aussteller an.</translation>
    </message>
    <message>
        <source>Enter an audience.</source>
        <translation>Geben Sie eine Zielgruppe (audience) an.</translation>
    </message>
    <message>
        <source>From 1 minute to 24 hours.</source>
        <translation>Von 1 Minute bis 24 Stunden.</translation>
    </message>
    <message>
        <source>From 1 hour to 365 days.</source>
        <translation>Von 1 Stunde bis 365 Tage.</translation>
    </message>
    <message>
        <source>From 0 to 300 seconds.</source>
        <translation>Von 0 bis 300 Sekunden.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in %1 s.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>This account is disabled; enable it first.</source>
        <translation>Dieses Konto ist deaktiviert; aktivieren Sie es zuerst.</translation>
    </message>
    <message>
        <source>The server is already running.</source>
        <translation>Der Server läuft bereits.</translation>
    </message>
    <message>
        <source>At most 64 worker threads.</source>
        <translation>Höchstens 64 Arbeitsthreads.</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and a key file.</source>
        <translation>HTTPS braucht sowohl ein Zertifikat als auch eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Cannot start the HTTP server: %1.</source>
        <translation>Der HTTP-Server kann nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2.</source>
        <translation>Port %1 ist auf %2 bereits belegt.</translation>
    </message>
    <message>
        <source>%2 is not an address of this machine (port %1).</source>
        <translation>%2 ist keine Adresse dieses Rechners (Port %1).</translation>
    </message>
    <message>
        <source>Not allowed to listen on port %1 of %2: ports below 1024 need privileges.</source>
        <translation>Lauschen auf Port %1 von %2 nicht erlaubt: Ports unter 1024 brauchen Sonderrechte.</translation>
    </message>
    <message>
        <source>Cannot listen on port %1 of %2: %3.</source>
        <translation>Lauschen auf Port %1 von %2 nicht möglich: %3.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create the directory &apos;%1&apos;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no OpenSSL backend.</source>
        <translation>TLS ist nicht verfügbar: Qt hat kein OpenSSL-Backend gefunden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no PEM certificate.</source>
        <translation>„%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no unencrypted PEM private key.</source>
        <translation>„%1“ enthält keinen unverschlüsselten privaten PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>The private key in &apos;%1&apos; does not belong to the certificate in &apos;%2&apos;.</source>
        <translation>Der private Schlüssel in „%1“ gehört nicht zum Zertifikat in „%2“.</translation>
    </message>
    <message>
        <source>The key in &apos;%1&apos; is neither RSA nor EC.</source>
        <translation>Der Schlüssel in „%1“ ist weder RSA noch EC.</translation>
    </message>
    <message>
        <source>Qt cannot use the private key in &apos;%1&apos;.</source>
        <translation>Qt kann den privaten Schlüssel in „%1“ nicht verwenden.</translation>
    </message>
    <message>
        <source>The search text cannot contain control characters.</source>
        <translation>Der Suchtext darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Bookwarden program (the desktop app or bookwarden-server). Stop that one first, or give this one another data directory.</source>
        <translation>Die Datenbank %1 ist bereits in einem anderen Bookwarden-Programm geöffnet (der Desktop-App oder bookwarden-server). Beenden Sie zuerst jenes, oder geben Sie diesem ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1.</source>
        <translation>Die Datenbank %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds bookwarden-cert.pem or bookwarden-key.pem; they were left as they are.</source>
        <translation>„%1“ enthält bereits bookwarden-cert.pem oder bookwarden-key.pem; sie wurden nicht verändert.</translation>
    </message>
    <message>
        <source>The limit must be from 1 to 1000.</source>
        <translation>Die Obergrenze muss zwischen 1 und 1000 liegen.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Keine Verbindung zur PostgreSQL-Datenbank %1: %2</translation>
    </message>
    <message>
        <source>A database URL looks like sqlite:///path/to/bookwarden.db or postgresql://user@host:5432/database.</source>
        <translation>Eine Datenbank-URL sieht so aus: sqlite:///pfad/zu/bookwarden.db oder postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>Unknown database scheme; a database URL looks like sqlite:///path/to/bookwarden.db or postgresql://user@host:5432/database.</source>
        <translation>Unbekanntes Datenbankschema; eine Datenbank-URL sieht so aus: sqlite:///pfad/zu/bookwarden.db oder postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL names a host and a database: postgresql://user@host:5432/database.</source>
        <translation>Eine PostgreSQL-URL nennt einen Host und eine Datenbank: postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL names the user to connect as: postgresql://user@host:5432/database.</source>
        <translation>Eine PostgreSQL-URL nennt den Benutzer, als der verbunden wird: postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>The PostgreSQL port is not valid.</source>
        <translation>Der PostgreSQL-Port ist ungültig.</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option %1 in the database URL.</source>
        <translation>Unbekannte PostgreSQL-Option %1 in der Datenbank-URL.</translation>
    </message>
    <message>
        <source>sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>sslmode muss einer der Werte disable, allow, prefer, require, verify-ca, verify-full sein.</translation>
    </message>
    <message>
        <source>The PostgreSQL option %1 has no usable value.</source>
        <translation>Die PostgreSQL-Option %1 hat keinen brauchbaren Wert.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now; try again shortly.</source>
        <translation>Die Datenbank ist gerade nicht erreichbar; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Copying the table %1 failed; nothing was copied (%2).</source>
        <translation>Das Kopieren der Tabelle %1 ist fehlgeschlagen; nichts wurde kopiert (%2).</translation>
    </message>
    <message>
        <source>The source and the target are the same database (%1).</source>
        <translation>Quelle und Ziel sind dieselbe Datenbank (%1).</translation>
    </message>
    <message>
        <source>The source database file %1 does not exist.</source>
        <translation>Die Quelldatenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the source database %1: %2</source>
        <translation>Die Quelldatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The target database %1 is at schema version %2, the source at %3; both must be at the same version.</source>
        <translation>Die Zieldatenbank %1 hat Schemaversion %2, die Quelle %3; beide müssen dieselbe Version haben.</translation>
    </message>
    <message>
        <source>Cannot open the target database %1: %2</source>
        <translation>Die Zieldatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The source %1 is not a Bookwarden database.</source>
        <translation>Die Quelle %1 ist keine Bookwarden-Datenbank.</translation>
    </message>
    <message>
        <source>The source database %1 is at schema version %2; this version of Bookwarden copies version %3. Start this version of Bookwarden (bookwarden-server or the desktop app) on it once to upgrade it, then copy it.</source>
        <translation>Die Quelldatenbank %1 hat Schemaversion %2; diese Version von Bookwarden kopiert Version %3. Starten Sie diese Version von Bookwarden (bookwarden-server oder die Desktop-App) einmal darauf, um sie zu aktualisieren, und kopieren Sie sie dann.</translation>
    </message>
    <message>
        <source>The copy of the table %1 holds %2 rows, the source %3; nothing was copied.</source>
        <translation>Die Kopie der Tabelle %1 enthält %2 Zeilen, die Quelle %3; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>The copy counts %1 books in all, the source %2; nothing was copied.</source>
        <translation>Die Kopie zählt insgesamt %1 Bücher, die Quelle %2; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>The target database %1 is not empty (the table %2 holds rows); copy only into a new, empty database.</source>
        <translation>Die Zieldatenbank %1 ist nicht leer (die Tabelle %2 enthält Zeilen); kopieren Sie nur in eine neue, leere Datenbank.</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>Check Your Input</source>
        <translation>Eingaben prüfen</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Not Allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not Possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Changed Meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>Not Signed In</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Too Many Attempts</source>
        <translation>Zu viele Versuche</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ausgelastet</translation>
    </message>
    <message>
        <source>Database Error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <source>Internal Error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in einer Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookwarden Cannot Start</source>
        <translation>Bookwarden kann nicht starten</translation>
    </message>
    <message>
        <source>Bookwarden could not open its database:
%1</source>
        <translation>Bookwarden konnte seine Datenbank nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>Choose another database with --database or --data-dir, or move the file away to start with an empty one.</source>
        <translation>Wählen Sie mit --database oder --data-dir eine andere Datenbank, oder verschieben Sie die Datei, um mit einer leeren zu beginnen.</translation>
    </message>
</context>
<context>
    <name>GenerateKeyDialog</name>
    <message>
        <source>Generate Signing Key</source>
        <translation>Signaturschlüssel erzeugen</translation>
    </message>
    <message>
        <source>A new key from the operating system&apos;s random number generator. Its secret or private half stays in Bookwarden&apos;s database and is never shown.</source>
        <translation>Ein neuer Schlüssel aus dem Zufallsgenerator des Betriebssystems. Sein geheimer oder privater Teil bleibt in der Datenbank von Bookwarden und wird nie angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>&amp;Key size:</source>
        <translation>&amp;Schlüsselgröße:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>%1 bits (slower to generate)</source>
        <translation>%1 Bit (langsamer zu erzeugen)</translation>
    </message>
    <message>
        <source>&amp;Make it the active key</source>
        <translation>Zum aktiven Schlüssel &amp;machen</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation>Der Schlüssel wird erzeugt …</translation>
    </message>
    <message>
        <source>A shared secret: only this server can check the tokens. It is not published in the JWKS.</source>
        <translation>Ein gemeinsames Geheimnis: nur dieser Server kann die Tokens prüfen. Es wird nicht im JWKS veröffentlicht.</translation>
    </message>
    <message>
        <source>Published in the JWKS, so that clients can check tokens themselves. Understood by every JWT library; generating an RSA key takes a few seconds.</source>
        <translation>Wird im JWKS veröffentlicht, damit Clients Tokens selbst prüfen können. Jede JWT-Bibliothek versteht es; einen RSA-Schlüssel zu erzeugen dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>Published in the JWKS. Fast with small signatures, but not every JWT library supports it.</source>
        <translation>Wird im JWKS veröffentlicht. Schnell, mit kleinen Signaturen, aber nicht jede JWT-Bibliothek unterstützt es.</translation>
    </message>
    <message>
        <source>Published in the JWKS, so that clients can check tokens themselves. Small keys and signatures, widely supported.</source>
        <translation>Wird im JWKS veröffentlicht, damit Clients Tokens selbst prüfen können. Kleine Schlüssel und Signaturen, weit verbreitet.</translation>
    </message>
    <message>
        <source>Only RSA keys have a choice of size.</source>
        <translation>Nur bei RSA-Schlüsseln lässt sich die Größe wählen.</translation>
    </message>
    <message>
        <source>The new key signs every token from now on. The current active key becomes passive: it keeps verifying the tokens it signed until they have expired.</source>
        <translation>Der neue Schlüssel signiert ab jetzt jedes Token. Der bisher aktive Schlüssel wird passiv: er prüft die von ihm signierten Tokens weiter, bis sie abgelaufen sind.</translation>
    </message>
    <message>
        <source>The new key waits as a passive key until you make it active; the current key keeps signing.</source>
        <translation>Der neue Schlüssel wartet als passiver Schlüssel, bis Sie ihn aktiv machen; der bisherige Schlüssel signiert weiter.</translation>
    </message>
</context>
<context>
    <name>GeneratedPasswordDialog</name>
    <message>
        <source>Welcome to Bookwarden</source>
        <translation>Willkommen bei Bookwarden</translation>
    </message>
    <message>
        <source>Your administrator account is ready</source>
        <translation>Ihr Administratorkonto ist eingerichtet</translation>
    </message>
    <message>
        <source>This is the first start, so Bookwarden created the administrator account “%1” with the password below. Use it to sign in to the REST API as an administrator; at this desk you need no password.</source>
        <translation>Dies ist der erste Start, daher hat Bookwarden das Administratorkonto „%1“ mit dem folgenden Passwort angelegt. Damit melden Sie sich als Administrator bei der REST-API an; an diesem Arbeitsplatz brauchen Sie kein Passwort.</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password for “%1”</source>
        <translation>Neues Passwort für „%1“</translation>
    </message>
    <message>
        <source>Give this password to %1 over a safe channel. Their previous password no longer works, and they were signed out everywhere.</source>
        <translation>Geben Sie dieses Passwort auf sicherem Weg an %1 weiter. Das bisherige Passwort gilt nicht mehr, und %1 wurde überall abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copy the password to the clipboard (it is cleared again after %n second(s))</source>
        <translation>
            <numerusform>Das Passwort in die Zwischenablage kopieren (sie wird nach einer Sekunde wieder geleert)</numerusform>
            <numerusform>Das Passwort in die Zwischenablage kopieren (sie wird nach %n Sekunden wieder geleert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared again in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in einer Sekunde wieder geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden wieder geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is shown only this once. Store it now, for example in a password manager: Bookwarden keeps only a hash of it and cannot show it again.</source>
        <translation>Dieses Passwort wird nur dieses eine Mal angezeigt. Speichern Sie es jetzt, zum Beispiel in einem Passwortmanager: Bookwarden bewahrt nur einen Hash davon auf und kann es nicht noch einmal anzeigen.</translation>
    </message>
    <message>
        <source>I Have Stored It</source>
        <translation>Ich habe es gespeichert</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <source>Import Private Key</source>
        <translation>Privaten Schlüssel importieren</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key)</source>
        <translation>PEM-Schlüssel (*.pem *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A private key in PEM form (PKCS #8, or a traditional RSA or EC key), not encrypted. Bookwarden keeps a copy in its database; the file itself is not changed.</source>
        <translation>Ein privater Schlüssel im PEM-Format (PKCS #8 oder ein herkömmlicher RSA- oder EC-Schlüssel), unverschlüsselt. Bookwarden legt eine Kopie in seiner Datenbank ab; die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>Path of a .pem or .key file</source>
        <translation>Pfad einer .pem- oder .key-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The algorithm the key is meant for: an RSA key for RS256 signs RS256 only.</source>
        <translation>Der Algorithmus, für den der Schlüssel bestimmt ist: ein RSA-Schlüssel für RS256 signiert nur RS256.</translation>
    </message>
    <message>
        <source>&amp;Make it the active key</source>
        <translation>Zum aktiven Schlüssel &amp;machen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>Der Schlüssel wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>The active key cannot be retired: make another key active first.</source>
        <translation>Der aktive Schlüssel kann nicht außer Dienst gestellt werden: machen Sie zuerst einen anderen Schlüssel aktiv.</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status Since</source>
        <translation>Status seit</translation>
    </message>
    <message>
        <source>Can Be Retired</source>
        <translation>Außer Dienst stellbar ab</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Dienst</translation>
    </message>
    <message>
        <source>Signs every new access token.</source>
        <translation>Signiert jedes neue Zugriffstoken.</translation>
    </message>
    <message>
        <source>Signs nothing new, but still verifies the tokens it signed until they have expired.</source>
        <translation>Signiert nichts Neues mehr, prüft aber die von ihm signierten Tokens, bis sie abgelaufen sind.</translation>
    </message>
    <message>
        <source>Verifies nothing any more; kept only for the record.</source>
        <translation>Prüft nichts mehr; wird nur zur Nachvollziehbarkeit aufbewahrt.</translation>
    </message>
    <message>
        <source>HMAC with SHA-256 (a shared secret)</source>
        <translation>HMAC mit SHA-256 (ein gemeinsames Geheimnis)</translation>
    </message>
    <message>
        <source>HMAC with SHA-384 (a shared secret)</source>
        <translation>HMAC mit SHA-384 (ein gemeinsames Geheimnis)</translation>
    </message>
    <message>
        <source>HMAC with SHA-512 (a shared secret)</source>
        <translation>HMAC mit SHA-512 (ein gemeinsames Geheimnis)</translation>
    </message>
    <message>
        <source>RSA PKCS #1 v1.5 with SHA-256</source>
        <translation>RSA PKCS #1 v1.5 mit SHA-256</translation>
    </message>
    <message>
        <source>RSA PKCS #1 v1.5 with SHA-384</source>
        <translation>RSA PKCS #1 v1.5 mit SHA-384</translation>
    </message>
    <message>
        <source>RSA PKCS #1 v1.5 with SHA-512</source>
        <translation>RSA PKCS #1 v1.5 mit SHA-512</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-256</source>
        <translation>RSA-PSS mit SHA-256</translation>
    </message>
    <message>
        <source>ECDSA with P-256 and SHA-256</source>
        <translation>ECDSA mit P-256 und SHA-256</translation>
    </message>
    <message>
        <source>ECDSA with P-384 and SHA-384</source>
        <translation>ECDSA mit P-384 und SHA-384</translation>
    </message>
    <message>
        <source>Ed25519 (EdDSA)</source>
        <translation>Ed25519 (EdDSA)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>Sch&amp;lüssel</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %n signing key(s).</source>
        <translation>
            <numerusform>%n Signaturschlüssel neu geladen.</numerusform>
            <numerusform>%n Signaturschlüssel neu geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated the %1 key %2; it signs new tokens now.</source>
        <translation>Der %1-Schlüssel %2 wurde erzeugt; er signiert jetzt neue Tokens.</translation>
    </message>
    <message>
        <source>Generated the %1 key %2 as a passive key.</source>
        <translation>Der %1-Schlüssel %2 wurde als passiver Schlüssel erzeugt.</translation>
    </message>
    <message>
        <source>Imported the %1 key %2.</source>
        <translation>Der %1-Schlüssel %2 wurde importiert.</translation>
    </message>
    <message>
        <source>Make Key Active</source>
        <translation>Schlüssel aktiv machen</translation>
    </message>
    <message>
        <source>Make the key %1 active?</source>
        <translation>Den Schlüssel %1 aktiv machen?</translation>
    </message>
    <message>
        <source>It signs every new access token from now on. The key that signs now becomes passive: it keeps verifying the tokens it signed until they have expired, so nobody is signed out.</source>
        <translation>Er signiert ab jetzt jedes neue Zugriffstoken. Der Schlüssel, der jetzt signiert, wird passiv: er prüft die von ihm signierten Tokens weiter, bis sie abgelaufen sind, sodass niemand abgemeldet wird.</translation>
    </message>
    <message>
        <source>&amp;Make Active</source>
        <translation>Aktiv &amp;machen</translation>
    </message>
    <message>
        <source>Could not make the key %1 active.</source>
        <translation>Der Schlüssel %1 konnte nicht aktiv gemacht werden.</translation>
    </message>
    <message>
        <source>The key %1 signs new tokens now.</source>
        <translation>Der Schlüssel %1 signiert jetzt neue Tokens.</translation>
    </message>
    <message>
        <source>Retire Key</source>
        <translation>Schlüssel außer Dienst stellen</translation>
    </message>
    <message>
        <source>Retire the key %1?</source>
        <translation>Den Schlüssel %1 außer Dienst stellen?</translation>
    </message>
    <message>
        <source>A retired key verifies no token any more. This cannot be undone.</source>
        <translation>Ein außer Dienst gestellter Schlüssel prüft kein Token mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Retire Key</source>
        <translation>&amp;Außer Dienst stellen</translation>
    </message>
    <message>
        <source>Could not retire the key %1.</source>
        <translation>Der Schlüssel %1 konnte nicht außer Dienst gestellt werden.</translation>
    </message>
    <message>
        <source>Retired the key %1 at once; the tokens it signed no longer work.</source>
        <translation>Der Schlüssel %1 wurde sofort außer Dienst gestellt; die von ihm signierten Tokens funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Retired the key %1.</source>
        <translation>Der Schlüssel %1 wurde außer Dienst gestellt.</translation>
    </message>
    <message>
        <source>Key Still in Use</source>
        <translation>Schlüssel noch in Gebrauch</translation>
    </message>
    <message>
        <source>The key %1 may still be needed.</source>
        <translation>Der Schlüssel %1 wird womöglich noch gebraucht.</translation>
    </message>
    <message>
        <source>That is %1 on this computer&apos;s clock.</source>
        <translation>Das ist %1 nach der Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>Retire it now anyway only if it was compromised: every token signed with it stops working at once, and their holders have to sign in again.</source>
        <translation>Stellen Sie ihn nur dann trotzdem sofort außer Dienst, wenn er kompromittiert wurde: jedes damit signierte Token funktioniert dann sofort nicht mehr, und die Inhaber müssen sich neu anmelden.</translation>
    </message>
    <message>
        <source>Retire &amp;Now Anyway</source>
        <translation>Trotzdem &amp;sofort außer Dienst stellen</translation>
    </message>
    <message>
        <source>&amp;Keep the Key</source>
        <translation>Schlüssel &amp;behalten</translation>
    </message>
    <message>
        <source>Export Public Keys (JWKS)</source>
        <translation>Öffentliche Schlüssel exportieren (JWKS)</translation>
    </message>
    <message>
        <source>JSON Web Key Sets (*.json)</source>
        <translation>JSON Web Key Sets (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved the public keys to “%1”.</source>
        <translation>Die öffentlichen Schlüssel wurden in „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Copied the public keys (JWKS).</source>
        <translation>Die öffentlichen Schlüssel (JWKS) wurden kopiert.</translation>
    </message>
    <message>
        <source>The key set is empty: HMAC keys are secrets and never published. Generate an RS, PS, ES or EdDSA key for clients that check tokens themselves.</source>
        <translation>Der Schlüsselsatz ist leer: HMAC-Schlüssel sind Geheimnisse und werden nie veröffentlicht. Erzeugen Sie einen RS-, PS-, ES- oder EdDSA-Schlüssel für Clients, die Tokens selbst prüfen.</translation>
    </message>
    <message>
        <source>The active key signs new access tokens. When another key takes over, the old one turns passive and still verifies the tokens it signed; once they have all expired, it can be retired.</source>
        <translation>Der aktive Schlüssel signiert neue Zugriffstokens. Übernimmt ein anderer Schlüssel, wird der alte passiv und prüft die von ihm signierten Tokens weiter; sind sie alle abgelaufen, kann er außer Dienst gestellt werden.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <source>&amp;Generate Key...</source>
        <translation>Schlüssel &amp;erzeugen...</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Generate a new signing key (Ctrl+N)</source>
        <translation>Einen neuen Signaturschlüssel erzeugen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Import Key...</source>
        <translation>Schlüssel &amp;importieren...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import a private key from a PEM file (Ctrl+O)</source>
        <translation>Einen privaten Schlüssel aus einer PEM-Datei importieren (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Make Active...</source>
        <translation>Aktiv &amp;machen...</translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation>Aktiv machen</translation>
    </message>
    <message>
        <source>&amp;Retire Key...</source>
        <translation>Außer Dienst &amp;stellen...</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Außer Dienst stellen</translation>
    </message>
    <message>
        <source>&amp;Export Public Keys (JWKS)...</source>
        <translation>Öffentliche Schlüssel e&amp;xportieren (JWKS)...</translation>
    </message>
    <message>
        <source>Export JWKS</source>
        <translation>JWKS exportieren</translation>
    </message>
    <message>
        <source>Save the public keys as a JSON Web Key Set, for clients that check tokens themselves (Ctrl+S)</source>
        <translation>Die öffentlichen Schlüssel als JSON Web Key Set speichern, für Clients, die Tokens selbst prüfen (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Copy Public Keys (JWKS)</source>
        <translation>Öffentliche Schlüssel &amp;kopieren (JWKS)</translation>
    </message>
    <message>
        <source>Copy JWKS</source>
        <translation>JWKS kopieren</translation>
    </message>
    <message>
        <source>Copy the JSON Web Key Set of the public keys</source>
        <translation>Das JSON Web Key Set der öffentlichen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Make the selected key sign new tokens</source>
        <translation>Den ausgewählten Schlüssel neue Tokens signieren lassen</translation>
    </message>
    <message>
        <source>Stop the selected passive key from verifying tokens</source>
        <translation>Den ausgewählten passiven Schlüssel keine Tokens mehr prüfen lassen</translation>
    </message>
    <message>
        <source>This key is already active.</source>
        <translation>Dieser Schlüssel ist bereits aktiv.</translation>
    </message>
    <message>
        <source>The active key cannot be retired: make another key active first.</source>
        <translation>Der aktive Schlüssel kann nicht außer Dienst gestellt werden: machen Sie zuerst einen anderen Schlüssel aktiv.</translation>
    </message>
    <message>
        <source>A retired key cannot sign again.</source>
        <translation>Ein außer Dienst gestellter Schlüssel kann nicht wieder signieren.</translation>
    </message>
    <message>
        <source>This key is retired already.</source>
        <translation>Dieser Schlüssel ist bereits außer Dienst.</translation>
    </message>
    <message>
        <source>Make %1 sign new tokens; the active key becomes passive</source>
        <translation>%1 neue Tokens signieren lassen; der aktive Schlüssel wird passiv</translation>
    </message>
    <message>
        <source>Retire %1: no token it signed is still valid</source>
        <translation>%1 außer Dienst stellen: kein von ihm signiertes Token ist mehr gültig</translation>
    </message>
    <message>
        <source>Tokens signed with %1 may still be valid until %2</source>
        <translation>Mit %1 signierte Tokens können bis %2 gültig sein</translation>
    </message>
    <message>
        <source>Select a key to see its public details.</source>
        <translation>Wählen Sie einen Schlüssel, um seine öffentlichen Angaben zu sehen.</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n Bit</numerusform>
            <numerusform>%n Bit</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status seit</translation>
    </message>
    <message>
        <source>Can be retired</source>
        <translation>Außer Dienst stellbar</translation>
    </message>
    <message>
        <source>now: every token it signed has expired</source>
        <translation>jetzt: jedes von ihm signierte Token ist abgelaufen</translation>
    </message>
    <message>
        <source>from %1, when the last token it may have signed has expired</source>
        <translation>ab %1, wenn das letzte Token, das er signiert haben kann, abgelaufen ist</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Kept in Bookwarden&apos;s database and never shown. An HMAC secret is not published: only this server can check the tokens it signs.</source>
        <translation>Wird in der Datenbank von Bookwarden aufbewahrt und nie angezeigt. Ein HMAC-Geheimnis wird nicht veröffentlicht: nur dieser Server kann die damit signierten Tokens prüfen.</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>No: retired keys are left out of the JWKS.</source>
        <translation>Nein: außer Dienst gestellte Schlüssel fehlen im JWKS.</translation>
    </message>
    <message>
        <source>Yes: its public half is in the JWKS. The private half is never shown.</source>
        <translation>Ja: sein öffentlicher Teil steht im JWKS. Der private Teil wird nie angezeigt.</translation>
    </message>
    <message>
        <source>Public key (JWK)</source>
        <translation>Öffentlicher Schlüssel (JWK)</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), %1 of them in use</source>
        <translation>
            <numerusform>%n Schlüssel, davon %1 in Gebrauch</numerusform>
            <numerusform>%n Schlüssel, davon %1 in Gebrauch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalFile</name>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2: that is not a key or token.</source>
        <translation>„%1“ ist größer als %2: das ist kein Schlüssel und kein Token.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Bookwarden</source>
        <translation>Über Bookwarden</translation>
    </message>
    <message>
        <source>Bookwarden %1</source>
        <translation>Bookwarden %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the current tab again from the database (F5)</source>
        <translation>Den aktuellen Reiter neu aus der Datenbank lesen (F5)</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Bookwarden</source>
        <translation>&amp;Über Bookwarden</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Every change is written to this SQLite database.</source>
        <translation>Jede Änderung wird in diese SQLite-Datenbank geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Manages the accounts, books, sessions and signing keys of Bookwarden&apos;s REST server, explains its tokens and keeps watch over its security log.</source>
        <translation>Verwaltet die Konten, Bücher, Sitzungen und Signaturschlüssel des REST-Servers von Bookwarden, erklärt seine Tokens und behält sein Sicherheitsprotokoll im Blick.</translation>
    </message>
    <message>
        <source>The Server Is Running</source>
        <translation>Der Server läuft</translation>
    </message>
    <message>
        <source>The REST server is still answering at %1.</source>
        <translation>Der REST-Server antwortet noch unter %1.</translation>
    </message>
    <message>
        <source>Stop it and quit, or close the window and keep serving from the system tray?</source>
        <translation>Ihn anhalten und beenden, oder das Fenster schließen und aus der Taskleiste weiter bedienen?</translation>
    </message>
    <message>
        <source>Quitting stops it: clients will no longer reach it.</source>
        <translation>Beenden hält ihn an: Clients erreichen ihn dann nicht mehr.</translation>
    </message>
    <message>
        <source>Stop Server and &amp;Quit</source>
        <translation>Server anhalten und &amp;beenden</translation>
    </message>
    <message>
        <source>Keep Serving in the &amp;Tray</source>
        <translation>In der &amp;Taskleiste weiterlaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Show Bookwarden</source>
        <translation>Bookwarden &amp;anzeigen</translation>
    </message>
    <message>
        <source>Bookwarden is serving at %1</source>
        <translation>Bookwarden bedient Anfragen unter %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>Server: stopped</source>
        <translation>Server: angehalten</translation>
    </message>
    <message>
        <source>The embedded REST server (Server tab)</source>
        <translation>Der eingebaute REST-Server (Reiter Server)</translation>
    </message>
    <message>
        <source>Requests answered per second</source>
        <translation>Beantwortete Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Start the REST Server?</source>
        <translation>REST-Server starten?</translation>
    </message>
    <message>
        <source>Bookwarden can now answer REST clients, such as apps written against the Flask JWT tutorials, on this computer.</source>
        <translation>Bookwarden kann jetzt REST-Clients auf diesem Computer antworten, etwa Apps, die nach den Flask-JWT-Tutorials geschrieben sind.</translation>
    </message>
    <message>
        <source>You can start, stop and share it on the LAN from the Server tab at any time.</source>
        <translation>Auf dem Reiter „Server“ können Sie ihn jederzeit starten, anhalten und im LAN freigeben.</translation>
    </message>
    <message>
        <source>&amp;Start the Server</source>
        <translation>Server &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Every change is written to this PostgreSQL database.</source>
        <translation>Jede Änderung wird in diese PostgreSQL-Datenbank geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>Datenbank ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Work on another database: an SQLite file or a PostgreSQL server</source>
        <translation>Mit einer anderen Datenbank arbeiten: einer SQLite-Datei oder einem PostgreSQL-Server</translation>
    </message>
</context>
<context>
    <name>MintTokenDialog</name>
    <message>
        <source>There is no enabled account to mint a token for.</source>
        <translation>Es gibt kein aktiviertes Konto, für das ein Token ausgestellt werden könnte.</translation>
    </message>
    <message>
        <source>Mint Test Token</source>
        <translation>Test-Token ausstellen</translation>
    </message>
    <message>
        <source>An access token for testing a client, signed with the active key like any other and recorded in the security log. Anyone who holds it acts as the chosen account until it expires.</source>
        <translation>Ein Zugriffstoken zum Testen eines Clients, wie jedes andere mit dem aktiven Schlüssel signiert und im Sicherheitsprotokoll vermerkt. Wer es besitzt, handelt bis zu seinem Ablauf als das gewählte Konto.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>E&amp;xtra claims:</source>
        <translation>&amp;Zusätzliche Claims:</translation>
    </message>
    <message>
        <source>At most 24 hours</source>
        <translation>Höchstens 24 Stunden</translation>
    </message>
    <message>
        <source>A JSON object of claims to add, or nothing. The claims Bookwarden sets itself (iss, sub, exp and the like) cannot be overridden.</source>
        <translation>Ein JSON-Objekt mit hinzuzufügenden Claims, oder nichts. Die Claims, die Bookwarden selbst setzt (iss, sub, exp und dergleichen), lassen sich nicht überschreiben.</translation>
    </message>
    <message>
        <source>&amp;Mint Token</source>
        <translation>Token &amp;ausstellen</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Choose the account the token is for.</source>
        <translation>Wählen Sie das Konto, für das das Token gelten soll.</translation>
    </message>
    <message>
        <source>Type a name to search</source>
        <translation>Namen zum Suchen eingeben</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>The two passwords are different.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Opening the database…</source>
        <translation>Die Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Choose the database file, or type a new file&apos;s path.</source>
        <translation>Wählen Sie die Datenbankdatei oder geben Sie den Pfad einer neuen Datei ein.</translation>
    </message>
    <message>
        <source>Describe the PostgreSQL server.</source>
        <translation>Beschreiben Sie den PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the user to connect as.</source>
        <translation>Geben Sie den Benutzer ein, als der verbunden wird.</translation>
    </message>
    <message>
        <source>Paste a database URL.</source>
        <translation>Fügen Sie eine Datenbank-URL ein.</translation>
    </message>
    <message>
        <source>The server asks for a password.</source>
        <translation>Der Server verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>The server refused this password.</source>
        <translation>Der Server hat dieses Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Choose the Database File</source>
        <translation>Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Bookwarden works on one database at a time: an SQLite file on this computer, or a PostgreSQL database that several Bookwarden servers can share.</source>
        <translation>Bookwarden arbeitet mit jeweils einer Datenbank: einer SQLite-Datei auf diesem Computer oder einer PostgreSQL-Datenbank, die sich mehrere Bookwarden-Server teilen können.</translation>
    </message>
    <message>
        <source>S&amp;QLite file</source>
        <translation>S&amp;QLite-Datei</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;PostgreSQL-Server</translation>
    </message>
    <message>
        <source>U&amp;RL</source>
        <translation>U&amp;RL</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>/path/to/bookwarden.db</source>
        <translation>/pfad/zu/bookwarden.db</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name: choose it for a server reached over a network you do not control.</source>
        <translation>verify-full prüft Zertifikat und Namen des Servers: Wählen Sie es für einen Server, der über ein Netz erreicht wird, das Sie nicht kontrollieren.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database?sslmode=verify-full</source>
        <translation>postgresql://benutzer@host:5432/datenbank?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Used for this connection only and never saved. Leave it empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation>Nur für diese Verbindung verwendet und nie gespeichert. Leer lassen, um PGPASSWORD oder ~/.pgpass zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>Por&amp;t:</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Checked with: %1</source>
        <translation>Geprüft mit: %1</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>Paste, drop or type a token to inspect it.</source>
        <translation>Fügen Sie ein Token ein, ziehen Sie es hierher oder tippen Sie es, um es zu untersuchen.</translation>
    </message>
    <message>
        <source>It is decoded and checked on this computer; nothing is sent anywhere.</source>
        <translation>Es wird auf diesem Computer decodiert und geprüft; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Or choose “Inspect Latest Token” for the token Bookwarden issued most recently.</source>
        <translation>Oder wählen Sie „Letztes Token untersuchen“ für das zuletzt von Bookwarden ausgestellte Token.</translation>
    </message>
    <message>
        <source>No access token has been issued since Bookwarden started. When a client signs in, or when you mint a test token, “Inspect Latest Token” shows it.</source>
        <translation>Seit dem Start von Bookwarden wurde kein Zugriffstoken ausgestellt. Meldet sich ein Client an oder stellen Sie ein Test-Token aus, zeigt „Letztes Token untersuchen“ es an.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JSON object, %n member(s)</source>
        <translation>
            <numerusform>JSON-Objekt, %n Element</numerusform>
            <numerusform>JSON-Objekt, %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>decoded, but not a JSON object</source>
        <translation>decodiert, aber kein JSON-Objekt</translation>
    </message>
    <message numerus="yes">
        <source>%n more part(s)</source>
        <translation>
            <numerusform>%n weiterer Teil</numerusform>
            <numerusform>%n weitere Teile</numerusform>
        </translation>
    </message>
    <message>
        <source>a signed token has exactly three</source>
        <translation>ein signiertes Token hat genau drei</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unlesbar)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>RequestRateChart</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>No requests in the last minute</source>
        <translation>Keine Anfragen in der letzten Minute</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset Password of “%1”</source>
        <translation>Passwort von „%1“ zurücksetzen</translation>
    </message>
    <message>
        <source>%1 gets a new password and is signed out everywhere: every token issued to them stops working.</source>
        <translation>%1 bekommt ein neues Passwort und wird überall abgemeldet: Alle ausgestellten Tokens verlieren ihre Gültigkeit.</translation>
    </message>
    <message>
        <source>&amp;Generate a strong password (shown once afterwards)</source>
        <translation>Ein starkes Passwort &amp;erzeugen (wird danach einmal angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Type a password:</source>
        <translation>Ein Passwort ein&amp;geben:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Reset &amp;Password</source>
        <translation>&amp;Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Das neue Passwort wird gesetzt …</translation>
    </message>
</context>
<context>
    <name>SecurityEventModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Client Address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>SecurityEventText</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-in throttled</source>
        <translation>Anmeldung gebremst</translation>
    </message>
    <message>
        <source>Account registered</source>
        <translation>Konto registriert</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Benutzer aktiviert</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>Benutzer gelöscht</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Signed out everywhere</source>
        <translation>Überall abgemeldet</translation>
    </message>
    <message>
        <source>Session revoked</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <source>Refresh token reused</source>
        <translation>Refresh-Token wiederverwendet</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>Signaturschlüssel erzeugt</translation>
    </message>
    <message>
        <source>Signing keys rotated</source>
        <translation>Signaturschlüssel gewechselt</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Signaturschlüssel außer Dienst gestellt</translation>
    </message>
    <message>
        <source>Desktop administrator</source>
        <translation>Desktop-Administrator</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Erster Start</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) deleted with the account</source>
        <translation>
            <numerusform>Ein Buch mit dem Konto gelöscht</numerusform>
            <numerusform>%n Bücher mit dem Konto gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Password hash upgraded to the current parameters</source>
        <translation>Passwort-Hash auf die aktuellen Parameter umgestellt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>%1 (account id %2)</source>
        <translation>%1 (Konto-ID %2)</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>Ereignisnummer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Previous role</source>
        <translation>Bisherige Rolle</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Books deleted</source>
        <translation>Gelöschte Bücher</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Password hash upgraded</source>
        <translation>Passwort-Hash umgestellt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Retry after (seconds)</source>
        <translation>Erneut versuchen nach (Sekunden)</translation>
    </message>
    <message>
        <source>No such user</source>
        <translation>Unbekannter Benutzer</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>Das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Test token minted</source>
        <translation>Test-Token ausgestellt</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Retired before its tokens expired</source>
        <translation>Außer Dienst gestellt, bevor seine Tokens abliefen</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>Extra claims</source>
        <translation>Zusätzliche Claims</translation>
    </message>
    <message>
        <source>Token id (jti)</source>
        <translation>Token-ID (jti)</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <source>imported from a PEM file</source>
        <translation>aus einer PEM-Datei importiert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Folder for the New Certificate and Key</source>
        <translation>Ordner für das neue Zertifikat und den Schlüssel</translation>
    </message>
    <message>
        <source>Choose the TLS Certificate</source>
        <translation>TLS-Zertifikat wählen</translation>
    </message>
    <message>
        <source>Choose the TLS Private Key</source>
        <translation>Privaten TLS-Schlüssel wählen</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM) for HTTPS.</source>
        <translation>Wählen Sie die Zertifikatsdatei (PEM) für HTTPS.</translation>
    </message>
    <message>
        <source>Choose the private key file (PEM) for HTTPS.</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel (PEM) für HTTPS.</translation>
    </message>
    <message>
        <source>The server is listening at %1.</source>
        <translation>Der Server lauscht unter %1.</translation>
    </message>
    <message>
        <source>The server has stopped.</source>
        <translation>Der Server wurde angehalten.</translation>
    </message>
    <message>
        <source>Created a self-signed certificate in %1.</source>
        <translation>Selbstsigniertes Zertifikat in %1 erstellt.</translation>
    </message>
    <message>
        <source>&amp;Start Server</source>
        <translation>Server &amp;starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the REST server with the settings shown</source>
        <translation>Den REST-Server mit den angezeigten Einstellungen starten</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>Server an&amp;halten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the REST server, letting requests in progress finish</source>
        <translation>Den REST-Server anhalten; laufende Anfragen werden noch beantwortet</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>Local only (127.0.0.1)</source>
        <translation>Nur lokal (127.0.0.1)</translation>
    </message>
    <message>
        <source>Share on the LAN (all interfaces)</source>
        <translation>Im LAN freigeben (alle Schnittstellen)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>HTTP&amp;S:</source>
        <translation>HTTP&amp;S:</translation>
    </message>
    <message>
        <source>Serve HTTPS only (TLS)</source>
        <translation>Nur HTTPS (TLS)</translation>
    </message>
    <message>
        <source>&amp;Generate Self-Signed...</source>
        <translation>Selbstsigniertes &amp;erzeugen...</translation>
    </message>
    <message>
        <source>Create a certificate for localhost and this machine&apos;s name, valid without a certificate authority once clients trust it</source>
        <translation>Ein Zertifikat für localhost und den Namen dieses Rechners erstellen; ohne Zertifizierungsstelle gültig, sobald Clients ihm vertrauen</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>PEM certificate file</source>
        <translation>Zertifikatsdatei (PEM)</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Pri&amp;vater Schlüssel:</translation>
    </message>
    <message>
        <source>PEM private key file, not encrypted</source>
        <translation>Schlüsseldatei (PEM), unverschlüsselt</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Datei mit dem privaten Schlüssel wählen</translation>
    </message>
    <message>
        <source>Start the server when Bookwarden opens</source>
        <translation>Server beim Öffnen von Bookwarden starten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Requests per second, last minute (amber: 4xx, red: 5xx)</source>
        <translation>Anfragen pro Sekunde, letzte Minute (orange: 4xx, rot: 5xx)</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Clients on the LAN: %1</source>
        <translation>Clients im LAN: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Lauscht nicht</translation>
    </message>
    <message>
        <source>Requests: %1   4xx: %2   5xx: %3   Now: %4 per second</source>
        <translation>Anfragen: %1   4xx: %2   5xx: %3   Jetzt: %4 pro Sekunde</translation>
    </message>
    <message>
        <source>Shared on the LAN without TLS: passwords and tokens cross the network readable by anyone on it.</source>
        <translation>Im LAN ohne TLS freigegeben: Passwörter und Token gehen für jeden im Netz lesbar über die Leitung.</translation>
    </message>
    <message>
        <source>Could not start the server: %1</source>
        <translation>Der Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the Certificate?</source>
        <translation>Zertifikat ersetzen?</translation>
    </message>
    <message>
        <source>%1 already holds a certificate and key. Replace them with a new pair? A server that uses the old pair keeps it until it is restarted; clients that trusted it must trust the new one.</source>
        <translation>%1 enthält bereits ein Zertifikat und einen Schlüssel. Durch ein neues Paar ersetzen? Ein Server, der das alte Paar verwendet, behält es bis zu seinem Neustart; Clients, die ihm vertraut haben, müssen dem neuen vertrauen.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message numerus="yes">
        <source>Session %1, refreshed %n time(s)</source>
        <translation>
            <numerusform>Sitzung %1, %n-mal erneuert</numerusform>
            <numerusform>Sitzung %1, %n-mal erneuert</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Client Address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Client Program</source>
        <translation>Client-Programm</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Revoked by an administrator</source>
        <translation>Von einem Administrator widerrufen</translation>
    </message>
    <message>
        <source>Ended: refresh token reused</source>
        <translation>Beendet: Refresh-Token wiederverwendet</translation>
    </message>
    <message>
        <source>Ended: too many sessions</source>
        <translation>Beendet: zu viele Sitzungen</translation>
    </message>
    <message>
        <source>Ended: signed out everywhere</source>
        <translation>Beendet: überall abgemeldet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Ended (%1)</source>
        <translation>Beendet (%1)</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Could not read the sessions.</source>
        <translation>Die Sitzungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %n session(s).</source>
        <translation>
            <numerusform>%n Sitzung neu geladen.</numerusform>
            <numerusform>%n Sitzungen neu geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected.</source>
        <translation>
            <numerusform>%n Sitzung ausgewählt.</numerusform>
            <numerusform>%n Sitzungen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session to see everything known about it.</source>
        <translation>Wählen Sie eine Sitzung, um alles über sie zu sehen.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 (account id %2)</source>
        <translation>%1 (Konto-ID %2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message numerus="yes">
        <source>%1, refreshed %n time(s) in all</source>
        <translation>
            <numerusform>%1, insgesamt %n-mal erneuert</numerusform>
            <numerusform>%1, insgesamt %n-mal erneuert</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>%1, unless it is used before: every refresh extends it</source>
        <translation>%1, sofern sie nicht vorher verwendet wird: jede Erneuerung verlängert sie</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Client program</source>
        <translation>Client-Programm</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>%1 (the sid claim of its access tokens)</source>
        <translation>%1 (der Claim sid ihrer Zugriffstokens)</translation>
    </message>
    <message>
        <source>Revoke Sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>Revoke this session of “%1”?</source>
        <translation>Diese Sitzung von „%1“ widerrufen?</translation>
    </message>
    <message>
        <source>Revoke the session of “%1” from %2?</source>
        <translation>Die Sitzung von „%1“ von %2 widerrufen?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n session(s)?</source>
        <translation>
            <numerusform>%n Sitzung widerrufen?</numerusform>
            <numerusform>%n Sitzungen widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The client&apos;s refresh token and its access tokens stop working at once; to continue, the user has to sign in again. The account stays as it is.</source>
        <translation>Das Refresh-Token des Clients und seine Zugriffstokens funktionieren sofort nicht mehr; um weiterzumachen, muss sich der Benutzer neu anmelden. Das Konto bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>%1 from %2, signed in %3</source>
        <translation>%1 von %2, angemeldet %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>%n Sitzung wird widerrufen …</numerusform>
            <numerusform>%n Sitzungen werden widerrufen …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n session(s).</source>
        <translation>
            <numerusform>%n Sitzung widerrufen.</numerusform>
            <numerusform>%n Sitzungen widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be revoked.</source>
        <translation>
            <numerusform>%n Sitzung konnte nicht widerrufen werden.</numerusform>
            <numerusform>%n Sitzungen konnten nicht widerrufen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign Out Everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Sign “%1” out everywhere?</source>
        <translation>„%1“ überall abmelden?</translation>
    </message>
    <message>
        <source>Every session of %1 ends and every token issued to them stops working at once, on every device; they have to sign in again. Their password stays the same.</source>
        <translation>Jede Sitzung von %1 endet, und jedes für %1 ausgestellte Token funktioniert sofort auf allen Geräten nicht mehr; eine neue Anmeldung ist nötig. Das Passwort bleibt gleich.</translation>
    </message>
    <message>
        <source>&amp;Sign Out Everywhere</source>
        <translation>Überall a&amp;bmelden</translation>
    </message>
    <message>
        <source>Could not sign “%1” out.</source>
        <translation>„%1“ konnte nicht abgemeldet werden.</translation>
    </message>
    <message>
        <source>Signed “%1” out everywhere.</source>
        <translation>„%1“ wurde überall abgemeldet.</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Show &amp;ended sessions</source>
        <translation>&amp;Beendete Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Also list sessions that were signed out, revoked or ran out, and why</source>
        <translation>Auch Sitzungen auflisten, die abgemeldet, widerrufen oder abgelaufen sind, und warum</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>&amp;Revoke Sessions...</source>
        <translation>Sitzungen &amp;widerrufen...</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>End the selected sessions: their tokens stop working (Del)</source>
        <translation>Die ausgewählten Sitzungen beenden: ihre Tokens funktionieren nicht mehr (Entf)</translation>
    </message>
    <message>
        <source>Sign User &amp;Out Everywhere...</source>
        <translation>Benutzer überall &amp;abmelden...</translation>
    </message>
    <message>
        <source>Show &amp;Ended Sessions</source>
        <translation>&amp;Beendete Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Select the sessions of one user to sign that user out everywhere</source>
        <translation>Wählen Sie Sitzungen eines einzigen Benutzers, um ihn überall abzumelden</translation>
    </message>
    <message>
        <source>End every session of “%1” and revoke all their tokens</source>
        <translation>Alle Sitzungen von „%1“ beenden und alle Tokens widerrufen</translation>
    </message>
    <message>
        <source>End every session of the selected session&apos;s user</source>
        <translation>Alle Sitzungen des Benutzers der ausgewählten Sitzung beenden</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <source>No one is signed in</source>
        <translation>Niemand ist angemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s), %1 open</source>
        <translation>
            <numerusform>%Ln Sitzung, %1 offen</numerusform>
            <numerusform>%Ln Sitzungen, %1 offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open session(s)</source>
        <translation>
            <numerusform>%Ln offene Sitzung</numerusform>
            <numerusform>%Ln offene Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Also sets how dates and prices are written. Takes effect at once.</source>
        <translation>Bestimmt auch, wie Daten und Preise geschrieben werden. Gilt sofort.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Access tokens valid for:</source>
        <translation>&amp;Zugriffstokens gültig für:</translation>
    </message>
    <message>
        <source>From 1 minute to 24 hours. Short is safer: a stolen access token works until it expires.</source>
        <translation>Von 1 Minute bis 24 Stunden. Kurz ist sicherer: ein gestohlenes Zugriffstoken funktioniert, bis es abläuft.</translation>
    </message>
    <message>
        <source>&amp;Refresh sessions last:</source>
        <translation>&amp;Sitzungen dauern:</translation>
    </message>
    <message>
        <source>How long a signed-in client that stops using its session stays signed in; every refresh starts this time again.</source>
        <translation>Wie lange ein angemeldeter Client, der seine Sitzung nicht mehr nutzt, angemeldet bleibt; jede Erneuerung beginnt diese Zeit von vorn.</translation>
    </message>
    <message>
        <source>Clock l&amp;eeway:</source>
        <translation>&amp;Uhrentoleranz:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How far the clocks of clients and this computer may differ when expiry times are checked</source>
        <translation>Wie weit die Uhren der Clients und dieses Computers beim Prüfen von Ablaufzeiten voneinander abweichen dürfen</translation>
    </message>
    <message>
        <source>Applies to tokens issued from now on; tokens already issued keep their lifetime.</source>
        <translation>Gilt für ab jetzt ausgestellte Tokens; bereits ausgestellte Tokens behalten ihre Lebensdauer.</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message numerus="yes">
        <source>Searching starts at %n character(s); press Enter to search for fewer.</source>
        <translation>
            <numerusform>Die Suche beginnt ab %n Zeichen; für weniger Eingabetaste drücken.</numerusform>
            <numerusform>Die Suche beginnt ab %n Zeichen; für weniger Eingabetaste drücken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>Issuer: who created and signed the token.</source>
        <translation>Aussteller: wer das Token erstellt und signiert hat.</translation>
    </message>
    <message>
        <source>Subject: the user or client the token is about.</source>
        <translation>Subjekt: der Benutzer oder Client, um den es im Token geht.</translation>
    </message>
    <message>
        <source>Audience: the services the token is meant for; any other service must refuse it.</source>
        <translation>Zielgruppe: die Dienste, für die das Token bestimmt ist; jeder andere Dienst muss es ablehnen.</translation>
    </message>
    <message>
        <source>Expiration time: the token must not be accepted from this moment on.</source>
        <translation>Ablaufzeit: ab diesem Zeitpunkt darf das Token nicht mehr angenommen werden.</translation>
    </message>
    <message>
        <source>Not before: the token must not be accepted before this moment.</source>
        <translation>Nicht vor: vor diesem Zeitpunkt darf das Token nicht angenommen werden.</translation>
    </message>
    <message>
        <source>Issued at: when the token was created.</source>
        <translation>Ausgestellt: wann das Token erstellt wurde.</translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier of this token, used to revoke it and to detect replays.</source>
        <translation>JWT-ID: eine eindeutige Kennung dieses Tokens, um es zu widerrufen und Wiederholungen zu erkennen.</translation>
    </message>
    <message>
        <source>Client ID: the application that requested the token.</source>
        <translation>Client-ID: die Anwendung, die das Token angefordert hat.</translation>
    </message>
    <message>
        <source>Scope: the permissions granted, separated by spaces.</source>
        <translation>Scope: die gewährten Berechtigungen, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Authentication time: when the user last signed in actively.</source>
        <translation>Authentifizierungszeit: wann sich der Benutzer zuletzt aktiv angemeldet hat.</translation>
    </message>
    <message>
        <source>Authentication context class: how strongly the user was authenticated.</source>
        <translation>Authentifizierungskontext: wie stark der Benutzer authentifiziert wurde.</translation>
    </message>
    <message>
        <source>Authentication methods: how the user signed in (for example pwd, otp, mfa).</source>
        <translation>Authentifizierungsmethoden: wie sich der Benutzer angemeldet hat (zum Beispiel pwd, otp, mfa).</translation>
    </message>
    <message>
        <source>Roles of the user.</source>
        <translation>Rollen des Benutzers.</translation>
    </message>
    <message>
        <source>Groups the user belongs to.</source>
        <translation>Gruppen, denen der Benutzer angehört.</translation>
    </message>
    <message>
        <source>Entitlements: individual permissions of the user.</source>
        <translation>Berechtigungen: einzelne Rechte des Benutzers.</translation>
    </message>
    <message>
        <source>Confirmation: the key the token is bound to; the caller must prove it holds that key.</source>
        <translation>Bestätigung: der Schlüssel, an den das Token gebunden ist; der Aufrufer muss beweisen, dass er ihn besitzt.</translation>
    </message>
    <message>
        <source>Actor: who is acting on behalf of the subject (delegation).</source>
        <translation>Akteur: wer im Namen des Subjekts handelt (Delegation).</translation>
    </message>
    <message>
        <source>Who may act on behalf of the subject.</source>
        <translation>Wer im Namen des Subjekts handeln darf.</translation>
    </message>
    <message>
        <source>Session ID: the sign-in session the token belongs to.</source>
        <translation>Sitzungs-ID: die Anmeldesitzung, zu der das Token gehört.</translation>
    </message>
    <message>
        <source>Authorized party: the client the token was issued to.</source>
        <translation>Autorisierte Partei: der Client, dem das Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Nonce: a value from the sign-in request that ties the token to it and prevents replays.</source>
        <translation>Nonce: ein Wert aus der Anmeldeanfrage, der das Token an sie bindet und Wiederholungen verhindert.</translation>
    </message>
    <message>
        <source>Access token hash: binds an ID token to an access token.</source>
        <translation>Hash des Zugriffstokens: bindet ein ID-Token an ein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Code hash: binds an ID token to an authorization code.</source>
        <translation>Code-Hash: bindet ein ID-Token an einen Autorisierungscode.</translation>
    </message>
    <message>
        <source>Full name of the user.</source>
        <translation>Vollständiger Name des Benutzers.</translation>
    </message>
    <message>
        <source>Given (first) name of the user.</source>
        <translation>Vorname des Benutzers.</translation>
    </message>
    <message>
        <source>Family (last) name of the user.</source>
        <translation>Nachname des Benutzers.</translation>
    </message>
    <message>
        <source>Middle name of the user.</source>
        <translation>Zweiter Vorname des Benutzers.</translation>
    </message>
    <message>
        <source>Casual name of the user.</source>
        <translation>Rufname des Benutzers.</translation>
    </message>
    <message>
        <source>The name the user prefers to be shown as; not guaranteed to be unique.</source>
        <translation>Der Name, unter dem der Benutzer angezeigt werden möchte; nicht unbedingt eindeutig.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile page.</source>
        <translation>URL der Profilseite des Benutzers.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s picture.</source>
        <translation>URL des Bildes des Benutzers.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s website.</source>
        <translation>URL der Website des Benutzers.</translation>
    </message>
    <message>
        <source>E-mail address of the user.</source>
        <translation>E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <source>Whether the e-mail address was verified.</source>
        <translation>Ob die E-Mail-Adresse bestätigt wurde.</translation>
    </message>
    <message>
        <source>Gender of the user.</source>
        <translation>Geschlecht des Benutzers.</translation>
    </message>
    <message>
        <source>Birthday of the user.</source>
        <translation>Geburtstag des Benutzers.</translation>
    </message>
    <message>
        <source>Time zone of the user.</source>
        <translation>Zeitzone des Benutzers.</translation>
    </message>
    <message>
        <source>Language and region of the user.</source>
        <translation>Sprache und Region des Benutzers.</translation>
    </message>
    <message>
        <source>Phone number of the user.</source>
        <translation>Telefonnummer des Benutzers.</translation>
    </message>
    <message>
        <source>Whether the phone number was verified.</source>
        <translation>Ob die Telefonnummer bestätigt wurde.</translation>
    </message>
    <message>
        <source>Postal address of the user.</source>
        <translation>Postanschrift des Benutzers.</translation>
    </message>
    <message>
        <source>When the user&apos;s information was last updated.</source>
        <translation>Wann die Angaben des Benutzers zuletzt geändert wurden.</translation>
    </message>
    <message>
        <source>Algorithm the token claims to be signed with. A verifier must use its key&apos;s algorithm, not this value.</source>
        <translation>Algorithmus, mit dem das Token signiert sein will. Ein Prüfer muss den Algorithmus seines Schlüssels verwenden, nicht diesen Wert.</translation>
    </message>
    <message>
        <source>Type of the token, for example JWT or at+jwt (an OAuth access token).</source>
        <translation>Typ des Tokens, zum Beispiel JWT oder at+jwt (ein OAuth-Zugriffstoken).</translation>
    </message>
    <message>
        <source>Content type of the payload; JWT here means a nested token.</source>
        <translation>Inhaltstyp der Payload; JWT bedeutet hier ein verschachteltes Token.</translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s keys signed the token.</source>
        <translation>Schlüssel-ID: welcher Schlüssel des Ausstellers das Token signiert hat.</translation>
    </message>
    <message>
        <source>JWK Set URL: a link to keys. A verifier must never fetch keys from a link in the token.</source>
        <translation>JWK-Set-URL: ein Link zu Schlüsseln. Ein Prüfer darf nie Schlüssel von einem Link im Token holen.</translation>
    </message>
    <message>
        <source>An embedded public key. A verifier must never trust a key the token brings along.</source>
        <translation>Ein eingebetteter öffentlicher Schlüssel. Ein Prüfer darf nie einem Schlüssel vertrauen, den das Token mitbringt.</translation>
    </message>
    <message>
        <source>X.509 URL: a link to a certificate. A verifier must never fetch it from the token&apos;s say-so.</source>
        <translation>X.509-URL: ein Link zu einem Zertifikat. Ein Prüfer darf es nie auf Geheiß des Tokens abrufen.</translation>
    </message>
    <message>
        <source>An embedded X.509 certificate chain. A verifier must never trust it without its own checks.</source>
        <translation>Eine eingebettete X.509-Zertifikatskette. Ein Prüfer darf ihr nie ohne eigene Prüfung vertrauen.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the signing certificate.</source>
        <translation>SHA-1-Fingerabdruck des Signaturzertifikats.</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signing certificate.</source>
        <translation>SHA-256-Fingerabdruck des Signaturzertifikats.</translation>
    </message>
    <message>
        <source>Critical extensions: header parameters a verifier must understand, or else refuse the token.</source>
        <translation>Kritische Erweiterungen: Header-Parameter, die ein Prüfer verstehen muss, sonst muss er das Token ablehnen.</translation>
    </message>
    <message>
        <source>Whether the payload is base64url-encoded (unencoded payloads are not supported).</source>
        <translation>Ob die Payload base64url-codiert ist (uncodierte Payloads werden nicht unterstützt).</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>becomes valid in %1</source>
        <translation>wird in %1 gültig</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>seit %1 gültig</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>%1 in der Zukunft ausgestellt</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>vor %1 ausgestellt</translation>
    </message>
    <message>
        <source>signed in %1 in the future</source>
        <translation>%1 in der Zukunft angemeldet</translation>
    </message>
    <message>
        <source>signed in %1 ago</source>
        <translation>vor %1 angemeldet</translation>
    </message>
    <message>
        <source>%1 from now</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Not a registered claim: its meaning is private to whoever issued the token.</source>
        <translation>Kein registrierter Claim: seine Bedeutung kennt nur der Aussteller des Tokens.</translation>
    </message>
    <message>
        <source>%1 It should be a number of seconds, but is not a JSON number.</source>
        <translation>%1 Es sollte eine Anzahl Sekunden sein, ist aber keine JSON-Zahl.</translation>
    </message>
    <message>
        <source>%1 Its value is not a plausible date.</source>
        <translation>%1 Sein Wert ist kein plausibles Datum.</translation>
    </message>
    <message>
        <source>Not checked: give a secret or key to check the signature.</source>
        <translation>Nicht geprüft: geben Sie ein Geheimnis oder einen Schlüssel an, um die Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>Valid: the signature matches the key and the claims are acceptable.</source>
        <translation>Gültig: die Signatur passt zum Schlüssel, und die Claims sind annehmbar.</translation>
    </message>
    <message>
        <source>Malformed: this is not a well-formed signed token.</source>
        <translation>Fehlerhaft: das ist kein korrekt aufgebautes signiertes Token.</translation>
    </message>
    <message>
        <source>Not signed: the token declares the algorithm none and is never accepted.</source>
        <translation>Nicht signiert: das Token gibt den Algorithmus none an und wird nie angenommen.</translation>
    </message>
    <message>
        <source>Algorithm not allowed: the token&apos;s algorithm does not fit this key.</source>
        <translation>Algorithmus nicht erlaubt: der Algorithmus des Tokens passt nicht zu diesem Schlüssel.</translation>
    </message>
    <message>
        <source>Refused: the token requires an extension that is not supported.</source>
        <translation>Abgelehnt: das Token verlangt eine Erweiterung, die nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>Unknown key: there is no key for the token&apos;s key ID (kid).</source>
        <translation>Unbekannter Schlüssel: für die Schlüssel-ID (kid) des Tokens gibt es keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The key or secret given cannot be used.</source>
        <translation>Der angegebene Schlüssel oder das Geheimnis ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>The key could not be looked up.</source>
        <translation>Der Schlüssel konnte nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>Bad signature: the token was altered or signed with another key.</source>
        <translation>Falsche Signatur: das Token wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>Expired: the signature is good but the token has expired.</source>
        <translation>Abgelaufen: die Signatur stimmt, aber das Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>Not yet valid: the signature is good but the token&apos;s nbf is in the future.</source>
        <translation>Noch nicht gültig: die Signatur stimmt, aber das nbf des Tokens liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Issued in the future: the signature is good but iat lies ahead.</source>
        <translation>In der Zukunft ausgestellt: die Signatur stimmt, aber iat liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Wrong issuer: the signature is good but the token comes from another issuer.</source>
        <translation>Falscher Aussteller: die Signatur stimmt, aber das Token stammt von einem anderen Aussteller.</translation>
    </message>
    <message>
        <source>Wrong audience: the signature is good but the token is meant for another service.</source>
        <translation>Falsche Zielgruppe: die Signatur stimmt, aber das Token ist für einen anderen Dienst bestimmt.</translation>
    </message>
    <message>
        <source>Wrong type: the signature is good but the token is not of the required type.</source>
        <translation>Falscher Typ: die Signatur stimmt, aber das Token hat nicht den verlangten Typ.</translation>
    </message>
    <message>
        <source>Missing claim: the signature is good but a required claim is missing.</source>
        <translation>Claim fehlt: die Signatur stimmt, aber ein verlangter Claim fehlt.</translation>
    </message>
    <message>
        <source>Invalid claim: the signature is good but a claim has the wrong type.</source>
        <translation>Ungültiger Claim: die Signatur stimmt, aber ein Claim hat den falschen Typ.</translation>
    </message>
    <message>
        <source>Revoked: the signature and claims are good but the token has been revoked.</source>
        <translation>Widerrufen: Signatur und Claims stimmen, aber das Token wurde widerrufen.</translation>
    </message>
    <message>
        <source>The token is not signed: its algorithm is %1.</source>
        <translation>Das Token ist nicht signiert: sein Algorithmus ist %1.</translation>
    </message>
    <message>
        <source>Never accept unsigned tokens. Bookwarden refuses alg none in every spelling.</source>
        <translation>Nehmen Sie nie unsignierte Tokens an. Bookwarden lehnt alg none in jeder Schreibweise ab.</translation>
    </message>
    <message>
        <source>The algorithm %1 is not supported.</source>
        <translation>Der Algorithmus %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use HS256, HS384, HS512, RS256, RS384, RS512, PS256, ES256, ES384 or EdDSA.</source>
        <translation>Verwenden Sie HS256, HS384, HS512, RS256, RS384, RS512, PS256, ES256, ES384 oder EdDSA.</translation>
    </message>
    <message>
        <source>The header carries %1, a key or a link to one, chosen by whoever made the token.</source>
        <translation>Der Header enthält %1, einen Schlüssel oder einen Link darauf, gewählt von dem, der das Token erstellt hat.</translation>
    </message>
    <message>
        <source>Never verify with a key the token brings along. Bookwarden ignores jwk, jku, x5u and x5c and uses only keys it was given.</source>
        <translation>Prüfen Sie nie mit einem Schlüssel, den das Token mitbringt. Bookwarden ignoriert jwk, jku, x5u und x5c und verwendet nur Schlüssel, die ihm gegeben wurden.</translation>
    </message>
    <message>
        <source>The header marks extensions as critical (crit): %1.</source>
        <translation>Der Header markiert Erweiterungen als kritisch (crit): %1.</translation>
    </message>
    <message>
        <source>Bookwarden supports no critical extensions and refuses such tokens.</source>
        <translation>Bookwarden unterstützt keine kritischen Erweiterungen und lehnt solche Tokens ab.</translation>
    </message>
    <message>
        <source>The key ID (kid) looks like a file path, URL or SQL fragment.</source>
        <translation>Die Schlüssel-ID (kid) sieht aus wie ein Dateipfad, eine URL oder ein SQL-Fragment.</translation>
    </message>
    <message>
        <source>Servers that build a path, URL or query from kid can be attacked through it. Bookwarden only compares kid with the IDs of its keys.</source>
        <translation>Server, die aus kid einen Pfad, eine URL oder eine Abfrage bauen, lassen sich darüber angreifen. Bookwarden vergleicht kid nur mit den IDs seiner Schlüssel.</translation>
    </message>
    <message>
        <source>The token has no expiry time (exp): it stays valid until its key changes.</source>
        <translation>Das Token hat keine Ablaufzeit (exp): es bleibt gültig, bis sich sein Schlüssel ändert.</translation>
    </message>
    <message>
        <source>Give every access token an exp, minutes to a few hours ahead.</source>
        <translation>Geben Sie jedem Zugriffstoken ein exp, Minuten bis wenige Stunden in der Zukunft.</translation>
    </message>
    <message>
        <source>The claim %1 is not a JSON number, so it is not a valid time.</source>
        <translation>Der Claim %1 ist keine JSON-Zahl und damit keine gültige Zeit.</translation>
    </message>
    <message>
        <source>Write times as numbers of seconds since 1970 (NumericDate), not as strings.</source>
        <translation>Schreiben Sie Zeiten als Sekunden seit 1970 (NumericDate), nicht als Zeichenketten.</translation>
    </message>
    <message>
        <source>The token expired %1 ago.</source>
        <translation>Das Token ist vor %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Get a new token; an expired token is refused.</source>
        <translation>Holen Sie ein neues Token; ein abgelaufenes Token wird abgelehnt.</translation>
    </message>
    <message>
        <source>The token only becomes valid in %1.</source>
        <translation>Das Token wird erst in %1 gültig.</translation>
    </message>
    <message>
        <source>Check the clocks of the issuer and of this computer.</source>
        <translation>Prüfen Sie die Uhren des Ausstellers und dieses Computers.</translation>
    </message>
    <message>
        <source>The token claims to be issued %1 in the future.</source>
        <translation>Das Token gibt an, %1 in der Zukunft ausgestellt worden zu sein.</translation>
    </message>
    <message>
        <source>The token is valid for %1 (from iat to exp), more than 24 hours.</source>
        <translation>Das Token ist %1 lang gültig (von iat bis exp), mehr als 24 Stunden.</translation>
    </message>
    <message>
        <source>Keep access tokens short-lived and use refresh tokens for long sessions: a stolen token is useful to a thief for as long as it is valid.</source>
        <translation>Halten Sie Zugriffstokens kurzlebig und verwenden Sie Refresh-Tokens für lange Sitzungen: ein gestohlenes Token nützt dem Dieb, solange es gültig ist.</translation>
    </message>
    <message>
        <source>The claim %1 looks like it holds a secret or personal data.</source>
        <translation>Der Claim %1 sieht aus, als enthielte er ein Geheimnis oder persönliche Daten.</translation>
    </message>
    <message>
        <source>Tokens are only encoded, not encrypted: anyone who holds one can read it. Keep passwords, keys and personal data out of tokens.</source>
        <translation>Tokens sind nur codiert, nicht verschlüsselt: wer eines hat, kann es lesen. Halten Sie Passwörter, Schlüssel und persönliche Daten aus Tokens heraus.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Whitespace around the token was ignored.</source>
        <translation>Leerraum um das Token wurde ignoriert.</translation>
    </message>
    <message>
        <source>The prefix Bearer was ignored.</source>
        <translation>Das Präfix Bearer wurde ignoriert.</translation>
    </message>
    <message>
        <source>The token is signed with the well-known placeholder secret %1 from tutorials and examples.</source>
        <translation>Das Token ist mit dem bekannten Platzhalter-Geheimnis %1 aus Tutorials und Beispielen signiert.</translation>
    </message>
    <message>
        <source>Anyone can forge tokens with this secret. Replace it with a random secret and revoke every token signed with it.</source>
        <translation>Mit diesem Geheimnis kann jeder Tokens fälschen. Ersetzen Sie es durch ein zufälliges Geheimnis und widerrufen Sie jedes damit signierte Token.</translation>
    </message>
    <message>
        <source>The secret has %1 bytes; %2 needs at least %3 random bytes.</source>
        <translation>Das Geheimnis hat %1 Bytes; %2 braucht mindestens %3 zufällige Bytes.</translation>
    </message>
    <message>
        <source>A short secret can be guessed offline from any one token. Use a random secret of at least %1 bytes.</source>
        <translation>Ein kurzes Geheimnis lässt sich aus jedem einzelnen Token offline erraten. Verwenden Sie ein zufälliges Geheimnis von mindestens %1 Bytes.</translation>
    </message>
    <message>
        <source>A private key was given; only its public half was used.</source>
        <translation>Es wurde ein privater Schlüssel angegeben; nur sein öffentlicher Teil wurde verwendet.</translation>
    </message>
    <message>
        <source>A private key must stay with the issuer. If it was shared, replace it.</source>
        <translation>Ein privater Schlüssel gehört nur dem Aussteller. Wenn er weitergegeben wurde, ersetzen Sie ihn.</translation>
    </message>
    <message>
        <source>the server&apos;s key %1 (%2)</source>
        <translation>der Schlüssel %1 des Servers (%2)</translation>
    </message>
    <message>
        <source>%1 secret of %2 bytes</source>
        <translation>%1-Geheimnis mit %2 Bytes</translation>
    </message>
    <message>
        <source>%1 public key (%2 bits), thumbprint %3</source>
        <translation>öffentlicher %1-Schlüssel (%2 Bit), Fingerabdruck %3</translation>
    </message>
    <message>
        <source>the server&apos;s keys</source>
        <translation>die Schlüssel des Servers</translation>
    </message>
</context>
<context>
    <name>TokenInspectorTab</name>
    <message>
        <source>Read the token from “%1”.</source>
        <translation>Das Token wurde aus „%1“ gelesen.</translation>
    </message>
    <message>
        <source>Token Inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Inspected the token again.</source>
        <translation>Das Token wurde erneut untersucht.</translation>
    </message>
    <message>
        <source>Inspecting the latest token Bookwarden issued.</source>
        <translation>Das zuletzt von Bookwarden ausgestellte Token wird untersucht.</translation>
    </message>
    <message>
        <source>Inspecting the latest token Bookwarden issued, to %1.</source>
        <translation>Das zuletzt von Bookwarden ausgestellte Token (für %1) wird untersucht.</translation>
    </message>
    <message>
        <source>Minted a token for %1, valid for %2. Copy it, or copy a curl command that uses it.</source>
        <translation>Ein Token für %1 wurde ausgestellt, gültig für %2. Kopieren Sie es oder einen curl-Befehl, der es verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the token. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Das Token wurde kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Das Token wurde kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied a curl command for %1. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Ein curl-Befehl für %1 wurde kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Ein curl-Befehl für %1 wurde kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>&amp;Token (paste, drop a file, or type):</source>
        <translation>&amp;Token (einfügen, Datei hineinziehen oder tippen):</translation>
    </message>
    <message>
        <source>eyJhbGciOi… — an access token, with or without “Bearer ”</source>
        <translation>eyJhbGciOi… — ein Zugriffstoken, mit oder ohne „Bearer “</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Inspect &amp;Latest Token</source>
        <translation>&amp;Letztes Token untersuchen</translation>
    </message>
    <message>
        <source>Inspect Latest</source>
        <translation>Letztes untersuchen</translation>
    </message>
    <message>
        <source>&amp;Mint Test Token...</source>
        <translation>Test-Token aus&amp;stellen...</translation>
    </message>
    <message>
        <source>Mint Token</source>
        <translation>Token ausstellen</translation>
    </message>
    <message>
        <source>Make an access token for testing a client (Ctrl+N)</source>
        <translation>Ein Zugriffstoken zum Testen eines Clients erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy as c&amp;url Command</source>
        <translation>Als c&amp;url-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>curl kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Inspect the token on the clipboard</source>
        <translation>Das Token aus der Zwischenablage untersuchen</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Empty the token field</source>
        <translation>Das Tokenfeld leeren</translation>
    </message>
    <message>
        <source>No access token has been issued since Bookwarden started: sign in through the REST API, or mint a test token.</source>
        <translation>Seit dem Start von Bookwarden wurde kein Zugriffstoken ausgestellt: melden Sie sich über die REST-API an oder stellen Sie ein Test-Token aus.</translation>
    </message>
    <message>
        <source>Inspect the access token Bookwarden issued most recently (Ctrl+L)</source>
        <translation>Das zuletzt von Bookwarden ausgestellte Zugriffstoken untersuchen (Strg+L)</translation>
    </message>
    <message>
        <source>Inspect the access token Bookwarden issued most recently, to %1 (Ctrl+L)</source>
        <translation>Das zuletzt von Bookwarden ausgestellte Zugriffstoken (für %1) untersuchen (Strg+L)</translation>
    </message>
    <message>
        <source>Inspect a well-formed token first.</source>
        <translation>Untersuchen Sie zuerst ein korrekt aufgebautes Token.</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after a minute (Ctrl+Shift+C)</source>
        <translation>Das Token kopieren; die Zwischenablage wird nach einer Minute geleert (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy a curl command that calls %1 with this token (Ctrl+Shift+U)</source>
        <translation>Einen curl-Befehl kopieren, der %1 mit diesem Token aufruft (Strg+Umschalt+U)</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Account id: %1</source>
        <translation>Konto-ID: %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last Sign-In</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Bücher</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n open session(s): signed-in clients that can refresh their tokens</source>
        <translation>
            <numerusform>%n offene Sitzung: ein angemeldeter Client, der seine Tokens erneuern kann</numerusform>
            <numerusform>%n offene Sitzungen: angemeldete Clients, die ihre Tokens erneuern können</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Could not read the accounts.</source>
        <translation>Die Konten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Added the account “%1”.</source>
        <translation>Konto „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” is now: %2.</source>
        <translation>„%1“ ist jetzt: %2.</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Disable the account “%1”?</source>
        <translation>Das Konto „%1“ deaktivieren?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in and is signed out everywhere at once. Their books stay. You can enable the account again at any time.</source>
        <translation>%1 kann sich nicht mehr anmelden und wird sofort überall abgemeldet. Die Bücher bleiben erhalten. Sie können das Konto jederzeit wieder aktivieren.</translation>
    </message>
    <message>
        <source>&amp;Disable User</source>
        <translation>Benutzer &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation>„%1“ wird deaktiviert …</translation>
    </message>
    <message>
        <source>Enabling “%1”…</source>
        <translation>„%1“ wird aktiviert …</translation>
    </message>
    <message>
        <source>Could not disable “%1”.</source>
        <translation>„%1“ konnte nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Could not enable “%1”.</source>
        <translation>„%1“ konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>Disabled “%1”.</source>
        <translation>„%1“ deaktiviert.</translation>
    </message>
    <message>
        <source>Enabled “%1”.</source>
        <translation>„%1“ aktiviert.</translation>
    </message>
    <message>
        <source>Set a new password for “%1”.</source>
        <translation>Neues Passwort für „%1“ gesetzt.</translation>
    </message>
    <message>
        <source>Sign Out Everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Sign “%1” out everywhere?</source>
        <translation>„%1“ überall abmelden?</translation>
    </message>
    <message>
        <source>Every token issued to %1 stops working at once, on every device; they have to sign in again. Their password stays the same.</source>
        <translation>Jedes an %1 ausgestellte Token verliert sofort auf allen Geräten seine Gültigkeit; %1 muss sich neu anmelden. Das Passwort bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Sign Out Everywhere</source>
        <translation>Überall a&amp;bmelden</translation>
    </message>
    <message>
        <source>Could not sign “%1” out.</source>
        <translation>„%1“ konnte nicht abgemeldet werden.</translation>
    </message>
    <message>
        <source>Signed “%1” out everywhere.</source>
        <translation>„%1“ wurde überall abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) owned by %1 will be deleted with the account.</source>
        <translation>
            <numerusform>Das Buch von %1 wird mit dem Konto gelöscht.</numerusform>
            <numerusform>Die %n Bücher von %1 werden mit dem Konto gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 owns no books.</source>
        <translation>%1 besitzt keine Bücher.</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete the account “%1”?</source>
        <translation>Das Konto „%1“ löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete User</source>
        <translation>Benutzer &amp;löschen</translation>
    </message>
    <message>
        <source>Could not delete “%1”.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the account “%1” and %n book(s).</source>
        <translation>
            <numerusform>Das Konto „%1“ und ein Buch gelöscht.</numerusform>
            <numerusform>Das Konto „%1“ und %n Bücher gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search usernames (Ctrl+F)</source>
        <translation>Benutzernamen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search usernames</source>
        <translation>Benutzernamen durchsuchen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Create an account (Ctrl+N)</source>
        <translation>Ein Konto anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Give the selected account a new password</source>
        <translation>Dem ausgewählten Konto ein neues Passwort geben</translation>
    </message>
    <message>
        <source>End every session of the selected account</source>
        <translation>Alle Sitzungen des ausgewählten Kontos beenden</translation>
    </message>
    <message>
        <source>&amp;Enable User</source>
        <translation>Benutzer &amp;aktivieren</translation>
    </message>
    <message>
        <source>“%1” is the last enabled administrator. Make another user an administrator first.</source>
        <translation>„%1“ ist der letzte aktive Administrator. Machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <source>Make the selected account an administrator or a user</source>
        <translation>Das ausgewählte Konto zum Administrator oder Benutzer machen</translation>
    </message>
    <message>
        <source>Let the selected account sign in again</source>
        <translation>Dem ausgewählten Konto die Anmeldung wieder erlauben</translation>
    </message>
    <message>
        <source>Stop the selected account from signing in</source>
        <translation>Dem ausgewählten Konto die Anmeldung verwehren</translation>
    </message>
    <message>
        <source>Delete the selected account and its books</source>
        <translation>Das ausgewählte Konto und seine Bücher löschen</translation>
    </message>
    <message>
        <source>“%1” is the last enabled administrator, so it cannot be disabled, made a regular user or deleted: someone must always be able to manage Bookwarden. Make another user an administrator first.</source>
        <translation>„%1“ ist der letzte aktive Administrator und kann daher weder deaktiviert noch zum normalen Benutzer gemacht noch gelöscht werden: Jemand muss Bookwarden immer verwalten können. Machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <source>&amp;Add User...</source>
        <translation>Benutzer &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Change &amp;Role...</source>
        <translation>&amp;Rolle ändern...</translation>
    </message>
    <message>
        <source>Reset &amp;Password...</source>
        <translation>&amp;Passwort zurücksetzen...</translation>
    </message>
    <message>
        <source>&amp;Sign Out Everywhere...</source>
        <translation>Überall a&amp;bmelden...</translation>
    </message>
    <message>
        <source>&amp;Delete User...</source>
        <translation>Benutzer &amp;löschen...</translation>
    </message>
    <message>
        <source>D&amp;isable User...</source>
        <translation>Benutzer &amp;deaktivieren...</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %Ln account(s).</source>
        <translation>
            <numerusform>Ein Konto neu geladen.</numerusform>
            <numerusform>%Ln Konten neu geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Konto</numerusform>
            <numerusform>%Ln Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 von einem Konto</numerusform>
            <numerusform>%1 von %Ln Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %1 of %Ln account(s)</source>
        <translation>
            <numerusform>Mehr als %1 von einem Konto</numerusform>
            <numerusform>Mehr als %1 von %Ln Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerificationSourceEdit</name>
    <message>
        <source>Open JWK</source>
        <translation>JWK öffnen</translation>
    </message>
    <message>
        <source>Open Public Key</source>
        <translation>Öffentlichen Schlüssel öffnen</translation>
    </message>
    <message>
        <source>JSON Web Keys (*.json *.jwk)</source>
        <translation>JSON Web Keys (*.json *.jwk)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PEM keys and certificates (*.pem *.crt *.cer *.pub *.key)</source>
        <translation>PEM-Schlüssel und -Zertifikate (*.pem *.crt *.cer *.pub *.key)</translation>
    </message>
    <message>
        <source>&amp;Verify with:</source>
        <translation>&amp;Prüfen mit:</translation>
    </message>
    <message>
        <source>The server&apos;s keys and rules</source>
        <translation>Schlüssel und Regeln des Servers</translation>
    </message>
    <message>
        <source>A secret (text)</source>
        <translation>Einem Geheimnis (Text)</translation>
    </message>
    <message>
        <source>A secret (base64url)</source>
        <translation>Einem Geheimnis (base64url)</translation>
    </message>
    <message>
        <source>A public key (PEM)</source>
        <translation>Einem öffentlichen Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>A JWK or JWK Set</source>
        <translation>Einem JWK oder JWK Set</translation>
    </message>
    <message>
        <source>Bookwarden&apos;s active and passive signing keys, its issuer and audience, and the revocations: exactly what the REST server checks.</source>
        <translation>Die aktiven und passiven Signaturschlüssel von Bookwarden, sein Aussteller und seine Zielgruppe sowie die Widerrufe: genau das, was der REST-Server prüft.</translation>
    </message>
    <message>
        <source>The HMAC secret in base64url</source>
        <translation>Das HMAC-Geheimnis in base64url</translation>
    </message>
    <message>
        <source>The HMAC secret, as typed</source>
        <translation>Das HMAC-Geheimnis, wie getippt</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>{&quot;kty&quot;: …} or {&quot;keys&quot;: […]}</source>
        <translation>{&quot;kty&quot;: …} oder {&quot;keys&quot;: […]}</translation>
    </message>
    <message>
        <source>-----BEGIN PUBLIC KEY----- …</source>
        <translation>-----BEGIN PUBLIC KEY----- …</translation>
    </message>
    <message>
        <source>JWK</source>
        <translation>JWK</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Open &amp;File...</source>
        <translation>&amp;Datei öffnen...</translation>
    </message>
</context>
</TS>
