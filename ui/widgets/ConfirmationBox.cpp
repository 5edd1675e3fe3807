#include "ConfirmationBox.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

QMessageBox *ConfirmationBox::ask(QWidget *parent, const Question &question,
                                  std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, question.title, question.text, QMessageBox::NoButton,
                                parent);
    box->setObjectName(question.objectName);
    box->setInformativeText(question.informativeText);
    QPushButton *confirm = box->addButton(question.confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [confirm, onConfirmed = std::move(onConfirmed)](QAbstractButton *clicked) {
                         if (clicked == confirm)
                             onConfirmed();
                     });
    box->open();
    return box;
}
