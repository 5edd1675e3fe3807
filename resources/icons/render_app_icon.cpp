// Draws Bookwarden's application icon (a shield guarding an open book) at the sizes a desktop needs and
// writes bookwarden-<size>.png next to this file. Run through ./render-app-icon; the PNGs are committed, so
// building Bookwarden never needs this program.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <cstdio>

namespace {
QPainterPath shield()
{
    QPainterPath path;
    path.moveTo(128, 10);
    path.cubicTo(166, 32, 204, 40, 234, 40);
    path.lineTo(234, 118);
    path.cubicTo(234, 190, 188, 230, 128, 250);
    path.cubicTo(68, 230, 22, 190, 22, 118);
    path.lineTo(22, 40);
    path.cubicTo(52, 40, 90, 32, 128, 10);
    path.closeSubpath();
    return path;
}

QPainterPath page(bool left)
{
    const qreal s = left ? -1.0 : 1.0;
    QPainterPath path;
    path.moveTo(128, 98);
    path.cubicTo(128 + s * 20, 84, 128 + s * 48, 80, 128 + s * 74, 84);
    path.lineTo(128 + s * 74, 184);
    path.cubicTo(128 + s * 48, 180, 128 + s * 20, 184, 128, 198);
    path.closeSubpath();
    return path;
}

void draw(QPainter &painter, int size)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 256.0, size / 256.0);

    QLinearGradient blue(0, 10, 0, 250);
    blue.setColorAt(0.0, QColor(0x4a, 0x80, 0xc8));
    blue.setColorAt(1.0, QColor(0x1c, 0x3d, 0x75));
    painter.setPen(
        QPen(QColor(0x14, 0x2d, 0x59), size <= 32 ? 10 : 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(blue);
    painter.drawPath(shield());

    // A soft highlight on the upper half gives the shield some depth at large sizes.
    if (size >= 48) {
        QPainterPath upper;
        upper.addRect(0, 0, 256, 118);
        QLinearGradient shine(0, 10, 0, 118);
        shine.setColorAt(0.0, QColor(255, 255, 255, 60));
        shine.setColorAt(1.0, QColor(255, 255, 255, 0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(shine);
        painter.drawPath(shield().intersected(upper));
    }

    painter.setPen(
        QPen(QColor(0xc9, 0xd6, 0xe8), size <= 32 ? 8 : 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(QColor(0xfa, 0xfb, 0xfd));
    painter.drawPath(page(true));
    painter.drawPath(page(false));

    if (size >= 32) {
        // Lines of text on the pages.
        painter.setPen(QPen(QColor(0x9f, 0xb4, 0xd1), 5, Qt::SolidLine, Qt::RoundCap));
        for (int line = 0; line < 4; ++line) {
            const qreal y = 112 + line * 18;
            painter.drawLine(QPointF(72, y), QPointF(114, y + 4));
            if (line < 2)
                painter.drawLine(QPointF(142, y + 4), QPointF(160, y + 1));
            else
                painter.drawLine(QPointF(142, y + 4), QPointF(184, y));
        }
    }

    // The bookmark: the warden's mark.
    QPainterPath ribbon;
    ribbon.moveTo(166, 80);
    ribbon.lineTo(192, 80);
    ribbon.lineTo(192, 146);
    ribbon.lineTo(179, 134);
    ribbon.lineTo(166, 146);
    ribbon.closeSubpath();
    painter.setPen(
        QPen(QColor(0xb7, 0x7d, 0x0c), size <= 32 ? 4 : 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(QColor(0xf2, 0xb6, 0x32));
    painter.drawPath(ribbon);
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        draw(painter, size);
        painter.end();
        const QString file = QDir(directory).filePath(QStringLiteral("bookwarden-%1.png").arg(size));
        if (!image.save(file)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
