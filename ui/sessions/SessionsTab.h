#pragma once

#include "TableTab.h"
#include "tokens/RefreshSession.h"

#include <QList>

#include <optional>

class AccountChooser;
class Clock;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;
class RefreshSessionService;
class SessionTableModel;
class UserService;
class UserTableModel;

// The Sessions tab: every signed-in client (refresh session) with who, since when, from where and with
// which program, live as clients sign in, refresh and sign out; narrowed to one user, optionally with the
// sessions that ended and why; the selected session's facts are spelled out below. The administrator
// revokes sessions, or signs a user out everywhere.
class SessionsTab : public TableTab
{
    Q_OBJECT

public:
    SessionsTab(RefreshSessionService &sessions, UserService &users, const Clock &clock,
                UserTableModel &userModel, QWidget *parent = nullptr);

    void reload() override;
    // Also whether ended sessions are shown.
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    SessionTableModel *model() const { return m_model; }
    QComboBox *userFilter() const;
    QCheckBox *showEndedBox() const { return m_showEnded; }
    QString detailsText() const;
    QList<RefreshSession> selectedSessions() const;
    bool selectSession(const QString &publicId);

public slots:
    void revokeSessions();
    void signOutEverywhere();

protected:
    QString countText() const override;
    QString reloadedText() const override;
    QString loadErrorText() const override;
    void retranslateUi() override;
    void fitColumns() override;
    void updateActions() override;
    void showDetails() override;

private:
    void buildFilters();
    void buildTable();
    void buildActions();
    void showUser(const QString &publicId);
    void setShowEnded(bool show);
    QString detailsHtml(const RefreshSession &session) const;
    void revoke(const QList<RefreshSession> &sessions);

    RefreshSessionService &m_sessions;
    UserService &m_users;
    UserTableModel &m_userModel;
    SessionTableModel *m_model;

    QLabel *m_userLabel = nullptr;
    AccountChooser *m_user = nullptr;
    QCheckBox *m_showEnded = nullptr;
    QTextBrowser *m_details = nullptr;
    QAction *const m_revoke
        = createAction(Icons::Glyph::RevokeSession, "revokeSessionsAction", &SessionsTab::revokeSessions);
    QAction *const m_signOut
        = createAction(Icons::Glyph::SignOut, "signOutUserAction", &SessionsTab::signOutEverywhere);
    QAction *const m_showEndedAction = createAction(std::nullopt, "showEndedAction");
};
