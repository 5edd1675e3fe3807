#include "SessionsTab.h"

#include "AccountChooser.h"
#include "ConfirmationBox.h"
#include "DetailsTable.h"
#include "ErrorMessage.h"
#include "SecurityEventModel.h"
#include "SessionTableModel.h"
#include "UserTableModel.h"
#include "tokens/RefreshSessionService.h"
#include "users/Actor.h"
#include "users/UserService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
// The reason a revocation from this desk is recorded with (RefreshSession::revokedReason).
const QString administratorReason = u"admin"_s;
} // namespace

SessionsTab::SessionsTab(RefreshSessionService &sessions, UserService &users, const Clock &clock,
                         UserTableModel &userModel, QWidget *parent)
    : TableTab(u"sessions"_s, Icons::Glyph::Sessions, QT_TR_NOOP("Sessions"), QT_TR_NOOP("&Sessions"), parent)
    , m_sessions(sessions)
    , m_users(users)
    , m_userModel(userModel)
    , m_model(new SessionTableModel(sessions, users, clock, this))
{
    setObjectName(u"sessionsTab"_s);
    buildFilters();
    buildTable();
    buildActions();

    m_model->reload();
    applyTexts();
}

void SessionsTab::buildFilters()
{
    m_user = new AccountChooser(m_users, AccountChooser::Offer::EveryoneOrOneAccount, this);
    m_user->setObjectName(u"userFilter"_s);
    m_showEnded = new QCheckBox(this);
    m_showEnded->setObjectName(u"showEnded"_s);
    m_userLabel = addLabeledHeaderWidget(m_user);
    addHeaderSpacing();
    addHeaderWidget(m_showEnded);
    setSearchWidget(m_user);
    connect(m_user, &AccountChooser::chosenChanged, this, &SessionsTab::showUser);
    connect(m_showEnded, &QCheckBox::toggled, this, &SessionsTab::setShowEnded);
}

void SessionsTab::buildTable()
{
    // Sorted, filtered and counted in SQL, read as the view scrolls: no proxy holds every session. The
    // indicator shows the model's first order (newest use first) before the view turns sorting on, which
    // then finds nothing to read again.
    view()->horizontalHeader()->setSortIndicator(SessionTableModel::LastUsedColumn, Qt::DescendingOrder);
    setTableModel(m_model);
    view()->setObjectName(u"sessionsView"_s);
    view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view()->setTextElideMode(Qt::ElideRight);
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view()->horizontalHeader()->setStretchLastSection(true);
    m_details = addDetailsPane(u"sessionDetails"_s, 3, 1, {420, 180});
}

void SessionsTab::buildActions()
{
    m_revoke->setShortcut(QKeySequence::Delete);
    m_showEndedAction->setCheckable(true);
    connect(m_showEndedAction, &QAction::toggled, this, &SessionsTab::setShowEnded);
    createMenu("sessionsMenu", {m_revoke, m_signOut, nullptr, m_showEndedAction});
    setToolBarActions({m_revoke, m_signOut});
    view()->addActions({m_revoke, m_signOut});
}

void SessionsTab::reload()
{
    reloadRows();
}

QString SessionsTab::reloadedText() const
{
    return tr("Reloaded %n session(s).", nullptr, m_model->rowCount());
}

QString SessionsTab::loadErrorText() const
{
    return tr("Could not read the sessions.");
}

QComboBox *SessionsTab::userFilter() const
{
    return m_user;
}

void SessionsTab::saveState(QSettings &settings) const
{
    settings.setValue(u"sessions/showEnded"_s, m_model->showsEnded());
    TableTab::saveState(settings);
}

void SessionsTab::restoreState(QSettings &settings)
{
    m_showEnded->setChecked(settings.value(u"sessions/showEnded"_s, false).toBool());
    TableTab::restoreState(settings);
}

void SessionsTab::fitColumns()
{
    // First start: wide enough for typical values; the client program takes the rest.
    const QString padding = u"MMM"_s;
    const QString time = SecurityEventModel::formatTime(
        QDateTime(QDate(2026, 12, 30), QTime(22, 59, 59)).toMSecsSinceEpoch());
    fitColumn(SessionTableModel::UserColumn, {u"MMMMMMMMMM"_s}, padding);
    fitColumn(SessionTableModel::StatusColumn,
              {SessionTableModel::endReasonName(u"admin"_s), SessionTableModel::endReasonName(u"logout"_s)},
              padding);
    fitColumn(SessionTableModel::CreatedColumn, {time}, padding);
    fitColumn(SessionTableModel::LastUsedColumn, {time}, padding);
    fitColumn(SessionTableModel::ExpiresColumn, {time}, padding);
    fitColumn(SessionTableModel::AddressColumn, {u"255.255.255.255"_s}, padding);
}

