#include "storage/SqlStatement.h"

#include "storage/SqlConnection.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

SqlStatement::SqlStatement(SqlConnection &connection, const QString &sql, const char *name)
    : m_name(name)
{
    m_query = connection.prepared(sql, &m_prepareError);
    if (!m_query)
        qCWarning(lcSql) << "preparing" << m_name << "failed:" << m_prepareError;
}

SqlStatement::~SqlStatement()
{
    if (m_query)
        m_query->finish();
}

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    // Qt binds a null QString as SQL NULL; here a string is a string, even an empty one. SQL NULL is bound
    // only on purpose, with an invalid QVariant().
    static const QVariant emptyText = QVariant(QStringLiteral(""));
    const bool nullString = value.typeId() == QMetaType::QString && value.toString().isNull();
    if (m_query)
        m_query->bindValue(m_nextBinding, nullString ? emptyText : value);
    ++m_nextBinding;
    return *this;
}

Status SqlStatement::execute()
{
    m_constraintFailure = false;
    if (!m_query)
        return Error::storage(m_prepareError);
    if (m_query->exec())
        return {};
    const QSqlError error = m_query->lastError();
    // SQLite's extended result codes for UNIQUE (2067), PRIMARY KEY (1555), FOREIGN KEY (787) and CHECK
    // (275) violations all share the primary code SQLITE_CONSTRAINT (19).
    const int code = error.nativeErrorCode().toInt();
    m_constraintFailure = (code & 0xff) == 19;
    // The statement's name and SQLite's message only: bound values may be secrets.
    qCWarning(lcSql) << m_name << "failed:" << error.text();
    return Error::storage(error.text());
}
