#include "SessionsTab.h"

#include "ConfirmationBox.h"
#include "ErrorMessage.h"
#include "SecurityEventModel.h"
#include "SessionTableModel.h"
#include "UserTableModel.h"
#include "tokens/RefreshSessionService.h"
#include "users/Actor.h"
#include "users/UserService.h"

#include <QAction>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
// The reason a revocation from this desk is recorded with (RefreshSession::revokedReason).
const QString administratorReason = u"admin"_s;
} // namespace

SessionsTab::SessionsTab(RefreshSessionService &sessions, UserService &users, const Clock &clock,
                         UserTableModel &userModel, QWidget *parent)
    : WindowTab(parent)
    , m_sessions(sessions)
    , m_users(users)
    , m_userModel(userModel)
    , m_model(new SessionTableModel(sessions, clock, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QComboBox(this))
    , m_showEnded(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QTableView(m_splitter))
    , m_details(new QTextBrowser(m_splitter))
    , m_menu(new QMenu(this))
{
    setObjectName(u"sessionsTab"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SessionTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(SessionTableModel::UserColumn);
    m_proxy->setFilterRole(SessionTableModel::UserPublicIdRole);

    m_user->setObjectName(u"userFilter"_s);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->setMinimumContentsLength(12);
    m_userLabel->setBuddy(m_user);
    m_showEnded->setObjectName(u"showEnded"_s);
    m_count->setObjectName(u"count"_s);

    m_view->setObjectName(u"sessionsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionTableModel::LastUsedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_details->setObjectName(u"sessionDetails"_s);
    m_details->setOpenLinks(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_revoke = createAction(Icons::Glyph::RevokeSession, "revokeSessionsAction");
    m_revoke->setShortcut(QKeySequence::Delete);
    m_signOut = createAction(Icons::Glyph::SignOut, "signOutUserAction");
    m_showEndedAction = createAction(std::nullopt, "showEndedAction");
    m_showEndedAction->setCheckable(true);
    connect(m_revoke, &QAction::triggered, this, &SessionsTab::revokeSessions);
    connect(m_signOut, &QAction::triggered, this, &SessionsTab::signOutEverywhere);
    connect(m_showEndedAction, &QAction::toggled, this, &SessionsTab::setShowEnded);
    connect(m_showEnded, &QCheckBox::toggled, this, &SessionsTab::setShowEnded);

    m_menu->setObjectName(u"sessionsMenu"_s);
    m_menu->addAction(m_revoke);
    m_menu->addAction(m_signOut);
    m_menu->addSeparator();
    m_menu->addAction(m_showEndedAction);
    connect(m_menu, &QMenu::triggered, this, &WindowTab::showRequested);
    m_view->addActions({m_revoke, m_signOut});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_userLabel);
    bar->addWidget(m_user);
    bar->addSpacing(12);
    bar->addWidget(m_showEnded);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        const QString publicId = m_user->currentData().toString();
        m_proxy->setFilterRegularExpression(publicId.isEmpty()
                                                ? QRegularExpression()
                                                : QRegularExpression(QRegularExpression::anchoredPattern(
                                                    QRegularExpression::escape(publicId))));
        updateCount();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsTab::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsTab::showDetails);
    connect(m_model, &SessionTableModel::changesApplied, this, &SessionsTab::showDetails);
    connect(m_model, &SessionTableModel::changesApplied, this, &SessionsTab::updateActions);
    connect(m_model, &SessionTableModel::changesApplied, this, &SessionsTab::updateCount);
    connect(&m_userModel, &UserTableModel::changesApplied, this, &SessionsTab::refreshUsers);

    if (Status loaded = m_model->reload(); !loaded) {
        // Shown once the window is up, so that the message has a window to belong to.
        QMetaObject::invokeMethod(
            this,
            [this, error = loaded.error()] {
                ErrorMessage::show(this, tr("Could not read the sessions."), error);
            },
            Qt::QueuedConnection);
    }
    retranslateUi();
    refreshUsers();
    updateActions();
    updateCount();
}

QString SessionsTab::title() const
{
    return tr("Sessions");
}

QString SessionsTab::menuTitle() const
{
    return tr("&Sessions");
}

QIcon SessionsTab::icon() const
{
    return Icons::glyph(Icons::Glyph::Sessions);
}

QString SessionsTab::settingsKey() const
{
    return u"sessions"_s;
}

QList<QAction *> SessionsTab::toolBarActions() const
{
    return {m_revoke, m_signOut};
}

void SessionsTab::reload()
{
    if (Status loaded = m_model->reload(); !loaded)
        ErrorMessage::show(this, tr("Could not read the sessions."), loaded.error());
    else
        emit statusMessage(tr("Reloaded %n session(s).", nullptr, m_model->rowCount()));
}

void SessionsTab::focusSearch()
{
    m_user->setFocus(Qt::ShortcutFocusReason);
}

void SessionsTab::focusContent()
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void SessionsTab::saveState(QSettings &settings) const
{
    settings.setValue(u"sessions/header"_s, m_view->horizontalHeader()->saveState());
    settings.setValue(u"sessions/showEnded"_s, m_model->showsEnded());
    settings.setValue(u"sessions/splitter"_s, m_splitter->saveState());
}

void SessionsTab::restoreState(QSettings &settings)
{
    m_showEnded->setChecked(settings.value(u"sessions/showEnded"_s, false).toBool());
    const QByteArray splitter = settings.value(u"sessions/splitter"_s).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({420, 180});
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray saved = settings.value(u"sessions/header"_s).toByteArray();
    if (!saved.isEmpty() && header->restoreState(saved))
        return;
    // First start: wide enough for typical values; the client program takes the rest.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(u"MMM"_s);
    const auto fit = [&](int column, const QStringList &samples) {
        int width = header->sectionSizeHint(column);
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample) + padding);
        m_view->setColumnWidth(column, width);
    };
    const QString time = SecurityEventModel::formatTime(
        QDateTime(QDate(2026, 12, 30), QTime(22, 59, 59)).toMSecsSinceEpoch());
    fit(SessionTableModel::UserColumn, {u"MMMMMMMMMM"_s});
    fit(SessionTableModel::StatusColumn,
        {SessionTableModel::endReasonName(u"admin"_s), SessionTableModel::endReasonName(u"logout"_s)});
    fit(SessionTableModel::CreatedColumn, {time});
    fit(SessionTableModel::LastUsedColumn, {time});
    fit(SessionTableModel::ExpiresColumn, {time});
    fit(SessionTableModel::AddressColumn, {u"255.255.255.255"_s});
}

