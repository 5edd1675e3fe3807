#include "storage/SqlStatement.h"

#include "storage/PreparedStatement.h"
#include "storage/SqlConnection.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

SqlStatement::SqlStatement(SqlConnection &connection, const QString &sql, const char *name)
    : m_connection(connection)
    , m_name(name)
{
    m_statement = connection.prepared(sql, &m_prepareError);
    if (!m_statement)
        qCWarning(lcSql) << "preparing" << m_name << "failed:" << m_prepareError;
}

SqlStatement::~SqlStatement()
{
    if (m_statement)
        m_statement->reset();
}

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    if (m_statement && !m_statement->bind(m_nextBinding++, value))
        m_bindingFailed = true;
    return *this;
}

Status SqlStatement::execute()
{
    m_uniqueFailure = false;
    m_rowPending = false;
    m_done = false;
    m_changes = 0;
    if (!m_statement)
        return m_connection.isHealthy() ? Error::storage(m_prepareError) : SqlConnection::unreachable();
    if (m_bindingFailed)
        return Error::storage(QStringLiteral("Binding a value to %1 failed.").arg(QLatin1String(m_name)));
    switch (m_statement->execute()) {
    case PreparedStatement::Step::Row:
        m_rowPending = true;
        break;
    case PreparedStatement::Step::Done:
        m_done = true;
        break;
    case PreparedStatement::Step::Failed: {
        m_uniqueFailure = m_statement->failedOnUniqueConstraint();
        const QString message = m_statement->errorText();
        if (!m_connection.isHealthy()) {
            qCWarning(lcSql) << m_name << "lost the database:" << message;
            return SqlConnection::unreachable();
        }
        // The statement's name and the database's message only: bound values may be secrets. A duplicate is
        // an expected answer (the caller turns it into a conflict), not a fault worth a warning.
        if (m_uniqueFailure)
            qCDebug(lcSql) << m_name << "refused a duplicate:" << message;
        else
            qCWarning(lcSql) << m_name << "failed:" << message;
        return Error::storage(message);
    }
    }
    m_changes = m_statement->changes();
    return {};
}

bool SqlStatement::next()
{
    if (!m_statement)
        return false;
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done)
        return false;
    switch (m_statement->next()) {
    case PreparedStatement::Step::Row:
        return true;
    case PreparedStatement::Step::Failed:
        qCWarning(lcSql) << m_name << "failed while reading rows:" << m_statement->errorText();
        break;
    case PreparedStatement::Step::Done:
        break;
    }
    m_done = true;
    return false;
}

QVariant SqlStatement::value(int column) const
{
    return m_statement->value(column);
}

qint64 SqlStatement::int64(int column) const
{
    return m_statement->int64(column);
}

QString SqlStatement::text(int column) const
{
    return m_statement->text(column);
}

bool SqlStatement::isNull(int column) const
{
    return m_statement->isNull(column);
}
