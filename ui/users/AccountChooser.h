#pragma once

#include "users/User.h"

#include <QComboBox>
#include <QTimer>

class AccountCompleter;
class UserService;

// Chooses one account, or all of them where a filter needs that ("whose books", "whose sessions"), among
// any number of accounts without ever holding them all. The list holds "All …" (when offered), the first
// page of accounts by name and the chosen account; typing part of a name into the field offers the
// matching accounts from SQL (AccountCompleter), picked with the arrows and Enter or a click. The chosen
// account is followed live: renamed, its new name shows; deleted (or disabled, where only enabled accounts
// are offered), the choice falls back to all accounts, or to none, and chosenChanged says so.
class AccountChooser : public QComboBox
{
    Q_OBJECT

public:
    enum class Offer {
        EveryoneOrOneAccount, // a filter: "All …" first
        OneAccount, // someone must be chosen (a new book's owner)
        OneEnabledAccount, // the same among accounts that can sign in (a test token's subject)
    };

    // Changes to the accounts are gathered this long before the first page is read again.
    static constexpr int coalescingMs = 250;

    AccountChooser(UserService &users, Offer offer, QWidget *parent = nullptr);

    // The first entry's text ("All owners"); the owner sets it in its retranslateUi().
    void setEveryoneText(const QString &text);
    // What the empty field says when nobody is chosen and there is no "All …" entry ("Choose the owner").
    void setPromptText(const QString &text);
    // The chosen account's public id; empty for all accounts (or none).
    QString chosenPublicId() const { return m_chosen.publicId; }
    QString chosenUsername() const { return m_chosen.username; }
    void chooseEveryone();
    // Chooses this account (read by its public id); false when there is no such account to offer.
    bool choose(const QString &publicId);
    // Chooses the account with this name (any case), found through SQL; false when there is none to offer.
    bool chooseByName(const QString &username);

    AccountCompleter *accountCompleter() const { return m_completer; }
    // Pages read from the users table since construction (a test's measure of the cost).
    int pagesRead() const;

signals:
    void chosenChanged(const QString &publicId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool offersEveryone() const { return m_offer == Offer::EveryoneOrOneAccount; }
    bool offers(const User &user) const;
    // Whether the account belongs among the first page's accounts the list shows.
    bool sortsIntoFirstPage(const User &user) const;
    int firstAccountRow() const { return offersEveryone() ? 1 : 0; }
    void readFirstPage();
    void rebuildItems(const QList<User> &firstPage);
    void takeChoice(const User &user);
    void takeIndex(int index);
    void dropChoice();
    QString choiceText() const;
    void showChoiceText();
    void pickTypedText();
    void finishTyping();
    void noteUserChanged(const User &user);
    void noteUserDeleted(const User &user);

    UserService &m_users;
    const Offer m_offer;
    AccountCompleter *m_completer;
    QTimer m_changes;
    User m_chosen; // empty publicId: all accounts (or none)
    QString m_everyoneText;
    QString m_promptText;
};
