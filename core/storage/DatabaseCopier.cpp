#include "storage/DatabaseCopier.h"

#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/MigrationRunner.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QVariantList>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace {
struct CopiedTable
{
    QString name;
    QStringList columns;
    // What the source is paged by: the primary key, so that every page is one index range.
    QStringList key;
    // PostgreSQL hands out its ids from an identity sequence that must then start past the copied ones.
    bool hasIdentityId;
};

// Parents before children (foreign keys are checked as each row goes in). Every column of each table,
// named, so that both backends' column orders do not matter; tst_databasecopy compares these lists with
// the migrated schema, so a migration that adds a table or a column cannot be forgotten here.
const QList<CopiedTable> &copiedTableDefinitions()
{
    static const QList<CopiedTable> tables = {
        {QStringLiteral("users"),
         {QStringLiteral("id"), QStringLiteral("public_id"), QStringLiteral("username"),
          QStringLiteral("username_key"), QStringLiteral("role"), QStringLiteral("disabled"),
          QStringLiteral("password_hash"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
          QStringLiteral("last_login_at"), QStringLiteral("tokens_valid_after"),
          QStringLiteral("book_count")},
         {QStringLiteral("id")},
         true},
        {QStringLiteral("books"),
         {QStringLiteral("id"), QStringLiteral("owner_id"), QStringLiteral("title"),
          QStringLiteral("title_key"), QStringLiteral("author"), QStringLiteral("author_key"),
          QStringLiteral("publisher"), QStringLiteral("price_cents"), QStringLiteral("isbn"),
          QStringLiteral("year"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
          QStringLiteral("version")},
         {QStringLiteral("id")},
         true},
        {QStringLiteral("events"),
         {QStringLiteral("id"), QStringLiteral("occurred_at"), QStringLiteral("type"),
          QStringLiteral("actor"), QStringLiteral("subject_id"), QStringLiteral("subject_name"),
          QStringLiteral("client_address"), QStringLiteral("details")},
         {QStringLiteral("id")},
         true},
        {QStringLiteral("signing_keys"),
         {QStringLiteral("id"), QStringLiteral("kid"), QStringLiteral("algorithm"),
          QStringLiteral("material"), QStringLiteral("status"), QStringLiteral("created_at"),
          QStringLiteral("status_changed_at")},
         {QStringLiteral("id")},
         true},
        {QStringLiteral("refresh_sessions"),
         {QStringLiteral("id"), QStringLiteral("public_id"), QStringLiteral("user_id"),
          QStringLiteral("token_hash"), QStringLiteral("created_at"), QStringLiteral("last_used_at"),
          QStringLiteral("expires_at"), QStringLiteral("client_address"), QStringLiteral("user_agent"),
          QStringLiteral("rotations"), QStringLiteral("revoked_at"), QStringLiteral("revoked_reason")},
         {QStringLiteral("id")},
         true},
        {QStringLiteral("refresh_rotations"),
         {QStringLiteral("token_hash"), QStringLiteral("session_id"), QStringLiteral("rotated_at")},
         {QStringLiteral("token_hash")},
         false},
        {QStringLiteral("token_revocations"),
         {QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("valid_after"),
          QStringLiteral("expires_at")},
         {QStringLiteral("kind"), QStringLiteral("value")},
         false},
    };
    return tables;
}

// Rows read from the source per page: a PostgreSQL result arrives whole, so a page bounds the memory a
// million-row table needs.
constexpr int rowsPerPage = 2000;
// Rows per INSERT: one round trip to PostgreSQL for many rows instead of one each (13 columns × 100 rows
// stays far below both backends' parameter limits).
constexpr int rowsPerInsert = 100;

Error copyError(ErrorCode code, const char *message, const QStringList &arguments = {})
{
    return Error(ErrorKind::Storage, code, QString::fromLatin1(message), arguments);
}

Error failedOn(const QString &table, const Error &cause)
{
    return copyError(ErrorCode::StorageError,
                     QT_TRANSLATE_NOOP("Error", "Copying the table %1 failed; nothing was copied (%2)."),
                     {table, cause.message()});
}

QString placeholders(int count)
{
    QStringList marks;
    marks.reserve(count);
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
}

Result<qint64> countRows(SqlConnection &connection, const QString &table)
{
    SqlStatement count(connection, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), "copyCountRows");
    if (Status run = count.execute(); !run)
        return run.error();
    if (!count.next())
        return Error::storage(QStringLiteral("COUNT(*) of %1 returned no row.").arg(table));
    return count.int64(0);
}

Result<qint64> readBookTotal(SqlConnection &connection)
{
    SqlStatement total(connection, QStringLiteral("SELECT books FROM book_total WHERE singleton = 1"),
                       "copyBookTotal");
    if (Status run = total.execute(); !run)
        return run.error();
    return total.next() ? total.int64(0) : 0;
}

// Where a database is, for telling whether source and target are one and the same.
QString identityOf(const DatabaseUrl &url)
{
    if (url.isPostgresql())
        return QStringLiteral("postgresql:%1:%2/%3").arg(url.host()).arg(url.port()).arg(url.databaseName());
    const QFileInfo file(url.path());
    return QStringLiteral("sqlite:") + (file.exists() ? file.canonicalFilePath() : file.absoluteFilePath());
}
} // namespace

