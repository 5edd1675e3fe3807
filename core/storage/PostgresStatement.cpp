#include "storage/PostgresStatement.h"

#include <libpq-fe.h>

namespace {
// Type oids of the columns Bookwarden reads (pg_type.h).
constexpr Oid boolOid = 16;
constexpr Oid byteaOid = 17;
constexpr Oid int8Oid = 20;
constexpr Oid int2Oid = 21;
constexpr Oid int4Oid = 23;
constexpr Oid oidOid = 26;
constexpr Oid float4Oid = 700;
constexpr Oid float8Oid = 701;
constexpr Oid numericOid = 1700;

// SQLSTATE of a UNIQUE or PRIMARY KEY violation.
constexpr char uniqueViolation[] = "23505";
} // namespace

PostgresStatement::PostgresStatement(pg_conn *connection, QByteArray name, int parameterCount)
    : m_connection(connection)
    , m_name(std::move(name))
    , m_parameters(size_t(parameterCount))
{ }

PostgresStatement::~PostgresStatement()
{
    PQclear(m_result);
}

bool PostgresStatement::bind(int index, const QVariant &value)
{
    if (index < 1 || size_t(index) > m_parameters.size())
        return false;
    Parameter &parameter = m_parameters[size_t(index - 1)];
    parameter = Parameter();
    switch (value.typeId()) {
    case QMetaType::QString:
        parameter.value = value.toString().toUtf8();
        parameter.null = false;
        return true;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
        parameter.value = QByteArray::number(value.toLongLong());
        parameter.null = false;
        return true;
    case QMetaType::Double:
    case QMetaType::Float:
        parameter.value = QByteArray::number(value.toDouble(), 'g', 17);
        parameter.null = false;
        return true;
    case QMetaType::QByteArray:
        parameter.value = value.toByteArray();
        parameter.null = false;
        parameter.binary = true;
        return true;
    default:
        if (value.isValid() && !value.isNull()) {
            parameter.value = value.toString().toUtf8();
            parameter.null = false;
        }
        return true;
    }
}

PreparedStatement::Step PostgresStatement::execute()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
    m_changes = 0;
    m_uniqueFailure = false;
    m_errorText.clear();

    const int count = int(m_parameters.size());
    std::vector<const char *> values(m_parameters.size());
    std::vector<int> lengths(m_parameters.size());
    std::vector<int> formats(m_parameters.size());
    for (int i = 0; i < count; ++i) {
        const Parameter &parameter = m_parameters[size_t(i)];
        values[size_t(i)] = parameter.null ? nullptr : parameter.value.constData();
        lengths[size_t(i)] = int(parameter.value.size());
        formats[size_t(i)] = parameter.binary ? 1 : 0;
    }
    m_result = PQexecPrepared(m_connection, m_name.constData(), count, values.data(), lengths.data(),
                              formats.data(), 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char *state = m_result ? PQresultErrorField(m_result, PG_DIAG_SQLSTATE) : nullptr;
        m_uniqueFailure = state && qstrcmp(state, uniqueViolation) == 0;
        m_errorText
            = QString::fromUtf8(m_result ? PQresultErrorMessage(m_result) : PQerrorMessage(m_connection))
                  .trimmed();
        PQclear(m_result);
        m_result = nullptr;
        return Step::Failed;
    }
    m_rows = PQntuples(m_result);
    m_changes = atoi(PQcmdTuples(m_result));
    return next();
}

PreparedStatement::Step PostgresStatement::next()
{
    if (!m_result)
        return Step::Done;
    if (m_row + 1 < m_rows) {
        ++m_row;
        return Step::Row;
    }
    m_row = m_rows;
    return Step::Done;
}

QVariant PostgresStatement::value(int column) const
{
    if (isNull(column))
        return QVariant();
    const char *data = PQgetvalue(m_result, m_row, column);
    switch (PQftype(m_result, column)) {
    case int8Oid:
    case int4Oid:
    case int2Oid:
    case oidOid:
    case boolOid:
        return QVariant(int64(column));
    case float4Oid:
    case float8Oid:
        return QVariant(QByteArray(data).toDouble());
    case numericOid: {
        const QByteArray number(data);
        if (number.contains('.'))
            return QVariant(number.toDouble());
        return QVariant(number.toLongLong());
    }
    case byteaOid: {
        size_t length = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(data), &length);
        QByteArray decoded(reinterpret_cast<const char *>(bytes), qsizetype(length));
        PQfreemem(bytes);
        return QVariant(decoded);
    }
    default:
        return QVariant(text(column));
    }
}

qint64 PostgresStatement::int64(int column) const
{
    if (isNull(column))
        return 0;
    const char *data = PQgetvalue(m_result, m_row, column);
    if (PQftype(m_result, column) == boolOid)
        return data[0] == 't' ? 1 : 0;
    return QByteArray(data).toLongLong();
}

QString PostgresStatement::text(int column) const
{
    if (isNull(column))
        return QString();
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

bool PostgresStatement::isNull(int column) const
{
    return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column);
}

void PostgresStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
    for (Parameter &parameter : m_parameters)
        parameter = Parameter();
}
