<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest %n event(s); scroll down for older ones</source>
        <translation>
            <numerusform>Das neueste Ereignis; für ältere nach unten scrollen</numerusform>
            <numerusform>Die neuesten %n Ereignisse; für ältere nach unten scrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>The two passwords are different.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
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
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
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
        <source>Version %1, added %2</source>
        <translation>Version %1, hinzugefügt am %2</translation>
    </message>
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
        <source>Updated</source>
        <translation>Geändert</translation>
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
    <message numerus="yes">
        <source>Reloaded %n book(s).</source>
        <translation>
            <numerusform>Ein Buch neu geladen.</numerusform>
            <numerusform>%n Bücher neu geladen.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n book(s)</source>
        <translation>
            <numerusform>%n Buch</numerusform>
            <numerusform>%n Bücher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n book(s)</source>
        <translation>
            <numerusform>%1 von einem Buch</numerusform>
            <numerusform>%1 von %n Büchern</numerusform>
        </translation>
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
        <source>You already have a book with this title.</source>
        <translation>Sie haben bereits ein Buch mit diesem Titel.</translation>
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
        <source>A database URL looks like sqlite:///path/to/bookwarden.db.</source>
        <translation>Eine Datenbank-URL sieht so aus: sqlite:///pfad/zu/bookwarden.db.</translation>
    </message>
    <message>
        <source>PostgreSQL is not supported by this version of Bookwarden yet; use sqlite:///path.</source>
        <translation>Diese Version von Bookwarden unterstützt PostgreSQL noch nicht; verwenden Sie sqlite:///pfad.</translation>
    </message>
    <message>
        <source>Unknown database scheme; a database URL looks like sqlite:///path/to/bookwarden.db.</source>
        <translation>Unbekanntes Datenbankschema; eine Datenbank-URL sieht so aus: sqlite:///pfad/zu/bookwarden.db.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Could not read everything from the database.</source>
        <translation>Es konnte nicht alles aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>About Bookwarden</source>
        <translation>Über Bookwarden</translation>
    </message>
    <message>
        <source>Bookwarden %1</source>
        <translation>Bookwarden %1</translation>
    </message>
    <message>
        <source>Manages the accounts and books of Bookwarden&apos;s REST server and keeps watch over its security log.</source>
        <translation>Verwaltet die Konten und Bücher des REST-Servers von Bookwarden und behält sein Sicherheitsprotokoll im Blick.</translation>
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
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>The two passwords are different.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
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
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
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
    <message numerus="yes">
        <source>Reloaded %n account(s).</source>
        <translation>
            <numerusform>Ein Konto neu geladen.</numerusform>
            <numerusform>%n Konten neu geladen.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 von einem Konto</numerusform>
            <numerusform>%1 von %n Konten</numerusform>
        </translation>
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
</context>
</TS>
