#pragma once

#include "MarkdownTable.h"
#include "common/Result.h"

class Database;

// What a filled database takes on disk: the file after a checkpoint, and per table and index from SQLite's
// dbstat virtual table (compiled into Debian's libsqlite3), with bytes per book.
namespace DatabaseSizeReport {
Result<MarkdownTable> measure(Database &database, qint64 books, qint64 *fileBytes);
} // namespace DatabaseSizeReport
