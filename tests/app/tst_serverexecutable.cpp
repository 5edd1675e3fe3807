// bookwarden-server as an operator runs it: a real process on a temporary data directory and a free port,
// spoken to over HTTP and HTTPS, stopped with signals.
#include "RawHttpClient.h"
#include "TemporaryPostgres.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int startTimeoutMs = 30000;

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One bookwarden-server process. Its environment has no BOOKWARDEN_* variables and a HOME of its own, so
// nothing of the machine's real configuration leaks in.
class ServerProcess
{
public:
    explicit ServerProcess(const QString &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : environment.keys()) {
            if (name.startsWith(u"BOOKWARDEN_"_s))
                environment.remove(name);
        }
        environment.insert(u"HOME"_s, home);
        environment.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        m_process.setProcessEnvironment(environment);
    }
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void setEnvironmentVariable(const QString &name, const QString &value)
    {
        QProcessEnvironment environment = m_process.processEnvironment();
        environment.insert(name, value);
        m_process.setProcessEnvironment(environment);
    }

    void start(const QStringList &arguments)
    {
        m_out.clear();
        m_err.clear();
        m_process.start(QStringLiteral(BOOKWARDEN_SERVER_EXECUTABLE), arguments);
    }

    // Waits for the "Listening on" line; its URL, or an empty URL if the process ended or timed out first.
    QUrl waitForListening()
    {
        static const QRegularExpression listening(u"^Listening on (\\S+)$"_s,
                                                  QRegularExpression::MultilineOption);
        QDeadlineTimer deadline(startTimeoutMs);
        for (;;) {
            collect();
            const QRegularExpressionMatch match = listening.match(m_out);
            if (match.hasMatch())
                return QUrl(match.captured(1));
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
                return {};
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
    }

    // Reads stderr until `text` appears (true) or the process ends or the deadline passes (false).
    bool waitForStandardError(const QString &text, int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        m_process.setReadChannel(QProcess::StandardError);
        bool found = false;
        for (;;) {
            collect();
            if (m_err.contains(text)) {
                found = true;
                break;
            }
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
                break;
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
        m_process.setReadChannel(QProcess::StandardOutput);
        return found;
    }

    // Sends a signal and waits for the process to end; true if it ended in time.
    bool stopWith(int signalNumber, int timeoutMs = 20000)
    {
        ::kill(pid_t(m_process.processId()), signalNumber);
        const bool finished = m_process.waitForFinished(timeoutMs);
        collect();
        return finished;
    }

    bool waitForFinished(int timeoutMs = startTimeoutMs)
    {
        const bool finished = m_process.waitForFinished(timeoutMs);
        collect();
        return finished;
    }

    qint64 processId() const { return m_process.processId(); }
    bool exitedNormally() const { return m_process.exitStatus() == QProcess::NormalExit; }
    int exitCode() const { return m_process.exitCode(); }
    QString out() const { return m_out; }
    QString err() const { return m_err; }
    QString output() const { return u"stdout:\n"_s + m_out + u"\nstderr:\n"_s + m_err; }

private:
    void collect()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_err += QString::fromUtf8(m_process.readAllStandardError());
    }

    QProcess m_process;
    QString m_out;
    QString m_err;
};

QByteArray request(const QByteArray &method, const QByteArray &path, const QJsonObject &body = {},
                   const QByteArray &token = {})
{
    const QByteArray json
        = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isEmpty())
        bytes += "Authorization: Bearer " + token + "\r\n";
    if (!json.isEmpty())
        bytes += "Content-Type: application/json\r\n";
    if (!json.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(json.size()) + "\r\n";
    return bytes + "\r\n" + json;
}

HttpAnswer call(quint16 port, const QByteArray &method, const QByteArray &path, const QJsonObject &body = {},
                const QByteArray &token = {})
{
    RawHttpClient client;
    if (!client.connectTo(port))
        return {};
    const auto response = client.request(request(method, path, body, token), 20000);
    if (!response)
        return {};
    return {response->status, response->body};
}

QByteArray login(quint16 port, const QString &username, const QString &password)
{
    const HttpAnswer answer = call(port, "POST", "/api/v1/auth/login",
                                   QJsonObject {{u"username"_s, username}, {u"password"_s, password}});
    return answer.status == 200 ? answer.json().value(u"access_token"_s).toString().toLatin1() : QByteArray();
}

QStringList serverArguments(const QString &dataDir, const QStringList &more = {})
{
    return QStringList {u"--data-dir"_s, dataDir, u"--port"_s, u"0"_s, u"--threads"_s, u"1"_s} + more;
}

// The generated administrator password from the bootstrap notice on stderr, or an empty string.
QString printedAdminPassword(const QString &err)
{
    static const QRegularExpression line(u"password: (\\S+)"_s);
    return line.match(err).captured(1);
}
} // namespace

