#pragma once

#include "TableTab.h"
#include "events/SecurityEventLog.h"

#include <QTimer>

class AccountCompleter;
class Clock;
class Error;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTextBrowser;
class SecurityEventModel;
class UserService;

// The Activity tab: the security event log, newest first and live, filtered by event type, by user (a name
// or account id; accounts are suggested from SQL as a name is typed) and by time, with the selected event's
// details spelled out below.
class ActivityTab : public TableTab
{
    Q_OBJECT

public:
    enum class Period { AnyTime, LastHour, LastDay, LastWeek, LastMonth, Custom };

    ActivityTab(SecurityEventLog &log, const Clock &clock, UserService &users, QWidget *parent = nullptr);

    void reload() override;

    SecurityEventModel *model() const { return m_model; }
    QComboBox *typeFilter() const { return m_type; }
    QLineEdit *userFilter() const { return m_user; }
    AccountCompleter *userSuggestions() const { return m_userSuggestions; }
    QComboBox *periodFilter() const { return m_period; }
    QString detailsText() const;
    // The query the filters describe, with relative periods measured from now.
    SecurityEventQuery currentQuery() const;

public slots:
    void applyFilters();

protected:
    QString countText() const override;
    void retranslateUi() override;
    void fitColumns() override;
    void showDetails() override;
    // Under the filters, not in a message box: the log is read on every filter change.
    void showLoadError(const Error &error) override;

private:
    void buildTypeFilter();
    void buildUserFilter();
    void buildPeriodFilter();
    void buildTable();
    void followTheLog();
    void showPeriodChoice();
    // The rows of a new question are in: the event selected before stays selected when it is among them.
    void answerArrived();
    void rememberTopRow(const QModelIndex &parent, int first);
    void restoreTopRow();

    SecurityEventLog &m_log;
    const Clock &m_clock;
    SecurityEventModel *m_model;

    QLabel *m_typeLabel = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    AccountCompleter *m_userSuggestions;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_error = nullptr;
    QTextBrowser *m_details = nullptr;
    QTimer m_userTyping;
    qint64 m_anchorId = 0; // the event at the top of the view while new ones go in above it
    qint64 m_selectedBefore = 0; // the event selected when the filters changed
    bool m_announceAnswer = false; // reload(): the status bar says when the log was read again
};
