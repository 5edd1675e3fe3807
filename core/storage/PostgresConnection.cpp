#include "storage/PostgresConnection.h"

#include "storage/PostgresStatement.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace {
// Applied to every connection. synchronous_commit is the server's default too, but an administrator may
// have lowered it for the database or the role: Bookwarden acknowledges a write only once it is durable.
const char *const sessionSettings[] = {
    "SET synchronous_commit = on",
    "SET client_min_messages = warning",
};

// The server's notices (NOTICE: relation already exists, …) go to the log instead of stderr.
void logNotice(void *, const char *message)
{
    qCDebug(lcSql) << "PostgreSQL:" << QByteArray(message).trimmed();
}

QString resultError(PGresult *result, PGconn *connection)
{
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    return QString::fromUtf8(message).trimmed();
}
} // namespace

PostgresConnection::PostgresConnection(QString name, const DatabaseUrl &url)
    : SqlConnection(std::move(name), DatabaseUrl::Backend::Postgresql)
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!m_database.isValid()) {
        m_openError = QStringLiteral(
            "The Qt PostgreSQL driver (QPSQL) is not available; install it (Debian: libqt6sql6-psql).");
        return;
    }
    m_database.setHostName(url.host());
    m_database.setPort(url.port());
    m_database.setUserName(url.user());
    m_database.setPassword(url.password());
    m_database.setDatabaseName(url.databaseName());
    m_database.setConnectOptions(url.connectOptions());
    if (!m_database.open()) {
        m_openError = m_database.lastError().text().trimmed();
        return;
    }
    // The handle's type name is libpq's struct ("pg_conn*") or its typedef ("PGconn*"), as the driver
    // declared it.
    const QVariant handle = m_database.driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        m_openError = QStringLiteral("The QPSQL driver did not provide its PostgreSQL connection.");
        return;
    }
    m_handle = *static_cast<PGconn *const *>(handle.constData());
    PQsetNoticeProcessor(m_handle, logNotice, nullptr);
    for (const char *setting : sessionSettings) {
        if (Status applied = execute(QLatin1String(setting), "sessionSetting"); !applied) {
            m_openError = applied.error().message();
            return;
        }
    }
}

PostgresConnection::~PostgresConnection()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    m_handle = nullptr;
}

QByteArray PostgresConnection::numberParameters(const QString &sql, int *count)
{
    QString numbered;
    numbered.reserve(sql.size() + 16);
    int parameters = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            numbered += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            numbered += c;
        } else if (c == QLatin1Char('?')) {
            numbered += QLatin1Char('$') + QString::number(++parameters);
        } else {
            numbered += c;
        }
    }
    *count = parameters;
    return numbered.toUtf8();
}

PreparedStatement *PostgresConnection::prepared(const QString &sql, QString *error)
{
    if (!m_handle) {
        *error = m_openError;
        return nullptr;
    }
    const auto found = m_statements.constFind(sql);
    if (found != m_statements.constEnd())
        return *found;

    int parameters = 0;
    const QByteArray numbered = numberParameters(sql, &parameters);
    const QByteArray name = "bookwarden_" + QByteArray::number(m_nextStatementNumber++);
    PGresult *result = PQprepare(m_handle, name.constData(), numbered.constData(), 0, nullptr);
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        *error = resultError(result, m_handle);
        PQclear(result);
        return nullptr;
    }
    PQclear(result);
    auto *prepared = new PostgresStatement(m_handle, name, parameters);
    m_statements.insert(sql, prepared);
    return prepared;
}

Status PostgresConnection::execute(const QString &sql, const char *statementName)
{
    if (!m_handle)
        return Error::storage(m_openError);
    PGresult *result = PQexec(m_handle, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString text = resultError(result, m_handle);
        PQclear(result);
        qCWarning(lcSql) << statementName << "failed:" << text;
        return Error::storage(text);
    }
    PQclear(result);
    return {};
}

Status PostgresConnection::begin()
{
    return execute(QStringLiteral("BEGIN"), "begin");
}

void PostgresConnection::rollback()
{
    if (m_handle && PQtransactionStatus(m_handle) != PQTRANS_IDLE)
        PQclear(PQexec(m_handle, "ROLLBACK"));
}

bool PostgresConnection::isHealthy() const
{
    return m_handle && PQstatus(m_handle) == CONNECTION_OK;
}

QString PostgresConnection::lastErrorText() const
{
    return m_handle ? QString::fromUtf8(PQerrorMessage(m_handle)).trimmed() : m_openError;
}
