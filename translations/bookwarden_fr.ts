<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountChooser</name>
    <message>
        <source>Type part of a name to find any account</source>
        <translation>Saisissez une partie d’un nom pour trouver n’importe quel compte</translation>
    </message>
</context>
<context>
    <name>AccountCompleter</name>
    <message>
        <source>Could not search the accounts: %1</source>
        <translation>Impossible de chercher dans les comptes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Could not read the security log: %1</source>
        <translation>Impossible de lire le journal de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Reloaded the security log.</source>
        <translation>Journal de sécurité rechargé.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>Évé&amp;nement&#xa0;:</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>A username or account id: events by or about that account</source>
        <translation>Un nom d&apos;utilisateur ou un identifiant de compte&#xa0;: les événements provoqués par ce compte ou le concernant</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>From this moment on</source>
        <translation>À partir de ce moment</translation>
    </message>
    <message>
        <source>Up to (not including) this moment</source>
        <translation>Jusqu&apos;à ce moment (exclu)</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>Événements de sécurité</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l&apos;événement</translation>
    </message>
    <message>
        <source>Select an event to see everything recorded about it.</source>
        <translation>Sélectionnez un événement pour voir tout ce qui a été enregistré à son sujet.</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;ctivité</translation>
    </message>
    <message>
        <source>More than %1 events</source>
        <translation>Plus de %1 événements</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>The new user signs in to the REST API with this username and password.</source>
        <translation>Le nouvel utilisateur se connecte à l&apos;API REST avec ce nom d&apos;utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Fill in a strong random password (and show it, so that you can pass it on)</source>
        <translation>Remplir avec un mot de passe aléatoire robuste (et l&apos;afficher pour que vous puissiez le transmettre)</translation>
    </message>
    <message>
        <source>&amp;Show passwords</source>
        <translation>&amp;Afficher les mots de passe</translation>
    </message>
    <message>
        <source>Administrators manage every account and every book; users only their own books.</source>
        <translation>Les administrateurs gèrent tous les comptes et tous les livres&#xa0;; les utilisateurs seulement leurs propres livres.</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>A&amp;jouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
