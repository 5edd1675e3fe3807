#include "LineIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmapCache>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
// Accents chosen to keep enough contrast on both white and near-black backgrounds.
const QColor green(0x2e, 0x9d, 0x4a);
const QColor red(0xd6, 0x3b, 0x3b);
const QColor amber(0xe0, 0x93, 0x10);
const QColor blue(0x2f, 0x7d, 0xd1);

constexpr qreal grid = 24.0;
constexpr qreal lineWidth = 1.8;

enum class Badge { None, Plus, Minus, Check, Cross, Star, Pencil, Down, Clock };

// The three parts of a token, in the colours the Token Inspector gives them.
const QColor headerRed(0xd6, 0x3b, 0x5b);
const QColor payloadPurple(0x9b, 0x4d, 0xca);

QPen linePen(const QColor &color, qreal width = lineWidth)
{
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

QPainterPath personPath(QPointF offset = {}, qreal size = 1.0)
{
    QPainterPath path;
    const QPointF head = offset + QPointF(9.0, 7.2) * size;
    path.addEllipse(head, 3.6 * size, 3.6 * size);
    const QRectF shoulders(offset + QPointF(2.5, 13.2) * size, QSizeF(13.0, 15.0) * size);
    path.moveTo(offset + QPointF(2.5, 20.7) * size);
    path.arcTo(shoulders, 180.0, -180.0);
    path.closeSubpath();
    return path;
}

// Clears the area around a shape so that what is drawn next reads on its own (icons are painted on a
// transparent pixmap, never directly on a widget, so clearing is safe).
void knockOut(QPainter &painter, const QPainterPath &path, qreal margin)
{
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Clear);
    painter.setPen(QPen(Qt::black, margin * 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}

void drawBadge(QPainter &painter, Badge badge, const QColor &color)
{
    if (badge == Badge::None)
        return;
    const QPointF centre(17.6, 17.6);
    QPainterPath circle;
    circle.addEllipse(centre, 5.6, 5.6);
    knockOut(painter, circle, 1.2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(circle);

    painter.setPen(linePen(Qt::white, 1.7));
    painter.setBrush(Qt::NoBrush);
    switch (badge) {
    case Badge::Plus:
        painter.drawLine(centre + QPointF(-2.8, 0), centre + QPointF(2.8, 0));
        painter.drawLine(centre + QPointF(0, -2.8), centre + QPointF(0, 2.8));
        break;
    case Badge::Minus:
        painter.drawLine(centre + QPointF(-2.8, 0), centre + QPointF(2.8, 0));
        break;
    case Badge::Check:
        painter.drawPolyline(QPolygonF {centre + QPointF(-2.7, 0.1), centre + QPointF(-0.8, 2.1),
                                        centre + QPointF(2.8, -2.0)});
        break;
    case Badge::Cross:
        painter.drawLine(centre + QPointF(-2.2, -2.2), centre + QPointF(2.2, 2.2));
        painter.drawLine(centre + QPointF(-2.2, 2.2), centre + QPointF(2.2, -2.2));
        break;
    case Badge::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const qreal radius = i % 2 == 0 ? 3.6 : 1.5;
            const qreal angle = -M_PI / 2 + i * M_PI / 5;
            star << centre + QPointF(std::cos(angle) * radius, std::sin(angle) * radius);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawPolygon(star);
        break;
    }
    case Badge::Pencil:
        painter.drawLine(centre + QPointF(-2.6, 2.6), centre + QPointF(2.2, -2.2));
        painter.setPen(linePen(Qt::white, 1.0));
        painter.drawLine(centre + QPointF(-2.9, 2.9), centre + QPointF(-2.0, 2.0));
        break;
    case Badge::Down:
        painter.drawLine(centre + QPointF(0, -3.0), centre + QPointF(0, 2.6));
        painter.drawPolyline(
            QPolygonF {centre + QPointF(-2.4, 0.4), centre + QPointF(0, 2.8), centre + QPointF(2.4, 0.4)});
        break;
    case Badge::Clock:
        painter.drawLine(centre, centre + QPointF(0, -3.0));
        painter.drawLine(centre, centre + QPointF(2.2, 1.2));
        break;
    case Badge::None:
        break;
    }
}

void drawPerson(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(personPath());
}

void drawBook(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(4.5, 2.8, 13.5, 18.4), 1.6, 1.6);
    painter.drawLine(QPointF(8.0, 3.0), QPointF(8.0, 21.0));
    painter.drawLine(QPointF(11.0, 8.0), QPointF(15.0, 8.0));
}

void drawUsers(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    const QPainterPath back = personPath(QPointF(7.0, -0.5), 0.92);
    painter.drawPath(back);
    const QPainterPath front = personPath(QPointF(-1.0, 1.5), 0.92);
    knockOut(painter, front, 1.4);
    painter.setPen(linePen(ink));
    painter.drawPath(front);
}

void drawBooks(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(3.0, 4.0, 4.4, 16.0), 0.8, 0.8);
    painter.drawRoundedRect(QRectF(8.4, 6.5, 4.4, 13.5), 0.8, 0.8);
    painter.save();
    painter.translate(15.0, 7.5);
    painter.rotate(-16.0);
    painter.setPen(linePen(blue));
    painter.drawRoundedRect(QRectF(0.0, 0.0, 4.4, 13.5), 0.8, 0.8);
    painter.restore();
    painter.setPen(linePen(ink));
    painter.drawLine(QPointF(2.0, 21.2), QPointF(22.0, 21.2));
}

