#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours JSON text: member names, strings, numbers and the literals true, false and null, in colours that
// read on light and dark backgrounds. Works line by line, which suits indented JSON (one member a line) and
// the short objects people type.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

    // Picks the colours again (after a palette change).
    void updateColors(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_tokens;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};
