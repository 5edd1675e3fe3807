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
    explicit BusyDialog(QWidget *parent = nullptr);

    // Ends `layout` with the general error, a stretch, the busy indicator and the `buttons`, whose accepted()
    // and rejected() go to accept() and reject(). Called after the dialog's own fields, so that Tab reaches
    // the buttons last; nothing below works before it.
    void addFooter(QVBoxLayout *layout, QDialogButtonBox::StandardButtons buttons);
    QDialogButtonBox *buttons() const { return m_buttons; }
    void setBusy(bool busy);
    void showGeneralError(const QString &text);
    void hideGeneralError();

    // What the dialog does while busy ("Creating the account…").
    virtual QString busyText() const = 0;
    // The dialog's own inputs; the buttons are the base's.
    virtual void setInputsEnabled(bool enabled) = 0;
    virtual void retranslateUi() = 0;

    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_generalError = nullptr;
    BusyIndicator *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
