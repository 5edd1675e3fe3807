#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

// "Working…" for a dialog waiting on core (password hashing, a write waiting for its fsync): an
// indeterminate progress bar with a line saying what is happening. Hidden until start().
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void start(const QString &text);
    void stop();
    bool isBusy() const { return m_busy; }
    QString text() const;

private:
    QProgressBar *m_bar;
    QLabel *m_label;
    bool m_busy = false;
};
