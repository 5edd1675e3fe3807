#include "storage/SqliteConnection.h"

#include "storage/SqliteStatement.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

#include <mutex>
#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace {
// Applied to every connection: foreign keys are off by default in SQLite; the busy timeout lets another
// process's writer finish; synchronous=FULL makes every acknowledged commit survive a power cut;
// temp_store=MEMORY keeps the statement journals of the group-commit savepoints (every job's first change
// to a page is copied there) and sort spills in memory instead of unlinked files under /var/tmp.
const char *const connectionPragmas[] = {
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
};

// SQLite counts every allocation under one process-wide mutex unless told not to, before it initialises.
// Nothing here reads those counts. Too late (another part of the process opened SQLite first) is harmless.
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}
} // namespace

SqliteConnection::SqliteConnection(QString name, const QString &filePath)
    : SqlConnection(std::move(name), DatabaseUrl::Backend::Sqlite)
{
    configureSqliteOnce();
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_database.isValid()) {
        m_openError = QStringLiteral("The Qt SQLite driver (QSQLITE) is not available.");
        return;
    }
    m_database.setDatabaseName(filePath);
    m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_database.open()) {
        m_openError = m_database.lastError().text();
        return;
    }
    const QVariant handle = m_database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_openError = QStringLiteral("The QSQLITE driver did not provide its SQLite handle.");
        return;
    }
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    for (const char *pragma : connectionPragmas) {
        if (Status applied = execute(QLatin1String(pragma), "connectionPragma"); !applied) {
            m_openError = applied.error().message();
            return;
        }
    }
}

SqliteConnection::~SqliteConnection()
{
    // Every statement must be finalized before the driver closes the handle.
    qDeleteAll(m_statements);
    m_statements.clear();
    m_handle = nullptr;
}

QString SqliteConnection::lastErrorText() const
{
    return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : m_openError;
}

PreparedStatement *SqliteConnection::prepared(const QString &sql, QString *error)
{
    if (!m_handle) {
        *error = m_openError;
        return nullptr;
    }
    const auto found = m_statements.constFind(sql);
    if (found != m_statements.constEnd())
        return *found;

    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr)
            != SQLITE_OK
        || !statement) {
        *error = lastErrorText();
        sqlite3_finalize(statement);
        return nullptr;
    }
    auto *prepared = new SqliteStatement(m_handle, statement);
    m_statements.insert(sql, prepared);
    return prepared;
}

Status SqliteConnection::execute(const QString &sql, const char *statementName)
{
    if (!m_handle)
        return Error::storage(m_openError);
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(m_handle, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : lastErrorText();
        sqlite3_free(message);
        qCWarning(lcSql) << statementName << "failed:" << text;
        return Error::storage(text);
    }
    return {};
}

Status SqliteConnection::begin()
{
    // IMMEDIATE takes the write lock up front (waiting up to the busy timeout for another process's writer):
    // a deferred transaction that reads first and writes later could fail with SQLITE_BUSY_SNAPSHOT, which
    // the busy handler does not retry.
    return execute(QStringLiteral("BEGIN IMMEDIATE"), "begin");
}

void SqliteConnection::rollback()
{
    if (m_handle && !sqlite3_get_autocommit(m_handle))
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
}
