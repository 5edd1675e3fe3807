#include "TemporaryPostgres.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QVersionNumber>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
Q_LOGGING_CATEGORY(lcTemporaryPostgres, "bookwarden.tests.postgres", QtInfoMsg)

const auto directoryPattern = QLatin1String("bookwarden-pg-");
const auto ownerFileName = QLatin1String("owner.pid");
const auto serverAccount = "postgres";
constexpr int portAttempts = 5;
constexpr int initdbTimeoutMs = 120000;
constexpr int pgCtlTimeoutMs = 60000;
constexpr int psqlTimeoutMs = 30000;
constexpr int shutdownTimeoutMs = 30000;

// A port nobody listens on right now: the kernel picks one for a socket bound to 127.0.0.1:0. POSIX rather
// than QTcpServer keeps the test support on Qt Core; another process may take the port before the server
// binds it, which startOnFreePort() answers by trying another.
int freePort()
{
    const int socketDescriptor = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (socketDescriptor < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(socketDescriptor, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(socketDescriptor, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(socketDescriptor);
    return port;
}

bool processExists(qint64 pid)
{
    // EPERM: it exists but belongs to someone else; a zombie also counts as existing (the safe side).
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// The pid in DATA/postmaster.pid when that process is the postmaster of DATA. A postmaster that died
// without cleaning up leaves the file behind, and its pid may since belong to an unrelated process:
// the postmaster works in its data directory, so /proc/PID/cwd tells them apart (pg_ctl would just
// signal the pid).
qint64 postmasterOf(const QString &dataDirectory)
{
    QFile pidFile(dataDirectory + QLatin1String("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = pidFile.readLine().trimmed().toLongLong(&ok);
    if (!ok || pid <= 0)
        return 0;
    const QString workingDirectory = QFileInfo(QStringLiteral("/proc/%1/cwd").arg(pid)).symLinkTarget();
    return workingDirectory == QFileInfo(dataDirectory).canonicalFilePath() ? pid : 0;
}

// Shuts the postmaster of DATA down with `signal` (SIGINT: pg_ctl's "fast", SIGQUIT: "immediate") and
// waits until it is gone. No QProcess, so that it also works during static destruction.
void signalPostmaster(const QString &dataDirectory, int signal)
{
    const qint64 pid = postmasterOf(dataDirectory);
    if (pid == 0 || ::kill(static_cast<pid_t>(pid), signal) != 0)
        return;
    QElapsedTimer waited;
    waited.start();
    while (postmasterOf(dataDirectory) == pid && waited.elapsed() < shutdownTimeoutMs)
        QThread::msleep(10);
}

// runuser lives in /usr/sbin, which a test runner's PATH may lack.
QString runuserPath()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    return onPath.isEmpty() ? QStringLiteral("/usr/sbin/runuser") : onPath;
}

QString trimmedOutput(const QByteArray &output)
{
    QString text = QString::fromUtf8(output);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}
} // namespace

TemporaryPostgres::TemporaryPostgres() = default;

TemporaryPostgres::~TemporaryPostgres()
{
    shutDown();
}

TemporaryPostgres &TemporaryPostgres::shared()
{
    static TemporaryPostgres server;
    static const bool started = [] {
        server.start();
        // QTest's main destroys its QCoreApplication when the tests end, which runs the post routines
        // while Qt is still whole; the destructor above covers a process without a QCoreApplication.
        qAddPostRoutine([] { server.shutDown(); });
        return true;
    }();
    Q_UNUSED(started)
    return server;
}

bool TemporaryPostgres::start()
{
    if (m_running)
        return true;
    // A stopped server's directory goes: start() always makes a fresh cluster (startAgain() reuses it).
    shutDown();
    m_error.clear();
    QElapsedTimer total;
    total.start();
    m_binDirectory = findBinDirectory();
    if (m_binDirectory.isEmpty()) {
        m_error = qEnvironmentVariableIsSet("BOOKWARDEN_POSTGRES_BINDIR")
            ? QStringLiteral("BOOKWARDEN_POSTGRES_BINDIR (%1) lacks initdb, pg_ctl or psql")
                  .arg(qEnvironmentVariable("BOOKWARDEN_POSTGRES_BINDIR"))
            : QStringLiteral("no PostgreSQL binaries: install Debian's postgresql package (initdb, pg_ctl "
                             "and psql in /usr/lib/postgresql/VERSION/bin) or set "
                             "BOOKWARDEN_POSTGRES_BINDIR");
        return false;
    }
    removeLeftovers();
    if (!createDirectory())
        return false;

    QElapsedTimer step;
    step.start();
    if (!initializeCluster()) {
        removeDirectory();
        return false;
    }
    m_initdbMilliseconds = step.restart();
    if (!startOnFreePort()) {
        shutDown();
        return false;
    }
    m_startMilliseconds = step.elapsed();
    m_running = true;
    qCInfo(lcTemporaryPostgres).noquote()
        << QStringLiteral("PostgreSQL from %1 on %2:%3 in %4 as %5: initdb %6 ms, start %7 ms, %8 ms in all")
               .arg(m_binDirectory, host())
               .arg(m_port)
               .arg(m_directory,
                    runsAsServerAccount() ? QString::fromLatin1(serverAccount)
                                          : QStringLiteral("the current user"))
               .arg(m_initdbMilliseconds)
               .arg(m_startMilliseconds)
               .arg(total.elapsed());
    return true;
}

bool TemporaryPostgres::stop()
{
    if (!m_running)
        return true;
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("stop"), QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"),
                  QStringLiteral("fast"), QStringLiteral("-w")},
                 Account::Server, pgCtlTimeoutMs))
        return false;
    m_running = false;
    return true;
}

bool TemporaryPostgres::startAgain()
{
    if (m_running)
        return true;
    if (m_directory.isEmpty()) {
        m_error = QStringLiteral("startAgain() needs a server that start() created");
        return false;
    }
    const qint64 logOffset = logSize();
    if (!startServer()) {
        m_error += QStringLiteral("\nserver log:\n") + logTailSince(logOffset);
        return false;
    }
    m_running = true;
    return true;
}

QString TemporaryPostgres::createDatabase()
{
    const QString name = QStringLiteral("bw_%1").arg(++m_databaseCount);
    if (!runSql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
        .arg(user(), host())
        .arg(m_port)
        .arg(name);
}

bool TemporaryPostgres::runSql(const QString &database, const QString &sql, QString *output)
{
    // -X: no ~/.psqlrc of whoever runs the tests; -q: no command tags between the rows.
    return runTool(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), host(),
                    QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), user(),
                    QStringLiteral("-d"), database, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-At"), QStringLiteral("-c"), sql},
                   Account::Current, psqlTimeoutMs, output);
}

