#include "AccountChooser.h"

#include "UserTableModel.h"

#include <QCollator>

#include <algorithm>

AccountChooser::AccountChooser(UserTableModel &users, QWidget *parent)
    : QComboBox(parent)
    , m_users(users)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit chosenChanged(chosenPublicId()); });
    connect(&m_users, &UserTableModel::changesApplied, this, &AccountChooser::refresh);
    refresh();
}

void AccountChooser::setEveryoneText(const QString &text)
{
    m_everyoneText = text;
    if (count() > 0)
        setItemText(0, text);
}

QString AccountChooser::chosenPublicId() const
{
    return currentData().toString();
}

void AccountChooser::chooseEveryone()
{
    setCurrentIndex(0);
}

QList<User> AccountChooser::sortedByName(QList<User> users)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(users.begin(), users.end(), [&collator](const User &a, const User &b) {
        return collator.compare(a.username, b.username) < 0;
    });
    return users;
}

void AccountChooser::refresh()
{
    const QString chosen = chosenPublicId();
    const QList<User> users = sortedByName(m_users.users());
    QStringList names;
    for (const User &user : users)
        names << user.username;
    QStringList current;
    for (int i = 1; i < count(); ++i)
        current << itemText(i);
    if (count() > 0 && names == current)
        return;

    {
        const QSignalBlocker blocker(this);
        clear();
        addItem(m_everyoneText, QString());
        for (const User &user : users)
            addItem(user.username, user.publicId);
        const int index = findData(chosen);
        setCurrentIndex(index < 0 ? 0 : index);
    }
    if (findData(chosen) < 0 && !chosen.isEmpty())
        emit chosenChanged(QString());
}
