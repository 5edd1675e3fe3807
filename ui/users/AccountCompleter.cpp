#include "AccountCompleter.h"

#include "ErrorMessage.h"
#include "users/Actor.h"
#include "users/UserService.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStandardItemModel>

namespace {
// With enabledOnly, how many pages one read goes through at most while leaving disabled accounts out: a
// run of disabled names must not turn one keystroke into a scan of the table.
constexpr int maximumPagesPerRead = 4;
constexpr int publicIdRole = Qt::UserRole;
} // namespace

AccountCompleter::AccountCompleter(UserService &users, QObject *parent)
    : QCompleter(parent)
    , m_users(users)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    // The rows are already the matches, read from SQL: shown as they are, not filtered again by prefix.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    setMaxVisibleItems(12);
    m_typing.setSingleShot(true);
    m_typing.setInterval(typingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &AccountCompleter::suggestTypedText);
    connect(this, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const QString publicId = index.data(publicIdRole).toString();
                for (const User &user : std::as_const(m_matches)) {
                    if (user.publicId == publicId) {
                        emit accountPicked(user);
                        return;
                    }
                }
            });
}

void AccountCompleter::attachTo(QLineEdit *field)
{
    m_field = field;
    setWidget(field);
    connect(field, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
}

Result<QList<User>> AccountCompleter::readMatches(const QString &text)
{
    UserQuery query;
    query.text = text.trimmed();
    query.limit = pageSize;
    QList<User> matches;
    for (int page = 0; page < maximumPagesPerRead; ++page) {
        const Result<UserPage> read = m_users.list(Actor::desktopAdministrator(), query);
        ++m_pagesRead;
        if (!read)
            return read.error();
        for (const User &user : read->items) {
            if (!m_enabledOnly || !user.disabled)
                matches.append(user);
        }
        if (!m_enabledOnly || matches.size() >= pageSize || read->nextCursor.isEmpty())
            break;
        query.cursor = read->nextCursor;
    }
    if (matches.size() > pageSize)
        matches.resize(pageSize);
    return matches;
}

void AccountCompleter::suggestTypedText()
{
    if (m_field)
        suggest(m_field->text());
}

void AccountCompleter::suggest(const QString &text)
{
    m_typing.stop();
    m_model->clear();
    m_matches.clear();
    if (text.trimmed().isEmpty()) {
        popup()->hide();
        return;
    }
    const Result<QList<User>> matches = readMatches(text);
    if (!matches) {
        auto *problem = new QStandardItem(
            tr("Could not search the accounts: %1").arg(ErrorMessage::describe(matches.error())));
        problem->setEnabled(false);
        m_model->appendRow(problem);
    } else {
        m_matches = matches.value();
        for (const User &user : std::as_const(m_matches)) {
            auto *item = new QStandardItem(user.username);
            item->setData(user.publicId, publicIdRole);
            item->setEditable(false);
            m_model->appendRow(item);
        }
    }
    if (m_model->rowCount() == 0) {
        popup()->hide();
        return;
    }
    // Offered where the user is typing; a field that lost the focus meanwhile is left alone.
    if (m_field && m_field->hasFocus()) {
        // The first match that starts with the text is the current one: Enter takes it.
        setCompletionPrefix(text.trimmed());
        complete();
    }
}
