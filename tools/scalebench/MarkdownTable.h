#pragma once

#include <QList>
#include <QStringList>

// A table printed as Markdown with aligned columns: readable in a terminal and pasted as it is into
// docs/performance.md. Numeric-looking cells are right-aligned.
class MarkdownTable
{
public:
    explicit MarkdownTable(QStringList header);
    void addRow(QStringList cells);
    QString text() const;
    void print() const;

    // A count with digit grouping, "1,000,000", whatever the locale.
    static QString count(qint64 number);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};