QList<RefreshSession> SessionsTab::selectedSessions() const
{
    QList<RefreshSession> sessions;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const std::optional<RefreshSession> session
            = m_model->session(row.data(SessionTableModel::PublicIdRole).toString()))
            sessions.append(*session);
    }
    return sessions;
}

bool SessionsTab::selectSession(const QString &publicId)
{
    const int row = m_model->rowOf(publicId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QString SessionsTab::detailsText() const
{
    return m_details->toPlainText();
}

void SessionsTab::showDetails()
{
    const QList<RefreshSession> selected = selectedSessions();
    const std::optional<RefreshSession> session
        = selected.size() == 1 ? std::optional<RefreshSession>(selected.constFirst()) : std::nullopt;
    QString html;
    if (selected.size() > 1) {
        html = u"<p>"_s + tr("%n session(s) selected.", nullptr, int(selected.size())).toHtmlEscaped()
            + u"</p>"_s;
    } else if (!session) {
        html
            = u"<p>"_s + tr("Select a session to see everything known about it.").toHtmlEscaped() + u"</p>"_s;
    } else {
        html = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
        const auto row = [&html](const QString &label, const QString &value) {
            if (value.isEmpty())
                return;
            html += u"<tr><td valign=\"top\"><b>"_s + label.toHtmlEscaped() + u"</b></td><td>"_s
                + value.toHtmlEscaped() + u"</td></tr>"_s;
        };
        const auto time = [](qint64 ms) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
        };
        row(tr("User"), tr("%1 (account id %2)").arg(session->username, session->userPublicId));
        row(tr("Status"), m_model->statusText(*session));
        if (session->revokedAtMs)
            row(tr("Ended"), time(*session->revokedAtMs));
        row(tr("Signed in"), time(session->createdAtMs));
        row(tr("Last used"),
            tr("%1, refreshed %n time(s) in all", nullptr, int(session->rotations))
                .arg(time(session->lastUsedAtMs)));
        if (!session->revokedAtMs)
            row(tr("Expires"),
                tr("%1, unless it is used before: every refresh extends it").arg(time(session->expiresAtMs)));
        row(tr("Client address"), session->clientAddress);
        row(tr("Client program"), session->userAgent);
        row(tr("Session id"), tr("%1 (the sid claim of its access tokens)").arg(session->publicId));
        html += u"</table>"_s;
    }
    if (html == m_detailsHtml)
        return;
    m_detailsHtml = html;
    m_details->setHtml(html);
}

void SessionsTab::revokeSessions()
{
    QList<RefreshSession> open;
    for (const RefreshSession &session : selectedSessions()) {
        if (m_model->isOpen(session))
            open.append(session);
    }
    if (open.isEmpty())
        return;
    ConfirmationBox::Question question;
    question.objectName = u"confirmRevokeSessions"_s;
    question.title = tr("Revoke Sessions");
    if (open.size() == 1) {
        const RefreshSession &session = open.constFirst();
        question.text = session.clientAddress.isEmpty()
            ? tr("Revoke this session of “%1”?").arg(session.username)
            : tr("Revoke the session of “%1” from %2?").arg(session.username, session.clientAddress);
    } else {
        question.text = tr("Revoke %n session(s)?", nullptr, int(open.size()));
    }
    question.informativeText = tr("The client's refresh token and its access tokens stop working at once; "
                                  "to continue, the user has to sign in again. The account stays as it is.");
    question.confirmText = tr("&Revoke");
    QMessageBox *box = ConfirmationBox::ask(this, question, [this, open] { revoke(open); });
    if (open.size() > 1) {
        QStringList lines;
        for (const RefreshSession &session : open)
            lines << tr("%1 from %2, signed in %3")
                         .arg(session.username,
                              session.clientAddress.isEmpty() ? tr("this computer") : session.clientAddress,
                              SecurityEventModel::formatTime(session.createdAtMs));
        box->setDetailedText(lines.join(u'\n'));
    }
}

void SessionsTab::revoke(const QList<RefreshSession> &sessions)
{
    struct Progress
    {
        int remaining = 0;
        int revoked = 0;
        QStringList failures;
    };
    auto progress = std::make_shared<Progress>();
    progress->remaining = int(sessions.size());
    emit statusMessage(tr("Revoking %n session(s)…", nullptr, progress->remaining));
    for (const RefreshSession &session : sessions) {
        m_sessions.revoke(Actor::desktopAdministrator(), session.publicId, administratorReason)
            .then(this, [this, progress, session](const Result<RefreshSession> &revoked) {
                if (revoked) {
                    m_model->applyChanged(revoked.value());
                    ++progress->revoked;
                } else {
                    progress->failures << tr("%1 (%2): %3")
                                              .arg(session.username, session.publicId,
                                                   ErrorMessage::describe(revoked.error()));
                }
                if (--progress->remaining > 0)
                    return;
                emit statusMessage(tr("Revoked %n session(s).", nullptr, progress->revoked));
                if (progress->failures.isEmpty())
                    return;
                auto *box = new QMessageBox(
                    QMessageBox::Warning, tr("Revoke Sessions"),
                    tr("%n session(s) could not be revoked.", nullptr, int(progress->failures.size())),
                    QMessageBox::Ok, this);
                box->setObjectName(u"revocationFailures"_s);
                box->setInformativeText(progress->failures.join(u'\n'));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setWindowModality(Qt::WindowModal);
                box->open();
            });
    }
}

void SessionsTab::signOutEverywhere()
{
    const QList<RefreshSession> sessions = selectedSessions();
    if (sessions.isEmpty() || !m_signOut->isEnabled())
        return;
    const QString publicId = sessions.constFirst().userPublicId;
    const QString username = sessions.constFirst().username;
    ConfirmationBox::ask(
        this,
        {u"confirmSignOut"_s, tr("Sign Out Everywhere"), tr("Sign “%1” out everywhere?").arg(username),
         tr("Every session of %1 ends and every token issued to them stops working at once, on every device; "
            "they have to sign in again. Their password stays the same.")
             .arg(username),
         tr("&Sign Out Everywhere")},
        [this, publicId, username] {
            m_users.signOutEverywhere(Actor::desktopAdministrator(), publicId)
                .then(this, [this, username](const Result<User> &signedOut) {
                    if (!signedOut) {
                        ErrorMessage::show(this, tr("Could not sign “%1” out.").arg(username),
                                           signedOut.error());
                        return;
                    }
                    m_userModel.applyChanged(signedOut.value());
                    // The sessions' own signals follow; read now so that the list is right at once.
                    (void)m_model->reload();
                    emit statusMessage(tr("Signed “%1” out everywhere.").arg(username));
                });
        });
}

void SessionsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    WindowTab::changeEvent(event);
}

