#include "UsersTab.h"

#include "AddUserDialog.h"
#include "ChangeRoleDialog.h"
#include "ConfirmationBox.h"
#include "ErrorMessage.h"
#include "GeneratedPasswordDialog.h"
#include "ResetPasswordDialog.h"
#include "UserTableModel.h"
#include "users/Actor.h"
#include "users/UserService.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

UsersTab::UsersTab(UserService &users, UserTableModel &model, QWidget *parent)
    : WindowTab(parent)
    , m_users(users)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_lastAdminNote(new QLabel(this))
    , m_view(new QTableView(this))
    , m_menu(new QMenu(this))
{
    setObjectName(u"usersTab"_s);
    m_proxy->setSourceModel(&model);
    m_proxy->setSortRole(UserTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(UserTableModel::UsernameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::glyph(Icons::Glyph::Search), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(320);
    m_count->setObjectName(u"count"_s);

    m_lastAdminNote->setObjectName(u"lastAdminNote"_s);
    m_lastAdminNote->setWordWrap(true);
    m_lastAdminNote->setFrameShape(QFrame::StyledPanel);
    m_lastAdminNote->setMargin(6);
    m_lastAdminNote->setAutoFillBackground(true);
    m_lastAdminNote->setBackgroundRole(QPalette::AlternateBase);
    m_lastAdminNote->hide();

    m_view->setObjectName(u"usersView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserTableModel::UsernameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_add = createAction(Icons::Glyph::AddUser, "addUserAction");
    m_add->setShortcut(QKeySequence::New);
    m_changeRole = createAction(Icons::Glyph::ChangeRole, "changeRoleAction");
    m_toggleDisabled = createAction(Icons::Glyph::DisableUser, "toggleDisabledAction");
    m_resetPassword = createAction(Icons::Glyph::ResetPassword, "resetPasswordAction");
    m_signOut = createAction(Icons::Glyph::SignOut, "signOutAction");
    m_delete = createAction(Icons::Glyph::DeleteUser, "deleteUserAction");
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_add, &QAction::triggered, this, &UsersTab::addUser);
    connect(m_changeRole, &QAction::triggered, this, &UsersTab::changeRole);
    connect(m_toggleDisabled, &QAction::triggered, this, &UsersTab::toggleDisabled);
    connect(m_resetPassword, &QAction::triggered, this, &UsersTab::resetPassword);
    connect(m_signOut, &QAction::triggered, this, &UsersTab::signOutEverywhere);
    connect(m_delete, &QAction::triggered, this, &UsersTab::deleteUser);

    m_menu->setObjectName(u"usersMenu"_s);
    m_menu->addAction(m_add);
    m_menu->addSeparator();
    m_menu->addAction(m_changeRole);
    m_menu->addAction(m_toggleDisabled);
    m_menu->addAction(m_resetPassword);
    m_menu->addAction(m_signOut);
    m_menu->addSeparator();
    m_menu->addAction(m_delete);
    connect(m_menu, &QMenu::triggered, this, &WindowTab::showRequested);
    m_view->addActions({m_add, m_changeRole, m_toggleDisabled, m_resetPassword, m_signOut, m_delete});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_lastAdminNote);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &UsersTab::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersTab::updateActions);
    connect(&m_model, &UserTableModel::changesApplied, this, &UsersTab::updateActions);
    connect(&m_model, &UserTableModel::changesApplied, this, &UsersTab::updateCount);

    retranslateUi();
    updateActions();
    updateCount();
}

QString UsersTab::title() const
{
    return tr("Users");
}

QString UsersTab::menuTitle() const
{
    return tr("&Users");
}

QIcon UsersTab::icon() const
{
    return Icons::glyph(Icons::Glyph::Users);
}

QString UsersTab::settingsKey() const
{
    return u"users"_s;
}

QList<QAction *> UsersTab::toolBarActions() const
{
    return {m_add, m_changeRole, m_toggleDisabled, m_resetPassword, m_signOut, m_delete};
}

void UsersTab::reload()
{
    if (Status loaded = m_model.reload(); !loaded)
        ErrorMessage::show(this, tr("Could not read the accounts."), loaded.error());
    else
        emit statusMessage(tr("Reloaded %n account(s).", nullptr, m_model.rowCount()));
}

void UsersTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UsersTab::focusContent()
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void UsersTab::saveState(QSettings &settings) const
{
    settings.setValue(u"users/header"_s, m_view->horizontalHeader()->saveState());
}

