#include "MarkdownTable.h"

#include <QLocale>

#include <cstdio>

MarkdownTable::MarkdownTable(QStringList header)
    : m_header(std::move(header))
{ }

void MarkdownTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells.append(QString());
    m_rows.append(cells);
}

QString MarkdownTable::text() const
{
    QList<qsizetype> widths;
    for (const QString &cell : m_header)
        widths.append(std::max<qsizetype>(3, cell.size()));
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    // The first column names things; the others hold figures, right-aligned.
    auto line = [&widths](const QStringList &cells) -> QString {
        QString text = QStringLiteral("|");
        for (qsizetype column = 0; column < widths.size(); ++column) {
            const QString cell = cells.value(column);
            text += QLatin1Char(' ')
                + (column == 0 ? cell.leftJustified(widths[column]) : cell.rightJustified(widths[column]))
                + QStringLiteral(" |");
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(m_header) + QLatin1Char('|');
    for (qsizetype column = 0; column < widths.size(); ++column)
        text += column == 0 ? QStringLiteral(" ") + QString(widths[column], u'-') + QStringLiteral(" |")
                            : QStringLiteral(" ") + QString(widths[column] - 1, u'-') + QStringLiteral(": |");
    text += QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}

void MarkdownTable::print() const
{
    std::fputs(text().toUtf8().constData(), stdout);
    std::fflush(stdout);
}

QString MarkdownTable::count(qint64 number)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(number);
}
