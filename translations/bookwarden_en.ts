<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityTab</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest %n event(s); scroll down for older ones</source>
        <translation>
            <numerusform>Newest %n event; scroll down for older ones</numerusform>
            <numerusform>Newest %n events; scroll down for older ones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BooksTab</name>
    <message numerus="yes">
        <source>Reloaded %n book(s).</source>
        <translation>
            <numerusform>Reloaded %n book.</numerusform>
            <numerusform>Reloaded %n books.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n book(s)?</source>
        <translation>
            <numerusform>Delete %n book?</numerusform>
            <numerusform>Delete %n books?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n book(s)…</source>
        <translation>
            <numerusform>Deleting %n book…</numerusform>
            <numerusform>Deleting %n books…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: deleted %1 of %n book(s).</source>
        <translation>
            <numerusform>Stopped: deleted %1 of %n book.</numerusform>
            <numerusform>Stopped: deleted %1 of %n books.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n book(s).</source>
        <translation>
            <numerusform>Deleted %n book.</numerusform>
            <numerusform>Deleted %n books.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) could not be deleted.</source>
        <translation>
            <numerusform>%n book could not be deleted.</numerusform>
            <numerusform>%n books could not be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n book(s)</source>
        <translation>
            <numerusform>%n book</numerusform>
            <numerusform>%n books</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n book(s)</source>
        <translation>
            <numerusform>%1 of %n book</numerusform>
            <numerusform>%1 of %n books</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratedPasswordDialog</name>
    <message numerus="yes">
        <source>Copy the password to the clipboard (it is cleared again after %n second(s))</source>
        <translation>
            <numerusform>Copy the password to the clipboard (it is cleared again after %n second)</numerusform>
            <numerusform>Copy the password to the clipboard (it is cleared again after %n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared again in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared again in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityEventText</name>
    <message numerus="yes">
        <source>%n book(s) deleted with the account</source>
        <translation>
            <numerusform>%n book deleted with the account</numerusform>
            <numerusform>%n books deleted with the account</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message numerus="yes">
        <source>Reloaded %n account(s).</source>
        <translation>
            <numerusform>Reloaded %n account.</numerusform>
            <numerusform>Reloaded %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) owned by %1 will be deleted with the account.</source>
        <translation>
            <numerusform>%n book owned by %1 will be deleted with the account.</numerusform>
            <numerusform>%n books owned by %1 will be deleted with the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the account “%1” and %n book(s).</source>
        <translation>
            <numerusform>Deleted the account “%1” and %n book.</numerusform>
            <numerusform>Deleted the account “%1” and %n books.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 of %n account</numerusform>
            <numerusform>%1 of %n accounts</numerusform>
        </translation>
    </message>
</context>
</TS>
