#include "Icons.h"

#include "LineIconEngine.h"

using namespace Qt::Literals::StringLiterals;

QIcon Icons::application()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/bookwarden-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

QIcon Icons::glyph(Glyph glyph)
{
    return QIcon(new LineIconEngine(glyph));
}