QString TemporaryPostgres::findBinDirectory()
{
    const auto hasTools = [](const QString &directory) {
        for (const char *tool : {"initdb", "pg_ctl", "psql"}) {
            if (!QFileInfo(directory + QLatin1Char('/') + QLatin1String(tool)).isExecutable())
                return false;
        }
        return true;
    };
    if (qEnvironmentVariableIsSet("BOOKWARDEN_POSTGRES_BINDIR")) {
        const QString directory = qEnvironmentVariable("BOOKWARDEN_POSTGRES_BINDIR");
        return hasTools(directory) ? directory : QString();
    }
    const QDir installations(QStringLiteral("/usr/lib/postgresql"));
    QString newest;
    QVersionNumber newestVersion;
    for (const QString &version : installations.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString directory = installations.filePath(version + QLatin1String("/bin"));
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (hasTools(directory) && (newest.isEmpty() || number > newestVersion)) {
            newest = directory;
            newestVersion = number;
        }
    }
    return newest;
}

bool TemporaryPostgres::createDirectory()
{
    QTemporaryDir directory(QDir::tempPath() + QLatin1Char('/') + directoryPattern + QLatin1String("XXXXXX"));
    if (!directory.isValid()) {
        m_error = QStringLiteral("cannot create a directory in %1: %2")
                      .arg(QDir::tempPath(), directory.errorString());
        return false;
    }
    directory.setAutoRemove(false);
    m_directory = directory.path();

    // Written whole or not at all: removeLeftovers() in another process skips a directory without it.
    QSaveFile owner(m_directory + QLatin1Char('/') + ownerFileName);
    if (!owner.open(QIODevice::WriteOnly) || owner.write(QByteArray::number(::getpid())) < 0
        || !owner.commit()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(owner.fileName(), owner.errorString());
        removeDirectory();
        return false;
    }
    if (!runsAsServerAccount())
        return true;

    const passwd *account = ::getpwnam(serverAccount);
    if (account == nullptr) {
        m_error = QStringLiteral("running as root needs the account '%1' to run PostgreSQL as (Debian's "
                                 "postgresql package creates it)")
                      .arg(QLatin1String(serverAccount));
        removeDirectory();
        return false;
    }
    if (::chown(QFile::encodeName(m_directory).constData(), account->pw_uid, account->pw_gid) != 0) {
        m_error
            = QStringLiteral("cannot give %1 to %2: %3")
                  .arg(m_directory, QLatin1String(serverAccount), QString::fromLocal8Bit(strerror(errno)));
        removeDirectory();
        return false;
    }
    // Every directory above must be traversable by that account too (a TMPDIR under /root is not);
    // asking the account itself is simpler and truer than reading modes and groups.
    if (!runTool(QStringLiteral("/usr/bin/test"), {QStringLiteral("-w"), m_directory}, Account::Server,
                 psqlTimeoutMs)) {
        m_error = QStringLiteral("the account '%1' cannot write to %2: every directory above it must be "
                                 "traversable by it (or set TMPDIR to one that is)")
                      .arg(QLatin1String(serverAccount), m_directory);
        removeDirectory();
        return false;
    }
    return true;
}

