#pragma once

#include <QString>
#include <QStringList>

// The Python in which the interoperability tests run an independent implementation (PyJWT, h11): the
// first of $BOOKWARDEN_PYTHON, Debian's /usr/bin/python3 (where the python3-* packages install) and
// python3 on PATH (which may be a pyenv without them) that can import every module named.
class PythonInterpreter
{
public:
    // The interpreter's path, or empty when none can import `modules`; `tried` lists each candidate
    // with "(ok)" or the module it lacked, for the failure message.
    static QString find(const QStringList &modules, QStringList *tried);
};
