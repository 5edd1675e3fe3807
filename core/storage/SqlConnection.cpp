#include "storage/SqlConnection.h"

#include "storage/PostgresConnection.h"
#include "storage/SqlStatement.h"
#include "storage/SqliteConnection.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSql, "bookwarden.core.storage")

std::unique_ptr<SqlConnection> SqlConnection::open(const DatabaseUrl &url, const QString &name)
{
    if (url.isPostgresql())
        return std::make_unique<PostgresConnection>(name, url);
    return std::make_unique<SqliteConnection>(name, url.path());
}

SqlConnection::SqlConnection(QString name, DatabaseUrl::Backend backend)
    : m_name(std::move(name))
    , m_backend(backend)
{ }

SqlConnection::~SqlConnection()
{
    // The implementation has finalized its statements by now; the driver closes the handle.
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Error SqlConnection::unreachable()
{
    return Error::unavailable(ErrorCode::DatabaseUnreachable,
                              QStringLiteral(QT_TRANSLATE_NOOP(
                                  "Error", "The database cannot be reached right now; try again shortly.")));
}

Status SqlConnection::commit()
{
    return execute(QStringLiteral("COMMIT"), "commit");
}

Result<QStringList> SqlConnection::queryPlan(const QString &sql, const QVariantList &values)
{
    SqlStatement explain(*this, explainPrefix() + sql, "explainQueryPlan");
    for (const QVariant &value : values)
        explain.bind(value);
    if (Status run = explain.execute(); !run)
        return run.error();
    // SQLite: (id, parent, notused, detail); PostgreSQL: one line of text per row.
    const int detail = isPostgresql() ? 0 : 3;
    QStringList plan;
    while (explain.next())
        plan << explain.text(detail);
    return plan;
}
