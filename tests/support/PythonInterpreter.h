#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The Python in which the interoperability tests run an independent implementation (PyJWT, h11), and
// how they run it. The interpreter is the first of $BOOKWARDEN_PYTHON, Debian's /usr/bin/python3 (where the
// python3-* packages install) and python3 on PATH (which may be a pyenv without them) that can import every
// module named.
class PythonInterpreter
{
public:
    // The interpreter's path, or empty when none can import `modules`; `tried` lists each candidate
    // with "(ok)" or the module it lacked, for the failure message.
    static QString find(const QStringList &modules, QStringList *tried);

    // Runs `script` (with `arguments`) in `python`, which writes a JSON object to `outputPath`, and returns
    // that object; nullopt, with `error` saying why, when the script does not finish within `timeoutMs`,
    // fails, or writes no object. Python writes no bytecode next to the script: it is in the source tree.
    static std::optional<QJsonObject> runForJson(const QString &python, const QString &script,
                                                 const QStringList &arguments, const QString &outputPath,
                                                 int timeoutMs, QString *error);
};
