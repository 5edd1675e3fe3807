#pragma once

#include "common/Result.h"

#include <QSqlQuery>
#include <QVariant>

class SqlConnection;

// A use of one cached prepared statement: bind, execute, read, and on destruction finish() so that no
// read transaction stays open (an unfinished SELECT would pin an old WAL snapshot and block checkpoints).
//
//   SqlStatement find(connection, QStringLiteral("SELECT title FROM books WHERE id = ?"), "findBookTitle");
//   find.bind(id);
//   if (Status run = find.execute(); !run) return run.error();
//   if (find.next()) title = find.value(0).toString();
class SqlStatement
{
public:
    SqlStatement(SqlConnection &connection, const QString &sql, const char *name);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Binds the next '?'. A QString (even a null one) binds as text; only an invalid QVariant() binds NULL.
    SqlStatement &bind(const QVariant &value);
    Status execute();

    bool next() { return m_query && m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    qint64 int64(int column) const { return m_query->value(column).toLongLong(); }
    QString text(int column) const { return m_query->value(column).toString(); }
    bool isNull(int column) const { return m_query->isNull(column); }
    int numRowsAffected() const { return m_query ? m_query->numRowsAffected() : 0; }
    // True when the last execute() failed because a UNIQUE or FOREIGN KEY constraint refused the row.
    bool failedOnConstraint() const { return m_constraintFailure; }

private:
    QSqlQuery *m_query = nullptr;
    const char *m_name;
    QString m_prepareError;
    int m_nextBinding = 0;
    bool m_constraintFailure = false;
};
