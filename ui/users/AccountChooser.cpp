#include "AccountChooser.h"

#include "AccountCompleter.h"
#include "users/Actor.h"
#include "users/UserService.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFocusEvent>
#include <QLineEdit>

namespace {
constexpr int publicIdRole = Qt::UserRole; // what findData() looks for by default

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

AccountChooser::AccountChooser(UserService &users, Offer offer, QWidget *parent)
    : QComboBox(parent)
    , m_users(users)
    , m_offer(offer)
    , m_completer(new AccountCompleter(users, this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // The combo box's own completer would complete inline from the first page only; the accounts are
    // searched in SQL instead.
    setCompleter(nullptr);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    lineEdit()->installEventFilter(this);
    m_completer->setEnabledOnly(m_offer == Offer::OneEnabledAccount);
    m_completer->attachTo(lineEdit());
    connect(m_completer, &AccountCompleter::accountPicked, this, &AccountChooser::takeChoice);
    connect(this, &QComboBox::currentIndexChanged, this, &AccountChooser::takeIndex);
    connect(lineEdit(), &QLineEdit::returnPressed, this, &AccountChooser::pickTypedText);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &AccountChooser::finishTyping);

    // Account changes are signalled from the writer thread; they arrive here queued, after the commit.
    m_changes.setSingleShot(true);
    m_changes.setInterval(coalescingMs);
    connect(&m_changes, &QTimer::timeout, this, &AccountChooser::readFirstPage);
    connect(&users, &UserService::userCreated, this, [this](const User &user) {
        if (sortsIntoFirstPage(user))
            m_changes.start();
    });
    connect(&users, &UserService::userUpdated, this, &AccountChooser::noteUserChanged);
    connect(&users, &UserService::userDeleted, this, &AccountChooser::noteUserDeleted);
    setToolTip(tr("Type part of a name to find any account"));
    readFirstPage();
}

void AccountChooser::setEveryoneText(const QString &text)
{
    m_everyoneText = text;
    if (offersEveryone() && count() > 0) {
        const QSignalBlocker blocker(this);
        setItemText(0, text);
    }
    showChoiceText();
}

void AccountChooser::setPromptText(const QString &text)
{
    m_promptText = text;
    showChoiceText();
}

void AccountChooser::chooseEveryone()
{
    if (offersEveryone())
        setCurrentIndex(0);
    else
        dropChoice();
}

bool AccountChooser::choose(const QString &publicId)
{
    if (const int row = findData(publicId); row >= 0) {
        setCurrentIndex(row);
        return true;
    }
    const Result<User> user = m_users.get(Actor::desktopAdministrator(), publicId);
    if (!user || !offers(user.value()))
        return false;
    takeChoice(user.value());
    return true;
}

bool AccountChooser::chooseByName(const QString &username)
{
    const Result<QList<User>> matches = m_completer->readMatches(username);
    if (!matches)
        return false;
    for (const User &user : matches.value()) {
        if (sameName(user.username, username.trimmed())) {
            takeChoice(user);
            return true;
        }
    }
    return false;
}

int AccountChooser::pagesRead() const
{
    return m_completer->pagesRead();
}

bool AccountChooser::eventFilter(QObject *watched, QEvent *event)
{
    // A click into the field selects what it shows, so that typing searches afresh instead of appending to
    // the chosen name (the keyboard's Tab does that by itself).
    if (watched == lineEdit() && event->type() == QEvent::FocusIn
        && static_cast<QFocusEvent *>(event)->reason() == Qt::MouseFocusReason)
        QMetaObject::invokeMethod(lineEdit(), &QLineEdit::selectAll, Qt::QueuedConnection);
    return QComboBox::eventFilter(watched, event);
}

void AccountChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setToolTip(tr("Type part of a name to find any account"));
    QComboBox::changeEvent(event);
}

bool AccountChooser::offers(const User &user) const
{
    return m_offer != Offer::OneEnabledAccount || !user.disabled;
}

void AccountChooser::readFirstPage()
{
    const Result<QList<User>> firstPage = m_completer->readMatches(QString());
    // A failed read leaves the list as it was: the chosen account and typing to search still work.
    if (firstPage)
        rebuildItems(firstPage.value());
}