bool TemporaryPostgres::initializeCluster()
{
    // --no-sync: a throwaway cluster need not be on disk before it starts; measured here, initdb takes
    // 1.4 s instead of 4.8 s on a busy machine (the same reasoning as fsync=off in startServer()).
    const QStringList arguments {QStringLiteral("--pgdata=") + dataDirectory(),
                                 QStringLiteral("--username=") + user(), QStringLiteral("--auth=trust"),
                                 QStringLiteral("--encoding=UTF8"), QStringLiteral("--no-sync")};
    if (runTool(QStringLiteral("initdb"), arguments + QStringList {QStringLiteral("--locale=C.UTF-8")},
                Account::Server, initdbTimeoutMs))
        return true;
    // C.UTF-8 is built into glibc since 2.35 but missing on older or trimmed systems; the plain C locale
    // sorts by bytes all the same, and works with UTF8.
    const QString utf8Failure = m_error;
    QDir(dataDirectory()).removeRecursively();
    if (runTool(QStringLiteral("initdb"), arguments + QStringList {QStringLiteral("--locale=C")},
                Account::Server, initdbTimeoutMs)) {
        qCInfo(lcTemporaryPostgres) << "initdb with --locale=C.UTF-8 failed, --locale=C worked";
        return true;
    }
    m_error = utf8Failure + QStringLiteral("\nand with --locale=C:\n") + m_error;
    return false;
}

bool TemporaryPostgres::startServer()
{
    // fsync and full-page writes off: a test cluster need not survive a power cut, and its tests run
    // faster. That is this server's setting, not the product's: Bookwarden sets synchronous_commit
    // itself (a write is acknowledged after its commit), which still holds here; only the flush to disk
    // under the commit is skipped.
    const QString options = QStringLiteral("-p %1 -k '%2' -c listen_addresses=%3 -c fsync=off "
                                           "-c full_page_writes=off -c max_connections=200")
                                .arg(m_port)
                                .arg(m_directory, host());
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("start"), QStringLiteral("-D"), dataDirectory(), QStringLiteral("-w"),
                    QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-l"),
                    m_directory + QLatin1String("/log"), QStringLiteral("-o"), options},
                   Account::Server, pgCtlTimeoutMs);
}