qint64 DatabaseCopyReport::totalRows() const
{
    qint64 rows = 0;
    for (const Table &table : tables)
        rows += table.targetRows;
    return rows;
}

DatabaseCopier::DatabaseCopier(DatabaseUrl source, DatabaseUrl target, const Clock &clock)
    : m_source(std::move(source))
    , m_target(std::move(target))
    , m_clock(clock)
{ }

QStringList DatabaseCopier::copiedTables()
{
    QStringList names;
    for (const CopiedTable &table : copiedTableDefinitions())
        names << table.name;
    return names;
}

QStringList DatabaseCopier::columnsOf(const QString &table)
{
    for (const CopiedTable &definition : copiedTableDefinitions()) {
        if (definition.name == table)
            return definition.columns;
    }
    return {};
}

Result<DatabaseCopyReport> DatabaseCopier::copy()
{
    if (identityOf(m_source) == identityOf(m_target))
        return copyError(ErrorCode::StorageError,
                         QT_TRANSLATE_NOOP("Error", "The source and the target are the same database (%1)."),
                         {m_source.displayName()});
    if (!m_source.isPostgresql()) {
        // Opening a missing file would create an empty one where a mistyped path points.
        const QFileInfo file(m_source.path());
        if (!file.exists() || file.isDir())
            return copyError(ErrorCode::DatabaseUnreadable,
                             QT_TRANSLATE_NOOP("Error", "The source database file %1 does not exist."),
                             {QDir::toNativeSeparators(m_source.path())});
    }

    std::unique_ptr<SqlConnection> source
        = SqlConnection::open(m_source, QStringLiteral("bookwarden-copy-source"));
    if (!source->isOpen())
        return copyError(ErrorCode::DatabaseUnreachable,
                         QT_TRANSLATE_NOOP("Error", "Cannot open the source database %1: %2"),
                         {m_source.displayName(), source->openError()});
    // Everything is read in one transaction: one moment of the source, however long the copy takes and
    // whatever a server serving it writes meanwhile. SQLite takes its WAL snapshot at the first read.
    if (Status snapshot = source->execute(
            source->isPostgresql() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                   : QStringLiteral("BEGIN"),
            "copyBeginSnapshot");
        !snapshot)
        return snapshot.error();
    int schemaVersion = 0;
    if (Status checked = checkSource(*source, &schemaVersion); !checked) {
        source->rollback();
        return checked.error();
    }

    m_targetFileCreated = !m_target.isPostgresql() && !QFileInfo::exists(m_target.path());
    Result<DatabaseCopyReport> copied = [&]() -> Result<DatabaseCopyReport> {
        // Opened as Bookwarden opens it: created and migrated to the schema this build writes, and held
        // against every other Bookwarden process until the copy is done. Nothing else: no first
        // administrator, no signing key.
        Result<std::unique_ptr<Database>> database = Database::open(m_target, m_clock);
        if (!database)
            return database.error();
        if (database.value()->schemaVersion() != schemaVersion)
            return copyError(
                ErrorCode::DatabaseOutdated,
                QT_TRANSLATE_NOOP("Error",
                                  "The target database %1 is at schema version %2, the source at "
                                  "%3; both must be at the same version."),
                {m_target.displayName(), QString::number(database.value()->schemaVersion()),
                 QString::number(schemaVersion)});
        std::unique_ptr<SqlConnection> target
            = SqlConnection::open(m_target, QStringLiteral("bookwarden-copy-target"));
        if (!target->isOpen())
            return copyError(ErrorCode::DatabaseUnreachable,
                             QT_TRANSLATE_NOOP("Error", "Cannot open the target database %1: %2"),
                             {m_target.displayName(), target->openError()});
        return copyInto(*source, *target, schemaVersion);
    }();
    source->rollback();
    source.reset();
    if (!copied && m_targetFileCreated)
        removeCreatedTargetFile();
    if (copied)
        qCInfo(lcSql) << "copied" << copied->totalRows() << "rows from" << m_source.displayName() << "to"
                      << m_target.displayName();
    return copied;
}

