#include "TokenInput.h"

#include "LocalFile.h"
#include "TokenHighlighter.h"

#include <QDropEvent>
#include <QEvent>
#include <QFontDatabase>
#include <QMimeData>
#include <QTextCursor>
#include <QUrl>

namespace {
QString firstLocalFile(const QMimeData *source)
{
    if (!source->hasUrls())
        return {};
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}
} // namespace

TokenInput::TokenInput(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new TokenHighlighter(document()))
{
    setObjectName(QStringLiteral("tokenInput"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A token has no spaces: without this it would be one endless line.
    setWordWrapMode(QTextOption::WrapAnywhere);
    setTabChangesFocus(true);
    setAcceptDrops(true);
}

void TokenInput::replaceText(const QString &text)
{
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    setTextCursor(cursor);
}

bool TokenInput::canInsertFromMimeData(const QMimeData *source) const
{
    return !firstLocalFile(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void TokenInput::insertFromMimeData(const QMimeData *source)
{
    const bool replace = m_replaceOnInsert;
    m_replaceOnInsert = false;
    const QString path = firstLocalFile(source);
    if (!path.isEmpty()) {
        QString error;
        std::optional<QByteArray> content = LocalFile::read(path, &error, maximumFileBytes);
        if (!content) {
            emit fileRefused(error);
            return;
        }
        replaceText(QString::fromUtf8(*content));
        emit fileLoaded(path);
        return;
    }
    if (replace && source->hasText()) {
        replaceText(source->text());
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void TokenInput::dropEvent(QDropEvent *event)
{
    // Text dragged within the field moves as usual; anything from elsewhere takes the field's place.
    m_replaceOnInsert = event->source() != this;
    QPlainTextEdit::dropEvent(event);
    m_replaceOnInsert = false;
}

void TokenInput::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->rehighlight();
    QPlainTextEdit::changeEvent(event);
}
