#include "storage/SqlConnection.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "bookwarden.core.storage")

namespace {
// Applied to every connection: foreign keys are off by default in SQLite; the busy timeout lets another
// process's writer finish; synchronous=FULL makes every acknowledged commit survive a power cut.
const char *const connectionPragmas[] = {
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
    "PRAGMA synchronous = FULL",
};
} // namespace

SqlConnection::SqlConnection(QString name, const QString &filePath)
    : m_name(std::move(name))
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_database.isValid()) {
        m_openError = QStringLiteral("The Qt SQLite driver (QSQLITE) is not available.");
        return;
    }
    m_database.setDatabaseName(filePath);
    // No SQLITE_OPEN_CREATE surprises: Database creates the file (with owner-only permissions) first.
    m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_database.open()) {
        m_openError = m_database.lastError().text();
        return;
    }
    for (const char *pragma : connectionPragmas) {
        QSqlQuery query(m_database);
        if (!query.exec(QLatin1String(pragma))) {
            m_openError = query.lastError().text();
            return;
        }
    }
}

SqlConnection::~SqlConnection()
{
    m_statements.clear();
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlQuery *SqlConnection::prepared(const QString &sql, QString *error)
{
    if (!isOpen()) {
        *error = m_openError;
        return nullptr;
    }
    auto found = m_statements.constFind(sql);
    if (found != m_statements.constEnd())
        return found->get();

    auto query = std::make_shared<QSqlQuery>(m_database);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = query->lastError().text();
        return nullptr;
    }
    QSqlQuery *raw = query.get();
    m_statements.insert(sql, std::move(query));
    return raw;
}

Status SqlConnection::execute(const QString &sql, const char *statementName)
{
    if (!isOpen())
        return Error::storage(m_openError);
    QSqlQuery query(m_database);
    if (!query.exec(sql)) {
        qCWarning(lcSql) << statementName << "failed:" << query.lastError().text();
        return Error::storage(query.lastError().text());
    }
    return {};
}

Status SqlConnection::begin()
{
    // IMMEDIATE takes the write lock up front (waiting up to the busy timeout for another process's writer):
    // a deferred transaction that reads first and writes later could fail with SQLITE_BUSY_SNAPSHOT, which
    // the busy handler does not retry.
    return execute(QStringLiteral("BEGIN IMMEDIATE"), "begin");
}

Status SqlConnection::commit()
{
    return execute(QStringLiteral("COMMIT"), "commit");
}

void SqlConnection::rollback()
{
    if (isOpen())
        QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
}
