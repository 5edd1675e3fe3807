#pragma once

#include <QString>
#include <QVariant>

// One statement prepared on one connection, in the backend's own terms (a sqlite3_stmt, a statement
// prepared on a PostgreSQL session). The connection that prepared it owns it and keeps it for reuse;
// SqlStatement is how the rest of the code uses it.
class PreparedStatement
{
public:
    enum class Step { Row, Done, Failed };

    virtual ~PreparedStatement() = default;

    // Binds parameter `index` (from 1). False when the backend refused the value.
    virtual bool bind(int index, const QVariant &value) = 0;
    // Runs the statement with the values bound, up to its first row.
    virtual Step execute() = 0;
    virtual Step next() = 0;
    // After execute(): the rows an INSERT, UPDATE or DELETE changed.
    virtual int changes() const = 0;
    // After a Failed execute(): whether a UNIQUE or PRIMARY KEY constraint refused the row, and why it
    // failed.
    virtual bool failedOnUniqueConstraint() const = 0;
    virtual QString errorText() const = 0;

    virtual QVariant value(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual bool isNull(int column) const = 0;

    // Ready for the next use: no row pending, no values bound.
    virtual void reset() = 0;
};
