#pragma once

#include <QLabel>

// A form label whose mnemonic (the & in "&Title:") moves the focus to its field.
class BuddyLabel : public QLabel
{
    Q_OBJECT

public:
    BuddyLabel(QWidget *field, QWidget *parent)
        : QLabel(parent)
    {
        setBuddy(field);
    }
};