void SessionsTab::showUser(const QString &publicId)
{
    m_model->setUserPublicId(publicId);
    updateCount();
    updateActions();
}

QList<RefreshSession> SessionsTab::selectedSessions() const
{
    QList<RefreshSession> sessions;
    const QModelIndexList rows = selectedRows();
    for (const QModelIndex &row : rows) {
        if (const std::optional<RefreshSession> session
            = m_model->session(row.data(SessionTableModel::PublicIdRole).toString()))
            sessions.append(*session);
    }
    return sessions;
}

bool SessionsTab::selectSession(const QString &publicId)
{
    return selectModelRow(m_model->rowOf(publicId));
}

QString SessionsTab::detailsText() const
{
    return m_details->toPlainText();
}

void SessionsTab::showDetails()
{
    const QList<RefreshSession> selected = selectedSessions();
    if (selected.size() > 1) {
        setDetailsHtml(DetailsTable::paragraph(tr("%n session(s) selected.", nullptr, int(selected.size()))));
    } else if (selected.isEmpty()) {
        setDetailsHtml(DetailsTable::paragraph(tr("Select a session to see everything known about it.")));
    } else {
        setDetailsHtml(detailsHtml(selected.constFirst()));
    }
}

QString SessionsTab::detailsHtml(const RefreshSession &session) const
{
    DetailsTable table;
    const auto time = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
    };
    table.add(tr("User"), tr("%1 (account id %2)").arg(session.username, session.userPublicId));
    table.add(tr("Status"), m_model->statusText(session));
    if (session.revokedAtMs)
        table.add(tr("Ended"), time(*session.revokedAtMs));
    table.add(tr("Signed in"), time(session.createdAtMs));
    table.add(tr("Last used"),
              tr("%1, refreshed %n time(s) in all", nullptr, int(session.rotations))
                  .arg(time(session.lastUsedAtMs)));
    if (!session.revokedAtMs)
        table.add(
            tr("Expires"),
            tr("%1, unless it is used before: every refresh extends it").arg(time(session.expiresAtMs)));
    table.add(tr("Client address"), session.clientAddress);
    table.add(tr("Client program"), session.userAgent);
    table.add(tr("Session id"), tr("%1 (the sid claim of its access tokens)").arg(session.publicId));
    return table.html();
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
                if (!progress->failures.isEmpty())
                    ErrorMessage::showWarning(
                        this, u"revocationFailures"_s, tr("Revoke Sessions"),
                        tr("%n session(s) could not be revoked.", nullptr, int(progress->failures.size())),
                        progress->failures.join(u'\n'));
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
            ErrorMessage::showIfFailed(
                this, m_users.signOutEverywhere(Actor::desktopAdministrator(), publicId),
                tr("Could not sign “%1” out.").arg(username), [this, username](const User &signedOut) {
                    m_userModel.applyChanged(signedOut);
                    // The sessions' own signals follow; read now so that the list is right at once.
                    (void)m_model->reload();
                    emit statusMessage(tr("Signed “%1” out everywhere.").arg(username));
                });
        });
}

void SessionsTab::retranslateUi()
{
    m_userLabel->setText(tr("U&ser:"));
    m_user->setEveryoneText(tr("All users"));
    m_showEnded->setText(tr("Show &ended sessions"));
    m_showEnded->setToolTip(tr("Also list sessions that were signed out, revoked or ran out, and why"));
    view()->setAccessibleName(tr("Sessions"));
    m_details->setAccessibleName(tr("Session details"));
    setTexts(m_revoke, tr("&Revoke Sessions..."), tr("Revoke"),
             tr("End the selected sessions: their tokens stop working (Del)"));
    setTexts(m_signOut, tr("Sign User &Out Everywhere..."), tr("Sign Out Everywhere"));
    setTexts(m_showEndedAction, tr("Show &Ended Sessions"));
    m_model->retranslate();
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

QString SessionsTab::countText() const
{
    // Counted in SQL (every page, not just those read), with the locale's digit grouping.
    const int total = int(m_model->totalCount());
    if (total == 0)
        return m_model->showsEnded() ? tr("No sessions") : tr("No one is signed in");
    if (m_model->showsEnded())
        return tr("%Ln session(s), %1 open", nullptr, total).arg(QLocale().toString(m_model->openTotal()));
    return tr("%Ln open session(s)", nullptr, total);
}

void SessionsTab::setShowEnded(bool show)
{
    const QSignalBlocker blockBox(m_showEnded);
    const QSignalBlocker blockAction(m_showEndedAction);
    m_showEnded->setChecked(show);
    m_showEndedAction->setChecked(show);
    m_model->setShowEnded(show);
    updateCount();
    updateActions();
}
