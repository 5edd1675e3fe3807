#include "DatabaseSizeReport.h"

#include "storage/Database.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"

#include <QFileInfo>

namespace DatabaseSizeReport {

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}
} // namespace

Result<MarkdownTable> measure(Database &database, qint64 books, qint64 *fileBytes)
{
    database.writer().waitForIdle();
    // Everything into the main file, so that its size is the database's.
    if (Status checkpoint
        = database.connection().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), "checkpoint");
        !checkpoint)
        return checkpoint.error();
    *fileBytes = QFileInfo(database.filePath()).size();

    SqlStatement sizes(database.connection(),
                       QStringLiteral("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"
                                      " ORDER BY SUM(pgsize) DESC"),
                       "databaseObjectSizes");
    if (Status run = sizes.execute(); !run)
        return run.error();
    MarkdownTable table({QStringLiteral("table or index"), QStringLiteral("MB"), QStringLiteral("bytes/book"),
                         QStringLiteral("share")});
    auto addRow = [&table, books, fileBytes](const QString &name, qint64 bytes) {
        table.addRow(
            {name, megabytes(bytes),
             books > 0 ? QString::number(double(bytes) / double(books), 'f', 0) : QStringLiteral("–"),
             QString::number(100.0 * double(bytes) / double(std::max<qint64>(1, *fileBytes)), 'f', 1)
                 + QLatin1Char('%')});
    };
    qint64 booksBytes = 0; // the books table with its indexes (and any index tables named after it)
    qint64 smallBytes = 0; // tables and indexes too small to list one by one
    while (sizes.next()) {
        const QString name = sizes.text(0);
        const qint64 bytes = sizes.int64(1);
        if (name == QLatin1String("books") || name.startsWith(QLatin1String("books_"))
            || name.startsWith(QLatin1String("sqlite_autoindex_books_")))
            booksBytes += bytes;
        if (bytes * 200 < *fileBytes)
            smallBytes += bytes;
        else
            addRow(name, bytes);
    }
    addRow(QStringLiteral("everything under 0.5% each"), smallBytes);
    addRow(QStringLiteral("**books and its indexes**"), booksBytes);
    addRow(QStringLiteral("**whole file**"), *fileBytes);
    return table;
}

} // namespace DatabaseSizeReport
