#include "TokenHighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextCharFormat>

using namespace Qt::Literals::StringLiterals;

namespace {
// Block states: not started yet (no token character seen), or the number of dots seen so far.
constexpr int notStarted = -1;
const QString bearerPrefix = u"bearer "_s;
} // namespace

TokenHighlighter::TokenHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void TokenHighlighter::setProblemParts(const QList<int> &parts)
{
    if (parts == m_problemParts)
        return;
    m_problemParts = parts;
    rehighlight();
}

QColor TokenHighlighter::partColor(int part, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (part) {
    case Header:
        return dark ? QColor(0xff, 0x6b, 0x8b) : QColor(0xc8, 0x1e, 0x4a);
    case Payload:
        return dark ? QColor(0xd0, 0x8b, 0xff) : QColor(0x86, 0x2f, 0xbf);
    case Signature:
        return dark ? QColor(0x5c, 0xb8, 0xff) : QColor(0x0b, 0x66, 0xc2);
    default:
        return palette.color(QPalette::Text);
    }
}

void TokenHighlighter::highlightBlock(const QString &text)
{
    const QPalette palette = QGuiApplication::palette();
    int state = previousBlockState() < 0 ? notStarted : previousBlockState();
    qsizetype i = 0;
    if (state == notStarted) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i == text.size()) {
            setCurrentBlockState(notStarted);
            return;
        }
        if (QStringView(text).sliced(i).startsWith(bearerPrefix, Qt::CaseInsensitive)) {
            QTextCharFormat prefix;
            prefix.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
            setFormat(int(i), int(bearerPrefix.size()), prefix);
            i += bearerPrefix.size();
        }
        state = 0;
    }

    QTextCharFormat dot;
    dot.setFontWeight(QFont::Black);
    dot.setForeground(palette.color(QPalette::Text));
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        if (c == u'.') {
            setFormat(int(i), 1, dot);
            ++state;
            continue;
        }
        const int part = qMin(state, int(Surplus));
        QTextCharFormat format;
        format.setForeground(partColor(part, palette));
        if (part == Surplus || m_problemParts.contains(part)) {
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(QColor(0xd6, 0x3b, 0x3b));
        }
        setFormat(int(i), 1, format);
    }
    setCurrentBlockState(state);
}