Status DatabaseCopier::checkSource(SqlConnection &source, int *schemaVersion)
{
    const MigrationRunner migrations(bookwardenMigrations());
    if (Status compatible = migrations.checkCompatible(source); !compatible)
        return compatible;
    const Result<int> version = migrations.currentVersion(source);
    if (!version)
        return version.error();
    if (version.value() == 0)
        return copyError(ErrorCode::DatabaseForeign,
                         QT_TRANSLATE_NOOP("Error", "The source %1 is not a Bookwarden database."),
                         {m_source.displayName()});
    // The target is created at the newest schema; rows of an older one would not fit it. Upgrading the
    // source here would write to a database a running (older) server may still be serving.
    if (version.value() < migrations.latestVersion())
        return copyError(ErrorCode::DatabaseOutdated,
                         QT_TRANSLATE_NOOP("Error",
                                           "The source database %1 is at schema version %2; this version of "
                                           "Bookwarden copies version %3. Start this version of Bookwarden "
                                           "(bookwarden-server or the desktop app) on it once to upgrade it, "
                                           "then copy it."),
                         {m_source.displayName(), QString::number(version.value()),
                          QString::number(migrations.latestVersion())});
    *schemaVersion = version.value();
    return {};
}

Result<DatabaseCopyReport> DatabaseCopier::copyInto(SqlConnection &source, SqlConnection &target,
                                                    int schemaVersion)
{
    DatabaseCopyReport report;
    report.schemaVersion = schemaVersion;
    for (const CopiedTable &table : copiedTableDefinitions()) {
        const Result<qint64> rows = countRows(source, table.name);
        if (!rows)
            return rows.error();
        report.tables.append({table.name, rows.value(), 0});
    }
    const Result<qint64> sourceBookTotal = readBookTotal(source);
    if (!sourceBookTotal)
        return sourceBookTotal.error();
    report.bookTotal = sourceBookTotal.value();

    if (Status begun = target.begin(); !begun)
        return begun.error();
    const auto fail = [&target](const Error &error) -> Result<DatabaseCopyReport> {
        target.rollback();
        return error;
    };
    if (Status empty = checkTargetIsEmpty(target); !empty)
        return fail(empty.error());

    for (DatabaseCopyReport::Table &table : report.tables) {
        const Result<qint64> copied = copyTable(source, target, table.name);
        if (!copied)
            return fail(failedOn(table.name, copied.error()));
    }
    if (target.isPostgresql()) {
        if (Status moved = moveIdentitiesPastCopiedIds(target); !moved)
            return fail(moved.error());
    }

    // Counted again on the target, inside the transaction that is about to commit: what the count finds is
    // what the commit makes durable.
    for (DatabaseCopyReport::Table &table : report.tables) {
        const Result<qint64> rows = countRows(target, table.name);
        if (!rows)
            return fail(rows.error());
        table.targetRows = rows.value();
        if (table.targetRows != table.sourceRows)
            return fail(copyError(
                ErrorCode::CopyNotVerified,
                QT_TRANSLATE_NOOP(
                    "Error", "The copy of the table %1 holds %2 rows, the source %3; nothing was copied."),
                {table.name, QString::number(table.targetRows), QString::number(table.sourceRows)}));
    }
    const Result<qint64> targetBookTotal = readBookTotal(target);
    if (!targetBookTotal)
        return fail(targetBookTotal.error());
    if (targetBookTotal.value() != report.bookTotal)
        return fail(copyError(
            ErrorCode::CopyNotVerified,
            QT_TRANSLATE_NOOP("Error", "The copy counts %1 books in all, the source %2; nothing was copied."),
            {QString::number(targetBookTotal.value()), QString::number(report.bookTotal)}));

    if (Status committed = target.commit(); !committed)
        return fail(committed.error());
    return report;
}

