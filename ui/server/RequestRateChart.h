#pragma once

#include <QList>
#include <QWidget>

// Requests per second over the last minute, one bar per second, drawn with QPainter: the part of each bar
// answered with 4xx in amber and with 5xx in red, the rest in the palette's highlight colour.
class RequestRateChart : public QWidget
{
    Q_OBJECT

public:
    struct Sample
    {
        quint64 requests = 0;
        quint64 clientErrors = 0; // 4xx
        quint64 serverErrors = 0; // 5xx
    };
    static constexpr int secondsShown = 60;

    explicit RequestRateChart(QWidget *parent = nullptr);

    // One second's worth; the oldest second beyond `secondsShown` scrolls out.
    void addSample(const Sample &sample);
    void clear();
    const QList<Sample> &samples() const { return m_samples; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Sample> m_samples; // oldest first
};
