#pragma once

#include <QDialog>
#include <QDialogButtonBox>

class BusyIndicator;
class QLabel;
class QVBoxLayout;

// A dialog that hands its work to core and waits for the answer (Add User, Reset Password, Book, Generate
// Key, Import Key). While it waits, a busy indicator says what it does, its inputs and buttons are disabled
// and it cannot be closed: the work is done whether or not the dialog is there to see it. What goes wrong
// and belongs to no field shows above the buttons.
class BusyDialog : public QDialog
{
    Q_OBJECT

public:
    bool isBusy() const;

public slots:
    // Not while busy.
    void reject() override;

protected:
    // `objectName` lets tests and accessibility tools find the dialog ("addUserDialog").
    BusyDialog(const QString &objectName, QWidget *parent);

    // Ends `layout` with the general error, a stretch, the busy indicator and the `buttons`, whose accepted()
    // and rejected() go to accept() and reject(). Called after the dialog's own fields, so that Tab reaches
    // the buttons last; nothing below works before it. While busy, the indicator says `busyText` (marked
    // with QT_TR_NOOP, translated in the dialog's context: "Creating the account…") and the `inputs` (null
    // ones are skipped) are disabled.
    void addFooter(QVBoxLayout *layout, QDialogButtonBox::StandardButtons buttons, const char *busyText,
                   const QList<QWidget *> &inputs);
    QDialogButtonBox *buttons() const { return m_buttons; }
    void setBusy(bool busy);
    void showGeneralError(const QString &text);
    void hideGeneralError();

    // After the inputs were disabled or enabled again: what else follows from being busy.
    virtual void busyChanged() { }
    virtual void retranslateUi() = 0;

    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QString busyText() const;

    const char *m_busyText = nullptr;
    QList<QWidget *> m_inputs;
    QLabel *m_generalError = nullptr;
    BusyIndicator *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
