#include "BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("busyIndicator"));
    m_bar->setRange(0, 0); // indeterminate: the time a hash or an fsync takes is not known in advance
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    hide();
}

void BusyIndicator::start(const QString &text)
{
    m_busy = true;
    m_label->setText(text);
    show();
}

void BusyIndicator::stop()
{
    m_busy = false;
    hide();
}

QString BusyIndicator::text() const
{
    return m_label->text();
}
