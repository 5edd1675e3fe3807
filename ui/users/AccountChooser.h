#pragma once

#include "users/User.h"

#include <QComboBox>

class UserTableModel;

// Chooses one account or all of them ("whose books", "whose sessions"): "All …" first, then every account
// by name. It follows the accounts live, keeping the chosen one; when that account goes, the choice falls
// back to all accounts (and chosenChanged says so).
class AccountChooser : public QComboBox
{
    Q_OBJECT

public:
    explicit AccountChooser(UserTableModel &users, QWidget *parent = nullptr);

    // The first entry's text ("All owners"); the owner sets it in its retranslateUi().
    void setEveryoneText(const QString &text);
    // The chosen account's public id; empty for all accounts.
    QString chosenPublicId() const;
    void chooseEveryone();

    // The accounts in the order a person looks for them: by name, ignoring case, the way the language sorts.
    static QList<User> sortedByName(QList<User> users);

signals:
    void chosenChanged(const QString &publicId);

private:
    void refresh();

    UserTableModel &m_users;
    QString m_everyoneText;
};
