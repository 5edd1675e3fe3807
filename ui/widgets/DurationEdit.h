#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QSpinBox;

// A length of time as a number and a unit ("15 minutes"), worth a whole number of seconds. It offers the
// units it is given and shows a value in the largest of them that divides it evenly. A maximum caps the
// number for each unit (24 hours: at most 24 in hours, 1440 in minutes); what is allowed beyond that is
// for core to say.
class DurationEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Unit { Seconds, Minutes, Hours, Days };

    explicit DurationEdit(const QList<Unit> &units, QWidget *parent = nullptr);

    qint64 seconds() const;
    void setSeconds(qint64 seconds);
    void setMaximumSeconds(qint64 maximum);

    QSpinBox *spinBox() const { return m_number; }
    QComboBox *unitChooser() const { return m_unit; }

    static qint64 unitSeconds(Unit unit);

signals:
    void valueChanged(qint64 seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyRange();
    Unit currentUnit() const;

    QList<Unit> m_units;
    QSpinBox *m_number;
    QComboBox *m_unit;
    qint64 m_maximumSeconds = 0; // 0: no cap beyond the spin box's own
};
