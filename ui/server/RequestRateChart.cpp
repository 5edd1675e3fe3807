#include "RequestRateChart.h"

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
const QColor clientErrorColor(0xe0, 0x9b, 0x1a);
const QColor serverErrorColor(0xd3, 0x2f, 0x2f);

// 1, 2, 5, 10, 20, 50…: a scale top that reads well.
quint64 niceCeiling(quint64 value)
{
    quint64 step = 1;
    while (true) {
        for (const quint64 factor : {quint64(1), quint64(2), quint64(5)}) {
            if (value <= step * factor)
                return step * factor;
        }
        step *= 10;
    }
}
} // namespace

RequestRateChart::RequestRateChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requestRateChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RequestRateChart::addSample(const Sample &sample)
{
    m_samples.append(sample);
    if (m_samples.size() > secondsShown)
        m_samples.remove(0, m_samples.size() - secondsShown);
    update();
}

void RequestRateChart::clear()
{
    m_samples.clear();
    update();
}

QSize RequestRateChart::sizeHint() const
{
    return {480, fontMetrics().height() * 6};
}

QSize RequestRateChart::minimumSizeHint() const
{
    return {160, fontMetrics().height() * 4};
}

void RequestRateChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &colors = palette();
    painter.fillRect(rect(), colors.base());

    const QFontMetrics metrics = fontMetrics();
    quint64 peak = 0;
    for (const Sample &sample : std::as_const(m_samples))
        peak = std::max(peak, sample.requests);
    const quint64 top = niceCeiling(std::max<quint64>(peak, 1));
    const QLocale locale;
    const QString topLabel = tr("%1/s").arg(locale.toString(top));
    const int labelWidth = metrics.horizontalAdvance(topLabel) + 8;

    const QRect plot = rect().adjusted(labelWidth, metrics.height() / 2, -4, -4);
    painter.setPen(colors.color(QPalette::Text));
    painter.drawText(QRect(0, 0, labelWidth - 4, metrics.height()), Qt::AlignRight | Qt::AlignTop, topLabel);
    painter.drawText(QRect(0, plot.bottom() - metrics.height(), labelWidth - 4, metrics.height()),
                     Qt::AlignRight | Qt::AlignBottom, locale.toString(0));

    QColor grid = colors.color(QPalette::Text);
    grid.setAlpha(40);
    painter.setPen(grid);
    for (int line = 0; line <= 4; ++line) {
        const int y = plot.bottom() - plot.height() * line / 4;
        painter.drawLine(plot.left(), y, plot.right(), y);
    }

    if (m_samples.isEmpty()) {
        painter.setPen(colors.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No requests in the last minute"));
        return;
    }

    const double slot = double(plot.width()) / secondsShown;
    const int barWidth = std::max(1, int(std::floor(slot)) - 1);
    const auto heightOf
        = [&](quint64 count) { return int(std::lround(double(count) / double(top) * plot.height())); };
    // The newest second sits at the right edge.
    const qsizetype offset = secondsShown - m_samples.size();
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        const Sample &sample = m_samples.at(i);
        if (sample.requests == 0)
            continue;
        const int x = plot.left() + int(std::lround((offset + i) * slot));
        const quint64 errors = std::min(sample.requests, sample.clientErrors + sample.serverErrors);
        const int total = heightOf(sample.requests);
        const int server = heightOf(std::min(sample.serverErrors, sample.requests));
        const int client = heightOf(errors) - server;
        int y = plot.bottom() + 1;
        painter.fillRect(x, y - server, barWidth, server, serverErrorColor);
        y -= server;
        painter.fillRect(x, y - client, barWidth, client, clientErrorColor);
        y -= client;
        const int rest = std::max(total - server - client, sample.requests > errors ? 1 : 0);
        painter.fillRect(x, y - rest, barWidth, rest, colors.color(QPalette::Highlight));
    }
}
