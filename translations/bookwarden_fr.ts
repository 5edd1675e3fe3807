<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest %n event(s); scroll down for older ones</source>
        <translation>
            <numerusform>Le dernier événement&#xa0;; faites défiler vers le bas pour les plus anciens</numerusform>
            <numerusform>Les %n derniers événements&#xa0;; faites défiler vers le bas pour les plus anciens</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;ctivité</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
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
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
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
        <source>Version %1, added %2</source>
        <translation>Version %1, ajouté le %2</translation>
    </message>
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
        <source>Updated</source>
        <translation>Modifié</translation>
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
    <message numerus="yes">
        <source>Reloaded %n book(s).</source>
        <translation>
            <numerusform>%n livre rechargé.</numerusform>
            <numerusform>%n livres rechargés.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n book(s)</source>
        <translation>
            <numerusform>%n livre</numerusform>
            <numerusform>%n livres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n book(s)</source>
        <translation>
            <numerusform>%1 sur %n livre</numerusform>
            <numerusform>%1 sur %n livres</numerusform>
        </translation>
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
        <source>You already have a book with this title.</source>
        <translation>Vous avez déjà un livre portant ce titre.</translation>
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
        <source>A database URL looks like sqlite:///path/to/bookwarden.db.</source>
        <translation>Une URL de base de données ressemble à sqlite:///chemin/vers/bookwarden.db.</translation>
    </message>
    <message>
        <source>PostgreSQL is not supported by this version of Bookwarden yet; use sqlite:///path.</source>
        <translation>Cette version de Bookwarden ne prend pas encore en charge PostgreSQL&#xa0;; utilisez sqlite:///chemin.</translation>
    </message>
    <message>
        <source>Unknown database scheme; a database URL looks like sqlite:///path/to/bookwarden.db.</source>
        <translation>Schéma de base de données inconnu&#xa0;; une URL de base de données ressemble à sqlite:///chemin/vers/bookwarden.db.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Could not read everything from the database.</source>
        <translation>Tout n&apos;a pas pu être lu dans la base de données.</translation>
    </message>
    <message>
        <source>About Bookwarden</source>
        <translation>À propos de Bookwarden</translation>
    </message>
    <message>
        <source>Bookwarden %1</source>
        <translation>Bookwarden %1</translation>
    </message>
    <message>
        <source>Manages the accounts and books of Bookwarden&apos;s REST server and keeps watch over its security log.</source>
        <translation>Gère les comptes et les livres du serveur REST de Bookwarden et surveille son journal de sécurité.</translation>
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
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
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
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
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
    <message numerus="yes">
        <source>Reloaded %n account(s).</source>
        <translation>
            <numerusform>%n compte rechargé.</numerusform>
            <numerusform>%n comptes rechargés.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 sur %n compte</numerusform>
            <numerusform>%1 sur %n comptes</numerusform>
        </translation>
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
</context>
</TS>