void AccountChooser::rebuildItems(const QList<User> &firstPage)
{
    QList<QPair<QString, QString>> wanted; // name, public id
    if (offersEveryone())
        wanted.append({m_everyoneText, QString()});
    bool chosenListed = m_chosen.publicId.isEmpty();
    for (const User &user : firstPage) {
        wanted.append({user.username, user.publicId});
        chosenListed = chosenListed || user.publicId == m_chosen.publicId;
    }
    // Chosen through a search, beyond the first page: it stays in the list, after it.
    if (!chosenListed)
        wanted.append({m_chosen.username, m_chosen.publicId});

    bool same = count() == wanted.size();
    for (int row = 0; same && row < count(); ++row)
        same = itemText(row) == wanted.at(row).first && itemData(row).toString() == wanted.at(row).second;
    if (same)
        return;

    const bool typing = lineEdit()->hasFocus() && lineEdit()->text() != choiceText();
    const QString typed = lineEdit()->text();
    const int cursor = lineEdit()->cursorPosition();
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const auto &[name, publicId] : std::as_const(wanted))
            addItem(name, publicId);
        setCurrentIndex(m_chosen.publicId.isEmpty() && !offersEveryone() ? -1 : findData(m_chosen.publicId));
    }
    if (typing) {
        lineEdit()->setText(typed);
        lineEdit()->setCursorPosition(cursor);
    } else {
        showChoiceText();
    }
}

void AccountChooser::takeChoice(const User &user)
{
    int row = findData(user.publicId);
    {
        const QSignalBlocker blocker(this);
        if (row < 0) {
            addItem(user.username, user.publicId);
            row = count() - 1;
        } else {
            setItemText(row, user.username);
        }
        setCurrentIndex(row);
    }
    takeIndex(row);
}

void AccountChooser::takeIndex(int index)
{
    const QString before = m_chosen.publicId;
    if (index < 0 || (offersEveryone() && index == 0)) {
        m_chosen = User();
    } else {
        m_chosen = User();
        m_chosen.publicId = itemData(index).toString();
        m_chosen.username = itemText(index);
    }
    showChoiceText();
    if (m_chosen.publicId != before)
        emit chosenChanged(m_chosen.publicId);
}

void AccountChooser::dropChoice()
{
    const int row = findData(m_chosen.publicId);
    {
        const QSignalBlocker blocker(this);
        if (!m_chosen.publicId.isEmpty() && row >= 0)
            removeItem(row);
        setCurrentIndex(offersEveryone() ? 0 : -1);
    }
    takeIndex(currentIndex());
}

QString AccountChooser::choiceText() const
{
    return m_chosen.username;
}

void AccountChooser::showChoiceText()
{
    // "All …" (or the prompt) is the empty field's placeholder: typing into it searches at once.
    lineEdit()->setPlaceholderText(offersEveryone() ? m_everyoneText : m_promptText);
    if (lineEdit()->text() != choiceText())
        lineEdit()->setText(choiceText());
}

void AccountChooser::pickTypedText()
{
    const QString typed = lineEdit()->text().trimmed();
    if (typed.isEmpty() || typed == choiceText())
        return;
    // Enter takes the account of that name, or the only one whose name contains the text.
    const Result<QList<User>> matches = m_completer->readMatches(typed);
    if (!matches)
        return;
    for (const User &user : matches.value()) {
        if (sameName(user.username, typed)) {
            takeChoice(user);
            return;
        }
    }
    if (matches->size() == 1)
        takeChoice(matches->constFirst());
}

void AccountChooser::finishTyping()
{
    // The suggestions opening take the focus for a moment (the combo box hands its focus-out to the field
    // directly, past the completer that would swallow it): the typing goes on.
    if (m_completer->popup()->isVisible())
        return;
    // Leaving the field keeps what it chose: an emptied field means all accounts (where offered), any other
    // text that did not lead to a choice goes back to the chosen name.
    if (lineEdit()->text().trimmed().isEmpty() && offersEveryone())
        chooseEveryone();
    else
        showChoiceText();
}

bool AccountChooser::sortsIntoFirstPage(const User &user) const
{
    if (!offers(user))
        return false;
    const int accounts = count() - firstAccountRow();
    return accounts < AccountCompleter::pageSize || user.username.toLower() < itemText(count() - 1).toLower();
}

void AccountChooser::noteUserChanged(const User &user)
{
    // Renamed, disabled or enabled again: the first page may hold other accounts now.
    if (findData(user.publicId) >= 0 || sortsIntoFirstPage(user))
        m_changes.start();
    if (user.publicId != m_chosen.publicId)
        return;
    if (!offers(user)) {
        dropChoice();
    } else if (user.username != m_chosen.username) {
        m_chosen.username = user.username;
        {
            const QSignalBlocker blocker(this);
            setItemText(findData(user.publicId), user.username);
        }
        showChoiceText();
    }
}

void AccountChooser::noteUserDeleted(const User &user)
{
    if (user.publicId == m_chosen.publicId)
        dropChoice();
    if (const int row = findData(user.publicId); row >= 0) {
        {
            const QSignalBlocker blocker(this);
            removeItem(row);
        }
        m_changes.start(); // another account moves up into the first page
    }
}