void SessionsTab::retranslateUi()
{
    m_userLabel->setText(tr("U&ser:"));
    if (m_user->count() > 0)
        m_user->setItemText(0, tr("All users"));
    m_showEnded->setText(tr("Show &ended sessions"));
    m_showEnded->setToolTip(tr("Also list sessions that were signed out, revoked or ran out, and why"));
    m_view->setAccessibleName(tr("Sessions"));
    m_details->setAccessibleName(tr("Session details"));
    m_menu->setTitle(menuTitle());
    m_revoke->setText(tr("&Revoke Sessions..."));
    m_revoke->setIconText(tr("Revoke"));
    m_revoke->setToolTip(tr("End the selected sessions: their tokens stop working (Del)"));
    m_signOut->setText(tr("Sign User &Out Everywhere..."));
    m_signOut->setIconText(tr("Sign Out Everywhere"));
    m_showEndedAction->setText(tr("Show &Ended Sessions"));
    m_model->retranslate();
    updateActions();
    updateCount();
    m_detailsHtml.clear();
    showDetails();
    emit titleChanged();
}

void SessionsTab::updateActions()
{
    const QList<RefreshSession> sessions = selectedSessions();
    int open = 0;
    QSet<QString> users;
    for (const RefreshSession &session : sessions) {
        if (m_model->isOpen(session))
            ++open;
        users.insert(session.userPublicId);
    }
    m_revoke->setEnabled(open > 0);
    m_signOut->setEnabled(users.size() == 1);
    if (users.size() > 1)
        m_signOut->setToolTip(tr("Select the sessions of one user to sign that user out everywhere"));
    else if (users.size() == 1)
        m_signOut->setToolTip(
            tr("End every session of “%1” and revoke all their tokens").arg(sessions.constFirst().username));
    else
        m_signOut->setToolTip(tr("End every session of the selected session's user"));
}

