#pragma once

#include "Icons.h"
#include "WindowTab.h"
#include "tokens/RefreshSession.h"

#include <QList>

#include <optional>

class Clock;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class RefreshSessionService;
class SessionTableModel;
class UserService;
class UserTableModel;

// The Sessions tab: every signed-in client (refresh session) with who, since when, from where and with
// which program, live as clients sign in, refresh and sign out; narrowed to one user, optionally with the
// sessions that ended and why; the selected session's facts are spelled out below. The administrator
// revokes sessions, or signs a user out everywhere.
class SessionsTab : public WindowTab
{
    Q_OBJECT

public:
    SessionsTab(RefreshSessionService &sessions, UserService &users, const Clock &clock,
                UserTableModel &userModel, QWidget *parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QString settingsKey() const override;
    QMenu *menu() const override { return m_menu; }
    QList<QAction *> toolBarActions() const override;
    void reload() override;
    void focusSearch() override;
    void focusContent() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    SessionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *userFilter() const { return m_user; }
    QCheckBox *showEndedBox() const { return m_showEnded; }
    QString detailsText() const;
    QList<RefreshSession> selectedSessions() const;
    bool selectSession(const QString &publicId);

    QAction *revokeAction() const { return m_revoke; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *showEndedAction() const { return m_showEndedAction; }

public slots:
    void revokeSessions();
    void signOutEverywhere();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateCount();
    void showDetails();
    void refreshUsers();
    void setShowEnded(bool show);
    void revoke(const QList<RefreshSession> &sessions);
    QAction *createAction(std::optional<Icons::Glyph> glyph, const char *name);

    RefreshSessionService &m_sessions;
    UserService &m_users;
    UserTableModel &m_userModel;
    SessionTableModel *m_model;
    QSortFilterProxyModel *m_proxy;

    QLabel *m_userLabel;
    QComboBox *m_user;
    QCheckBox *m_showEnded;
    QLabel *m_count;
    QSplitter *m_splitter;
    QTableView *m_view;
    QTextBrowser *m_details;
    QString m_detailsHtml;
    QMenu *m_menu;
    QAction *m_revoke;
    QAction *m_signOut;
    QAction *m_showEndedAction;
};