void UsersTab::restoreState(QSettings &settings)
{
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray saved = settings.value(u"users/header"_s).toByteArray();
    if (!saved.isEmpty() && header->restoreState(saved))
        return;
    // First start: wide enough for typical values, however few rows there are yet; the name takes the rest.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(u"MMM"_s);
    const auto fit = [&](int column, const QStringList &samples) {
        int width = header->sectionSizeHint(column);
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample) + padding);
        m_view->setColumnWidth(column, width);
    };
    const QString time
        = QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(22, 59)), QLocale::ShortFormat);
    fit(UserTableModel::RoleColumn,
        {UserTableModel::roleName(Role::Admin), UserTableModel::roleName(Role::User)});
    fit(UserTableModel::StatusColumn, {UserTableModel::statusName(true), UserTableModel::statusName(false)});
    fit(UserTableModel::CreatedColumn, {time});
    fit(UserTableModel::LastLoginColumn, {time});
    fit(UserTableModel::BooksColumn, {u"00000"_s});
    fit(UserTableModel::SessionsColumn, {u"00000"_s});
    header->setSectionResizeMode(UserTableModel::UsernameColumn, QHeaderView::Stretch);
}

std::optional<User> UsersTab::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model.user(rows.constFirst().data(UserTableModel::PublicIdRole).toString());
}

bool UsersTab::selectUser(const QString &publicId)
{
    const int row = m_model.rowOf(publicId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QString UsersTab::lastAdministratorNote() const
{
    return m_lastAdminNote->isVisible() ? m_lastAdminNote->text() : QString();
}

void UsersTab::addUser()
{
    auto *dialog = new AddUserDialog(m_users, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddUserDialog::userCreated, this, [this](const User &user) {
        m_model.applyChanged(user);
        selectUser(user.publicId);
        emit statusMessage(tr("Added the account “%1”.").arg(user.username));
    });
    dialog->open();
}

void UsersTab::changeRole()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_changeRole->isEnabled())
        return;
    auto *dialog = new ChangeRoleDialog(m_users, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeRoleDialog::roleChanged, this, [this](const User &changed) {
        m_model.applyChanged(changed);
        emit statusMessage(
            tr("“%1” is now: %2.").arg(changed.username, UserTableModel::roleName(changed.role)));
    });
    dialog->open();
}

void UsersTab::toggleDisabled()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    if (user->disabled) {
        setDisabled(*user, false);
        return;
    }
    ConfirmationBox::ask(
        this,
        {u"confirmDisableUser"_s, tr("Disable User"), tr("Disable the account “%1”?").arg(user->username),
         tr("%1 can no longer sign in and is signed out everywhere at once. Their books stay. You can "
            "enable the account again at any time.")
             .arg(user->username),
         tr("&Disable User")},
        [this, user = *user] { setDisabled(user, true); });
}

void UsersTab::setDisabled(const User &user, bool disabled)
{
    UserChanges changes;
    changes.disabled = disabled;
    emit statusMessage(disabled ? tr("Disabling “%1”…").arg(user.username)
                                : tr("Enabling “%1”…").arg(user.username));
    m_users.update(Actor::desktopAdministrator(), user.publicId, changes)
        .then(this, [this, user, disabled](const Result<User> &changed) {
            if (!changed) {
                emit statusMessage(QString());
                ErrorMessage::show(this,
                                   disabled ? tr("Could not disable “%1”.").arg(user.username)
                                            : tr("Could not enable “%1”.").arg(user.username),
                                   changed.error());
                return;
            }
            m_model.applyChanged(changed.value());
            emit statusMessage(disabled ? tr("Disabled “%1”.").arg(user.username)
                                        : tr("Enabled “%1”.").arg(user.username));
        });
}

void UsersTab::resetPassword()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    auto *dialog = new ResetPasswordDialog(m_users, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetPasswordDialog::passwordReset, this,
            [this](const User &changed, const QString &generatedPassword) {
                m_model.applyChanged(changed);
                emit statusMessage(tr("Set a new password for “%1”.").arg(changed.username));
                if (generatedPassword.isEmpty())
                    return;
                auto *shown = new GeneratedPasswordDialog(GeneratedPasswordDialog::Purpose::PasswordReset,
                                                          changed.username, generatedPassword, this);
                shown->setAttribute(Qt::WA_DeleteOnClose);
                shown->open();
            });
    dialog->open();
}

