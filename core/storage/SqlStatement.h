#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariant>

class PreparedStatement;
class SqlConnection;

// A use of one cached prepared statement: bind, execute, read, and on destruction reset it, so that no read
// transaction stays open (an unfinished SELECT would pin an old WAL snapshot and block checkpoints). The same
// on either backend: '?' marks a parameter.
//
//   SqlStatement find(connection, QStringLiteral("SELECT title FROM books WHERE id = ?"), "findBookTitle");
//   find.bind(id);
//   if (Status run = find.execute(); !run) return run.error();
//   if (find.next()) title = find.text(0);
//
// execute() runs the statement up to its first row, so an INSERT, UPDATE or DELETE (with or without
// RETURNING) has done its work when execute() returns.
class SqlStatement
{
public:
    SqlStatement(SqlConnection &connection, const QString &sql, const char *name);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Binds the next '?'. A QString (even a null one) binds as text; an invalid QVariant() binds NULL;
    // integers and booleans bind as integers, doubles as reals, byte arrays as blobs.
    SqlStatement &bind(const QVariant &value);
    Status execute();

    // Advances to the next row; the first call after execute() returns the row execute() reached.
    bool next();
    QVariant value(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    int numRowsAffected() const { return m_changes; }
    // True when the last execute() failed because a UNIQUE or PRIMARY KEY constraint refused the row (a
    // duplicate; a foreign key or CHECK failure is a plain error).
    bool failedOnUniqueConstraint() const { return m_uniqueFailure; }

private:
    SqlConnection &m_connection;
    PreparedStatement *m_statement = nullptr; // owned by the connection, which keeps it for reuse
    const char *m_name;
    QString m_prepareError;
    int m_nextBinding = 1;
    int m_changes = 0;
    bool m_bindingFailed = false;
    bool m_rowPending = false; // execute() stepped onto a row that next() has not handed out yet
    bool m_done = false;
    bool m_uniqueFailure = false;
};
