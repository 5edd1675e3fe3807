#pragma once

#include "WindowTab.h"
#include "events/SecurityEventLog.h"

#include <QTimer>

class Clock;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;
class SecurityEventModel;
class UserTableModel;

// The Activity tab: the security event log, newest first and live, filtered by event type, by user and by
// time, with the selected event's details spelled out below.
class ActivityTab : public WindowTab
{
    Q_OBJECT

public:
    enum class Period { AnyTime, LastHour, LastDay, LastWeek, LastMonth, Custom };

    ActivityTab(SecurityEventLog &log, const Clock &clock, UserTableModel &users, QWidget *parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QString settingsKey() const override;
    void reload() override;
    void focusSearch() override;
    void focusContent() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    SecurityEventModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *userFilter() const { return m_user; }
    QComboBox *periodFilter() const { return m_period; }
    QString detailsText() const;
    // The query the filters describe, with relative periods measured from now.
    SecurityEventQuery currentQuery() const;

public slots:
    void applyFilters();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshUserChoices();
    void showDetails();
    void updateCount();
    void rememberTopRow(const QModelIndex &parent, int first);
    void restoreTopRow();

    SecurityEventLog &m_log;
    const Clock &m_clock;
    UserTableModel &m_users;
    SecurityEventModel *m_model;

    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_userLabel;
    QComboBox *m_user;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QDateTimeEdit *m_from;
    QLabel *m_toLabel;
    QDateTimeEdit *m_to;
    QLabel *m_count;
    QLabel *m_error;
    QSplitter *m_splitter;
    QTableView *m_view;
    QTextBrowser *m_details;
    QTimer m_userTyping;
    qint64 m_anchorId = 0; // the event at the top of the view while new ones go in above it
};
