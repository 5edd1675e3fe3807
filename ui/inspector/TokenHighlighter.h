#pragma once

#include <QColor>
#include <QList>
#include <QSyntaxHighlighter>

class QPalette;

// Colours a compact token as it is typed: the header, the payload and the signature each in a colour of its
// own (the Token Inspector shows their decoded contents in the same colours), the dots between them bold.
// Whitespace and a "Bearer " prefix before the token stay plain, as the inspector ignores them; parts the
// inspector found a problem in get a wavy underline, and so does anything after a third part.
class TokenHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum Part { Header, Payload, Signature, Surplus };

    explicit TokenHighlighter(QTextDocument *document);

    void setProblemParts(const QList<int> &parts);
    QList<int> problemParts() const { return m_problemParts; }

    // The colour of a part, readable on the palette's base colour.
    static QColor partColor(int part, const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<int> m_problemParts;
};