void SessionsTab::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_count->setText(m_model->showsEnded() ? tr("No sessions") : tr("No one is signed in"));
        return;
    }
    if (m_model->showsEnded()) {
        m_count->setText(shown == total
                             ? tr("%n session(s), %1 open", nullptr, total).arg(m_model->openCount())
                             : tr("%1 of %n session(s)", nullptr, total).arg(shown));
        return;
    }
    m_count->setText(shown == total ? tr("%n open session(s)", nullptr, total)
                                    : tr("%1 of %n open session(s)", nullptr, total).arg(shown));
}

void SessionsTab::refreshUsers()
{
    // Rebuilt from the accounts, keeping the chosen user; if that account went, back to everyone.
    const QString chosen = m_user->currentData().toString();
    QList<User> users = m_userModel.users();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(users.begin(), users.end(), [&collator](const User &a, const User &b) {
        return collator.compare(a.username, b.username) < 0;
    });
    QStringList names;
    for (const User &user : std::as_const(users))
        names << user.username;
    QStringList current;
    for (int i = 1; i < m_user->count(); ++i)
        current << m_user->itemText(i);
    if (m_user->count() > 0 && names == current)
        return;

    const QSignalBlocker blocker(m_user);
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    for (const User &user : std::as_const(users))
        m_user->addItem(user.username, user.publicId);
    const int index = m_user->findData(chosen);
    m_user->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !chosen.isEmpty()) {
        m_proxy->setFilterRegularExpression(QRegularExpression());
        updateCount();
    }
}

void SessionsTab::setShowEnded(bool show)
{
    const QSignalBlocker blockBox(m_showEnded);
    const QSignalBlocker blockAction(m_showEndedAction);
    m_showEnded->setChecked(show);
    m_showEndedAction->setChecked(show);
    if (Status loaded = m_model->setShowEnded(show); !loaded)
        ErrorMessage::show(this, tr("Could not read the sessions."), loaded.error());
    updateCount();
    updateActions();
}

QAction *SessionsTab::createAction(std::optional<Icons::Glyph> glyph, const char *name)
{
    auto *action = new QAction(glyph ? Icons::glyph(*glyph) : QIcon(), QString(), this);
    action->setObjectName(QString::fromLatin1(name));
    // Active while the focus is in this tab, so that other tabs can use the same keys for their actions.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}
