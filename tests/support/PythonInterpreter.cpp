#include "PythonInterpreter.h"

#include <QProcess>
#include <QStandardPaths>

QString PythonInterpreter::find(const QStringList &modules, QStringList *tried)
{
    QStringList candidates;
    if (qEnvironmentVariableIsSet("BOOKWARDEN_PYTHON"))
        candidates.append(qEnvironmentVariable("BOOKWARDEN_PYTHON"));
    candidates.append(QStringLiteral("/usr/bin/python3"));
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates.append(onPath);
    const QString imports = QStringLiteral("import ") + modules.join(QStringLiteral(", "));
    for (const QString &candidate : candidates) {
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), imports});
        const bool ok = probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0;
        tried->append(candidate
                      + (ok ? QStringLiteral(" (ok)") : QStringLiteral(" (cannot %1)").arg(imports)));
        if (ok)
            return candidate;
    }
    return {};
}