void drawActivity(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(2.8, 3.5, 18.4, 17.0), 2.0, 2.0);
    painter.setPen(linePen(blue));
    painter.drawPolyline(
        QPolygonF {{5.5, 12.5}, {9.0, 12.5}, {11.0, 7.5}, {13.5, 17.0}, {15.5, 12.5}, {18.5, 12.5}});
}

void drawKey(QPainter &painter)
{
    painter.setPen(linePen(amber, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(7.5, 12.0), 4.2, 4.2);
    painter.drawLine(QPointF(11.7, 12.0), QPointF(21.0, 12.0));
    painter.drawLine(QPointF(17.5, 12.0), QPointF(17.5, 15.8));
    painter.drawLine(QPointF(20.6, 12.0), QPointF(20.6, 15.0));
}

void drawSignOut(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(
        QPolygonF {{13.0, 7.5}, {13.0, 3.5}, {4.0, 3.5}, {4.0, 20.5}, {13.0, 20.5}, {13.0, 16.5}});
    painter.setPen(linePen(blue, 2.0));
    painter.drawLine(QPointF(9.0, 12.0), QPointF(20.5, 12.0));
    painter.drawPolyline(QPolygonF {{17.0, 8.5}, {20.5, 12.0}, {17.0, 15.5}});
}

void drawTrash(QPainter &painter)
{
    painter.setPen(linePen(red));
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(QPointF(4.0, 6.0), QPointF(20.0, 6.0));
    painter.drawPolyline(QPolygonF {{9.0, 6.0}, {9.5, 3.5}, {14.5, 3.5}, {15.0, 6.0}});
    painter.drawPolyline(QPolygonF {{6.0, 6.0}, {7.2, 20.5}, {16.8, 20.5}, {18.0, 6.0}});
    painter.drawLine(QPointF(10.2, 9.5), QPointF(10.5, 17.0));
    painter.drawLine(QPointF(13.8, 9.5), QPointF(13.5, 17.0));
}

void drawReload(QPainter &painter)
{
    painter.setPen(linePen(blue, 2.0));
    painter.setBrush(Qt::NoBrush);
    const QPointF centre(12.0, 12.0);
    const qreal radius = 7.5;
    const qreal startDegrees = 70.0;
    const qreal sweepDegrees = 285.0;
    QPainterPath arc;
    const QRectF circle(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    arc.arcMoveTo(circle, startDegrees);
    arc.arcTo(circle, startDegrees, sweepDegrees);
    painter.drawPath(arc);

    // The arrow head points along the arc's direction at its end (counter-clockwise on screen).
    const QPointF tip = arc.currentPosition();
    const qreal theta = qDegreesToRadians(startDegrees + sweepDegrees);
    const QPointF along(-std::sin(theta), -std::cos(theta));
    const QPointF across(along.y(), -along.x());
    painter.drawPolyline(QPolygonF {tip - along * 4.0 + across * 3.2, tip, tip - along * 4.0 - across * 3.2});
}

void drawSettings(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    for (const qreal y : {6.0, 12.0, 18.0})
        painter.drawLine(QPointF(3.5, y), QPointF(20.5, y));
    painter.setBrush(blue);
    painter.setPen(linePen(blue, 1.2));
    painter.drawEllipse(QPointF(15.5, 6.0), 2.3, 2.3);
    painter.drawEllipse(QPointF(8.0, 12.0), 2.3, 2.3);
    painter.drawEllipse(QPointF(13.0, 18.0), 2.3, 2.3);
}

void drawCopy(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(4.0, 3.5, 11.0, 13.0), 1.6, 1.6);
    const QRectF front(9.0, 7.5, 11.0, 13.0);
    QPainterPath frontPath;
    frontPath.addRoundedRect(front, 1.6, 1.6);
    knockOut(painter, frontPath, 1.0);
    painter.setPen(linePen(blue));
    painter.drawPath(frontPath);
}

void drawDice(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(3.5, 3.5, 17.0, 17.0), 3.5, 3.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(blue);
    for (const QPointF pip : {QPointF(8.2, 8.2), QPointF(12.0, 12.0), QPointF(15.8, 15.8), QPointF(15.8, 8.2),
                              QPointF(8.2, 15.8)})
        painter.drawEllipse(pip, 1.6, 1.6);
}

void drawSearch(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(10.0, 10.0), 6.0, 6.0);
    painter.drawLine(QPointF(14.5, 14.5), QPointF(20.5, 20.5));
}

