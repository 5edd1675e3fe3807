#include "storage/SqlStatement.h"

#include "storage/SqlConnection.h"

#include <QLoggingCategory>

#include <sqlite3.h>

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
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    if (!m_statement)
        return *this;
    const int index = m_nextBinding++;
    int result = SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QByteArray utf8 = value.toString().toUtf8();
        result = sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
        result = sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        result = sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        result
            = sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    default:
        if (!value.isValid() || value.isNull())
            result = sqlite3_bind_null(m_statement, index);
        else {
            const QByteArray utf8 = value.toString().toUtf8();
            result
                = sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
    }
    if (result != SQLITE_OK)
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
        return Error::storage(m_prepareError);
    if (m_bindingFailed)
        return Error::storage(QStringLiteral("Binding a value to %1 failed.").arg(QLatin1String(m_name)));
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        m_rowPending = true;
    } else if (result == SQLITE_DONE) {
        m_done = true;
    } else {
        const int extended = sqlite3_extended_errcode(m_connection.handle());
        m_uniqueFailure = extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY;
        const QString message = m_connection.lastErrorText();
        sqlite3_reset(m_statement);
        // The statement's name and SQLite's message only: bound values may be secrets. A duplicate is an
        // expected answer (the caller turns it into a conflict), not a fault worth a warning.
        if (m_uniqueFailure)
            qCDebug(lcSql) << m_name << "refused a duplicate:" << message;
        else
            qCWarning(lcSql) << m_name << "failed:" << message;
        return Error::storage(message);
    }
    m_changes = sqlite3_changes(m_connection.handle());
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
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        qCWarning(lcSql) << m_name << "failed while reading rows:" << m_connection.lastErrorText();
    m_done = true;
    return false;
}

QVariant SqlStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB: {
        const void *data = sqlite3_column_blob(m_statement, column);
        return QVariant(
            QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return QVariant();
    }
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqlStatement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}
