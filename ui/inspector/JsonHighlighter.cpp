#include "JsonHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    // A string (a member name when a colon follows), a number, a literal, or punctuation.
    , m_tokens(
          uR"(("(?:[^"\\]|\\.)*"?)(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}\[\],]))"_s)
{
    updateColors(QGuiApplication::palette());
}

void JsonHighlighter::updateColors(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0x9c));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0x9c, 0xdc, 0x8c) : QColor(0x1b, 0x7a, 0x2e));
    m_number.setForeground(dark ? QColor(0xf5, 0xb8, 0x6b) : QColor(0xa3, 0x4a, 0x00));
    m_literal.setForeground(dark ? QColor(0xe0, 0x9c, 0xf5) : QColor(0x8e, 0x24, 0xaa));
    m_literal.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    for (auto match = m_tokens.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch token = match.next();
        if (token.capturedLength(1) > 0)
            setFormat(int(token.capturedStart(1)), int(token.capturedLength(1)),
                      token.capturedLength(2) > 0 ? m_key : m_string);
        else if (token.capturedLength(3) > 0)
            setFormat(int(token.capturedStart(3)), int(token.capturedLength(3)), m_number);
        else if (token.capturedLength(4) > 0)
            setFormat(int(token.capturedStart(4)), int(token.capturedLength(4)), m_literal);
        else if (token.capturedLength(5) > 0)
            setFormat(int(token.capturedStart(5)), 1, m_punctuation);
    }
}