Status DatabaseCopier::checkTargetIsEmpty(SqlConnection &target)
{
    for (const CopiedTable &table : copiedTableDefinitions()) {
        SqlStatement any(target, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table.name),
                         "copyTargetAnyRow");
        if (Status run = any.execute(); !run)
            return run;
        if (any.next())
            return copyError(
                ErrorCode::DatabaseNotEmpty,
                QT_TRANSLATE_NOOP("Error",
                                  "The target database %1 is not empty (the table %2 holds rows); "
                                  "copy only into a new, empty database."),
                {m_target.displayName(), table.name});
    }
    return {};
}

Result<qint64> DatabaseCopier::copyTable(SqlConnection &source, SqlConnection &target, const QString &name)
{
    const CopiedTable *table = nullptr;
    for (const CopiedTable &definition : copiedTableDefinitions()) {
        if (definition.name == name) {
            table = &definition;
            break;
        }
    }
    const int width = int(table->columns.size());
    const QString columns = table->columns.join(QLatin1String(", "));
    const QString key = table->key.join(QLatin1String(", "));
    QList<int> keyColumns;
    for (const QString &column : table->key)
        keyColumns << int(table->columns.indexOf(column));

    const QString firstPage = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT %4")
                                  .arg(columns, table->name, key)
                                  .arg(rowsPerPage);
    // Keyset paging on the primary key (a row value for a composite key): each page starts where the last
    // ended, without re-reading what came before.
    const QString nextPage = QStringLiteral("SELECT %1 FROM %2 WHERE (%3) > %4 ORDER BY %3 LIMIT %5")
                                 .arg(columns, table->name, key, placeholders(int(table->key.size())))
                                 .arg(rowsPerPage);
    const QString insertPrefix = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table->name, columns);

    qint64 copied = 0;
    QVariantList lastKey;
    for (;;) {
        QList<QVariantList> rows;
        {
            SqlStatement read(source, lastKey.isEmpty() ? firstPage : nextPage, "copyReadPage");
            for (const QVariant &value : std::as_const(lastKey))
                read.bind(value);
            if (Status run = read.execute(); !run)
                return run.error();
            while (read.next()) {
                QVariantList row;
                row.reserve(width);
                for (int column = 0; column < width; ++column)
                    row << read.value(column);
                rows << row;
            }
        }
        if (rows.isEmpty())
            break;

        for (qsizetype first = 0; first < rows.size(); first += rowsPerInsert) {
            const qsizetype count = qMin<qsizetype>(rowsPerInsert, rows.size() - first);
            QStringList tuples;
            tuples.reserve(count);
            const QString tuple = placeholders(width);
            for (qsizetype i = 0; i < count; ++i)
                tuples << tuple;
            SqlStatement insert(target, insertPrefix + tuples.join(QLatin1String(", ")), "copyInsertRows");
            for (qsizetype i = first; i < first + count; ++i) {
                for (const QVariant &value : std::as_const(rows[i]))
                    insert.bind(value);
            }
            if (Status run = insert.execute(); !run)
                return run.error();
            copied += count;
        }

        if (rows.size() < rowsPerPage)
            break;
        lastKey.clear();
        for (const int column : std::as_const(keyColumns))
            lastKey << rows.constLast().at(column);
    }
    return copied;
}

Status DatabaseCopier::moveIdentitiesPastCopiedIds(SqlConnection &target)
{
    for (const CopiedTable &table : copiedTableDefinitions()) {
        if (!table.hasIdentityId)
            continue;
        // is_called = false: the next id handed out is exactly MAX(id) + 1 (1 for an empty table).
        if (Status moved = target.execute(
                QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, "
                               "false) FROM %1")
                    .arg(table.name),
                "copyMoveIdentity");
            !moved)
            return failedOn(table.name, moved.error());
    }
    return {};
}

void DatabaseCopier::removeCreatedTargetFile() const
{
    const QString path = m_target.path();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal"), QStringLiteral(".lock")})
        QFile::remove(path + suffix);
}