void UsersTab::signOutEverywhere()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    ConfirmationBox::ask(
        this,
        {u"confirmSignOut"_s, tr("Sign Out Everywhere"), tr("Sign “%1” out everywhere?").arg(user->username),
         tr("Every token issued to %1 stops working at once, on every device; they have to sign in again. "
            "Their "
            "password stays the same.")
             .arg(user->username),
         tr("&Sign Out Everywhere")},
        [this, user = *user] {
            m_users.signOutEverywhere(Actor::desktopAdministrator(), user.publicId)
                .then(this, [this, user](const Result<User> &signedOut) {
                    if (!signedOut) {
                        ErrorMessage::show(this, tr("Could not sign “%1” out.").arg(user.username),
                                           signedOut.error());
                        return;
                    }
                    m_model.applyChanged(signedOut.value());
                    emit statusMessage(tr("Signed “%1” out everywhere.").arg(user.username));
                });
        });
}

void UsersTab::deleteUser()
{
    const std::optional<User> user = selectedUser();
    if (!user || !m_delete->isEnabled())
        return;
    const QString consequence = user->bookCount > 0
        ? tr("%n book(s) owned by %1 will be deleted with the account.", nullptr, int(user->bookCount))
              .arg(user->username)
        : tr("%1 owns no books.").arg(user->username);
    ConfirmationBox::ask(
        this,
        {u"confirmDeleteUser"_s, tr("Delete User"), tr("Delete the account “%1”?").arg(user->username),
         consequence + u' ' + tr("This cannot be undone."), tr("&Delete User")},
        [this, user = *user] {
            m_users.remove(Actor::desktopAdministrator(), user.publicId)
                .then(this, [this, user](const Result<User> &removed) {
                    if (!removed) {
                        ErrorMessage::show(this, tr("Could not delete “%1”.").arg(user.username),
                                           removed.error());
                        return;
                    }
                    m_model.applyRemoved(removed.value());
                    emit statusMessage(
                        tr("Deleted the account “%1” and %n book(s).", nullptr, int(removed->bookCount))
                            .arg(user.username));
                });
        });
}

void UsersTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    WindowTab::changeEvent(event);
}

void UsersTab::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search usernames (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search usernames"));
    m_view->setAccessibleName(tr("Accounts"));
    m_menu->setTitle(menuTitle());
    m_add->setText(tr("&Add User..."));
    m_add->setToolTip(tr("Create an account (Ctrl+N)"));
    m_changeRole->setText(tr("Change &Role..."));
    m_resetPassword->setText(tr("Reset &Password..."));
    m_resetPassword->setToolTip(tr("Give the selected account a new password"));
    m_signOut->setText(tr("&Sign Out Everywhere..."));
    m_signOut->setToolTip(tr("End every session of the selected account"));
    m_delete->setText(tr("&Delete User..."));
    m_model.retranslate();
    updateActions();
    updateCount();
    emit titleChanged();
}

void UsersTab::updateActions()
{
    const std::optional<User> user = selectedUser();
    const bool selected = user.has_value();
    const bool last = selected && m_model.isLastEnabledAdministrator(user->publicId);
    const bool disabled = selected && user->disabled;

    m_toggleDisabled->setText(disabled ? tr("&Enable User") : tr("D&isable User..."));
    m_toggleDisabled->setIcon(Icons::glyph(disabled ? Icons::Glyph::EnableUser : Icons::Glyph::DisableUser));
    m_changeRole->setEnabled(selected && !last);
    m_toggleDisabled->setEnabled(selected && !last);
    m_resetPassword->setEnabled(selected);
    m_signOut->setEnabled(selected);
    m_delete->setEnabled(selected && !last);

    const QString why = last
        ? tr("“%1” is the last enabled administrator. Make another user an administrator first.")
              .arg(user->username)
        : QString();
    m_changeRole->setToolTip(why.isEmpty() ? tr("Make the selected account an administrator or a user")
                                           : why);
    m_toggleDisabled->setToolTip(why.isEmpty() ? (disabled ? tr("Let the selected account sign in again")
                                                           : tr("Stop the selected account from signing in"))
                                               : why);
    m_delete->setToolTip(why.isEmpty() ? tr("Delete the selected account and its books") : why);

    if (last) {
        m_lastAdminNote->setText(
            tr("“%1” is the last enabled administrator, so it cannot be disabled, made a regular user or "
               "deleted: "
               "someone must always be able to manage Bookwarden. Make another user an administrator first.")
                .arg(user->username));
        m_lastAdminNote->show();
    } else {
        m_lastAdminNote->hide();
    }
}

void UsersTab::updateCount()
{
    const int total = m_model.rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n account(s)", nullptr, total)
                                    : tr("%1 of %n account(s)", nullptr, total).arg(shown));
}

QAction *UsersTab::createAction(Icons::Glyph glyph, const char *name)
{
    auto *action = new QAction(Icons::glyph(glyph), QString(), this);
    action->setObjectName(QString::fromLatin1(name));
    // Active while the focus is in this tab, so that the Books tab can use the same keys for its actions.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}