bool TemporaryPostgres::startOnFreePort()
{
    for (int attempt = 1; attempt <= portAttempts; ++attempt) {
        m_port = freePort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free port on %1: %2")
                          .arg(host(), QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        const qint64 logOffset = logSize();
        if (startServer())
            return true;
        const QString log = logTailSince(logOffset);
        m_error += QStringLiteral("\nserver log:\n") + log;
        if (!log.contains(QLatin1String("Address already in use")))
            return false;
        qCInfo(lcTemporaryPostgres) << "port" << m_port << "was taken before the server bound it; another";
    }
    return false;
}

void TemporaryPostgres::shutDown()
{
    if (m_directory.isEmpty())
        return;
    signalPostmaster(dataDirectory(), SIGINT);
    m_running = false;
    removeDirectory();
}

void TemporaryPostgres::removeDirectory()
{
    QDir(m_directory).removeRecursively();
    m_directory.clear();
}

void TemporaryPostgres::removeLeftovers()
{
    const QDir temporary(QDir::tempPath());
    const QFileInfoList candidates = temporary.entryInfoList(
        {directoryPattern + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &candidate : candidates) {
        QFile owner(candidate.filePath() + QLatin1Char('/') + ownerFileName);
        if (!owner.open(QIODevice::ReadOnly))
            continue; // being created right now, or not ours to judge
        bool ok = false;
        const qint64 pid = owner.readAll().trimmed().toLongLong(&ok);
        if (!ok || pid <= 0 || processExists(pid))
            continue;
        signalPostmaster(candidate.filePath() + QLatin1String("/data"), SIGQUIT);
        if (QDir(candidate.filePath()).removeRecursively())
            qCInfo(lcTemporaryPostgres).noquote()
                << "removed the server left by process" << pid << "in" << candidate.filePath();
    }
}

bool TemporaryPostgres::runsAsServerAccount()
{
    // PostgreSQL refuses to run as root; as any other user it runs as that user.
    return ::geteuid() == 0;
}

bool TemporaryPostgres::runTool(const QString &tool, const QStringList &arguments, Account account,
                                int timeoutMs, QString *output)
{
    const QString program = QFileInfo(tool).isAbsolute() ? tool : m_binDirectory + QLatin1Char('/') + tool;
    QProcess process;
    // The server account may not enter the caller's working directory (root's is /root).
    process.setWorkingDirectory(m_directory.isEmpty() ? QDir::tempPath() : m_directory);
    // Nothing in the caller's environment (PGHOST, PGSERVICE, PGPASSFILE, PGOPTIONS…) redirects the tools.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QLatin1String("PG")))
            environment.remove(name);
    }
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    if (account == Account::Server && runsAsServerAccount())
        process.start(runuserPath(),
                      QStringList {QStringLiteral("-u"), QString::fromLatin1(serverAccount),
                                   QStringLiteral("--"), program}
                          + arguments);
    else
        process.start(program, arguments);

    const QString name = QFileInfo(program).fileName();
    if (!process.waitForFinished(timeoutMs)) {
        const bool started = process.state() != QProcess::NotRunning;
        process.kill();
        process.waitForFinished();
        m_error = started ? QStringLiteral("%1 did not finish within %2 s").arg(name).arg(timeoutMs / 1000)
                          : QStringLiteral("%1 could not run: %2").arg(name, process.errorString());
        return false;
    }
    const QString standardOutput = trimmedOutput(process.readAllStandardOutput());
    const QString standardError = trimmedOutput(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed (exit %2): %3")
                      .arg(name)
                      .arg(process.exitCode())
                      .arg(QString(standardError + QLatin1Char('\n') + standardOutput).trimmed());
        return false;
    }
    if (output != nullptr)
        *output = standardOutput;
    return true;
}

QString TemporaryPostgres::logTailSince(qint64 offset) const
{
    QFile log(m_directory + QLatin1String("/log"));
    if (!log.open(QIODevice::ReadOnly) || !log.seek(offset))
        return {};
    const QStringList lines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    constexpr int tailLines = 30;
    return lines.mid(qMax(0, lines.size() - tailLines)).join(QLatin1Char('\n'));
}

qint64 TemporaryPostgres::logSize() const
{
    return QFileInfo(m_directory + QLatin1String("/log")).size();
}

QString TemporaryPostgres::dataDirectory() const
{
    return m_directory + QLatin1String("/data");
}
