#pragma once

#include "common/Result.h"
#include "users/User.h"

#include <QCompleter>
#include <QList>
#include <QPointer>
#include <QTimer>

class QLineEdit;
class QStandardItemModel;
class UserService;

// Suggests accounts while a name is typed into a line edit, however many accounts there are: shortly after
// the typing pauses, one page of the accounts whose names contain the text is read from SQL
// (UserService::list) and offered in the completer's popup, where the arrows move and Enter or a click
// picks one. Nothing but the page on show is held, so the cost does not grow with the table.
class AccountCompleter : public QCompleter
{
    Q_OBJECT

public:
    // How many matches are offered at most: enough to pick from, small enough to read in a millisecond.
    static constexpr int pageSize = 50;
    // The pause in typing after which the matches are read.
    static constexpr int typingPauseMs = 150;

    explicit AccountCompleter(UserService &users, QObject *parent = nullptr);

    // Leaves disabled accounts out of every list (an account that cannot sign in, for a test token).
    void setEnabledOnly(bool enabledOnly) { m_enabledOnly = enabledOnly; }
    bool enabledOnly() const { return m_enabledOnly; }

    // Suggests for what the user types into `field` (its own edits, not text set by the program).
    void attachTo(QLineEdit *field);

    // The first accounts by name whose names contain `text` (all of them for an empty text), at most
    // pageSize; with enabledOnly, read on over a few pages while disabled ones are left out.
    Result<QList<User>> readMatches(const QString &text);
    // Reads the matches for `text` now and offers them (the popup opens when the field has the focus).
    void suggest(const QString &text);

    // The matches on offer, in order.
    QList<User> matches() const { return m_matches; }
    // Pages read from the users table since construction (a test's measure of the cost).
    int pagesRead() const { return m_pagesRead; }

signals:
    // The user picked a suggested account.
    void accountPicked(const User &user);

private:
    void suggestTypedText();

    UserService &m_users;
    QStandardItemModel *m_model;
    QPointer<QLineEdit> m_field;
    QTimer m_typing;
    QList<User> m_matches;
    bool m_enabledOnly = false;
    int m_pagesRead = 0;
};