// A key lying along the x axis, its bow centred on `bow`.
void drawKeyAt(QPainter &painter, const QColor &color, QPointF bow, qreal angle = 0.0)
{
    painter.save();
    painter.translate(bow);
    painter.rotate(angle);
    painter.setPen(linePen(color, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(0, 0), 4.2, 4.2);
    painter.drawLine(QPointF(4.2, 0), QPointF(13.5, 0));
    painter.drawLine(QPointF(10.0, 0), QPointF(10.0, 3.8));
    painter.drawLine(QPointF(13.1, 0), QPointF(13.1, 3.0));
    painter.restore();
}

void drawKeys(QPainter &painter, const QColor &ink)
{
    drawKeyAt(painter, ink, QPointF(7.0, 7.0), 40.0);
    QPainterPath front;
    front.addEllipse(QPointF(7.5, 15.0), 4.2, 4.2);
    front.moveTo(11.7, 15.0);
    front.lineTo(21.0, 15.0);
    knockOut(painter, front, 1.6);
    drawKeyAt(painter, amber, QPointF(7.5, 15.0));
}

void drawDevices(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(2.5, 4.0, 15.0, 10.5), 1.4, 1.4);
    painter.drawLine(QPointF(10.0, 14.5), QPointF(10.0, 18.0));
    painter.drawLine(QPointF(6.5, 18.5), QPointF(12.0, 18.5));
    QPainterPath phone;
    phone.addRoundedRect(QRectF(14.5, 9.0, 7.0, 12.0), 1.4, 1.4);
    knockOut(painter, phone, 1.2);
    painter.setPen(linePen(blue));
    painter.drawPath(phone);
    painter.drawLine(QPointF(17.2, 18.6), QPointF(18.8, 18.6));
}

// A compact token: three coloured parts joined by dots.
void drawToken(QPainter &painter, const QColor &ink, qreal top = 6.5)
{
    painter.setPen(linePen(ink, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(2.0, top, 20.0, 9.0), 2.0, 2.0);
    const qreal y = top + 4.5;
    painter.setPen(linePen(headerRed, 2.2));
    painter.drawLine(QPointF(4.6, y), QPointF(7.4, y));
    painter.setPen(linePen(payloadPurple, 2.2));
    painter.drawLine(QPointF(10.2, y), QPointF(13.6, y));
    painter.setPen(linePen(blue, 2.2));
    painter.drawLine(QPointF(16.4, y), QPointF(19.4, y));
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    painter.drawEllipse(QPointF(8.8, y), 0.7, 0.7);
    painter.drawEllipse(QPointF(15.0, y), 0.7, 0.7);
}

void drawInspector(QPainter &painter, const QColor &ink)
{
    drawToken(painter, ink, 3.0);
    QPainterPath lens;
    lens.addEllipse(QPointF(14.0, 14.5), 4.6, 4.6);
    knockOut(painter, lens, 1.2);
    painter.setPen(linePen(ink, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(lens);
    painter.drawLine(QPointF(17.4, 17.9), QPointF(21.5, 22.0));
}

void drawDocumentOut(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(QPolygonF {
        {14.0, 9.0}, {14.0, 7.5}, {10.0, 3.5}, {4.0, 3.5}, {4.0, 20.5}, {14.0, 20.5}, {14.0, 17.0}});
    painter.drawPolyline(QPolygonF {{10.0, 3.5}, {10.0, 7.5}, {14.0, 7.5}});
    painter.setPen(linePen(blue, 2.0));
    painter.drawLine(QPointF(9.0, 13.0), QPointF(20.5, 13.0));
    painter.drawPolyline(QPolygonF {{17.2, 9.7}, {20.5, 13.0}, {17.2, 16.3}});
}

void drawTerminal(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(2.5, 4.0, 19.0, 16.0), 2.0, 2.0);
    painter.setPen(linePen(blue, 2.0));
    painter.drawPolyline(QPolygonF {{6.5, 9.0}, {10.0, 12.0}, {6.5, 15.0}});
    painter.drawLine(QPointF(12.0, 15.5), QPointF(17.0, 15.5));
}

void drawFolder(QPainter &painter, const QColor &ink)
{
    painter.setPen(linePen(ink));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(
        QPolygonF {{3.0, 6.0}, {9.0, 6.0}, {11.0, 8.0}, {21.0, 8.0}, {21.0, 19.0}, {3.0, 19.0}});
    painter.setPen(linePen(amber));
    painter.drawLine(QPointF(3.5, 11.0), QPointF(20.5, 11.0));
}
// The mark in an icon's lower right corner that tells an action from the thing it acts on.
struct BadgeMark
{
    Badge badge = Badge::None;
    QColor color;
};

BadgeMark badgeOf(Icons::Glyph glyph)
{
    using Glyph = Icons::Glyph;
    switch (glyph) {
    case Glyph::AddUser:
    case Glyph::AddBook:
    case Glyph::GenerateKey:
    case Glyph::MintToken:
        return {Badge::Plus, green};
    case Glyph::ChangeRole:
        return {Badge::Star, amber};
    case Glyph::DisableUser:
        return {Badge::Minus, red};
    case Glyph::EnableUser:
    case Glyph::ActivateKey:
        return {Badge::Check, green};
    case Glyph::DeleteUser:
    case Glyph::RevokeSession:
    case Glyph::RetireKey:
        return {Badge::Cross, red};
    case Glyph::EditBook:
        return {Badge::Pencil, blue};
    case Glyph::ImportKey:
        return {Badge::Down, blue};
    case Glyph::LatestToken:
        return {Badge::Clock, blue};
    default:
        return {};
    }
}
} // namespace

LineIconEngine::LineIconEngine(Icons::Glyph glyph)
    : m_glyph(glyph)
{ }

void LineIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, ratio));
}