</context>
<context>
    <name>BookDeletionJob</name>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>This book was deleted meanwhile, so your changes cannot be saved.</source>
        <translation>Ce livre a été supprimé entre-temps&#xa0;; vos modifications ne peuvent donc pas être enregistrées.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add Book</source>
        <translation>Ajouter un livre</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;rice (%1):</source>
        <translation>Pri&amp;x (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ISBN:</source>
        <translation>&amp;ISBN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the owner</source>
        <translation>Choisir le propriétaire</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <source>optional; ISBN-10 or ISBN-13</source>
        <translation>facultatif&#xa0;; ISBN-10 ou ISBN-13</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Show the book as it is now (your changes in this dialog are discarded)</source>
        <translation>Afficher le livre tel qu&apos;il est maintenant (vos modifications dans cette fenêtre sont abandonnées)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add Book</source>
        <translation>Ajouter le &amp;livre</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Someone else changed this book while you were editing it. Reload to see the current version; saving your version now would be refused.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce livre pendant que vous le modifiiez. Rechargez-le pour voir la version actuelle&#xa0;; enregistrer votre version maintenant serait refusé.</translation>
    </message>
</context>
<context>
    <name>BookTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Version %1, last changed %2</source>
        <translation>Version %1, modifiée le %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
</context>
<context>
    <name>BooksTab</name>
    <message>
        <source>Books</source>
        <translation>Livres</translation>
    </message>
    <message>
        <source>Could not read the books.</source>
        <translation>Impossible de lire les livres.</translation>
    </message>
    <message>
        <source>Added “%1” for %2.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté pour %2.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Delete Books</source>
        <translation>Supprimer des livres</translation>
    </message>
    <message>
        <source>Delete “%1” (owned by %2)?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» (propriétaire&#xa0;: %2)&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n book(s)?</source>
        <translation>
            <numerusform>Supprimer %n livre&#xa0;?</numerusform>
            <numerusform>Supprimer %n livres&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n book(s)…</source>
        <translation>
            <numerusform>Suppression de %n livre…</numerusform>
            <numerusform>Suppression de %n livres…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: deleted %1 of %n book(s).</source>
        <translation>
            <numerusform>Arrêté&#xa0;: %1 livre sur %n supprimé.</numerusform>
            <numerusform>Arrêté&#xa0;: %1 livres sur %n supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n book(s).</source>
        <translation>
            <numerusform>%n livre supprimé.</numerusform>
            <numerusform>%n livres supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) could not be deleted.</source>
        <translation>
            <numerusform>%n livre n&apos;a pas pu être supprimé.</numerusform>
            <numerusform>%n livres n&apos;ont pas pu être supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les propriétaires</translation>
    </message>
    <message>
        <source>Search titles and authors (Ctrl+F)</source>
        <translation>Rechercher dans les titres et les auteurs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search titles and authors</source>
        <translation>Rechercher dans les titres et les auteurs</translation>
    </message>
    <message>
        <source>&amp;Books</source>
        <translation>&amp;Livres</translation>
    </message>
    <message>
        <source>Add a book for one of the users (Ctrl+N)</source>
        <translation>Ajouter un livre pour l&apos;un des utilisateurs (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected book (F2 or Enter)</source>
        <translation>Modifier le livre sélectionné (F2 ou Entrée)</translation>
    </message>
    <message>
        <source>Delete the selected books (Del)</source>
        <translation>Supprimer les livres sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Add Book...</source>
        <translation>&amp;Ajouter un livre...</translation>
    </message>
    <message>
        <source>&amp;Edit Book...</source>
        <translation>&amp;Modifier le livre...</translation>
    </message>
    <message>
        <source>&amp;Delete Books...</source>
        <translation>&amp;Supprimer les livres...</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %Ln book(s).</source>
        <translation>
            <numerusform>%Ln livre rechargé.</numerusform>
            <numerusform>%Ln livres rechargés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln book(s)</source>
        <translation>
            <numerusform>%Ln livre</numerusform>
            <numerusform>%Ln livres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln book(s)</source>
        <translation>
            <numerusform>%1 sur %Ln livre</numerusform>
            <numerusform>%1 sur %Ln livres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %1 of %Ln book(s)</source>
        <translation>
            <numerusform>Plus de %1 sur %Ln livre</numerusform>
            <numerusform>Plus de %1 sur %Ln livres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change Role of “%1”</source>
        <translation>Changer le rôle de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 est actuellement&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Manages every account and every book.</source>
        <translation>Gère tous les comptes et tous les livres.</translation>
    </message>
    <message>
        <source>Manages their own books only.</source>
        <translation>Gère uniquement ses propres livres.</translation>
    </message>
    <message>
        <source>A new role takes effect at once: %1 is signed out everywhere and signs in again to get tokens with the new role.</source>
        <translation>Un nouveau rôle prend effet immédiatement&#xa0;: %1 est déconnecté partout et se reconnecte pour obtenir des jetons avec le nouveau rôle.</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>&amp;Changer le rôle</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Changement du rôle…</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Header parameter</source>
        <translation>Paramètre d’en-tête</translation>
    </message>
    <message>
        <source>Claim in the payload</source>
        <translation>Revendication de la charge utile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Local Time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>DecodedTokenView</name>
    <message>
        <source>Header: algorithm and token type</source>
        <translation>En-tête&#xa0;: algorithme et type de jeton</translation>
    </message>
    <message>
        <source>Payload: the claims</source>
        <translation>Charge utile&#xa0;: les revendications</translation>
    </message>
    <message>
        <source>Claims and header parameters</source>
        <translation>Revendications et paramètres d’en-tête</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>The header says how the token is signed.</source>
        <translation>L’en-tête dit comment le jeton est signé.</translation>
    </message>
    <message>
        <source>The payload holds the claims: who the token is about, for whom and until when.</source>
        <translation>La charge utile contient les revendications&#xa0;: qui le jeton concerne, à qui il est destiné et jusqu’à quand.</translation>
    </message>
    <message>
        <source>This part is missing.</source>
        <translation>Cette partie manque.</translation>
    </message>
    <message>
        <source>Select a row to read all of its explanation.</source>
        <translation>Sélectionnez une ligne pour lire toute son explication.</translation>
    </message>
    <message>
        <source>%1 · local time %2 · UTC %3</source>
        <translation>%1 · heure locale %2 · UTC %3</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>seconde</numerusform>
            <numerusform>secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>heure</numerusform>
            <numerusform>heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The cursor is not valid for this sort order; start again without a cursor.</source>
        <translation>Le curseur ne correspond pas à cet ordre de tri&#xa0;; recommencez sans curseur.</translation>
    </message>
    <message>
        <source>There is already a book with this title.</source>
        <translation>Il existe déjà un livre portant ce titre.</translation>
    </message>
    <message>
        <source>This is not valid Unicode text.</source>
        <translation>Ce n&apos;est pas un texte Unicode valide.</translation>
    </message>
    <message>
        <source>Line breaks, tabs and control characters are not allowed.</source>
        <translation>Les sauts de ligne, tabulations et caractères de contrôle ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>200 caractères au maximum.</translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Certains champs ne sont pas valides.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Saisissez un titre.</translation>
    </message>
    <message>
        <source>Enter an author.</source>
        <translation>Saisissez un auteur.</translation>
    </message>
    <message>
        <source>Enter a publisher.</source>
        <translation>Saisissez un éditeur.</translation>
    </message>
    <message>
        <source>The price must not be negative.</source>
        <translation>Le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The price is too high.</source>
        <translation>Le prix est trop élevé.</translation>
    </message>
    <message>
        <source>The year must be from 1 to next year.</source>
        <translation>L&apos;année doit être comprise entre 1 et l&apos;année prochaine.</translation>
    </message>
    <message>
        <source>No such book.</source>
        <translation>Ce livre n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The book was changed by someone else in the meantime; reload it and try again.</source>
        <translation>Le livre a été modifié par quelqu&apos;un d&apos;autre entre-temps&#xa0;; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>The limit must be from 1 to 100.</source>
        <translation>La limite doit être comprise entre 1 et 100.</translation>
    </message>
    <message>
        <source>The search text is too long.</source>
        <translation>Le texte recherché est trop long.</translation>
    </message>
    <message>
        <source>Only an administrator can list other users&apos; books.</source>
        <translation>Seul un administrateur peut lister les livres d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Cet utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Only an administrator can add books for other users.</source>
        <translation>Seul un administrateur peut ajouter des livres pour d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <source>Choose whose book this is.</source>
        <translation>Choisissez à qui appartient ce livre.</translation>
    </message>
    <message>
        <source>An ISBN has only digits, hyphens and a final X.</source>
        <translation>Un ISBN ne contient que des chiffres, des tirets et un X final.</translation>
    </message>
    <message>
        <source>An ISBN has 10 or 13 digits.</source>
        <translation>Un ISBN comporte 10 ou 13 chiffres.</translation>
    </message>
    <message>
        <source>This ISBN&apos;s check digit is wrong; check for a typing error.</source>
        <translation>La clé de contrôle de cet ISBN est fausse&#xa0;; vérifiez s&apos;il y a une faute de frappe.</translation>
    </message>
    <message>
        <source>The price must be a number.</source>
        <translation>Le prix doit être un nombre.</translation>
    </message>
    <message>
        <source>A price has at most two decimal places.</source>
        <translation>Un prix a au plus deux décimales.</translation>
    </message>
    <message>
        <source>Enter a price such as 19.99 (at most two decimals).</source>
        <translation>Saisissez un prix comme 19,99 (deux décimales au plus).</translation>
    </message>
    <message>
        <source>Unknown event type.</source>
        <translation>Type d&apos;événement inconnu.</translation>
    </message>
    <message>
        <source>The cursor is not valid.</source>
        <translation>Le curseur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Too many sign-ins are being checked right now; try again in a moment.</source>
        <translation>Trop de connexions sont en cours de vérification&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le répertoire de données %1.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>Impossible de créer le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>Impossible de lire le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>%1 is not a Bookwarden database (it is not an SQLite file).</source>
        <translation>%1 n&apos;est pas une base de données Bookwarden (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file.</source>
        <translation>%1 est un répertoire, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>Impossible de passer %1 en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>The database URL names no file; use sqlite:///path/to/bookwarden.db.</source>
        <translation>L&apos;URL de la base de données ne désigne aucun fichier&#xa0;; utilisez sqlite:///chemin/vers/bookwarden.db.</translation>
    </message>
    <message>
        <source>The database path must be absolute: sqlite:///path/to/bookwarden.db (three slashes).</source>
        <translation>Le chemin de la base de données doit être absolu&#xa0;: sqlite:///chemin/vers/bookwarden.db (trois barres obliques).</translation>
    </message>
    <message>
        <source>The database could not save the change; nothing was written.</source>
        <translation>La base de données n&apos;a pas pu enregistrer la modification&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Bookwarden is shutting down; the change was not made.</source>
        <translation>Bookwarden s&apos;arrête&#xa0;; la modification n&apos;a pas été effectuée.</translation>
    </message>
    <message>
        <source>The database file cannot be read; it may be damaged (%1).</source>
        <translation>Le fichier de base de données est illisible&#xa0;; il est peut-être endommagé (%1).</translation>
    </message>
    <message>
        <source>The database file holds tables but is not a Bookwarden database.</source>
        <translation>Le fichier de base de données contient des tables mais n&apos;est pas une base de données Bookwarden.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Bookwarden (schema version %1; this version knows up to %2). Upgrade Bookwarden to open it.</source>
        <translation>La base de données a été écrite par une version plus récente de Bookwarden (version de schéma %1&#xa0;; cette version connaît jusqu&apos;à la %2). Mettez Bookwarden à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; it was left at version %2 (%3).</source>
        <translation>La mise à jour de la base de données vers la version de schéma %1 a échoué&#xa0;; elle est restée en version %2 (%3).</translation>
    </message>
    <message>
        <source>That username is taken.</source>
        <translation>Ce nom d&apos;utilisateur est déjà pris.</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Saisissez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A username has 3 to 32 characters.</source>
        <translation>Un nom d&apos;utilisateur comporte de 3 à 32 caractères.</translation>
    </message>
    <message>
        <source>A username may contain only letters A–Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Un nom d&apos;utilisateur ne peut contenir que les lettres A–Z, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The password is not valid Unicode text.</source>
        <translation>Le mot de passe n&apos;est pas un texte Unicode valide.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Un mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>A password may be at most 1024 bytes long.</source>
        <translation>Un mot de passe peut faire au plus 1024 octets.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Le mot de passe ne doit pas être le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>This needs an administrator.</source>
        <translation>Cette action nécessite un administrateur.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator. Make another user an administrator first, so that someone can still manage Bookwarden.</source>
        <translation>C&apos;est le dernier administrateur actif. Nommez d&apos;abord un autre utilisateur administrateur, afin que quelqu&apos;un puisse encore gérer Bookwarden.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The limit must be from 1 to 500.</source>
        <translation>La limite doit être comprise entre 1 et 500.</translation>
    </message>
    <message>
        <source>The desktop administrator has no password of its own.</source>
        <translation>L&apos;administrateur du poste de travail n&apos;a pas de mot de passe propre.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>Its owner already has a book with this title.</source>
        <translation>Son propriétaire a déjà un livre portant ce titre.</translation>
    </message>
    <message>
        <source>no problem</source>
        <translation>aucun problème</translation>
    </message>
    <message>
        <source>padding (=) is not allowed in base64url</source>
        <translation>le remplissage (=) n’est pas autorisé en base64url</translation>
    </message>
    <message>
        <source>not base64url (only A-Z, a-z, 0-9, - and _ are allowed)</source>
        <translation>pas du base64url (seuls A-Z, a-z, 0-9, - et _ sont autorisés)</translation>
    </message>
    <message>
        <source>the base64url text has an impossible length</source>
        <translation>le texte base64url a une longueur impossible</translation>
    </message>
    <message>
        <source>non-canonical base64url (the unused low bits are not zero)</source>
        <translation>base64url non canonique (les bits de poids faible inutilisés ne sont pas nuls)</translation>
    </message>
    <message>
        <source>The claim %1 must be %2.</source>
        <translation>La revendication %1 doit être %2.</translation>
    </message>
    <message>
        <source>The token has no %1 claim.</source>
        <translation>Le jeton n’a pas de revendication %1.</translation>
    </message>
    <message>
        <source>The token type (typ) must be %1.</source>
        <translation>Le type de jeton (typ) doit être %1.</translation>
    </message>
    <message>
        <source>The token lacks a claim this service requires.</source>
        <translation>Il manque au jeton une revendication exigée par ce service.</translation>
    </message>
    <message>
        <source>The JWK member %1 must be a string.</source>
        <translation>Le membre %1 de la JWK doit être une chaîne.</translation>
    </message>
    <message>
        <source>The JWK member %1 is not valid base64url.</source>
        <translation>Le membre %1 de la JWK n’est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The JWK has no kty member.</source>
        <translation>La JWK n’a pas de membre kty.</translation>
    </message>
    <message>
        <source>The JWK is not meant for signatures (its use is not sig).</source>
        <translation>La JWK n’est pas destinée aux signatures (son use n’est pas sig).</translation>
    </message>
    <message>
        <source>The JWK member %1 must be an array of strings.</source>
        <translation>Le membre %1 de la JWK doit être un tableau de chaînes.</translation>
    </message>
    <message>
        <source>The JWK is not meant for signatures (key_ops has neither sign nor verify).</source>
        <translation>La JWK n’est pas destinée aux signatures (key_ops ne contient ni sign ni verify).</translation>
    </message>
    <message>
        <source>The RSA JWK needs the members n and e.</source>
        <translation>Une JWK RSA doit avoir les membres n et e.</translation>
    </message>
    <message>
        <source>Multi-prime RSA keys (oth) are not supported.</source>
        <translation>Les clés RSA multi-premiers (oth) ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>The RSA JWK must have d, p, q, dp, dq and qi together.</source>
        <translation>Une JWK RSA doit avoir d, p, q, dp, dq et qi ensemble.</translation>
    </message>
    <message>
        <source>Only the curves P-256 and P-384 are supported for EC keys.</source>
        <translation>Seules les courbes P-256 et P-384 sont prises en charge pour les clés EC.</translation>
    </message>
    <message>
        <source>Only Ed25519 is supported for OKP keys.</source>
        <translation>Seul Ed25519 est pris en charge pour les clés OKP.</translation>
    </message>
    <message>
        <source>The JWK coordinates do not have the size of the curve %1.</source>
        <translation>Les coordonnées de la JWK n’ont pas la taille de la courbe %1.</translation>
    </message>
    <message>
        <source>The oct JWK needs the member k.</source>
        <translation>Une JWK oct doit avoir le membre k.</translation>
    </message>
    <message>
        <source>The JWK key type is not supported (RSA, EC, OKP and oct are).</source>
        <translation>Le type de clé de la JWK n’est pas pris en charge (RSA, EC, OKP et oct le sont).</translation>
    </message>
    <message>
        <source>The JWK text is not a JSON object: %1 at byte %2.</source>
        <translation>Le texte de la JWK n’est pas un objet JSON&#xa0;: %1 à l’octet %2.</translation>
    </message>
    <message>
        <source>The JWK Set member keys must be an array of objects.</source>
        <translation>Le membre keys du jeu de JWK doit être un tableau d’objets.</translation>
    </message>
    <message>
        <source>The token has %1 bytes; at most %2 are accepted.</source>
        <translation>Le jeton fait %1 octets&#xa0;; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Le jeton est vide.</translation>
    </message>
    <message>
        <source>The token has %1 dot-separated segments; a signed token has exactly 3.</source>
        <translation>Le jeton a %1 segments séparés par des points&#xa0;; un jeton signé en a exactement 3.</translation>
    </message>
    <message>
        <source>Segment %1 (%2), character %3: %4.</source>
        <translation>Segment %1 (%2), caractère %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Segment %1 (%2), byte %3 of the decoded JSON: %4.</source>
        <translation>Segment %1 (%2), octet %3 du JSON décodé&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The token header has no alg member, or its alg is not a string.</source>
        <translation>L’en-tête du jeton n’a pas de membre alg, ou son alg n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>La clé est vide.</translation>
    </message>
    <message>
        <source>A public key cannot sign.</source>
        <translation>Une clé publique ne peut pas signer.</translation>
    </message>
    <message>
        <source>The header alg differs from the key&apos;s algorithm.</source>
        <translation>L’alg de l’en-tête diffère de l’algorithme de la clé.</translation>
    </message>
    <message>
        <source>The header members crit and b64 are not supported.</source>
        <translation>Les membres d’en-tête crit et b64 ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>The header typ must be a string.</source>
        <translation>Le typ de l’en-tête doit être une chaîne.</translation>
    </message>
    <message>
        <source>The header kid differs from the key&apos;s kid.</source>
        <translation>Le kid de l’en-tête diffère du kid de la clé.</translation>
    </message>
    <message>
        <source>The token kid must be a non-empty string of at most %1 characters without control characters.</source>
        <translation>Le kid du jeton doit être une chaîne non vide d’au plus %1 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>The token crit header must be a non-empty array of strings.</source>
        <translation>L’en-tête crit du jeton doit être un tableau non vide de chaînes.</translation>
    </message>
    <message>
        <source>The token marks a header extension as critical that this server does not support.</source>
        <translation>Le jeton marque comme critique une extension d’en-tête que ce serveur ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The token uses the unencoded payload option (b64), which is not supported.</source>
        <translation>Le jeton utilise l’option de charge utile non encodée (b64), qui n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>The token algorithm is not supported.</source>
        <translation>L’algorithme du jeton n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>The token algorithm %1 is not the algorithm of its key (%2).</source>
        <translation>L’algorithme du jeton %1 n’est pas celui de sa clé (%2).</translation>
    </message>
    <message>
        <source>The cryptography library failed.</source>
        <translation>La bibliothèque de cryptographie a échoué.</translation>
    </message>
    <message>
        <source>A shared secret cannot be used for %1.</source>
        <translation>Un secret partagé ne peut pas servir pour %1.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Le secret est vide.</translation>
    </message>
    <message>
        <source>The secret is an asymmetric key in text form; such a key must never be used as an HMAC secret.</source>
        <translation>Le secret est une clé asymétrique sous forme de texte&#xa0;; une telle clé ne doit jamais servir de secret HMAC.</translation>
    </message>
    <message>
        <source>The secret has %1 bytes; %2 needs at least %3 random bytes.</source>
        <translation>Le secret fait %1 octets&#xa0;; %2 exige au moins %3 octets aléatoires.</translation>
    </message>
    <message>
        <source>The key could not be read.</source>
        <translation>La clé n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The key is not %1, which %2 needs.</source>
        <translation>La clé n’est pas %1, ce qu’exige %2.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at least %2 are required.</source>
        <translation>La clé RSA fait %1 bits&#xa0;; il en faut au moins %2.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at most %2 are supported.</source>
        <translation>La clé RSA fait %1 bits&#xa0;; %2 au plus sont pris en charge.</translation>
    </message>
    <message>
        <source>The public key is not valid for its type.</source>
        <translation>La clé publique n’est pas valide pour son type.</translation>
    </message>
    <message>
        <source>The private key does not match its public key.</source>
        <translation>La clé privée ne correspond pas à sa clé publique.</translation>
    </message>
    <message>
        <source>RSA keys are generated with 2048, 3072 or 4096 bits, not %1.</source>
        <translation>Les clés RSA sont générées avec 2048, 3072 ou 4096 bits, pas %1.</translation>
    </message>
    <message>
        <source>A PEM key cannot be used for %1.</source>
        <translation>Une clé PEM ne peut pas servir pour %1.</translation>
    </message>
    <message>
        <source>This is not an unencrypted private key in PEM form.</source>
        <translation>Ce n’est pas une clé privée non chiffrée au format PEM.</translation>
    </message>
    <message>
        <source>This is a private key; give the public key.</source>
        <translation>C’est une clé privée&#xa0;; donnez la clé publique.</translation>
    </message>
    <message>
        <source>This is not a public key or certificate in PEM form (BEGIN PUBLIC KEY or BEGIN CERTIFICATE).</source>
        <translation>Ce n’est ni une clé publique ni un certificat au format PEM (BEGIN PUBLIC KEY ou BEGIN CERTIFICATE).</translation>
    </message>
    <message>
        <source>The JWK algorithm is not supported.</source>
        <translation>L’algorithme de la JWK n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>The JWK is for %1, not for %2.</source>
        <translation>La JWK est pour %1, pas pour %2.</translation>
    </message>
    <message>
        <source>The JWK has no alg member; say which algorithm it is for.</source>
        <translation>La JWK n’a pas de membre alg&#xa0;; indiquez l’algorithme auquel elle est destinée.</translation>
    </message>
    <message>
        <source>The JWK does not describe a valid key.</source>
        <translation>La JWK ne décrit pas une clé valide.</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>a byte order mark is not allowed</source>
        <translation>une marque d’ordre des octets (BOM) n’est pas autorisée</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>unexpected character in JSON</source>
        <translation>caractère inattendu dans le JSON</translation>
    </message>
    <message>
        <source>the JSON text ends too early</source>
        <translation>le texte JSON se termine trop tôt</translation>
    </message>
    <message>
        <source>unexpected text after the JSON object</source>
        <translation>texte inattendu après l’objet JSON</translation>
    </message>
    <message>
        <source>duplicate member name</source>
        <translation>nom de membre en double</translation>
    </message>
    <message>
        <source>objects and arrays are nested more than %1 deep</source>
        <translation>objets et tableaux imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unescaped control character in a JSON string</source>
        <translation>caractère de contrôle non échappé dans une chaîne JSON</translation>
    </message>
    <message>
        <source>invalid escape sequence in a JSON string</source>
        <translation>séquence d’échappement non valide dans une chaîne JSON</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate in a JSON string</source>
        <translation>substitut UTF-16 non apparié dans une chaîne JSON</translation>
    </message>
    <message>
        <source>invalid JSON number</source>
        <translation>nombre JSON non valide</translation>
    </message>
    <message>
        <source>JSON number out of range</source>
        <translation>nombre JSON hors limites</translation>
    </message>
    <message>
        <source>an object has more than %1 members</source>
        <translation>un objet a plus de %1 membres</translation>
    </message>
    <message>
        <source>a string is longer than %1 bytes</source>
        <translation>une chaîne dépasse %1 octets</translation>
    </message>
    <message>
        <source>the JSON text has more than %1 objects and arrays</source>
        <translation>le texte JSON contient plus de %1 objets et tableaux</translation>
    </message>
    <message>
        <source>the JSON text has more than %1 values</source>
        <translation>le texte JSON contient plus de %1 valeurs</translation>
    </message>
    <message>
        <source>The token is malformed.</source>
        <translation>Le jeton est mal formé.</translation>
    </message>
    <message>
        <source>The token is too large.</source>
        <translation>Le jeton est trop grand.</translation>
    </message>
    <message>
        <source>The token signature is not valid.</source>
        <translation>La signature du jeton n’est pas valide.</translation>
    </message>
    <message>
        <source>The token was signed with a key this server does not know.</source>
        <translation>Le jeton a été signé avec une clé que ce serveur ne connaît pas.</translation>
    </message>
    <message>
        <source>The token algorithm is not allowed for its key.</source>
        <translation>L’algorithme du jeton n’est pas autorisé pour sa clé.</translation>
    </message>
    <message>
        <source>Unsigned tokens (alg none) are never accepted.</source>
        <translation>Les jetons non signés (alg none) ne sont jamais acceptés.</translation>
    </message>
    <message>
        <source>The token requires an extension this server does not support.</source>
        <translation>Le jeton exige une extension que ce serveur ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation>Le jeton a expiré.</translation>
    </message>
    <message>
        <source>The token is not valid yet.</source>
        <translation>Le jeton n’est pas encore valide.</translation>
    </message>
    <message>
        <source>The token claims to be issued in the future.</source>
        <translation>Le jeton prétend avoir été émis dans le futur.</translation>
    </message>
    <message>
        <source>The token was issued by an issuer this server does not accept.</source>
        <translation>Le jeton a été émis par un émetteur que ce serveur n’accepte pas.</translation>
    </message>
    <message>
        <source>The token is meant for a different audience.</source>
        <translation>Le jeton est destiné à une autre audience.</translation>
    </message>
    <message>
        <source>The token lacks a required claim.</source>
        <translation>Il manque au jeton une revendication requise.</translation>
    </message>
    <message>
        <source>A token claim has an invalid value.</source>
        <translation>Une revendication du jeton a une valeur non valide.</translation>
    </message>
    <message>
        <source>The token is not of the required type.</source>
        <translation>Le jeton n’est pas du type requis.</translation>
    </message>
    <message>
        <source>The token has been revoked.</source>
        <translation>Le jeton a été révoqué.</translation>
    </message>
    <message>
        <source>A shared secret can only check HS256, HS384 and HS512 tokens; this token uses %1.</source>
        <translation>Un secret partagé ne peut vérifier que des jetons HS256, HS384 et HS512&#xa0;; ce jeton utilise %1.</translation>
    </message>
    <message>
        <source>The secret is not base64url: character %1: %2.</source>
        <translation>Le secret n’est pas du base64url&#xa0;: caractère %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A public key cannot check an %1 token: using a public key as an HMAC secret is the algorithm confusion attack.</source>
        <translation>Une clé publique ne peut pas vérifier un jeton %1&#xa0;: utiliser une clé publique comme secret HMAC, c’est l’attaque par confusion d’algorithme.</translation>
    </message>
    <message>
        <source>The token names no key (kid) and the JWK Set has %1 keys.</source>
        <translation>Le jeton ne nomme aucune clé (kid) et le jeu de JWK contient %1 clés.</translation>
    </message>
    <message>
        <source>No JWK has the token&apos;s kid.</source>
        <translation>Aucune JWK n’a le kid du jeton.</translation>
    </message>
    <message>
        <source>No key or secret was given.</source>
        <translation>Aucune clé ni aucun secret n’a été donné.</translation>
    </message>
    <message>
        <source>The refresh token is not valid; sign in again.</source>
        <translation>Le jeton d’actualisation n’est pas valide&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>No such session.</source>
        <translation>Cette session n’existe pas.</translation>
    </message>
    <message>
        <source>This refresh token was already used. The session has been ended for safety; sign in again.</source>
        <translation>Ce jeton d’actualisation a déjà été utilisé. La session a été close par sécurité&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Only an administrator can see other users&apos; sessions.</source>
        <translation>Seul un administrateur peut voir les sessions des autres utilisateurs.</translation>
    </message>
    <message>
        <source>No such signing key.</source>
        <translation>Cette clé de signature n’existe pas.</translation>
    </message>
    <message>
        <source>A key with this id exists already.</source>
        <translation>Une clé avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <source>A retired key cannot sign again.</source>
        <translation>Une clé retirée ne peut plus signer.</translation>
    </message>
    <message>
        <source>The active key signs new tokens; make another key active first.</source>
        <translation>La clé active signe les nouveaux jetons&#xa0;; rendez d’abord une autre clé active.</translation>
    </message>
    <message>
        <source>Tokens signed with this key may still be valid until %1 (UTC). Retiring it now would sign their holders out.</source>
        <translation>Des jetons signés avec cette clé peuvent rester valides jusqu’au %1 (UTC). La retirer maintenant déconnecterait leurs détenteurs.</translation>
    </message>
    <message>
        <source>The token was revoked (signed out).</source>
        <translation>Le jeton a été révoqué (déconnexion).</translation>
    </message>
    <message>
        <source>The token&apos;s session was ended.</source>
        <translation>La session du jeton a été close.</translation>
    </message>
    <message>
        <source>The token was issued before the user&apos;s tokens were revoked (password, role or status change).</source>
        <translation>Le jeton a été émis avant la révocation des jetons de l’utilisateur (changement de mot de passe, de rôle ou d’état).</translation>
    </message>
    <message>
        <source>The token&apos;s user no longer exists.</source>
        <translation>L’utilisateur du jeton n’existe plus.</translation>
    </message>
    <message>
        <source>This is a refresh token, not an access token; exchange it at /api/v1/auth/refresh.</source>
        <translation>C’est un jeton d’actualisation, pas un jeton d’accès&#xa0;; échangez-le sur /api/v1/auth/refresh.</translation>
    </message>
    <message>
        <source>The role claim is not valid.</source>
        <translation>La revendication role n’est pas valide.</translation>
    </message>
    <message>
        <source>From 1 second to 24 hours.</source>
        <translation>De 1 seconde à 24 heures.</translation>
    </message>
    <message>
        <source>The claim %1 is set by Bookwarden; remove it from the extra claims.</source>
        <translation>La revendication %1 est fixée par Bookwarden&#xa0;; retirez-la des revendications supplémentaires.</translation>
    </message>
    <message>
        <source>Enter an issuer.</source>
        <translation>Indiquez un émetteur.</translation>
    </message>
    <message>
        <source>Enter an audience.</source>
        <translation>Indiquez une audience.</translation>
    </message>
    <message>
        <source>From 1 minute to 24 hours.</source>
        <translation>De 1 minute à 24 heures.</translation>
    </message>
    <message>
        <source>From 1 hour to 365 days.</source>
        <translation>De 1 heure à 365 jours.</translation>
    </message>
    <message>
        <source>From 0 to 300 seconds.</source>
        <translation>De 0 à 300 secondes.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in %1 s.</source>
        <translation>Trop de connexions échouées. Réessayez dans %1&#xa0;s.</translation>
    </message>
    <message>
        <source>This account is disabled; enable it first.</source>
        <translation>Ce compte est désactivé ; activez-le d’abord.</translation>
    </message>
    <message>
        <source>The server is already running.</source>
        <translation>Le serveur est déjà en marche.</translation>
    </message>
    <message>
        <source>At most 64 worker threads.</source>
        <translation>64 threads de travail au plus.</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and a key file.</source>
        <translation>HTTPS demande à la fois un certificat et un fichier de clé.</translation>
    </message>
    <message>
        <source>Cannot start the HTTP server: %1.</source>
        <translation>Impossible de démarrer le serveur HTTP : %1.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2.</source>
        <translation>Le port %1 est déjà utilisé sur %2.</translation>
    </message>
    <message>
        <source>%2 is not an address of this machine (port %1).</source>
        <translation>%2 n’est pas une adresse de cette machine (port %1).</translation>
    </message>
    <message>
        <source>Not allowed to listen on port %1 of %2: ports below 1024 need privileges.</source>
        <translation>Écoute interdite sur le port %1 de %2 : les ports inférieurs à 1024 demandent des privilèges.</translation>
    </message>
    <message>
        <source>Cannot listen on port %1 of %2: %3.</source>
        <translation>Impossible d’écouter sur le port %1 de %2 : %3.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>Impossible d’écrire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Cannot create the directory &apos;%1&apos;.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no OpenSSL backend.</source>
        <translation>TLS n’est pas disponible : Qt n’a trouvé aucun moteur OpenSSL.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no PEM certificate.</source>
        <translation>« %1 » ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no unencrypted PEM private key.</source>
        <translation>« %1 » ne contient aucune clé privée PEM non chiffrée.</translation>
    </message>
    <message>
        <source>The private key in &apos;%1&apos; does not belong to the certificate in &apos;%2&apos;.</source>
        <translation>La clé privée de « %1 » ne correspond pas au certificat de « %2 ».</translation>
    </message>
    <message>
        <source>The key in &apos;%1&apos; is neither RSA nor EC.</source>
        <translation>La clé de « %1 » n’est ni RSA ni EC.</translation>
    </message>
    <message>
        <source>Qt cannot use the private key in &apos;%1&apos;.</source>
        <translation>Qt ne peut pas utiliser la clé privée de « %1 ».</translation>
    </message>
    <message>
        <source>The search text cannot contain control characters.</source>
        <translation>Le texte recherché ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou %1.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Bookwarden program (the desktop app or bookwarden-server). Stop that one first, or give this one another data directory.</source>
        <translation>La base de données %1 est déjà ouverte dans un autre programme Bookwarden (l’application de bureau ou bookwarden-server). Arrêtez d’abord celui-là, ou donnez à celui-ci un autre répertoire de données.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1.</source>
        <translation>Impossible de verrouiller la base de données %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds bookwarden-cert.pem or bookwarden-key.pem; they were left as they are.</source>
        <translation>« %1 » contient déjà bookwarden-cert.pem ou bookwarden-key.pem ; ils ont été laissés tels quels.</translation>
    </message>
    <message>
        <source>The limit must be from 1 to 1000.</source>
        <translation>La limite doit être comprise entre 1 et 1000.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Impossible de se connecter à la base PostgreSQL %1 : %2</translation>
    </message>
    <message>
        <source>A database URL looks like sqlite:///path/to/bookwarden.db or postgresql://user@host:5432/database.</source>
        <translation>Une URL de base de données ressemble à sqlite:///chemin/vers/bookwarden.db ou postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <source>Unknown database scheme; a database URL looks like sqlite:///path/to/bookwarden.db or postgresql://user@host:5432/database.</source>
        <translation>Schéma de base de données inconnu ; une URL de base de données ressemble à sqlite:///chemin/vers/bookwarden.db ou postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL names a host and a database: postgresql://user@host:5432/database.</source>
        <translation>Une URL PostgreSQL indique un hôte et une base : postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL names the user to connect as: postgresql://user@host:5432/database.</source>
        <translation>Une URL PostgreSQL indique l’utilisateur de la connexion : postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <source>The PostgreSQL port is not valid.</source>
        <translation>Le port PostgreSQL n’est pas valide.</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option %1 in the database URL.</source>
        <translation>Option PostgreSQL inconnue %1 dans l’URL de la base.</translation>
    </message>
    <message>
        <source>sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>sslmode doit valoir disable, allow, prefer, require, verify-ca ou verify-full.</translation>
    </message>
    <message>
        <source>The PostgreSQL option %1 has no usable value.</source>
        <translation>L’option PostgreSQL %1 n’a pas de valeur utilisable.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now; try again shortly.</source>
        <translation>La base de données est injoignable pour le moment ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Copying the table %1 failed; nothing was copied (%2).</source>
        <translation>La copie de la table %1 a échoué ; rien n’a été copié (%2).</translation>
    </message>
    <message>
        <source>The source and the target are the same database (%1).</source>
        <translation>La source et la cible sont la même base de données (%1).</translation>
    </message>
    <message>
        <source>The source database file %1 does not exist.</source>
        <translation>Le fichier de base source %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the source database %1: %2</source>
        <translation>Impossible d’ouvrir la base source %1 : %2</translation>
    </message>
    <message>
        <source>The target database %1 is at schema version %2, the source at %3; both must be at the same version.</source>
        <translation>La base cible %1 est à la version de schéma %2, la source à la %3 ; les deux doivent être à la même version.</translation>
    </message>
    <message>
        <source>Cannot open the target database %1: %2</source>
        <translation>Impossible d’ouvrir la base cible %1 : %2</translation>
    </message>
    <message>
        <source>The source %1 is not a Bookwarden database.</source>
        <translation>La source %1 n’est pas une base Bookwarden.</translation>
    </message>
    <message>
        <source>The source database %1 is at schema version %2; this version of Bookwarden copies version %3. Start this version of Bookwarden (bookwarden-server or the desktop app) on it once to upgrade it, then copy it.</source>
        <translation>La base source %1 est à la version de schéma %2 ; cette version de Bookwarden copie la version %3. Démarrez une fois cette version de Bookwarden (bookwarden-server ou l’application de bureau) dessus pour la mettre à jour, puis copiez-la.</translation>
    </message>
    <message>
        <source>The copy of the table %1 holds %2 rows, the source %3; nothing was copied.</source>
        <translation>La copie de la table %1 contient %2 lignes, la source %3 ; rien n’a été copié.</translation>
    </message>
    <message>
        <source>The copy counts %1 books in all, the source %2; nothing was copied.</source>
        <translation>La copie compte %1 livres en tout, la source %2 ; rien n’a été copié.</translation>
    </message>
    <message>
        <source>The target database %1 is not empty (the table %2 holds rows); copy only into a new, empty database.</source>
        <translation>La base cible %1 n’est pas vide (la table %2 contient des lignes) ; copiez uniquement dans une base neuve et vide.</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>Check Your Input</source>
        <translation>Vérifiez votre saisie</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Not Allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Not Possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <source>Changed Meanwhile</source>
        <translation>Modifié entre-temps</translation>
    </message>
    <message>
        <source>Not Signed In</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Too Many Attempts</source>
        <translation>Trop de tentatives</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Database Error</source>
        <translation>Erreur de base de données</translation>
    </message>
    <message>
        <source>Internal Error</source>
        <translation>Erreur interne</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookwarden Cannot Start</source>
        <translation>Bookwarden ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Bookwarden could not open its database:
%1</source>
        <translation>Bookwarden n&apos;a pas pu ouvrir sa base de données&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Choose another database with --database or --data-dir, or move the file away to start with an empty one.</source>
        <translation>Choisissez une autre base de données avec --database ou --data-dir, ou déplacez le fichier pour repartir avec une base vide.</translation>
    </message>
</context>
<context>
    <name>GenerateKeyDialog</name>
    <message>
        <source>Generate Signing Key</source>
        <translation>Générer une clé de signature</translation>
    </message>
    <message>
        <source>A new key from the operating system&apos;s random number generator. Its secret or private half stays in Bookwarden&apos;s database and is never shown.</source>
        <translation>Une nouvelle clé issue du générateur aléatoire du système d’exploitation. Sa partie secrète ou privée reste dans la base de données de Bookwarden et n’est jamais affichée.</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key size:</source>
        <translation>&amp;Taille de clé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>%1 bits (slower to generate)</source>
        <translation>%1 bits (plus lent à générer)</translation>
    </message>
    <message>
        <source>&amp;Make it the active key</source>
        <translation>En faire la clé &amp;active</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation>Génération de la clé…</translation>
    </message>
    <message>
        <source>A shared secret: only this server can check the tokens. It is not published in the JWKS.</source>
        <translation>Un secret partagé&#xa0;: seul ce serveur peut vérifier les jetons. Il n’est pas publié dans le JWKS.</translation>
    </message>
    <message>
        <source>Published in the JWKS, so that clients can check tokens themselves. Understood by every JWT library; generating an RSA key takes a few seconds.</source>
        <translation>Publiée dans le JWKS, pour que les clients puissent vérifier eux-mêmes les jetons. Comprise par toutes les bibliothèques JWT&#xa0;; générer une clé RSA prend quelques secondes.</translation>
    </message>
    <message>
        <source>Published in the JWKS. Fast with small signatures, but not every JWT library supports it.</source>
        <translation>Publiée dans le JWKS. Rapide, avec de petites signatures, mais toutes les bibliothèques JWT ne la prennent pas en charge.</translation>
    </message>
    <message>
        <source>Published in the JWKS, so that clients can check tokens themselves. Small keys and signatures, widely supported.</source>
        <translation>Publiée dans le JWKS, pour que les clients puissent vérifier eux-mêmes les jetons. Clés et signatures petites, largement prises en charge.</translation>
    </message>
    <message>
        <source>Only RSA keys have a choice of size.</source>
        <translation>Seules les clés RSA ont un choix de taille.</translation>
    </message>
    <message>
        <source>The new key signs every token from now on. The current active key becomes passive: it keeps verifying the tokens it signed until they have expired.</source>
        <translation>La nouvelle clé signe désormais tous les jetons. La clé active actuelle devient passive&#xa0;: elle continue de vérifier les jetons qu’elle a signés jusqu’à leur expiration.</translation>
    </message>
    <message>
        <source>The new key waits as a passive key until you make it active; the current key keeps signing.</source>
        <translation>La nouvelle clé attend, passive, que vous la rendiez active&#xa0;; la clé actuelle continue de signer.</translation>
    </message>
</context>
<context>
    <name>GeneratedPasswordDialog</name>
    <message>
        <source>Welcome to Bookwarden</source>
        <translation>Bienvenue dans Bookwarden</translation>
    </message>
    <message>
        <source>Your administrator account is ready</source>
        <translation>Votre compte administrateur est prêt</translation>
    </message>
    <message>
        <source>This is the first start, so Bookwarden created the administrator account “%1” with the password below. Use it to sign in to the REST API as an administrator; at this desk you need no password.</source>
        <translation>C&apos;est le premier démarrage&#xa0;: Bookwarden a donc créé le compte administrateur «&#xa0;%1&#xa0;» avec le mot de passe ci-dessous. Utilisez-le pour vous connecter à l&apos;API REST en tant qu&apos;administrateur&#xa0;; sur ce poste, aucun mot de passe n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password for “%1”</source>
        <translation>Nouveau mot de passe pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Give this password to %1 over a safe channel. Their previous password no longer works, and they were signed out everywhere.</source>
        <translation>Transmettez ce mot de passe à %1 par un canal sûr. L&apos;ancien mot de passe ne fonctionne plus, et %1 a été déconnecté partout.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message numerus="yes">
        <source>Copy the password to the clipboard (it is cleared again after %n second(s))</source>
        <translation>
            <numerusform>Copier le mot de passe dans le presse-papiers (il est vidé au bout de %n seconde)</numerusform>
            <numerusform>Copier le mot de passe dans le presse-papiers (il est vidé au bout de %n secondes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared again in %n second(s).</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is shown only this once. Store it now, for example in a password manager: Bookwarden keeps only a hash of it and cannot show it again.</source>
        <translation>Ce mot de passe n&apos;est affiché qu&apos;une seule fois. Conservez-le maintenant, par exemple dans un gestionnaire de mots de passe&#xa0;: Bookwarden n&apos;en garde qu&apos;une empreinte et ne peut pas l&apos;afficher à nouveau.</translation>
    </message>
    <message>
        <source>I Have Stored It</source>
        <translation>Je l&apos;ai conservé</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <source>Import Private Key</source>
        <translation>Importer une clé privée</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key)</source>
        <translation>Clés PEM (*.pem *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A private key in PEM form (PKCS #8, or a traditional RSA or EC key), not encrypted. Bookwarden keeps a copy in its database; the file itself is not changed.</source>
        <translation>Une clé privée au format PEM (PKCS #8, ou une clé RSA ou EC traditionnelle), non chiffrée. Bookwarden en garde une copie dans sa base de données&#xa0;; le fichier lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>Path of a .pem or .key file</source>
        <translation>Chemin d’un fichier .pem ou .key</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The algorithm the key is meant for: an RSA key for RS256 signs RS256 only.</source>
        <translation>L’algorithme auquel la clé est destinée&#xa0;: une clé RSA pour RS256 ne signe que du RS256.</translation>
    </message>
    <message>
        <source>&amp;Make it the active key</source>
        <translation>En faire la clé &amp;active</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>Enregistrement de la clé…</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>The active key cannot be retired: make another key active first.</source>
        <translation>La clé active ne peut pas être retirée&#xa0;: rendez d’abord une autre clé active.</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Status Since</source>
        <translation>État depuis</translation>
    </message>
    <message>
        <source>Can Be Retired</source>
        <translation>Retirable à partir de</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Signs every new access token.</source>
        <translation>Signe chaque nouveau jeton d’accès.</translation>
    </message>
    <message>
        <source>Signs nothing new, but still verifies the tokens it signed until they have expired.</source>
        <translation>Ne signe plus rien, mais vérifie encore les jetons qu’elle a signés jusqu’à leur expiration.</translation>
    </message>
    <message>
        <source>Verifies nothing any more; kept only for the record.</source>
        <translation>Ne vérifie plus rien&#xa0;; conservée uniquement pour mémoire.</translation>
    </message>
    <message>
        <source>HMAC with SHA-256 (a shared secret)</source>
        <translation>HMAC avec SHA-256 (un secret partagé)</translation>
    </message>
    <message>
        <source>HMAC with SHA-384 (a shared secret)</source>
        <translation>HMAC avec SHA-384 (un secret partagé)</translation>
    </message>
    <message>
        <source>HMAC with SHA-512 (a shared secret)</source>
        <translation>HMAC avec SHA-512 (un secret partagé)</translation>
    </message>
    <message>
        <source>RSA PKCS #1 v1.5 with SHA-256</source>
        <translation>RSA PKCS #1 v1.5 avec SHA-256</translation>
    </message>
    <message>
        <source>RSA PKCS #1 v1.5 with SHA-384</source>
        <translation>RSA PKCS #1 v1.5 avec SHA-384</translation>
    </message>
    <message>
        <source>RSA PKCS #1 v1.5 with SHA-512</source>
        <translation>RSA PKCS #1 v1.5 avec SHA-512</translation>
    </message>
    <message>
        <source>RSA-PSS with SHA-256</source>
        <translation>RSA-PSS avec SHA-256</translation>
    </message>
    <message>
        <source>ECDSA with P-256 and SHA-256</source>
        <translation>ECDSA avec P-256 et SHA-256</translation>
    </message>
    <message>
        <source>ECDSA with P-384 and SHA-384</source>
        <translation>ECDSA avec P-384 et SHA-384</translation>
    </message>
    <message>
        <source>Ed25519 (EdDSA)</source>
        <translation>Ed25519 (EdDSA)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %n signing key(s).</source>
        <translation>
            <numerusform>%n clé de signature rechargée.</numerusform>
            <numerusform>%n clés de signature rechargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated the %1 key %2; it signs new tokens now.</source>
        <translation>Clé %1 %2 générée&#xa0;; elle signe désormais les nouveaux jetons.</translation>
    </message>
    <message>
        <source>Generated the %1 key %2 as a passive key.</source>
        <translation>Clé %1 %2 générée comme clé passive.</translation>
    </message>
    <message>
        <source>Imported the %1 key %2.</source>
        <translation>Clé %1 %2 importée.</translation>
    </message>
    <message>
        <source>Make Key Active</source>
        <translation>Rendre la clé active</translation>
    </message>
    <message>
        <source>Make the key %1 active?</source>
        <translation>Rendre la clé %1 active&#xa0;?</translation>
    </message>
    <message>
        <source>It signs every new access token from now on. The key that signs now becomes passive: it keeps verifying the tokens it signed until they have expired, so nobody is signed out.</source>
        <translation>Elle signera désormais chaque nouveau jeton d’accès. La clé qui signe actuellement devient passive&#xa0;: elle continue de vérifier les jetons qu’elle a signés jusqu’à leur expiration, si bien que personne n’est déconnecté.</translation>
    </message>
    <message>
        <source>&amp;Make Active</source>
        <translation>Rendre &amp;active</translation>
    </message>
    <message>
        <source>Could not make the key %1 active.</source>
        <translation>Impossible de rendre la clé %1 active.</translation>
    </message>
    <message>
        <source>The key %1 signs new tokens now.</source>
        <translation>La clé %1 signe désormais les nouveaux jetons.</translation>
    </message>
    <message>
        <source>Retire Key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <source>Retire the key %1?</source>
        <translation>Retirer la clé %1&#xa0;?</translation>
    </message>
    <message>
        <source>A retired key verifies no token any more. This cannot be undone.</source>
        <translation>Une clé retirée ne vérifie plus aucun jeton. C’est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Retire Key</source>
        <translation>&amp;Retirer la clé</translation>
    </message>
    <message>
        <source>Could not retire the key %1.</source>
        <translation>Impossible de retirer la clé %1.</translation>
    </message>
    <message>
        <source>Retired the key %1 at once; the tokens it signed no longer work.</source>
        <translation>Clé %1 retirée immédiatement&#xa0;; les jetons qu’elle a signés ne fonctionnent plus.</translation>
    </message>
    <message>
        <source>Retired the key %1.</source>
        <translation>Clé %1 retirée.</translation>
    </message>
    <message>
        <source>Key Still in Use</source>
        <translation>Clé encore utilisée</translation>
    </message>
    <message>
        <source>The key %1 may still be needed.</source>
        <translation>La clé %1 est peut-être encore nécessaire.</translation>
    </message>
    <message>
        <source>That is %1 on this computer&apos;s clock.</source>
        <translation>Soit %1 à l’horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>Retire it now anyway only if it was compromised: every token signed with it stops working at once, and their holders have to sign in again.</source>
        <translation>Ne la retirez quand même maintenant que si elle a été compromise&#xa0;: tous les jetons signés avec elle cessent aussitôt de fonctionner et leurs détenteurs doivent se reconnecter.</translation>
    </message>
    <message>
        <source>Retire &amp;Now Anyway</source>
        <translation>Retirer &amp;maintenant quand même</translation>
    </message>
    <message>
        <source>&amp;Keep the Key</source>
        <translation>&amp;Garder la clé</translation>
    </message>
    <message>
        <source>Export Public Keys (JWKS)</source>
        <translation>Exporter les clés publiques (JWKS)</translation>
    </message>
    <message>
        <source>JSON Web Key Sets (*.json)</source>
        <translation>Jeux de clés JSON Web (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Saved the public keys to “%1”.</source>
        <translation>Clés publiques enregistrées dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Copied the public keys (JWKS).</source>
        <translation>Clés publiques (JWKS) copiées.</translation>
    </message>
    <message>
        <source>The key set is empty: HMAC keys are secrets and never published. Generate an RS, PS, ES or EdDSA key for clients that check tokens themselves.</source>
        <translation>Le jeu de clés est vide&#xa0;: les clés HMAC sont secrètes et jamais publiées. Générez une clé RS, PS, ES ou EdDSA pour les clients qui vérifient eux-mêmes les jetons.</translation>
    </message>
    <message>
        <source>The active key signs new access tokens. When another key takes over, the old one turns passive and still verifies the tokens it signed; once they have all expired, it can be retired.</source>
        <translation>La clé active signe les nouveaux jetons d’accès. Quand une autre clé prend le relais, l’ancienne devient passive et vérifie encore les jetons qu’elle a signés&#xa0;; une fois ceux-ci tous expirés, elle peut être retirée.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>Key details</source>
        <translation>Détails de la clé</translation>
    </message>
    <message>
        <source>&amp;Generate Key...</source>
        <translation>&amp;Générer une clé...</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Generate a new signing key (Ctrl+N)</source>
        <translation>Générer une nouvelle clé de signature (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import Key...</source>
        <translation>&amp;Importer une clé...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import a private key from a PEM file (Ctrl+O)</source>
        <translation>Importer une clé privée depuis un fichier PEM (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Make Active...</source>
        <translation>Rendre &amp;active...</translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation>Rendre active</translation>
    </message>
    <message>
        <source>&amp;Retire Key...</source>
        <translation>&amp;Retirer la clé...</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Export Public Keys (JWKS)...</source>
        <translation>E&amp;xporter les clés publiques (JWKS)...</translation>
    </message>
    <message>
        <source>Export JWKS</source>
        <translation>Exporter le JWKS</translation>
    </message>
    <message>
        <source>Save the public keys as a JSON Web Key Set, for clients that check tokens themselves (Ctrl+S)</source>
        <translation>Enregistrer les clés publiques comme jeu de clés JSON Web, pour les clients qui vérifient eux-mêmes les jetons (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Copy Public Keys (JWKS)</source>
        <translation>&amp;Copier les clés publiques (JWKS)</translation>
    </message>
    <message>
        <source>Copy JWKS</source>
        <translation>Copier le JWKS</translation>
    </message>
    <message>
        <source>Copy the JSON Web Key Set of the public keys</source>
        <translation>Copier le jeu de clés JSON Web des clés publiques</translation>
    </message>
    <message>
        <source>Make the selected key sign new tokens</source>
        <translation>Faire signer les nouveaux jetons par la clé sélectionnée</translation>
    </message>
    <message>
        <source>Stop the selected passive key from verifying tokens</source>
        <translation>Empêcher la clé passive sélectionnée de vérifier des jetons</translation>
    </message>
    <message>
        <source>This key is already active.</source>
        <translation>Cette clé est déjà active.</translation>
    </message>
    <message>
        <source>The active key cannot be retired: make another key active first.</source>
        <translation>La clé active ne peut pas être retirée&#xa0;: rendez d’abord une autre clé active.</translation>
    </message>
    <message>
        <source>A retired key cannot sign again.</source>
        <translation>Une clé retirée ne peut plus signer.</translation>
    </message>
    <message>
        <source>This key is retired already.</source>
        <translation>Cette clé est déjà retirée.</translation>
    </message>
    <message>
        <source>Make %1 sign new tokens; the active key becomes passive</source>
        <translation>Faire signer les nouveaux jetons par %1&#xa0;; la clé active devient passive</translation>
    </message>
    <message>
        <source>Retire %1: no token it signed is still valid</source>
        <translation>Retirer %1&#xa0;: aucun jeton qu’elle a signé n’est encore valide</translation>
    </message>
    <message>
        <source>Tokens signed with %1 may still be valid until %2</source>
        <translation>Des jetons signés avec %1 peuvent rester valides jusqu’au %2</translation>
    </message>
    <message>
        <source>Select a key to see its public details.</source>
        <translation>Sélectionnez une clé pour voir ses détails publics.</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n bit</numerusform>
            <numerusform>%n bits</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>État depuis</translation>
    </message>
    <message>
        <source>Can be retired</source>
        <translation>Retirable</translation>
    </message>
    <message>
        <source>now: every token it signed has expired</source>
        <translation>maintenant&#xa0;: tous les jetons qu’elle a signés ont expiré</translation>
    </message>
    <message>
        <source>from %1, when the last token it may have signed has expired</source>
        <translation>à partir du %1, quand le dernier jeton qu’elle a pu signer aura expiré</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Kept in Bookwarden&apos;s database and never shown. An HMAC secret is not published: only this server can check the tokens it signs.</source>
        <translation>Conservé dans la base de données de Bookwarden et jamais affiché. Un secret HMAC n’est pas publié&#xa0;: seul ce serveur peut vérifier les jetons qu’il signe.</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>No: retired keys are left out of the JWKS.</source>
        <translation>Non&#xa0;: les clés retirées sont exclues du JWKS.</translation>
    </message>
    <message>
        <source>Yes: its public half is in the JWKS. The private half is never shown.</source>
        <translation>Oui&#xa0;: sa moitié publique figure dans le JWKS. La moitié privée n’est jamais affichée.</translation>
    </message>
    <message>
        <source>Public key (JWK)</source>
        <translation>Clé publique (JWK)</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), %1 of them in use</source>
        <translation>
            <numerusform>%n clé, dont %1 en service</numerusform>
            <numerusform>%n clés, dont %1 en service</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalFile</name>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than %2: that is not a key or token.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2&#xa0;: ce n’est ni une clé ni un jeton.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Bookwarden</source>
        <translation>À propos de Bookwarden</translation>
    </message>
    <message>
        <source>Bookwarden %1</source>
        <translation>Bookwarden %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Read the current tab again from the database (F5)</source>
        <translation>Relire l&apos;onglet actuel dans la base de données (F5)</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Afficher la &amp;barre d&apos;outils</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Bookwarden</source>
        <translation>À &amp;propos de Bookwarden</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Every change is written to this SQLite database.</source>
        <translation>Chaque modification est écrite dans cette base de données SQLite.</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>Manages the accounts, books, sessions and signing keys of Bookwarden&apos;s REST server, explains its tokens and keeps watch over its security log.</source>
        <translation>Gère les comptes, les livres, les sessions et les clés de signature du serveur REST de Bookwarden, explique ses jetons et surveille son journal de sécurité.</translation>
    </message>
    <message>
        <source>The Server Is Running</source>
        <translation>Le serveur est en marche</translation>
    </message>
    <message>
        <source>The REST server is still answering at %1.</source>
        <translation>Le serveur REST répond encore à %1.</translation>
    </message>
    <message>
        <source>Stop it and quit, or close the window and keep serving from the system tray?</source>
        <translation>L’arrêter et quitter, ou fermer la fenêtre et continuer à servir depuis la zone de notification ?</translation>
    </message>
    <message>
        <source>Quitting stops it: clients will no longer reach it.</source>
        <translation>Quitter l’arrête : les clients ne pourront plus le joindre.</translation>
    </message>
    <message>
        <source>Stop Server and &amp;Quit</source>
        <translation>Arrêter le serveur et &amp;quitter</translation>
    </message>
    <message>
        <source>Keep Serving in the &amp;Tray</source>
        <translation>Continuer dans la zone de &amp;notification</translation>
    </message>
    <message>
        <source>&amp;Show Bookwarden</source>
        <translation>&amp;Afficher Bookwarden</translation>
    </message>
    <message>
        <source>Bookwarden is serving at %1</source>
        <translation>Bookwarden sert à %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req./s</translation>
    </message>
    <message>
        <source>Server: stopped</source>
        <translation>Serveur : arrêté</translation>
    </message>
    <message>
        <source>The embedded REST server (Server tab)</source>
        <translation>Le serveur REST intégré (onglet Serveur)</translation>
    </message>
    <message>
        <source>Requests answered per second</source>
        <translation>Requêtes traitées par seconde</translation>
    </message>
    <message>
        <source>Start the REST Server?</source>
        <translation>Démarrer le serveur REST ?</translation>
    </message>
    <message>
        <source>Bookwarden can now answer REST clients, such as apps written against the Flask JWT tutorials, on this computer.</source>
        <translation>Bookwarden peut maintenant répondre aux clients REST de cet ordinateur, par exemple les applications écrites d’après les tutoriels Flask JWT.</translation>
    </message>
    <message>
        <source>You can start, stop and share it on the LAN from the Server tab at any time.</source>
        <translation>Vous pouvez à tout moment le démarrer, l’arrêter et le partager sur le réseau local depuis l’onglet Serveur.</translation>
    </message>
    <message>
        <source>&amp;Start the Server</source>
        <translation>&amp;Démarrer le serveur</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Every change is written to this PostgreSQL database.</source>
        <translation>Chaque modification est écrite dans cette base PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>&amp;Ouvrir une base de données...</translation>
    </message>
    <message>
        <source>Work on another database: an SQLite file or a PostgreSQL server</source>
        <translation>Travailler sur une autre base de données : un fichier SQLite ou un serveur PostgreSQL</translation>
    </message>
</context>
<context>
    <name>MintTokenDialog</name>
    <message>
        <source>There is no enabled account to mint a token for.</source>
        <translation>Il n’y a aucun compte activé pour lequel émettre un jeton.</translation>
    </message>
    <message>
        <source>Mint Test Token</source>
        <translation>Émettre un jeton de test</translation>
    </message>
    <message>
        <source>An access token for testing a client, signed with the active key like any other and recorded in the security log. Anyone who holds it acts as the chosen account until it expires.</source>
        <translation>Un jeton d’accès pour tester un client, signé avec la clé active comme les autres et consigné dans le journal de sécurité. Quiconque le détient agit au nom du compte choisi jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valable&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xtra claims:</source>
        <translation>Revendications &amp;supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>At most 24 hours</source>
        <translation>24 heures au plus</translation>
    </message>
    <message>
        <source>A JSON object of claims to add, or nothing. The claims Bookwarden sets itself (iss, sub, exp and the like) cannot be overridden.</source>
        <translation>Un objet JSON de revendications à ajouter, ou rien. Les revendications que Bookwarden fixe lui-même (iss, sub, exp, etc.) ne peuvent pas être remplacées.</translation>
    </message>
    <message>
        <source>&amp;Mint Token</source>
        <translation>&amp;Émettre le jeton</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Choose the account the token is for.</source>
        <translation>Choisissez le compte auquel le jeton est destiné.</translation>
    </message>
    <message>
        <source>Type a name to search</source>
        <translation>Saisissez un nom pour chercher</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Choose the database file, or type a new file&apos;s path.</source>
        <translation>Choisissez le fichier de la base de données, ou saisissez le chemin d’un nouveau fichier.</translation>
    </message>
    <message>
        <source>Describe the PostgreSQL server.</source>
        <translation>Décrivez le serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Saisissez le nom d’hôte ou l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Enter the user to connect as.</source>
        <translation>Saisissez l’utilisateur sous lequel se connecter.</translation>
    </message>
    <message>
        <source>Paste a database URL.</source>
        <translation>Collez l’URL d’une base de données.</translation>
    </message>
    <message>
        <source>The server asks for a password.</source>
        <translation>Le serveur demande un mot de passe.</translation>
    </message>
    <message>
        <source>The server refused this password.</source>
        <translation>Le serveur a refusé ce mot de passe.</translation>
    </message>
    <message>
        <source>Choose the Database File</source>
        <translation>Choisir le fichier de la base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Bookwarden works on one database at a time: an SQLite file on this computer, or a PostgreSQL database that several Bookwarden servers can share.</source>
        <translation>Bookwarden travaille sur une base de données à la fois : un fichier SQLite sur cet ordinateur, ou une base PostgreSQL que plusieurs serveurs Bookwarden peuvent partager.</translation>
    </message>
    <message>
        <source>S&amp;QLite file</source>
        <translation>Fichier S&amp;QLite</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>Serveur &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>U&amp;RL</source>
        <translation>U&amp;RL</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Parcour&amp;ir...</translation>
    </message>
    <message>
        <source>/path/to/bookwarden.db</source>
        <translation>/chemin/vers/bookwarden.db</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL :</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Par défaut (prefer)</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name: choose it for a server reached over a network you do not control.</source>
        <translation>verify-full vérifie le certificat et le nom du serveur : choisissez-le pour un serveur joint par un réseau que vous ne contrôlez pas.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database?sslmode=verify-full</source>
        <translation>postgresql://utilisateur@hote:5432/base?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Used for this connection only and never saved. Leave it empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation>Utilisé pour cette connexion seulement et jamais enregistré. Laissez-le vide pour utiliser PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>Por&amp;t :</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Why: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked with: %1</source>
        <translation>Vérifié avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paste, drop or type a token to inspect it.</source>
        <translation>Collez, déposez ou saisissez un jeton pour l’inspecter.</translation>
    </message>
    <message>
        <source>It is decoded and checked on this computer; nothing is sent anywhere.</source>
        <translation>Il est décodé et vérifié sur cet ordinateur&#xa0;; rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Or choose “Inspect Latest Token” for the token Bookwarden issued most recently.</source>
        <translation>Ou choisissez «&#xa0;Inspecter le dernier jeton&#xa0;» pour le jeton que Bookwarden a émis en dernier.</translation>
    </message>
    <message>
        <source>No access token has been issued since Bookwarden started. When a client signs in, or when you mint a test token, “Inspect Latest Token” shows it.</source>
        <translation>Aucun jeton d’accès n’a été émis depuis le démarrage de Bookwarden. Quand un client se connecte, ou quand vous émettez un jeton de test, «&#xa0;Inspecter le dernier jeton&#xa0;» l’affiche.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JSON object, %n member(s)</source>
        <translation>
            <numerusform>objet JSON, %n membre</numerusform>
            <numerusform>objet JSON, %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>decoded, but not a JSON object</source>
        <translation>décodé, mais pas un objet JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n more part(s)</source>
        <translation>
            <numerusform>%n partie de plus</numerusform>
            <numerusform>%n parties de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>a signed token has exactly three</source>
        <translation>un jeton signé en a exactement trois</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
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
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
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
        <translation>Aucune requête dans la dernière minute</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset Password of “%1”</source>
        <translation>Réinitialiser le mot de passe de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 gets a new password and is signed out everywhere: every token issued to them stops working.</source>
        <translation>%1 reçoit un nouveau mot de passe et est déconnecté partout&#xa0;: tous les jetons qui lui ont été délivrés cessent de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;Generate a strong password (shown once afterwards)</source>
        <translation>&amp;Générer un mot de passe robuste (affiché une fois ensuite)</translation>
    </message>
    <message>
        <source>&amp;Type a password:</source>
        <translation>&amp;Saisir un mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Reset &amp;Password</source>
        <translation>Réinitialiser le mot de &amp;passe</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Définition du nouveau mot de passe…</translation>
    </message>
</context>
<context>
    <name>SecurityEventModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Client Address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>SecurityEventText</name>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Sign-in throttled</source>
        <translation>Connexion freinée</translation>
    </message>
    <message>
        <source>Account registered</source>
        <translation>Compte inscrit</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Utilisateur créé</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle changé</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Utilisateur activé</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>Utilisateur supprimé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Signed out everywhere</source>
        <translation>Déconnecté partout</translation>
    </message>
    <message>
        <source>Session revoked</source>
        <translation>Session révoquée</translation>
    </message>
    <message>
        <source>Refresh token reused</source>
        <translation>Jeton de rafraîchissement réutilisé</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>Clé de signature créée</translation>
    </message>
    <message>
        <source>Signing keys rotated</source>
        <translation>Clés de signature renouvelées</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Clé de signature retirée</translation>
    </message>
    <message>
        <source>Desktop administrator</source>
        <translation>Administrateur du poste</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Premier démarrage</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) deleted with the account</source>
        <translation>
            <numerusform>%n livre supprimé avec le compte</numerusform>
            <numerusform>%n livres supprimés avec le compte</numerusform>
        </translation>
    </message>
    <message>
        <source>Password hash upgraded to the current parameters</source>
        <translation>Empreinte du mot de passe mise à jour vers les paramètres actuels</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>%1 (account id %2)</source>
        <translation>%1 (identifiant de compte %2)</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>Numéro d&apos;événement</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Previous role</source>
        <translation>Rôle précédent</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Books deleted</source>
        <translation>Livres supprimés</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Password hash upgraded</source>
        <translation>Empreinte du mot de passe mise à jour</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Identifiant de clé</translation>
    </message>
    <message>
        <source>Retry after (seconds)</source>
        <translation>Réessayer après (secondes)</translation>
    </message>
    <message>
        <source>No such user</source>
        <translation>Utilisateur inconnu</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>Le compte est désactivé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Test token minted</source>
        <translation>Jeton de test émis</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Retired before its tokens expired</source>
        <translation>Retirée avant l’expiration de ses jetons</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>Extra claims</source>
        <translation>Revendications supplémentaires</translation>
    </message>
    <message>
        <source>Token id (jti)</source>
        <translation>ID du jeton (jti)</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>générée</translation>
    </message>
    <message>
        <source>imported from a PEM file</source>
        <translation>importée d’un fichier PEM</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Folder for the New Certificate and Key</source>
        <translation>Dossier du nouveau certificat et de sa clé</translation>
    </message>
    <message>
        <source>Choose the TLS Certificate</source>
        <translation>Choisir le certificat TLS</translation>
    </message>
    <message>
        <source>Choose the TLS Private Key</source>
        <translation>Choisir la clé privée TLS</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copiée.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rveur</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM) for HTTPS.</source>
        <translation>Choisissez le fichier du certificat (PEM) pour HTTPS.</translation>
    </message>
    <message>
        <source>Choose the private key file (PEM) for HTTPS.</source>
        <translation>Choisissez le fichier de la clé privée (PEM) pour HTTPS.</translation>
    </message>
    <message>
        <source>The server is listening at %1.</source>
        <translation>Le serveur écoute à %1.</translation>
    </message>
    <message>
        <source>The server has stopped.</source>
        <translation>Le serveur est arrêté.</translation>
    </message>
    <message>
        <source>Created a self-signed certificate in %1.</source>
        <translation>Certificat auto-signé créé dans %1.</translation>
    </message>
    <message>
        <source>&amp;Start Server</source>
        <translation>&amp;Démarrer le serveur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start the REST server with the settings shown</source>
        <translation>Démarrer le serveur REST avec les réglages affichés</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>&amp;Arrêter le serveur</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the REST server, letting requests in progress finish</source>
        <translation>Arrêter le serveur REST en laissant finir les requêtes en cours</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Écouter sur :</translation>
    </message>
    <message>
        <source>Local only (127.0.0.1)</source>
        <translation>Local uniquement (127.0.0.1)</translation>
    </message>
    <message>
        <source>Share on the LAN (all interfaces)</source>
        <translation>Partager sur le réseau local (toutes les interfaces)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N’importe quel port libre</translation>
    </message>
    <message>
        <source>HTTP&amp;S:</source>
        <translation>HTTP&amp;S :</translation>
    </message>
    <message>
        <source>Serve HTTPS only (TLS)</source>
        <translation>HTTPS uniquement (TLS)</translation>
    </message>
    <message>
        <source>&amp;Generate Self-Signed...</source>
        <translation>&amp;Générer un auto-signé...</translation>
    </message>
    <message>
        <source>Create a certificate for localhost and this machine&apos;s name, valid without a certificate authority once clients trust it</source>
        <translation>Créer un certificat pour localhost et le nom de cette machine, valable sans autorité de certification dès que les clients lui font confiance</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificat :</translation>
    </message>
    <message>
        <source>PEM certificate file</source>
        <translation>Fichier du certificat (PEM)</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier du certificat</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Clé pri&amp;vée :</translation>
    </message>
    <message>
        <source>PEM private key file, not encrypted</source>
        <translation>Fichier de la clé privée (PEM), non chiffré</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de la clé privée</translation>
    </message>
    <message>
        <source>Start the server when Bookwarden opens</source>
        <translation>Démarrer le serveur à l’ouverture de Bookwarden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Requests per second, last minute (amber: 4xx, red: 5xx)</source>
        <translation>Requêtes par seconde, dernière minute (orange : 4xx, rouge : 5xx)</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Filtrer le journal</translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation>Vider le journal</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Clients on the LAN: %1</source>
        <translation>Clients du réseau local : %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>N’écoute pas</translation>
    </message>
    <message>
        <source>Requests: %1   4xx: %2   5xx: %3   Now: %4 per second</source>
        <translation>Requêtes : %1   4xx : %2   5xx : %3   Actuellement : %4 par seconde</translation>
    </message>
    <message>
        <source>Shared on the LAN without TLS: passwords and tokens cross the network readable by anyone on it.</source>
        <translation>Partagé sur le réseau local sans TLS : mots de passe et jetons y circulent lisibles par tous.</translation>
    </message>
    <message>
        <source>Could not start the server: %1</source>
        <translation>Impossible de démarrer le serveur : %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the Certificate?</source>
        <translation>Remplacer le certificat ?</translation>
    </message>
    <message>
        <source>%1 already holds a certificate and key. Replace them with a new pair? A server that uses the old pair keeps it until it is restarted; clients that trusted it must trust the new one.</source>
        <translation>%1 contient déjà un certificat et une clé. Les remplacer par une nouvelle paire ? Un serveur qui utilise l’ancienne paire la garde jusqu’à son redémarrage ; les clients qui lui faisaient confiance devront faire confiance à la nouvelle.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message numerus="yes">
        <source>Session %1, refreshed %n time(s)</source>
        <translation>
            <numerusform>Session %1, actualisée %n fois</numerusform>
            <numerusform>Session %1, actualisée %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Client Address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>Client Program</source>
        <translation>Programme client</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnectée</translation>
    </message>
    <message>
        <source>Revoked by an administrator</source>
        <translation>Révoquée par un administrateur</translation>
    </message>
    <message>
        <source>Ended: refresh token reused</source>
        <translation>Close&#xa0;: jeton d’actualisation réutilisé</translation>
    </message>
    <message>
        <source>Ended: too many sessions</source>
        <translation>Close&#xa0;: trop de sessions</translation>
    </message>
    <message>
        <source>Ended: signed out everywhere</source>
        <translation>Close&#xa0;: déconnecté partout</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ended (%1)</source>
        <translation>Close (%1)</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Could not read the sessions.</source>
        <translation>Impossible de lire les sessions.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %n session(s).</source>
        <translation>
            <numerusform>%n session rechargée.</numerusform>
            <numerusform>%n sessions rechargées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected.</source>
        <translation>
            <numerusform>%n session sélectionnée.</numerusform>
            <numerusform>%n sessions sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session to see everything known about it.</source>
        <translation>Sélectionnez une session pour voir tout ce que l’on sait d’elle.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>%1 (account id %2)</source>
        <translation>%1 (ID de compte %2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Close le</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message numerus="yes">
        <source>%1, refreshed %n time(s) in all</source>
        <translation>
            <numerusform>%1, actualisée %n fois en tout</numerusform>
            <numerusform>%1, actualisée %n fois en tout</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>%1, unless it is used before: every refresh extends it</source>
        <translation>%1, sauf utilisation d’ici là&#xa0;: chaque actualisation la prolonge</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>Client program</source>
        <translation>Programme client</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <source>%1 (the sid claim of its access tokens)</source>
        <translation>%1 (la revendication sid de ses jetons d’accès)</translation>
    </message>
    <message>
        <source>Revoke Sessions</source>
        <translation>Révoquer des sessions</translation>
    </message>
    <message>
        <source>Revoke this session of “%1”?</source>
        <translation>Révoquer cette session de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Revoke the session of “%1” from %2?</source>
        <translation>Révoquer la session de «&#xa0;%1&#xa0;» depuis %2&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n session(s)?</source>
        <translation>
            <numerusform>Révoquer %n session&#xa0;?</numerusform>
            <numerusform>Révoquer %n sessions&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The client&apos;s refresh token and its access tokens stop working at once; to continue, the user has to sign in again. The account stays as it is.</source>
        <translation>Le jeton d’actualisation du client et ses jetons d’accès cessent aussitôt de fonctionner&#xa0;; pour continuer, l’utilisateur doit se reconnecter. Le compte reste inchangé.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>%1 from %2, signed in %3</source>
        <translation>%1 depuis %2, connecté le %3</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>Révocation de %n session…</numerusform>
            <numerusform>Révocation de %n sessions…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n session(s).</source>
        <translation>
            <numerusform>%n session révoquée.</numerusform>
            <numerusform>%n sessions révoquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be revoked.</source>
        <translation>
            <numerusform>%n session n’a pas pu être révoquée.</numerusform>
            <numerusform>%n sessions n’ont pas pu être révoquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign Out Everywhere</source>
        <translation>Déconnecter partout</translation>
    </message>
    <message>
        <source>Sign “%1” out everywhere?</source>
        <translation>Déconnecter «&#xa0;%1&#xa0;» partout&#xa0;?</translation>
    </message>
    <message>
        <source>Every session of %1 ends and every token issued to them stops working at once, on every device; they have to sign in again. Their password stays the same.</source>
        <translation>Toutes les sessions de %1 sont closes et tous les jetons qui lui ont été émis cessent aussitôt de fonctionner, sur tous les appareils&#xa0;; il faut se reconnecter. Le mot de passe reste le même.</translation>
    </message>
    <message>
        <source>&amp;Sign Out Everywhere</source>
        <translation>Dé&amp;connecter partout</translation>
    </message>
    <message>
        <source>Could not sign “%1” out.</source>
        <translation>Impossible de déconnecter «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Signed “%1” out everywhere.</source>
        <translation>«&#xa0;%1&#xa0;» a été déconnecté partout.</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;tilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Show &amp;ended sessions</source>
        <translation>Afficher les sessions &amp;closes</translation>
    </message>
    <message>
        <source>Also list sessions that were signed out, revoked or ran out, and why</source>
        <translation>Lister aussi les sessions déconnectées, révoquées ou expirées, et pourquoi</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <source>&amp;Revoke Sessions...</source>
        <translation>&amp;Révoquer les sessions...</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>End the selected sessions: their tokens stop working (Del)</source>
        <translation>Clore les sessions sélectionnées&#xa0;: leurs jetons cessent de fonctionner (Suppr)</translation>
    </message>
    <message>
        <source>Sign User &amp;Out Everywhere...</source>
        <translation>Déconnecter l’utilisateur &amp;partout...</translation>
    </message>
    <message>
        <source>Show &amp;Ended Sessions</source>
        <translation>Afficher les sessions &amp;closes</translation>
    </message>
    <message>
        <source>Select the sessions of one user to sign that user out everywhere</source>
        <translation>Sélectionnez les sessions d’un seul utilisateur pour le déconnecter partout</translation>
    </message>
    <message>
        <source>End every session of “%1” and revoke all their tokens</source>
        <translation>Clore toutes les sessions de «&#xa0;%1&#xa0;» et révoquer tous ses jetons</translation>
    </message>
    <message>
        <source>End every session of the selected session&apos;s user</source>
        <translation>Clore toutes les sessions de l’utilisateur de la session sélectionnée</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>No one is signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s), %1 open</source>
        <translation>
            <numerusform>%Ln session, %1 ouverte(s)</numerusform>
            <numerusform>%Ln sessions, %1 ouverte(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open session(s)</source>
        <translation>
            <numerusform>%Ln session ouverte</numerusform>
            <numerusform>%Ln sessions ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Also sets how dates and prices are written. Takes effect at once.</source>
        <translation>Détermine aussi l&apos;écriture des dates et des prix. Prend effet immédiatement.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>&amp;Access tokens valid for:</source>
        <translation>Jetons d’&amp;accès valables&#xa0;:</translation>
    </message>
    <message>
        <source>From 1 minute to 24 hours. Short is safer: a stolen access token works until it expires.</source>
        <translation>De 1 minute à 24 heures. Court est plus sûr&#xa0;: un jeton d’accès volé fonctionne jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>&amp;Refresh sessions last:</source>
        <translation>&amp;Durée des sessions&#xa0;:</translation>
    </message>
    <message>
        <source>How long a signed-in client that stops using its session stays signed in; every refresh starts this time again.</source>
        <translation>Combien de temps un client connecté qui n’utilise plus sa session reste connecté&#xa0;; chaque actualisation relance ce délai.</translation>
    </message>
    <message>
        <source>Clock l&amp;eeway:</source>
        <translation>&amp;Tolérance d’horloge&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>How far the clocks of clients and this computer may differ when expiry times are checked</source>
        <translation>L’écart permis entre les horloges des clients et de cet ordinateur lors de la vérification des expirations</translation>
    </message>
    <message>
        <source>Applies to tokens issued from now on; tokens already issued keep their lifetime.</source>
        <translation>S’applique aux jetons émis désormais&#xa0;; les jetons déjà émis gardent leur durée de vie.</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message numerus="yes">
        <source>Searching starts at %n character(s); press Enter to search for fewer.</source>
        <translation>
            <numerusform>La recherche commence à %n caractère ; appuyez sur Entrée pour chercher moins.</numerusform>
            <numerusform>La recherche commence à %n caractères ; appuyez sur Entrée pour chercher moins.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>Issuer: who created and signed the token.</source>
        <translation>Émetteur&#xa0;: qui a créé et signé le jeton.</translation>
    </message>
    <message>
        <source>Subject: the user or client the token is about.</source>
        <translation>Sujet&#xa0;: l’utilisateur ou le client que concerne le jeton.</translation>
    </message>
    <message>
        <source>Audience: the services the token is meant for; any other service must refuse it.</source>
        <translation>Audience&#xa0;: les services auxquels le jeton est destiné&#xa0;; tout autre service doit le refuser.</translation>
    </message>
    <message>
        <source>Expiration time: the token must not be accepted from this moment on.</source>
        <translation>Expiration&#xa0;: le jeton ne doit plus être accepté à partir de ce moment.</translation>
    </message>
    <message>
        <source>Not before: the token must not be accepted before this moment.</source>
        <translation>Pas avant&#xa0;: le jeton ne doit pas être accepté avant ce moment.</translation>
    </message>
    <message>
        <source>Issued at: when the token was created.</source>
        <translation>Émis le&#xa0;: quand le jeton a été créé.</translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier of this token, used to revoke it and to detect replays.</source>
        <translation>ID du JWT&#xa0;: identifiant unique de ce jeton, pour le révoquer et détecter les rejeux.</translation>
    </message>
    <message>
        <source>Client ID: the application that requested the token.</source>
        <translation>ID client&#xa0;: l’application qui a demandé le jeton.</translation>
    </message>
    <message>
        <source>Scope: the permissions granted, separated by spaces.</source>
        <translation>Portée (scope)&#xa0;: les autorisations accordées, séparées par des espaces.</translation>
    </message>
    <message>
        <source>Authentication time: when the user last signed in actively.</source>
        <translation>Heure d’authentification&#xa0;: quand l’utilisateur s’est connecté activement pour la dernière fois.</translation>
    </message>
    <message>
        <source>Authentication context class: how strongly the user was authenticated.</source>
        <translation>Classe de contexte d’authentification&#xa0;: la force de l’authentification de l’utilisateur.</translation>
    </message>
    <message>
        <source>Authentication methods: how the user signed in (for example pwd, otp, mfa).</source>
        <translation>Méthodes d’authentification&#xa0;: comment l’utilisateur s’est connecté (par exemple pwd, otp, mfa).</translation>
    </message>
    <message>
        <source>Roles of the user.</source>
        <translation>Rôles de l’utilisateur.</translation>
    </message>
    <message>
        <source>Groups the user belongs to.</source>
        <translation>Groupes auxquels appartient l’utilisateur.</translation>
    </message>
    <message>
        <source>Entitlements: individual permissions of the user.</source>
        <translation>Droits&#xa0;: autorisations individuelles de l’utilisateur.</translation>
    </message>
    <message>
        <source>Confirmation: the key the token is bound to; the caller must prove it holds that key.</source>
        <translation>Confirmation&#xa0;: la clé à laquelle le jeton est lié&#xa0;; l’appelant doit prouver qu’il la détient.</translation>
    </message>
    <message>
        <source>Actor: who is acting on behalf of the subject (delegation).</source>
        <translation>Acteur&#xa0;: qui agit au nom du sujet (délégation).</translation>
    </message>
    <message>
        <source>Who may act on behalf of the subject.</source>
        <translation>Qui peut agir au nom du sujet.</translation>
    </message>
    <message>
        <source>Session ID: the sign-in session the token belongs to.</source>
        <translation>ID de session&#xa0;: la session de connexion à laquelle appartient le jeton.</translation>
    </message>
    <message>
        <source>Authorized party: the client the token was issued to.</source>
        <translation>Partie autorisée&#xa0;: le client auquel le jeton a été émis.</translation>
    </message>
    <message>
        <source>Nonce: a value from the sign-in request that ties the token to it and prevents replays.</source>
        <translation>Nonce&#xa0;: une valeur de la demande de connexion qui y lie le jeton et empêche les rejeux.</translation>
    </message>
    <message>
        <source>Access token hash: binds an ID token to an access token.</source>
        <translation>Empreinte du jeton d’accès&#xa0;: lie un jeton d’identité à un jeton d’accès.</translation>
    </message>
    <message>
        <source>Code hash: binds an ID token to an authorization code.</source>
        <translation>Empreinte du code&#xa0;: lie un jeton d’identité à un code d’autorisation.</translation>
    </message>
    <message>
        <source>Full name of the user.</source>
        <translation>Nom complet de l’utilisateur.</translation>
    </message>
    <message>
        <source>Given (first) name of the user.</source>
        <translation>Prénom de l’utilisateur.</translation>
    </message>
    <message>
        <source>Family (last) name of the user.</source>
        <translation>Nom de famille de l’utilisateur.</translation>
    </message>
    <message>
        <source>Middle name of the user.</source>
        <translation>Deuxième prénom de l’utilisateur.</translation>
    </message>
    <message>
        <source>Casual name of the user.</source>
        <translation>Surnom de l’utilisateur.</translation>
    </message>
    <message>
        <source>The name the user prefers to be shown as; not guaranteed to be unique.</source>
        <translation>Le nom sous lequel l’utilisateur préfère apparaître&#xa0;; pas forcément unique.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s profile page.</source>
        <translation>URL de la page de profil de l’utilisateur.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s picture.</source>
        <translation>URL de la photo de l’utilisateur.</translation>
    </message>
    <message>
        <source>URL of the user&apos;s website.</source>
        <translation>URL du site web de l’utilisateur.</translation>
    </message>
    <message>
        <source>E-mail address of the user.</source>
        <translation>Adresse e-mail de l’utilisateur.</translation>
    </message>
    <message>
        <source>Whether the e-mail address was verified.</source>
        <translation>Si l’adresse e-mail a été vérifiée.</translation>
    </message>
    <message>
        <source>Gender of the user.</source>
        <translation>Genre de l’utilisateur.</translation>
    </message>
    <message>
        <source>Birthday of the user.</source>
        <translation>Date de naissance de l’utilisateur.</translation>
    </message>
    <message>
        <source>Time zone of the user.</source>
        <translation>Fuseau horaire de l’utilisateur.</translation>
    </message>
    <message>
        <source>Language and region of the user.</source>
        <translation>Langue et région de l’utilisateur.</translation>
    </message>
    <message>
        <source>Phone number of the user.</source>
        <translation>Numéro de téléphone de l’utilisateur.</translation>
    </message>
    <message>
        <source>Whether the phone number was verified.</source>
        <translation>Si le numéro de téléphone a été vérifié.</translation>
    </message>
    <message>
        <source>Postal address of the user.</source>
        <translation>Adresse postale de l’utilisateur.</translation>
    </message>
    <message>
        <source>When the user&apos;s information was last updated.</source>
        <translation>Date de la dernière mise à jour des informations de l’utilisateur.</translation>
    </message>
    <message>
        <source>Algorithm the token claims to be signed with. A verifier must use its key&apos;s algorithm, not this value.</source>
        <translation>Algorithme avec lequel le jeton prétend être signé. Un vérificateur doit utiliser l’algorithme de sa clé, pas cette valeur.</translation>
    </message>
    <message>
        <source>Type of the token, for example JWT or at+jwt (an OAuth access token).</source>
        <translation>Type du jeton, par exemple JWT ou at+jwt (un jeton d’accès OAuth).</translation>
    </message>
    <message>
        <source>Content type of the payload; JWT here means a nested token.</source>
        <translation>Type de contenu de la charge utile&#xa0;; JWT signifie ici un jeton imbriqué.</translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s keys signed the token.</source>
        <translation>ID de clé&#xa0;: laquelle des clés de l’émetteur a signé le jeton.</translation>
    </message>
    <message>
        <source>JWK Set URL: a link to keys. A verifier must never fetch keys from a link in the token.</source>
        <translation>URL de jeu de JWK&#xa0;: un lien vers des clés. Un vérificateur ne doit jamais récupérer de clés depuis un lien du jeton.</translation>
    </message>
    <message>
        <source>An embedded public key. A verifier must never trust a key the token brings along.</source>
        <translation>Une clé publique incorporée. Un vérificateur ne doit jamais faire confiance à une clé apportée par le jeton.</translation>
    </message>
    <message>
        <source>X.509 URL: a link to a certificate. A verifier must never fetch it from the token&apos;s say-so.</source>
        <translation>URL X.509&#xa0;: un lien vers un certificat. Un vérificateur ne doit jamais le récupérer sur la seule foi du jeton.</translation>
    </message>
    <message>
        <source>An embedded X.509 certificate chain. A verifier must never trust it without its own checks.</source>
        <translation>Une chaîne de certificats X.509 incorporée. Un vérificateur ne doit jamais s’y fier sans ses propres contrôles.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the signing certificate.</source>
        <translation>Empreinte SHA-1 du certificat de signature.</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signing certificate.</source>
        <translation>Empreinte SHA-256 du certificat de signature.</translation>
    </message>
    <message>
        <source>Critical extensions: header parameters a verifier must understand, or else refuse the token.</source>
        <translation>Extensions critiques&#xa0;: des paramètres d’en-tête qu’un vérificateur doit comprendre, sans quoi il doit refuser le jeton.</translation>
    </message>
    <message>
        <source>Whether the payload is base64url-encoded (unencoded payloads are not supported).</source>
        <translation>Si la charge utile est encodée en base64url (les charges utiles non encodées ne sont pas prises en charge).</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>a expiré il y a %1</translation>
    </message>
    <message>
        <source>becomes valid in %1</source>
        <translation>devient valide dans %1</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>valide depuis %1</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>émis %1 dans le futur</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>émis il y a %1</translation>
    </message>
    <message>
        <source>signed in %1 in the future</source>
        <translation>connecté %1 dans le futur</translation>
    </message>
    <message>
        <source>signed in %1 ago</source>
        <translation>connecté il y a %1</translation>
    </message>
    <message>
        <source>%1 from now</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>Not a registered claim: its meaning is private to whoever issued the token.</source>
        <translation>Pas une revendication enregistrée&#xa0;: son sens n’est connu que de l’émetteur du jeton.</translation>
    </message>
    <message>
        <source>%1 It should be a number of seconds, but is not a JSON number.</source>
        <translation>%1 Ce devrait être un nombre de secondes, mais ce n’est pas un nombre JSON.</translation>
    </message>
    <message>
        <source>%1 Its value is not a plausible date.</source>
        <translation>%1 Sa valeur n’est pas une date plausible.</translation>
    </message>
    <message>
        <source>Not checked: give a secret or key to check the signature.</source>
        <translation>Non vérifié&#xa0;: donnez un secret ou une clé pour vérifier la signature.</translation>
    </message>
    <message>
        <source>Valid: the signature matches the key and the claims are acceptable.</source>
        <translation>Valide&#xa0;: la signature correspond à la clé et les revendications sont acceptables.</translation>
    </message>
    <message>
        <source>Malformed: this is not a well-formed signed token.</source>
        <translation>Mal formé&#xa0;: ce n’est pas un jeton signé bien formé.</translation>
    </message>
    <message>
        <source>Not signed: the token declares the algorithm none and is never accepted.</source>
        <translation>Non signé&#xa0;: le jeton déclare l’algorithme none et n’est jamais accepté.</translation>
    </message>
    <message>
        <source>Algorithm not allowed: the token&apos;s algorithm does not fit this key.</source>
        <translation>Algorithme non autorisé&#xa0;: l’algorithme du jeton ne convient pas à cette clé.</translation>
    </message>
    <message>
        <source>Refused: the token requires an extension that is not supported.</source>
        <translation>Refusé&#xa0;: le jeton exige une extension qui n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>Unknown key: there is no key for the token&apos;s key ID (kid).</source>
        <translation>Clé inconnue&#xa0;: aucune clé ne correspond à l’ID de clé (kid) du jeton.</translation>
    </message>
    <message>
        <source>The key or secret given cannot be used.</source>
        <translation>La clé ou le secret donné est inutilisable.</translation>
    </message>
    <message>
        <source>The key could not be looked up.</source>
        <translation>La clé n’a pas pu être recherchée.</translation>
    </message>
    <message>
        <source>Bad signature: the token was altered or signed with another key.</source>
        <translation>Signature incorrecte&#xa0;: le jeton a été modifié ou signé avec une autre clé.</translation>
    </message>
    <message>
        <source>Expired: the signature is good but the token has expired.</source>
        <translation>Expiré&#xa0;: la signature est correcte mais le jeton a expiré.</translation>
    </message>
    <message>
        <source>Not yet valid: the signature is good but the token&apos;s nbf is in the future.</source>
        <translation>Pas encore valide&#xa0;: la signature est correcte mais le nbf du jeton est dans le futur.</translation>
    </message>
    <message>
        <source>Issued in the future: the signature is good but iat lies ahead.</source>
        <translation>Émis dans le futur&#xa0;: la signature est correcte mais iat est à venir.</translation>
    </message>
    <message>
        <source>Wrong issuer: the signature is good but the token comes from another issuer.</source>
        <translation>Mauvais émetteur&#xa0;: la signature est correcte mais le jeton vient d’un autre émetteur.</translation>
    </message>
    <message>
        <source>Wrong audience: the signature is good but the token is meant for another service.</source>
        <translation>Mauvaise audience&#xa0;: la signature est correcte mais le jeton est destiné à un autre service.</translation>
    </message>
    <message>
        <source>Wrong type: the signature is good but the token is not of the required type.</source>
        <translation>Mauvais type&#xa0;: la signature est correcte mais le jeton n’est pas du type requis.</translation>
    </message>
    <message>
        <source>Missing claim: the signature is good but a required claim is missing.</source>
        <translation>Revendication manquante&#xa0;: la signature est correcte mais une revendication requise manque.</translation>
    </message>
    <message>
        <source>Invalid claim: the signature is good but a claim has the wrong type.</source>
        <translation>Revendication non valide&#xa0;: la signature est correcte mais une revendication a le mauvais type.</translation>
    </message>
    <message>
        <source>Revoked: the signature and claims are good but the token has been revoked.</source>
        <translation>Révoqué&#xa0;: la signature et les revendications sont correctes mais le jeton a été révoqué.</translation>
    </message>
    <message>
        <source>The token is not signed: its algorithm is %1.</source>
        <translation>Le jeton n’est pas signé&#xa0;: son algorithme est %1.</translation>
    </message>
    <message>
        <source>Never accept unsigned tokens. Bookwarden refuses alg none in every spelling.</source>
        <translation>N’acceptez jamais de jetons non signés. Bookwarden refuse alg none sous toutes ses graphies.</translation>
    </message>
    <message>
        <source>The algorithm %1 is not supported.</source>
        <translation>L’algorithme %1 n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>Use HS256, HS384, HS512, RS256, RS384, RS512, PS256, ES256, ES384 or EdDSA.</source>
        <translation>Utilisez HS256, HS384, HS512, RS256, RS384, RS512, PS256, ES256, ES384 ou EdDSA.</translation>
    </message>
    <message>
        <source>The header carries %1, a key or a link to one, chosen by whoever made the token.</source>
        <translation>L’en-tête contient %1, une clé ou un lien vers une clé, choisi par celui qui a fabriqué le jeton.</translation>
    </message>
    <message>
        <source>Never verify with a key the token brings along. Bookwarden ignores jwk, jku, x5u and x5c and uses only keys it was given.</source>
        <translation>Ne vérifiez jamais avec une clé apportée par le jeton. Bookwarden ignore jwk, jku, x5u et x5c et n’utilise que les clés qui lui ont été données.</translation>
    </message>
    <message>
        <source>The header marks extensions as critical (crit): %1.</source>
        <translation>L’en-tête marque des extensions comme critiques (crit)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Bookwarden supports no critical extensions and refuses such tokens.</source>
        <translation>Bookwarden ne prend en charge aucune extension critique et refuse de tels jetons.</translation>
    </message>
    <message>
        <source>The key ID (kid) looks like a file path, URL or SQL fragment.</source>
        <translation>L’ID de clé (kid) ressemble à un chemin de fichier, une URL ou un fragment SQL.</translation>
    </message>
    <message>
        <source>Servers that build a path, URL or query from kid can be attacked through it. Bookwarden only compares kid with the IDs of its keys.</source>
        <translation>Les serveurs qui construisent un chemin, une URL ou une requête à partir de kid peuvent être attaqués par ce biais. Bookwarden se contente de comparer kid aux ID de ses clés.</translation>
    </message>
    <message>
        <source>The token has no expiry time (exp): it stays valid until its key changes.</source>
        <translation>Le jeton n’a pas d’expiration (exp)&#xa0;: il reste valide jusqu’à ce que sa clé change.</translation>
    </message>
    <message>
        <source>Give every access token an exp, minutes to a few hours ahead.</source>
        <translation>Donnez à chaque jeton d’accès un exp, de quelques minutes à quelques heures plus tard.</translation>
    </message>
    <message>
        <source>The claim %1 is not a JSON number, so it is not a valid time.</source>
        <translation>La revendication %1 n’est pas un nombre JSON, donc pas une heure valide.</translation>
    </message>
    <message>
        <source>Write times as numbers of seconds since 1970 (NumericDate), not as strings.</source>
        <translation>Écrivez les heures en nombre de secondes depuis 1970 (NumericDate), pas en chaînes.</translation>
    </message>
    <message>
        <source>The token expired %1 ago.</source>
        <translation>Le jeton a expiré il y a %1.</translation>
    </message>
    <message>
        <source>Get a new token; an expired token is refused.</source>
        <translation>Obtenez un nouveau jeton&#xa0;; un jeton expiré est refusé.</translation>
    </message>
    <message>
        <source>The token only becomes valid in %1.</source>
        <translation>Le jeton ne devient valide que dans %1.</translation>
    </message>
    <message>
        <source>Check the clocks of the issuer and of this computer.</source>
        <translation>Vérifiez les horloges de l’émetteur et de cet ordinateur.</translation>
    </message>
    <message>
        <source>The token claims to be issued %1 in the future.</source>
        <translation>Le jeton prétend avoir été émis %1 dans le futur.</translation>
    </message>
    <message>
        <source>The token is valid for %1 (from iat to exp), more than 24 hours.</source>
        <translation>Le jeton est valide pendant %1 (de iat à exp), plus de 24 heures.</translation>
    </message>
    <message>
        <source>Keep access tokens short-lived and use refresh tokens for long sessions: a stolen token is useful to a thief for as long as it is valid.</source>
        <translation>Gardez les jetons d’accès de courte durée et utilisez des jetons d’actualisation pour les longues sessions&#xa0;: un jeton volé sert au voleur tant qu’il est valide.</translation>
    </message>
    <message>
        <source>The claim %1 looks like it holds a secret or personal data.</source>
        <translation>La revendication %1 semble contenir un secret ou des données personnelles.</translation>
    </message>
    <message>
        <source>Tokens are only encoded, not encrypted: anyone who holds one can read it. Keep passwords, keys and personal data out of tokens.</source>
        <translation>Les jetons sont seulement encodés, pas chiffrés&#xa0;: quiconque en détient un peut le lire. Ne mettez ni mots de passe, ni clés, ni données personnelles dans les jetons.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1&#xa0;jours</translation>
    </message>
    <message>
        <source>Whitespace around the token was ignored.</source>
        <translation>Les espaces autour du jeton ont été ignorés.</translation>
    </message>
    <message>
        <source>The prefix Bearer was ignored.</source>
        <translation>Le préfixe Bearer a été ignoré.</translation>
    </message>
    <message>
        <source>The token is signed with the well-known placeholder secret %1 from tutorials and examples.</source>
        <translation>Le jeton est signé avec le secret fictif bien connu %1, tiré de tutoriels et d’exemples.</translation>
    </message>
    <message>
        <source>Anyone can forge tokens with this secret. Replace it with a random secret and revoke every token signed with it.</source>
        <translation>N’importe qui peut falsifier des jetons avec ce secret. Remplacez-le par un secret aléatoire et révoquez tous les jetons signés avec lui.</translation>
    </message>
    <message>
        <source>The secret has %1 bytes; %2 needs at least %3 random bytes.</source>
        <translation>Le secret fait %1 octets&#xa0;; %2 exige au moins %3 octets aléatoires.</translation>
    </message>
    <message>
        <source>A short secret can be guessed offline from any one token. Use a random secret of at least %1 bytes.</source>
        <translation>Un secret court peut être deviné hors ligne à partir d’un seul jeton. Utilisez un secret aléatoire d’au moins %1 octets.</translation>
    </message>
    <message>
        <source>A private key was given; only its public half was used.</source>
        <translation>Une clé privée a été donnée&#xa0;; seule sa moitié publique a servi.</translation>
    </message>
    <message>
        <source>A private key must stay with the issuer. If it was shared, replace it.</source>
        <translation>Une clé privée doit rester chez l’émetteur. Si elle a été partagée, remplacez-la.</translation>
    </message>
    <message>
        <source>the server&apos;s key %1 (%2)</source>
        <translation>la clé %1 du serveur (%2)</translation>
    </message>
    <message>
        <source>%1 secret of %2 bytes</source>
        <translation>secret %1 de %2 octets</translation>
    </message>
    <message>
        <source>%1 public key (%2 bits), thumbprint %3</source>
        <translation>clé publique %1 (%2 bits), empreinte %3</translation>
    </message>
    <message>
        <source>the server&apos;s keys</source>
        <translation>les clés du serveur</translation>
    </message>
</context>
<context>
    <name>TokenInspectorTab</name>
    <message>
        <source>Read the token from “%1”.</source>
        <translation>Jeton lu depuis «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Token Inspector</source>
        <translation>Inspecteur de jetons</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <source>Inspected the token again.</source>
        <translation>Jeton inspecté à nouveau.</translation>
    </message>
    <message>
        <source>Inspecting the latest token Bookwarden issued.</source>
        <translation>Inspection du dernier jeton émis par Bookwarden.</translation>
    </message>
    <message>
        <source>Inspecting the latest token Bookwarden issued, to %1.</source>
        <translation>Inspection du dernier jeton émis par Bookwarden, pour %1.</translation>
    </message>
    <message>
        <source>Minted a token for %1, valid for %2. Copy it, or copy a curl command that uses it.</source>
        <translation>Jeton émis pour %1, valable %2. Copiez-le, ou copiez une commande curl qui l’utilise.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the token. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Jeton copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Jeton copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied a curl command for %1. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Commande curl pour %1 copiée. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Commande curl pour %1 copiée. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <source>&amp;Token (paste, drop a file, or type):</source>
        <translation>&amp;Jeton (coller, déposer un fichier ou saisir)&#xa0;:</translation>
    </message>
    <message>
        <source>eyJhbGciOi… — an access token, with or without “Bearer ”</source>
        <translation>eyJhbGciOi… — un jeton d’accès, avec ou sans «&#xa0;Bearer&#xa0;»</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Inspect &amp;Latest Token</source>
        <translation>Inspecter le &amp;dernier jeton</translation>
    </message>
    <message>
        <source>Inspect Latest</source>
        <translation>Inspecter le dernier</translation>
    </message>
    <message>
        <source>&amp;Mint Test Token...</source>
        <translation>É&amp;mettre un jeton de test...</translation>
    </message>
    <message>
        <source>Mint Token</source>
        <translation>Émettre un jeton</translation>
    </message>
    <message>
        <source>Make an access token for testing a client (Ctrl+N)</source>
        <translation>Créer un jeton d’accès pour tester un client (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>&amp;Copier le jeton</translation>
    </message>
    <message>
        <source>Copy Token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Copy as c&amp;url Command</source>
        <translation>Copier comme commande c&amp;url</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>Copier curl</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Inspect the token on the clipboard</source>
        <translation>Inspecter le jeton du presse-papiers</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Empty the token field</source>
        <translation>Vider le champ du jeton</translation>
    </message>
    <message>
        <source>No access token has been issued since Bookwarden started: sign in through the REST API, or mint a test token.</source>
        <translation>Aucun jeton d’accès n’a été émis depuis le démarrage de Bookwarden&#xa0;: connectez-vous via l’API REST, ou émettez un jeton de test.</translation>
    </message>
    <message>
        <source>Inspect the access token Bookwarden issued most recently (Ctrl+L)</source>
        <translation>Inspecter le jeton d’accès émis le plus récemment par Bookwarden (Ctrl+L)</translation>
    </message>
    <message>
        <source>Inspect the access token Bookwarden issued most recently, to %1 (Ctrl+L)</source>
        <translation>Inspecter le jeton d’accès émis le plus récemment par Bookwarden, pour %1 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Inspect a well-formed token first.</source>
        <translation>Inspectez d’abord un jeton bien formé.</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after a minute (Ctrl+Shift+C)</source>
        <translation>Copier le jeton&#xa0;; le presse-papiers est vidé au bout d’une minute (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Copy a curl command that calls %1 with this token (Ctrl+Shift+U)</source>
        <translation>Copier une commande curl qui appelle %1 avec ce jeton (Ctrl+Maj+U)</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Account id: %1</source>
        <translation>Identifiant du compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last Sign-In</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Livres</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message numerus="yes">
        <source>%n open session(s): signed-in clients that can refresh their tokens</source>
        <translation>
            <numerusform>%n session ouverte&#xa0;: un client connecté qui peut actualiser ses jetons</numerusform>
            <numerusform>%n sessions ouvertes&#xa0;: des clients connectés qui peuvent actualiser leurs jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Could not read the accounts.</source>
        <translation>Impossible de lire les comptes.</translation>
    </message>
    <message>
        <source>Added the account “%1”.</source>
        <translation>Compte «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>“%1” is now: %2.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Disable the account “%1”?</source>
        <translation>Désactiver le compte «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in and is signed out everywhere at once. Their books stay. You can enable the account again at any time.</source>
        <translation>%1 ne peut plus se connecter et est immédiatement déconnecté partout. Ses livres sont conservés. Vous pouvez réactiver le compte à tout moment.</translation>
    </message>
    <message>
        <source>&amp;Disable User</source>
        <translation>&amp;Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation>Désactivation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Enabling “%1”…</source>
        <translation>Activation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Could not disable “%1”.</source>
        <translation>Impossible de désactiver «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not enable “%1”.</source>
        <translation>Impossible d&apos;activer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Disabled “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» désactivé.</translation>
    </message>
    <message>
        <source>Enabled “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» activé.</translation>
    </message>
    <message>
        <source>Set a new password for “%1”.</source>
        <translation>Nouveau mot de passe défini pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sign Out Everywhere</source>
        <translation>Déconnecter partout</translation>
    </message>
    <message>
        <source>Sign “%1” out everywhere?</source>
        <translation>Déconnecter «&#xa0;%1&#xa0;» partout&#xa0;?</translation>
    </message>
    <message>
        <source>Every token issued to %1 stops working at once, on every device; they have to sign in again. Their password stays the same.</source>
        <translation>Chaque jeton délivré à %1 cesse immédiatement de fonctionner, sur tous les appareils&#xa0;; %1 doit se reconnecter. Le mot de passe reste inchangé.</translation>
    </message>
    <message>
        <source>&amp;Sign Out Everywhere</source>
        <translation>Dé&amp;connecter partout</translation>
    </message>
    <message>
        <source>Could not sign “%1” out.</source>
        <translation>Impossible de déconnecter «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Signed “%1” out everywhere.</source>
        <translation>«&#xa0;%1&#xa0;» a été déconnecté partout.</translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) owned by %1 will be deleted with the account.</source>
        <translation>
            <numerusform>%n livre appartenant à %1 sera supprimé avec le compte.</numerusform>
            <numerusform>%n livres appartenant à %1 seront supprimés avec le compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 owns no books.</source>
        <translation>%1 ne possède aucun livre.</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Delete the account “%1”?</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete User</source>
        <translation>&amp;Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Could not delete “%1”.</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the account “%1” and %n book(s).</source>
        <translation>
            <numerusform>Compte «&#xa0;%1&#xa0;» et %n livre supprimés.</numerusform>
            <numerusform>Compte «&#xa0;%1&#xa0;» et %n livres supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search usernames (Ctrl+F)</source>
        <translation>Rechercher un nom d&apos;utilisateur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search usernames</source>
        <translation>Rechercher un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>Create an account (Ctrl+N)</source>
        <translation>Créer un compte (Ctrl+N)</translation>
    </message>
    <message>
        <source>Give the selected account a new password</source>
        <translation>Donner un nouveau mot de passe au compte sélectionné</translation>
    </message>
    <message>
        <source>End every session of the selected account</source>
        <translation>Mettre fin à toutes les sessions du compte sélectionné</translation>
    </message>
    <message>
        <source>&amp;Enable User</source>
        <translation>Acti&amp;ver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>“%1” is the last enabled administrator. Make another user an administrator first.</source>
        <translation>«&#xa0;%1&#xa0;» est le dernier administrateur actif. Nommez d&apos;abord un autre utilisateur administrateur.</translation>
    </message>
    <message>
        <source>Make the selected account an administrator or a user</source>
        <translation>Faire du compte sélectionné un administrateur ou un utilisateur</translation>
    </message>
    <message>
        <source>Let the selected account sign in again</source>
        <translation>Permettre à nouveau au compte sélectionné de se connecter</translation>
    </message>
    <message>
        <source>Stop the selected account from signing in</source>
        <translation>Empêcher le compte sélectionné de se connecter</translation>
    </message>
    <message>
        <source>Delete the selected account and its books</source>
        <translation>Supprimer le compte sélectionné et ses livres</translation>
    </message>
    <message>
        <source>“%1” is the last enabled administrator, so it cannot be disabled, made a regular user or deleted: someone must always be able to manage Bookwarden. Make another user an administrator first.</source>
        <translation>«&#xa0;%1&#xa0;» est le dernier administrateur actif&#xa0;: il ne peut donc être ni désactivé, ni rétrogradé en utilisateur, ni supprimé, car quelqu&apos;un doit toujours pouvoir gérer Bookwarden. Nommez d&apos;abord un autre utilisateur administrateur.</translation>
    </message>
    <message>
        <source>&amp;Add User...</source>
        <translation>&amp;Ajouter un utilisateur...</translation>
    </message>
    <message>
        <source>Change &amp;Role...</source>
        <translation>Changer le &amp;rôle...</translation>
    </message>
    <message>
        <source>Reset &amp;Password...</source>
        <translation>Réinitialiser le &amp;mot de passe...</translation>
    </message>
    <message>
        <source>&amp;Sign Out Everywhere...</source>
        <translation>Dé&amp;connecter partout...</translation>
    </message>
    <message>
        <source>&amp;Delete User...</source>
        <translation>&amp;Supprimer l&apos;utilisateur...</translation>
    </message>
    <message>
        <source>D&amp;isable User...</source>
        <translation>&amp;Désactiver l&apos;utilisateur...</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %Ln account(s).</source>
        <translation>
            <numerusform>%Ln compte rechargé.</numerusform>
            <numerusform>%Ln comptes rechargés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 sur %Ln compte</numerusform>
            <numerusform>%1 sur %Ln comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %1 of %Ln account(s)</source>
        <translation>
            <numerusform>Plus de %1 sur %Ln compte</numerusform>
            <numerusform>Plus de %1 sur %Ln comptes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerificationSourceEdit</name>
    <message>
        <source>Open JWK</source>
        <translation>Ouvrir une JWK</translation>
    </message>
    <message>
        <source>Open Public Key</source>
        <translation>Ouvrir une clé publique</translation>
    </message>
    <message>
        <source>JSON Web Keys (*.json *.jwk)</source>
        <translation>Clés JSON Web (*.json *.jwk)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PEM keys and certificates (*.pem *.crt *.cer *.pub *.key)</source>
        <translation>Clés et certificats PEM (*.pem *.crt *.cer *.pub *.key)</translation>
    </message>
    <message>
        <source>&amp;Verify with:</source>
        <translation>&amp;Vérifier avec&#xa0;:</translation>
    </message>
    <message>
        <source>The server&apos;s keys and rules</source>
        <translation>Clés et règles du serveur</translation>
    </message>
    <message>
        <source>A secret (text)</source>
        <translation>Un secret (texte)</translation>
    </message>
    <message>
        <source>A secret (base64url)</source>
        <translation>Un secret (base64url)</translation>
    </message>
    <message>
        <source>A public key (PEM)</source>
        <translation>Une clé publique (PEM)</translation>
    </message>
    <message>
        <source>A JWK or JWK Set</source>
        <translation>Une JWK ou un jeu de JWK</translation>
    </message>
    <message>
        <source>Bookwarden&apos;s active and passive signing keys, its issuer and audience, and the revocations: exactly what the REST server checks.</source>
        <translation>Les clés de signature actives et passives de Bookwarden, son émetteur et son audience, et les révocations&#xa0;: exactement ce que vérifie le serveur REST.</translation>
    </message>
    <message>
        <source>The HMAC secret in base64url</source>
        <translation>Le secret HMAC en base64url</translation>
    </message>
    <message>
        <source>The HMAC secret, as typed</source>
        <translation>Le secret HMAC, tel que saisi</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>{&quot;kty&quot;: …} or {&quot;keys&quot;: […]}</source>
        <translation>{&quot;kty&quot;: …} ou {&quot;keys&quot;: […]}</translation>
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
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Open &amp;File...</source>
        <translation>Ouvrir un &amp;fichier...</translation>
    </message>
</context>
</TS>
