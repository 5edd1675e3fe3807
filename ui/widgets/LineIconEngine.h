#pragma once

#include "Icons.h"

#include <QIconEngine>

class QPainter;

// Paints one of Icons::Glyph as a line drawing on a 24×24 grid scaled to the requested size. Lines use the
// application palette's text colour (its disabled colour in QIcon::Disabled mode), accents a fixed colour
// that reads on light and dark backgrounds. Pixmaps are cached per size, mode and palette.
class LineIconEngine : public QIconEngine
{
public:
    explicit LineIconEngine(Icons::Glyph glyph);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    void draw(QPainter &painter, QIcon::Mode mode) const;
    // The thing the icon shows (a person, a book, a key …), without its badge.
    void drawFigure(QPainter &painter, const QColor &ink) const;

    Icons::Glyph m_glyph;
};
