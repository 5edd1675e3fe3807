#include "DurationEdit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSpinBox>

namespace {
constexpr qint64 largestNumber = 9999;
} // namespace

DurationEdit::DurationEdit(const QList<Unit> &units, QWidget *parent)
    : QWidget(parent)
    , m_units(units)
    , m_number(new QSpinBox(this))
    , m_unit(new QComboBox(this))
{
    Q_ASSERT(!units.isEmpty());
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setRange(1, int(largestNumber));
    m_number->setAccelerated(true);
    m_unit->setObjectName(QStringLiteral("unit"));
    // The same width whatever the units offered, so that several of these line up in a form.
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(9);
    for (const Unit unit : units)
        m_unit->addItem(QString(), int(unit));
    setFocusProxy(m_number);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number, 1);
    layout->addWidget(m_unit);

    connect(m_number, &QSpinBox::valueChanged, this, [this] {
        retranslateUi(); // "1 hour", "2 hours"
        emit valueChanged(seconds());
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        applyRange();
        emit valueChanged(seconds());
    });
    retranslateUi();
}

qint64 DurationEdit::unitSeconds(Unit unit)
{
    switch (unit) {
    case Unit::Seconds:
        return 1;
    case Unit::Minutes:
        return 60;
    case Unit::Hours:
        return 3600;
    case Unit::Days:
        return 86400;
    }
    return 1;
}

qint64 DurationEdit::seconds() const
{
    return qint64(m_number->value()) * unitSeconds(currentUnit());
}

void DurationEdit::setSeconds(qint64 seconds)
{
    // The largest unit that shows the value exactly; failing that, the smallest, rounded.
    int chosen = 0;
    for (int i = 0; i < m_units.size(); ++i) {
        const qint64 size = unitSeconds(m_units.at(i));
        if (seconds % size == 0 && seconds / size <= largestNumber && size >= unitSeconds(m_units.at(chosen)))
            chosen = i;
    }
    const qint64 size = unitSeconds(m_units.at(chosen));
    const QSignalBlocker blockUnit(m_unit);
    m_unit->setCurrentIndex(chosen);
    applyRange();
    m_number->setValue(int(qBound<qint64>(1, (seconds + size / 2) / size, largestNumber)));
}

void DurationEdit::setMaximumSeconds(qint64 maximum)
{
    m_maximumSeconds = maximum;
    applyRange();
}

void DurationEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DurationEdit::retranslateUi()
{
    const int n = m_number->value();
    // In the order of Unit.
    static const char *const names[] = {QT_TR_N_NOOP("second(s)"), QT_TR_N_NOOP("minute(s)"),
                                        QT_TR_N_NOOP("hour(s)"), QT_TR_N_NOOP("day(s)")};
    for (int i = 0; i < m_unit->count(); ++i)
        m_unit->setItemText(i, tr(names[m_unit->itemData(i).toInt()], nullptr, n));
}

void DurationEdit::applyRange()
{
    int maximum = int(largestNumber);
    if (m_maximumSeconds > 0)
        maximum = int(qBound<qint64>(1, m_maximumSeconds / unitSeconds(currentUnit()), largestNumber));
    m_number->setMaximum(maximum); // QSpinBox clamps the value, and says so through valueChanged
}

DurationEdit::Unit DurationEdit::currentUnit() const
{
    return Unit(m_unit->currentData().toInt());
}