QPixmap LineIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap LineIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale)
{
    const QSize pixels = size * scale;
    if (pixels.isEmpty())
        return {};
    const QPalette palette = QGuiApplication::palette();
    const QString cacheKey = u"bookwarden-icon-%1-%2x%3-%4-%5"_s.arg(int(m_glyph))
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(int(mode))
                                 .arg(palette.color(QPalette::WindowText).rgba());
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;

    pixmap = QPixmap(pixels);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(pixels.width(), pixels.height());
        painter.translate((pixels.width() - side) / 2.0, (pixels.height() - side) / 2.0);
        painter.scale(side / grid, side / grid);
        draw(painter, mode);
        if (mode == QIcon::Disabled) {
            // Accents fade with the lines, as the rest of a disabled control does.
            painter.resetTransform();
            painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            painter.fillRect(pixmap.rect(), QColor(0, 0, 0, 110));
        }
    }
    pixmap.setDevicePixelRatio(scale);
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

QIconEngine *LineIconEngine::clone() const
{
    return new LineIconEngine(m_glyph);
}

QString LineIconEngine::key() const
{
    return u"BookwardenLineIcon"_s;
}

void LineIconEngine::draw(QPainter &painter, QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    const QColor ink
        = palette.color(mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
    drawFigure(painter, ink);
    if (const BadgeMark mark = badgeOf(m_glyph); mark.badge != Badge::None)
        drawBadge(painter, mark.badge, mark.color);
}

void LineIconEngine::drawFigure(QPainter &painter, const QColor &ink) const
{
    using Glyph = Icons::Glyph;
    switch (m_glyph) {
    case Glyph::Users:
        return drawUsers(painter, ink);
    case Glyph::Books:
        return drawBooks(painter, ink);
    case Glyph::Activity:
        return drawActivity(painter, ink);
    case Glyph::AddUser:
    case Glyph::ChangeRole:
    case Glyph::DisableUser:
    case Glyph::EnableUser:
    case Glyph::DeleteUser:
        return drawPerson(painter, ink);
    case Glyph::ResetPassword:
        return drawKey(painter);
    case Glyph::SignOut:
        return drawSignOut(painter, ink);
    case Glyph::AddBook:
    case Glyph::EditBook:
        return drawBook(painter, ink);
    case Glyph::DeleteBooks:
        return drawTrash(painter);
    case Glyph::Reload:
        return drawReload(painter);
    case Glyph::Settings:
        return drawSettings(painter, ink);
    case Glyph::Copy:
        return drawCopy(painter, ink);
    case Glyph::Generate:
        return drawDice(painter, ink);
    case Glyph::Search:
        return drawSearch(painter, ink);
    case Glyph::Sessions:
    case Glyph::RevokeSession:
        return drawDevices(painter, ink);
    case Glyph::Keys:
        return drawKeys(painter, ink);
    case Glyph::GenerateKey:
    case Glyph::ImportKey:
    case Glyph::ActivateKey:
    case Glyph::RetireKey:
        return drawKeyAt(painter, amber, QPointF(7.0, 9.0));
    case Glyph::ExportKeys:
        return drawDocumentOut(painter, ink);
    case Glyph::TokenInspector:
        return drawInspector(painter, ink);
    case Glyph::LatestToken:
    case Glyph::MintToken:
        return drawToken(painter, ink, 3.5);
    case Glyph::Terminal:
        return drawTerminal(painter, ink);
    case Glyph::Open:
        return drawFolder(painter, ink);
    }
}
