#pragma once

#include <QPlainTextEdit>

class TokenHighlighter;

// Where a token goes into the Token Inspector: typed, pasted, or dropped — text, or a text file from a
// file manager. A drop from elsewhere replaces what was there (it means "inspect this"); typing and pasting
// edit as usual. The token is coloured part by part as it is entered (TokenHighlighter).
class TokenInput : public QPlainTextEdit
{
    Q_OBJECT

public:
    // A token file is small; anything far larger is not one.
    static constexpr qint64 maximumFileBytes = 1024 * 1024;

    explicit TokenInput(QWidget *parent = nullptr);

    TokenHighlighter *highlighter() const { return m_highlighter; }
    // Replaces the whole text in one undoable step.
    void replaceText(const QString &text);

signals:
    void fileLoaded(const QString &path);
    void fileRefused(const QString &message);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TokenHighlighter *m_highlighter;
    bool m_replaceOnInsert = false;
};
