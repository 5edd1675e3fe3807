#include "FirstPaintProbe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

namespace {
qint64 statusKiB(const QByteArray &status, const QByteArray &field)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

FirstPaintProbe::FirstPaintProbe(Settings settings)
    : m_settings(std::move(settings))
{ }

Result<FirstPaintProbe::Measurement> FirstPaintProbe::run()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_settings.configDirectory);
    environment.insert(QStringLiteral("BOOKWARDEN_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    // The app quits by itself a while after memory was read: a clean exit, not a kill.
    environment.insert(QStringLiteral("BOOKWARDEN_QUIT_AFTER_FIRST_PAINT_MS"),
                       QString::number(m_settings.settleMs + 2000));
    environment.remove(QStringLiteral("BOOKWARDEN_ADMIN_PASSWORD"));
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError);
    process.setStandardOutputFile(QProcess::nullDevice());

    QElapsedTimer timer;
    timer.start();
    process.start(m_settings.executable, {QStringLiteral("--database"), m_settings.databaseUrl});
    if (!process.waitForStarted(10000))
        return Error::internal(
            QStringLiteral("%1 did not start: %2").arg(m_settings.executable, process.errorString()));

    Measurement measurement;
    QByteArray errors;
    const auto readLines = [&process, &measurement, &errors, &timer] {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            if (line.startsWith("first-paint-ms ")) {
                measurement.painted = true;
                measurement.sinceExecMs = double(timer.nsecsElapsed()) / 1e6;
                measurement.sinceMainMs = line.mid(15).trimmed().toDouble();
            } else if (line.startsWith("first-rows-ms ")) {
                measurement.rowsSinceMainMs = line.mid(14).trimmed().toDouble();
            } else {
                errors += line;
            }
        }
    };
    while (!measurement.painted && timer.elapsed() < m_settings.timeoutMs
           && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        readLines();
    }
    // After settling, or at the timeout when it never painted: what it holds then is a figure too.
    if (measurement.painted) {
        QThread::msleep(m_settings.settleMs);
        process.waitForReadyRead(0);
        readLines();
    }
    if (process.state() == QProcess::Running) {
        QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
        if (status.open(QIODevice::ReadOnly)) {
            const QByteArray text = status.readAll();
            measurement.rssKiB = statusKiB(text, "VmRSS");
            measurement.peakRssKiB = statusKiB(text, "VmHWM");
        }
    }
    const bool exitedEarly = process.state() != QProcess::Running;
    if (!process.waitForFinished(measurement.painted ? 15000 : 0)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (exitedEarly && !measurement.painted)
        return Error::internal(
            QStringLiteral("%1 exited before painting: %2")
                .arg(m_settings.executable, QString::fromLocal8Bit(errors + process.readAllStandardError())));
    return measurement;
}
