<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityTab</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BooksTab</name>
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
        <source>Reloaded %Ln book(s).</source>
        <translation>
            <numerusform>Reloaded %Ln book.</numerusform>
            <numerusform>Reloaded %Ln books.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln book(s)</source>
        <translation>
            <numerusform>%Ln book</numerusform>
            <numerusform>%Ln books</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln book(s)</source>
        <translation>
            <numerusform>%1 of %Ln book</numerusform>
            <numerusform>%1 of %Ln books</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %1 of %Ln book(s)</source>
        <translation>
            <numerusform>More than %1 of %Ln book</numerusform>
            <numerusform>More than %1 of %Ln books</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
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
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
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
    <name>KeysTab</name>
    <message numerus="yes">
        <source>Reloaded %n signing key(s).</source>
        <translation>
            <numerusform>Reloaded %n signing key.</numerusform>
            <numerusform>Reloaded %n signing keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n bit</numerusform>
            <numerusform>%n bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), %1 of them in use</source>
        <translation>
            <numerusform>%n key, %1 of them in use</numerusform>
            <numerusform>%n keys, %1 of them in use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JSON object, %n member(s)</source>
        <translation>
            <numerusform>JSON object, %n member</numerusform>
            <numerusform>JSON object, %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more part(s)</source>
        <translation>
            <numerusform>%n more part</numerusform>
            <numerusform>%n more parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
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
    <name>SessionTableModel</name>
    <message numerus="yes">
        <source>Session %1, refreshed %n time(s)</source>
        <translation>
            <numerusform>Session %1, refreshed %n time</numerusform>
            <numerusform>Session %1, refreshed %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message numerus="yes">
        <source>Reloaded %n session(s).</source>
        <translation>
            <numerusform>Reloaded %n session.</numerusform>
            <numerusform>Reloaded %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected.</source>
        <translation>
            <numerusform>%n session selected.</numerusform>
            <numerusform>%n sessions selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, refreshed %n time(s) in all</source>
        <translation>
            <numerusform>%1, refreshed %n time in all</numerusform>
            <numerusform>%1, refreshed %n times in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n session(s)?</source>
        <translation>
            <numerusform>Revoke %n session?</numerusform>
            <numerusform>Revoke %n sessions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>Revoking %n session…</numerusform>
            <numerusform>Revoking %n sessions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n session(s).</source>
        <translation>
            <numerusform>Revoked %n session.</numerusform>
            <numerusform>Revoked %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) could not be revoked.</source>
        <translation>
            <numerusform>%n session could not be revoked.</numerusform>
            <numerusform>%n sessions could not be revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s), %1 open</source>
        <translation>
            <numerusform>%Ln session, %1 open</numerusform>
            <numerusform>%Ln sessions, %1 open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open session(s)</source>
        <translation>
            <numerusform>%Ln open session</numerusform>
            <numerusform>%Ln open sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message numerus="yes">
        <source>Searching starts at %n character(s); press Enter to search for fewer.</source>
        <translation>
            <numerusform>Searching starts at %n character; press Enter to search for fewer.</numerusform>
            <numerusform>Searching starts at %n characters; press Enter to search for fewer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenInspectorTab</name>
    <message numerus="yes">
        <source>Copied the token. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied the token. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied the token. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied a curl command for %1. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied a curl command for %1. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied a curl command for %1. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message numerus="yes">
        <source>%n open session(s): signed-in clients that can refresh their tokens</source>
        <translation>
            <numerusform>%n open session: a signed-in client that can refresh its tokens</numerusform>
            <numerusform>%n open sessions: signed-in clients that can refresh their tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
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
        <source>Reloaded %Ln account(s).</source>
        <translation>
            <numerusform>Reloaded %Ln account.</numerusform>
            <numerusform>Reloaded %Ln accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 of %Ln account</numerusform>
            <numerusform>%1 of %Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %1 of %Ln account(s)</source>
        <translation>
            <numerusform>More than %1 of %Ln account</numerusform>
            <numerusform>More than %1 of %Ln accounts</numerusform>
        </translation>
    </message>
</context>
</TS>