class TestServerExecutable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void helpNamesTheEnvironmentAnOperatorCanSet()
    {
        ServerProcess server(m_home.path());
        server.start({u"--help"_s});
        QVERIFY(server.waitForFinished());
        QCOMPARE(server.exitCode(), 0);
        for (const QString &text :
             {u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"BOOKWARDEN_DATA_DIR"_s, u"BOOKWARDEN_DATABASE_URL"_s,
              u"--generate-self-signed"_s, u"--max-body-size"_s, u"--cors-origin"_s})
            QVERIFY2(server.out().contains(text), qPrintable(text + u" missing in:\n"_s + server.out()));
    }

    void itPrintsTheListeningUrlAndServesIt()
    {
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.start(serverArguments(data.path()));
        const QUrl url = server.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(server.output()));
        QCOMPARE(url.scheme(), u"http"_s);
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);
        QVERIFY2(server.out().startsWith(u"Listening on "_s), qPrintable(server.output())); // the first line

        const HttpAnswer health = call(quint16(url.port()), "GET", "/healthz");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(server.stopWith(SIGTERM));
    }

    void theFirstStartCreatesAnAdministratorWhosePrintedPasswordSignsIn()
    {
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.start(serverArguments(data.path()));
        const QUrl url = server.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(server.output()));
        QVERIFY(server.waitForStandardError(u"data in"_s));
        QVERIFY2(server.err().contains(u"username: admin"_s), qPrintable(server.output()));
        const QString password = printedAdminPassword(server.err());
        QVERIFY2(password.size() >= 12, qPrintable(server.output()));
        QVERIFY2(!server.out().contains(password), "the password belongs on stderr only");

        const HttpAnswer answer = call(quint16(url.port()), "POST", "/api/v1/auth/login",
                                       QJsonObject {{u"username"_s, u"admin"_s}, {u"password"_s, password}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"admin"_s);
        QVERIFY(call(quint16(url.port()), "POST", "/api/v1/auth/login",
                     QJsonObject {{u"username"_s, u"admin"_s}, {u"password"_s, u"not the password"_s}})
                    .status
                == 401);
        QVERIFY(server.stopWith(SIGTERM));
        QCOMPARE(server.exitCode(), 0);

        // The password is shown once: a second start over the same data creates and prints nothing.
        ServerProcess again(m_home.path());
        again.start(serverArguments(data.path()));
        const QUrl url2 = again.waitForListening();
        QVERIFY2(url2.isValid(), qPrintable(again.output()));
        QVERIFY(again.waitForStandardError(u"data in"_s));
        QVERIFY2(!again.err().contains(u"password"_s), qPrintable(again.output()));
        QVERIFY(!login(quint16(url2.port()), u"admin"_s, password).isEmpty());
        QVERIFY(again.stopWith(SIGTERM));
    }

    void theAdministratorPasswordMayComeFromTheEnvironment()
    {
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"chosen by the operator"_s);
        server.start(serverArguments(data.path()));
        const QUrl url = server.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(server.output()));
        QVERIFY(server.waitForStandardError(u"data in"_s));
        QVERIFY2(!server.err().contains(u"chosen by the operator"_s), qPrintable(server.output()));
        QVERIFY2(!server.err().contains(u"password:"_s), qPrintable(server.output()));
        QVERIFY(!login(quint16(url.port()), u"admin"_s, u"chosen by the operator"_s).isEmpty());
        QVERIFY(server.stopWith(SIGTERM));
    }

    void aTooWeakEnvironmentPasswordIsAClearErrorAndCreatesNothing()
    {
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"short"_s);
        server.start(serverArguments(data.path()));
        QVERIFY(server.waitForFinished());
        QVERIFY2(server.exitCode() != 0, qPrintable(server.output()));
        QVERIFY2(server.err().contains(u"administrator"_s), qPrintable(server.output()));
        QVERIFY(!server.out().contains(u"Listening"_s));
    }

    void aStopSignalEndsTheServerCleanlyAndTheDataPersists_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void aStopSignalEndsTheServerCleanlyAndTheDataPersists()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        server.start(serverArguments(data.path()));
        QUrl url = server.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(server.output()));
        quint16 port = quint16(url.port());
        QCOMPARE(call(port, "POST", "/api/v1/auth/register",
                      QJsonObject {{u"username"_s, u"reader"_s}, {u"password"_s, u"reader passphrase"_s}})
                     .status,
                 201);
        QByteArray token = login(port, u"reader"_s, u"reader passphrase"_s);
        QVERIFY(!token.isEmpty());
        const QJsonObject book {{u"title"_s, u"Persistent"_s},
                                {u"author"_s, u"A"_s},
                                {u"publisher"_s, u"P"_s},
                                {u"price"_s, 7.5}};
        QCOMPARE(call(port, "POST", "/api/v1/books", book, token).status, 201);

        QVERIFY2(server.stopWith(signalNumber), qPrintable(server.output()));
        QVERIFY2(server.exitedNormally(), qPrintable(server.output()));
        QCOMPARE(server.exitCode(), 0);
        // No log line carries a password (the operator's from the environment, or a user's).
        for (const QString &secret : {u"reader passphrase"_s, u"operator passphrase"_s})
            QVERIFY2(!server.output().contains(secret), qPrintable(server.output()));
        // The database was closed: SQLite removes the write-ahead log when its last connection closes.
        QVERIFY(QFile::exists(data.filePath(u"bookwarden.db"_s)));
        QVERIFY2(!QFile::exists(data.filePath(u"bookwarden.db-wal"_s)), "the database was not closed");

        ServerProcess restarted(m_home.path());
        restarted.start(serverArguments(data.path()));
        url = restarted.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(restarted.output()));
        port = quint16(url.port());
        token = login(port, u"reader"_s, u"reader passphrase"_s);
        QVERIFY(!token.isEmpty());
        const HttpAnswer books = call(port, "GET", "/api/v1/books", {}, token);
        QCOMPARE(books.status, 200);
        const QJsonArray items = books.json().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(u"title"_s).toString(), u"Persistent"_s);
        QCOMPARE(items.first().toObject().value(u"price"_s).toDouble(), 7.5);
        QVERIFY(restarted.stopWith(SIGTERM));
        QCOMPARE(restarted.exitCode(), 0);
    }

    void aRequestInFlightIsAnsweredBeforeTheServerStops()
    {
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        server.start(serverArguments(data.path()));
        const QUrl url = server.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(server.output()));
        // Pipelined: once the first answer is back, the server has read the sign-in behind it, which then
        // waits for Argon2 on the hashing pool, that is, it is in flight when the signal comes.
        RawHttpClient client;
        QVERIFY(client.connectTo(quint16(url.port())));
        const QByteArray login
            = request("POST", "/api/v1/auth/login",
                      QJsonObject {{u"username"_s, u"admin"_s}, {u"password"_s, u"operator passphrase"_s}});
        QVERIFY(client.send(RawHttpClient::get("/healthz") + login));
        const auto health = client.readResponse(10000);
        QVERIFY(health);
        QCOMPARE(health->status, 200);
        ::kill(pid_t(server.processId()), SIGTERM);
        const auto signedIn = client.readResponse(10000);
        QVERIFY2(signedIn, "the sign-in in flight got no answer");
        QCOMPARE(signedIn->status, 200);
        QVERIFY(signedIn->body.contains("access_token"));
        QVERIFY(server.waitForFinished(20000));
        QVERIFY(server.exitedNormally());
        QCOMPARE(server.exitCode(), 0);
    }

    void severalWorkerThreadsServeConcurrentClientsConsistently()
    {
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        server.start({u"--data-dir"_s, data.path(), u"--port"_s, u"0"_s, u"--threads"_s, u"3"_s});
        const QUrl url = server.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(server.output()));
        const quint16 port = quint16(url.port());
        const QByteArray token = login(port, u"admin"_s, u"operator passphrase"_s);
        QVERIFY(!token.isEmpty());

        // Eight keep-alive connections, each with ten creates and ten reads pipelined in one go.
        constexpr int clients = 8;
        constexpr int rounds = 10;
        std::vector<std::unique_ptr<RawHttpClient>> connections;
        for (int c = 0; c < clients; ++c) {
            connections.push_back(std::make_unique<RawHttpClient>());
            QVERIFY(connections.back()->connectTo(port));
            QByteArray pipeline;
            for (int r = 0; r < rounds; ++r) {
                const QJsonObject book {{u"title"_s, u"Book %1-%2"_s.arg(c).arg(r)},
                                        {u"author"_s, u"A"_s},
                                        {u"publisher"_s, u"P"_s},
                                        {u"price"_s, r}};
                QByteArray create = request("POST", "/api/v1/books", book, token);
                create.replace("Connection: close\r\n", "");
                QByteArray read = request("GET", "/api/v1/books?limit=1", {}, token);
                read.replace("Connection: close\r\n", "");
                pipeline += create + read;
            }
            QVERIFY(connections.back()->send(pipeline));
        }
        for (int c = 0; c < clients; ++c) {
            for (int r = 0; r < 2 * rounds; ++r) {
                const auto response = connections[size_t(c)]->readResponse(20000);
                QVERIFY2(response, qPrintable(u"client %1 got no answer %2"_s.arg(c).arg(r)));
                QCOMPARE(response->status, r % 2 == 0 ? 201 : 200); // in order, create then read
            }
        }
        const HttpAnswer all = call(port, "GET", "/api/v1/books?limit=1", {}, token);
        QCOMPARE(all.json().value(u"total"_s).toInt(), clients * rounds);
        QVERIFY(server.stopWith(SIGTERM));
        QCOMPARE(server.exitCode(), 0);
    }

    void anAcknowledgedWriteSurvivesAKill()
    {
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        server.start(serverArguments(data.path()));
        QUrl url = server.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(server.output()));
        QByteArray token = login(quint16(url.port()), u"admin"_s, u"operator passphrase"_s);
        QVERIFY(!token.isEmpty());
        const QJsonObject book {
            {u"title"_s, u"Durable"_s}, {u"author"_s, u"A"_s}, {u"publisher"_s, u"P"_s}, {u"price"_s, 1}};
        QCOMPARE(call(quint16(url.port()), "POST", "/api/v1/books", book, token).status, 201);
        QVERIFY(server.stopWith(SIGKILL));
        QVERIFY(!server.exitedNormally());

        ServerProcess restarted(m_home.path());
        restarted.start(serverArguments(data.path()));
        url = restarted.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(restarted.output()));
        token = login(quint16(url.port()), u"admin"_s, u"operator passphrase"_s);
        const HttpAnswer books = call(quint16(url.port()), "GET", "/api/v1/books", {}, token);
        QCOMPARE(books.json().value(u"total"_s).toInt(), 1);
        QVERIFY(restarted.stopWith(SIGTERM));
    }

    void twoServersOnOnePostgresqlDatabaseServeOneTruth()
    {
        // The URL from the environment, as a service would set it; the data directory gets no database file.
        TemporaryPostgres &postgres = TemporaryPostgres::shared();
        QVERIFY2(postgres.isRunning(), qPrintable(postgres.error()));
        const QString database = postgres.createDatabase();
        QVERIFY2(!database.isEmpty(), qPrintable(postgres.error()));
        QTemporaryDir data;
        ServerProcess first(m_home.path());
        first.setEnvironmentVariable(u"BOOKWARDEN_DATABASE_URL"_s, database);
        first.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        first.start(serverArguments(data.path()));
        const QUrl firstUrl = first.waitForListening();
        QVERIFY2(firstUrl.isValid(), qPrintable(first.output()));
        QVERIFY(!QFile::exists(data.filePath(u"bookwarden.db"_s)));

        QTemporaryDir otherData;
        ServerProcess second(m_home.path());
        second.start(serverArguments(otherData.path(), {u"--database"_s, database}));
        QUrl secondUrl = second.waitForListening();
        QVERIFY2(secondUrl.isValid(), qPrintable(second.output()));
        const quint16 one = quint16(firstUrl.port());
        const quint16 two = quint16(secondUrl.port());

        const QByteArray token = login(one, u"admin"_s, u"operator passphrase"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(call(two, "GET", "/api/v1/books", {}, token).json().value(u"total"_s).toInt(), 0);
        const QJsonObject book {{u"title"_s, u"Kept by PostgreSQL"_s},
                                {u"author"_s, u"A"_s},
                                {u"publisher"_s, u"P"_s},
                                {u"price"_s, 1}};
        QCOMPARE(call(one, "POST", "/api/v1/books", book, token).status, 201);
        QString rows;
        QVERIFY(postgres.runSql(database, u"SELECT title FROM books"_s, &rows));
        QCOMPARE(rows, u"Kept by PostgreSQL"_s);
        // The second server's cached first page goes stale with the first one's commit.
        QTRY_COMPARE_WITH_TIMEOUT(
            call(two, "GET", "/api/v1/books", {}, token).json().value(u"total"_s).toInt(), 1, 2000);

        // Signed out on the first server: the second refuses the token too.
        QCOMPARE(call(one, "POST", "/api/v1/auth/logout", {}, token).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(call(two, "GET", "/api/v1/books", {}, token).status, 401, 2000);

        // One server killed: the other keeps serving, and nothing acknowledged is lost.
        QVERIFY(first.stopWith(SIGKILL));
        const QByteArray again = login(two, u"admin"_s, u"operator passphrase"_s);
        QCOMPARE(call(two, "GET", "/api/v1/books", {}, again).json().value(u"total"_s).toInt(), 1);
        QVERIFY(second.stopWith(SIGTERM));
        QCOMPARE(second.exitCode(), 0);
    }

    void copyDatabaseMovesAnInstallationToPostgresqlThatThenServesIt()
    {
        TemporaryPostgres &postgres = TemporaryPostgres::shared();
        QVERIFY2(postgres.isRunning(), qPrintable(postgres.error()));
        QTemporaryDir data;
        {
            ServerProcess server(m_home.path());
            server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
            server.start(serverArguments(data.path()));
            const QUrl url = server.waitForListening();
            QVERIFY2(url.isValid(), qPrintable(server.output()));
            const QByteArray token = login(quint16(url.port()), u"admin"_s, u"operator passphrase"_s);
            const QJsonObject book {{u"title"_s, u"Moved along"_s},
                                    {u"author"_s, u"A"_s},
                                    {u"publisher"_s, u"P"_s},
                                    {u"price"_s, 1}};
            QCOMPARE(call(quint16(url.port()), "POST", "/api/v1/books", book, token).status, 201);
            QVERIFY(server.stopWith(SIGTERM));
        }

        const QString database = postgres.createDatabase();
        QVERIFY2(!database.isEmpty(), qPrintable(postgres.error()));
        ServerProcess copy(m_home.path());
        copy.start({u"copy-database"_s, u"sqlite://"_s + data.filePath(u"bookwarden.db"_s), database});
        QVERIFY(copy.waitForFinished());
        QVERIFY2(copy.exitedNormally() && copy.exitCode() == 0, qPrintable(copy.output()));
        static const QRegularExpression booksLine(u"^\\s*books\\s+1 rows$"_s,
                                                  QRegularExpression::MultilineOption);
        QVERIFY2(booksLine.match(copy.out()).hasMatch(), qPrintable(copy.output()));
        QVERIFY2(copy.out().contains(u"verified"_s), qPrintable(copy.output()));

        // Copying again into the now non-empty database is refused.
        ServerProcess again(m_home.path());
        again.start({u"copy-database"_s, u"sqlite://"_s + data.filePath(u"bookwarden.db"_s), database});
        QVERIFY(again.waitForFinished());
        QCOMPARE(again.exitCode(), 1);
        QVERIFY2(again.err().contains(u"not empty"_s), qPrintable(again.output()));

        ServerProcess served(m_home.path());
        served.start(serverArguments(data.path(), {u"--database"_s, database}));
        const QUrl url = served.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(served.output()));
        const QByteArray token = login(quint16(url.port()), u"admin"_s, u"operator passphrase"_s);
        QVERIFY(!token.isEmpty());
        const HttpAnswer books = call(quint16(url.port()), "GET", "/api/v1/books", {}, token);
        QCOMPARE(books.json().value(u"total"_s).toInt(), 1);
        QVERIFY(served.stopWith(SIGTERM));
    }

    void copyDatabaseUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("help") << QStringList {u"copy-database"_s, u"--help"_s} << 0;
        QTest::newRow("one URL") << QStringList {u"copy-database"_s, u"sqlite:///tmp/a.db"_s} << 2;
        QTest::newRow("three URLs") << QStringList {u"copy-database"_s, u"sqlite:///tmp/a.db"_s,
                                                    u"sqlite:///tmp/b.db"_s, u"sqlite:///tmp/c.db"_s}
                                    << 2;
        QTest::newRow("unknown option") << QStringList {u"copy-database"_s, u"--colour"_s} << 2;
    }

    void copyDatabaseUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        ServerProcess process(m_home.path());
        process.start(arguments);
        QVERIFY(process.waitForFinished());
        QVERIFY2(process.exitedNormally(), qPrintable(process.output()));
        QCOMPARE(process.exitCode(), exitCode);
        // The usage names the subcommand and both URLs, on stdout for --help, on stderr for a mistake.
        const QString usage = exitCode == 0 ? process.out() : process.err();
        QVERIFY2(usage.contains(u"copy-database [options] FROM_URL TO_URL"_s), qPrintable(process.output()));
        QVERIFY2(!process.out().contains(u"Listening"_s), qPrintable(process.output()));
        QVERIFY(!QFile::exists(u"/tmp/a.db"_s));
    }

    void serversOnOneDatabaseShareOnePortWithSharePort()
    {
        TemporaryPostgres &postgres = TemporaryPostgres::shared();
        QVERIFY2(postgres.isRunning(), qPrintable(postgres.error()));
        const QString database = postgres.createDatabase();
        QVERIFY2(!database.isEmpty(), qPrintable(postgres.error()));
        QTcpServer probe; // a port that is free now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        const QStringList shared {u"--database"_s, database, u"--port"_s, port, u"--share-port"_s};

        QTemporaryDir firstData;
        ServerProcess first(m_home.path());
        first.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        first.start(serverArguments(firstData.path(), shared));
        QVERIFY2(first.waitForListening().isValid(), qPrintable(first.output()));
        QTemporaryDir secondData;
        ServerProcess second(m_home.path());
        second.start(serverArguments(secondData.path(), shared));
        QVERIFY2(second.waitForListening().isValid(), qPrintable(second.output()));

        for (int i = 0; i < 20; ++i)
            QCOMPARE(call(quint16(port.toUInt()), "GET", "/healthz").status, 200);
        // One of them stops: the port keeps answering, from the other.
        QVERIFY(first.stopWith(SIGTERM));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(call(quint16(port.toUInt()), "GET", "/healthz").status, 200);
        QVERIFY(second.stopWith(SIGTERM));

        // Without a fixed port there is nothing to share.
        ServerProcess refused(m_home.path());
        refused.start(serverArguments(secondData.path(), {u"--port"_s, u"0"_s, u"--share-port"_s}));
        QVERIFY(refused.waitForFinished());
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY2(refused.err().contains(u"--share-port"_s), qPrintable(refused.output()));
    }

    void aMissingDataDirectoryIsCreatedForItsOwnerOnly_data()
    {
        QTest::addColumn<bool>("fromEnvironment");
        QTest::newRow("--data-dir") << false;
        QTest::newRow("BOOKWARDEN_DATA_DIR") << true;
    }
    void aMissingDataDirectoryIsCreatedForItsOwnerOnly()
    {
        QFETCH(bool, fromEnvironment);
        QTemporaryDir parent;
        const QString dataDir = parent.filePath(u"several/levels/data"_s);
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        if (fromEnvironment) {
            server.setEnvironmentVariable(u"BOOKWARDEN_DATA_DIR"_s, dataDir);
            server.start({u"--port"_s, u"0"_s, u"--threads"_s, u"1"_s});
        } else {
            server.start(serverArguments(dataDir));
        }
        QVERIFY2(server.waitForListening().isValid(), qPrintable(server.output()));
        QVERIFY(server.waitForStandardError(u"data in"_s));
        QVERIFY2(server.err().contains(u"data in "_s + dataDir), qPrintable(server.output()));
        QVERIFY(server.stopWith(SIGTERM));
        QVERIFY(QFile::exists(dataDir + u"/bookwarden.db"_s));
        QCOMPARE(QFile::permissions(dataDir)
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther
                        | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
    }

    void theDatabaseFileIsForItsOwnerOnly()
    {
        // It holds password hashes and signing secrets.
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        server.start(serverArguments(data.path()));
        QVERIFY2(server.waitForListening().isValid(), qPrintable(server.output()));
        QVERIFY(server.stopWith(SIGTERM));
        QCOMPARE(QFile::permissions(data.filePath(u"bookwarden.db"_s))
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void aStopSignalRightAfterTheListeningLineIsStillClean()
    {
        // An orchestrator may stop a server the moment it reports readiness.
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        server.start(serverArguments(data.path()));
        QVERIFY2(server.waitForListening().isValid(), qPrintable(server.output()));
        QVERIFY(server.stopWith(SIGTERM));
        QVERIFY2(server.exitedNormally(), qPrintable(server.output()));
        QCOMPARE(server.exitCode(), 0);
    }

    void badOptionsAreAClearErrorWithANonZeroExit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("port out of range") << QStringList {u"--port"_s, u"70000"_s} << u"port"_s;
        QTest::newRow("port not a number") << QStringList {u"--port"_s, u"http"_s} << u"port"_s;
        QTest::newRow("bind not an address") << QStringList {u"--bind"_s, u"everywhere"_s} << u"everywhere"_s;
        QTest::newRow("zero threads") << QStringList {u"--threads"_s, u"0"_s} << u"threads"_s;
        QTest::newRow("certificate without key")
            << QStringList {u"--tls-cert"_s, u"/etc/hostname"_s} << u"--tls-key"_s;
        QTest::newRow("unreadable certificate") << QStringList {u"--tls-cert"_s, u"/nonexistent/cert.pem"_s,
                                                                u"--tls-key"_s, u"/nonexistent/key.pem"_s}
                                                << u"/nonexistent/"_s;
        QTest::newRow("tiny body limit") << QStringList {u"--max-body-size"_s, u"10"_s} << u"body"_s;
        QTest::newRow("origin without scheme")
            << QStringList {u"--cors-origin"_s, u"app.example"_s} << u"app.example"_s;
        QTest::newRow("PostgreSQL URL without a user")
            << QStringList {u"--database"_s, u"postgres://db/books"_s} << u"PostgreSQL"_s;
        QTest::newRow("unknown PostgreSQL option")
            << QStringList {u"--database"_s, u"postgresql://ann@db/books?sslmod=require"_s} << u"sslmod"_s;
        QTest::newRow("PostgreSQL that does not answer")
            << QStringList {u"--database"_s, u"postgresql://ann@127.0.0.1:1/books"_s} << u"Cannot connect"_s;
        QTest::newRow("database without scheme")
            << QStringList {u"--database"_s, u"/tmp/books.db"_s} << u"sqlite://"_s;
        QTest::newRow("unknown option") << QStringList {u"--colour"_s} << u"colour"_s;
        QTest::newRow("missing value") << QStringList {u"--port"_s} << u"port"_s;
    }
    void badOptionsAreAClearErrorWithANonZeroExit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.start(QStringList {u"--data-dir"_s, data.path()} + arguments);
        QVERIFY(server.waitForFinished());
        QVERIFY2(server.exitedNormally(), qPrintable(server.output()));
        QVERIFY2(server.exitCode() != 0, qPrintable(server.output()));
        QVERIFY2(server.err().contains(mentions), qPrintable(server.output()));
        QVERIFY2(!server.out().contains(u"Listening"_s), qPrintable(server.output()));
        QVERIFY2(!QFile::exists(data.filePath(u"bookwarden.db"_s)),
                 "a refused start must not create a database");
    }

    void aPortInUseIsAClearError()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        server.start({u"--data-dir"_s, data.path(), u"--port"_s, QString::number(occupant.serverPort())});
        QVERIFY(server.waitForFinished());
        QVERIFY2(server.exitCode() != 0, qPrintable(server.output()));
        QVERIFY2(!server.err().trimmed().isEmpty(), qPrintable(server.output()));
        QVERIFY2(!server.out().contains(u"Listening"_s), qPrintable(server.output()));
    }

    void aSecondServerOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsServing()
    {
        // Revocations and cached lists live in one process's memory: two processes on one database
        // would each miss the other's writes, so the second is turned away.
        QTemporaryDir data;
        ServerProcess first(m_home.path());
        first.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        first.start(serverArguments(data.path()));
        const QUrl url = first.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(first.output()));

        ServerProcess second(m_home.path());
        second.start(serverArguments(data.path()));
        QVERIFY(second.waitForFinished());
        QVERIFY2(second.exitCode() != 0, qPrintable(second.output()));
        QVERIFY2(second.err().contains(u"already open in another Bookwarden program"_s),
                 qPrintable(second.output()));
        QVERIFY2(!second.out().contains(u"Listening"_s), qPrintable(second.output()));

        QVERIFY(!login(quint16(url.port()), u"admin"_s, u"operator passphrase"_s).isEmpty());
        QVERIFY(first.stopWith(SIGTERM));
        QCOMPARE(first.exitCode(), 0);

        // Once the first has stopped (or died: the kernel drops the lock with the process) the data is free.
        ServerProcess third(m_home.path());
        third.start(serverArguments(data.path()));
        QVERIFY2(third.waitForListening().isValid(), qPrintable(third.output()));
        QVERIFY(third.stopWith(SIGKILL));
        ServerProcess fourth(m_home.path());
        fourth.start(serverArguments(data.path()));
        QVERIFY2(fourth.waitForListening().isValid(), qPrintable(fourth.output()));
    }

    void aDataDirectoryThatIsAFileIsAClearError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"not-a-directory"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ServerProcess server(m_home.path());
        server.start(serverArguments(file.fileName()));
        QVERIFY(server.waitForFinished());
        QVERIFY2(server.exitCode() != 0, qPrintable(server.output()));
        QVERIFY2(server.err().startsWith(u"bookwarden-server: "_s), qPrintable(server.output()));
    }

    void generatingOverAnExistingPairKeepsItUnlessForced()
    {
        QTemporaryDir data;
        const QString tlsDir = data.filePath(u"tls"_s);
        const QString keyFile = tlsDir + u"/bookwarden-key.pem"_s;
        ServerProcess first(m_home.path());
        first.start({u"--generate-self-signed"_s, tlsDir});
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.exitCode(), 0);
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray original = key.readAll();
        key.close();

        ServerProcess again(m_home.path());
        again.start({u"--generate-self-signed"_s, tlsDir});
        QVERIFY(again.waitForFinished());
        QVERIFY2(again.exitCode() != 0, qPrintable(again.output()));
        QVERIFY2(again.err().contains(u"--force"_s), qPrintable(again.output()));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QCOMPARE(key.readAll(), original);
        key.close();

        ServerProcess forced(m_home.path());
        forced.start({u"--generate-self-signed"_s, tlsDir, u"--force"_s});
        QVERIFY(forced.waitForFinished());
        QVERIFY2(forced.exitCode() == 0, qPrintable(forced.output()));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(key.readAll() != original);
    }

    void generatedSelfSignedCertificateServesVerifiableHttps()
    {
        QTemporaryDir data;
        const QString tlsDir = data.filePath(u"tls"_s);
        ServerProcess generator(m_home.path());
        generator.start({u"--generate-self-signed"_s, tlsDir});
        QVERIFY(generator.waitForFinished());
        QCOMPARE(generator.exitCode(), 0);
        const QString certificateFile = tlsDir + u"/bookwarden-cert.pem"_s;
        const QString keyFile = tlsDir + u"/bookwarden-key.pem"_s;
        QVERIFY2(generator.out().contains(certificateFile) && generator.out().contains(keyFile),
                 qPrintable(generator.output()));
        QVERIFY(QFile::exists(certificateFile));
        QVERIFY(QFile::exists(keyFile));
        // The private key is for its owner's eyes only.
        QCOMPARE(QFile::permissions(keyFile)
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());

        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        server.start(
            serverArguments(data.path(), {u"--tls-cert"_s, certificateFile, u"--tls-key"_s, keyFile}));
        const QUrl url = server.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(server.output()));
        QCOMPARE(url.scheme(), u"https"_s);
        const quint16 port = quint16(url.port());

        // The client trusts exactly the generated certificate and checks the name 127.0.0.1 against it.
        QFile pem(certificateFile);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
        QCOMPARE(certificates.size(), 1);
        QSslSocket socket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(certificates);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
        QVERIFY2(socket.waitForEncrypted(10000),
                 qPrintable(socket.errorString() + u"; "_s
                            + (socket.sslHandshakeErrors().isEmpty()
                                   ? QString()
                                   : socket.sslHandshakeErrors().first().errorString())));
        socket.write(request("GET", "/healthz"));
        QByteArray received;
        QDeadlineTimer deadline(10000);
        while (!received.contains("\"status\"") && socket.state() == QAbstractSocket::ConnectedState
               && !deadline.hasExpired()) {
            socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            received += socket.readAll();
        }
        received += socket.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 200"), received.constData());
        QVERIFY(received.contains("\"ok\""));

        // Plain HTTP on the TLS port gets no API answer.
        RawHttpClient plain;
        QVERIFY(plain.connectTo(port));
        const auto answer = plain.request(RawHttpClient::get("/healthz"), 5000);
        QVERIFY(!answer || answer->status != 200);

        // TLS on a non-loopback address needs no warning.
        QVERIFY2(!server.err().contains(u"warning"_s), qPrintable(server.output()));
        QVERIFY(server.stopWith(SIGTERM));
        QCOMPARE(server.exitCode(), 0);
    }

    void unusableTlsFilesAreAClearErrorAtStart()
    {
        QTemporaryDir data;
        ServerProcess generator(m_home.path());
        for (const QString &name : {u"one"_s, u"two"_s}) {
            generator.start({u"--generate-self-signed"_s, data.filePath(name)});
            QVERIFY(generator.waitForFinished());
            QCOMPARE(generator.exitCode(), 0);
        }
        QFile garbage(data.filePath(u"garbage.pem"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n");
        garbage.close();

        const QList<QStringList> cases {
            {data.filePath(u"garbage.pem"_s), data.filePath(u"one/bookwarden-key.pem"_s)},
            {data.filePath(u"one/bookwarden-cert.pem"_s), data.filePath(u"garbage.pem"_s)},
            // A key that does not belong to the certificate.
            {data.filePath(u"one/bookwarden-cert.pem"_s), data.filePath(u"two/bookwarden-key.pem"_s)},
        };
        for (const QStringList &files : cases) {
            ServerProcess server(m_home.path());
            server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
            server.start(
                serverArguments(data.path(), {u"--tls-cert"_s, files.at(0), u"--tls-key"_s, files.at(1)}));
            QVERIFY2(server.waitForFinished(), qPrintable(files.join(u' ') + u"\n"_s + server.output()));
            QVERIFY2(server.exitCode() != 0, qPrintable(files.join(u' ') + u"\n"_s + server.output()));
            QVERIFY2(!server.out().contains(u"Listening"_s), qPrintable(server.output()));
            QVERIFY2(server.err().contains(u"bookwarden-server: "_s), qPrintable(server.output()));
        }
    }

    void generatingIntoAPathThatCannotBeADirectoryFails()
    {
        QTemporaryDir data;
        QFile file(data.filePath(u"file"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ServerProcess generator(m_home.path());
        generator.start({u"--generate-self-signed"_s, file.fileName() + u"/tls"_s});
        QVERIFY(generator.waitForFinished());
        QVERIFY2(generator.exitCode() != 0, qPrintable(generator.output()));
        QVERIFY2(generator.err().contains(file.fileName()), qPrintable(generator.output()));
    }

    void servingBeyondLoopbackWithoutTlsWarns()
    {
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        server.start(serverArguments(data.path(), {u"--bind"_s, u"0.0.0.0"_s}));
        const QUrl url = server.waitForListening();
        QVERIFY2(url.isValid(), qPrintable(server.output()));
        QCOMPARE(url.host(), u"0.0.0.0"_s);
        QVERIFY(server.waitForStandardError(u"data in"_s));
        QVERIFY2(server.err().contains(u"warning"_s) && server.err().contains(u"without TLS"_s),
                 qPrintable(server.output()));
        QCOMPARE(call(quint16(url.port()), "GET", "/healthz").status, 200);
        QVERIFY(server.stopWith(SIGTERM));
        QCOMPARE(server.exitCode(), 0);
    }

    void anIpv6AddressIsBracketedInTheListeningUrl()
    {
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        server.start(serverArguments(data.path(), {u"--bind"_s, u"::1"_s}));
        const QUrl url = server.waitForListening();
        if (!url.isValid() && server.err().contains(u"address"_s, Qt::CaseInsensitive))
            QSKIP("no IPv6 loopback here");
        QVERIFY2(url.isValid(), qPrintable(server.output()));
        QVERIFY2(server.out().startsWith(u"Listening on http://[::1]:"_s), qPrintable(server.output()));
        RawHttpClient client;
        QVERIFY(client.connectTo(quint16(url.port()), QHostAddress(QHostAddress::LocalHostIPv6)));
        const auto answer = client.request(RawHttpClient::get("/healthz"));
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QVERIFY(server.waitForStandardError(u"data in"_s));
        QVERIFY2(!server.err().contains(u"warning"_s), qPrintable(server.output())); // loopback
        QVERIFY(server.stopWith(SIGTERM));
        QCOMPARE(server.exitCode(), 0);
    }

    void servingOnLoopbackDoesNotWarn()
    {
        QTemporaryDir data;
        ServerProcess server(m_home.path());
        server.setEnvironmentVariable(u"BOOKWARDEN_ADMIN_PASSWORD"_s, u"operator passphrase"_s);
        server.start(serverArguments(data.path()));
        QVERIFY2(server.waitForListening().isValid(), qPrintable(server.output()));
        QVERIFY(server.waitForStandardError(u"data in"_s));
        QVERIFY2(!server.err().contains(u"warning"_s), qPrintable(server.output()));
        QVERIFY(server.stopWith(SIGTERM));
    }
};

QTEST_GUILESS_MAIN(TestServerExecutable)
#include "tst_serverexecutable.moc"
