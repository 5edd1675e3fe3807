#include "PythonInterpreter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
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

std::optional<QJsonObject> PythonInterpreter::runForJson(const QString &python, const QString &script,
                                                         const QStringList &arguments,
                                                         const QString &outputPath, int timeoutMs,
                                                         QString *error)
{
    const QString name = QFileInfo(script).fileName();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(python, QStringList {script} + arguments);
    if (!process.waitForFinished(timeoutMs)) {
        *error = QStringLiteral("%1 did not finish within %2 s").arg(name).arg(timeoutMs / 1000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit %2): %3")
                     .arg(name)
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError()));
        return std::nullopt;
    }
    QFile output(outputPath);
    const QJsonDocument document
        = output.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(output.readAll()) : QJsonDocument();
    if (!document.isObject()) {
        *error = QStringLiteral("%1 wrote no JSON object to %2").arg(name, outputPath);
        return std::nullopt;
    }
    return document.object();
}
