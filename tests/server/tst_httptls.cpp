#include "HttpServerFixture.h"
#include "RawHttpClient.h"
#include "SelfSignedCertificate.h"
#include "TemporaryDataDirectory.h"
#include "TlsCredentials.h"

#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

namespace {
std::shared_ptr<HttpRouter> makeRouter()
{
    auto router = std::make_shared<HttpRouter>();
    router->route("GET", QStringLiteral("/hello"), [](HttpRequest &request) {
        return HttpResponse::text(request.isSecure() ? QStringLiteral("secure hello")
                                                     : QStringLiteral("plain hello"));
    });
    return router;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An HTTPS request over QSslSocket that accepts exactly this self-signed certificate.
std::optional<RawHttpClient::Response> httpsGet(quint16 port, const QSslCertificate &expected)
{
    QSslSocket tls;
    tls.ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, expected)});
    tls.connectToHostEncrypted(QStringLiteral("localhost"), port);
    if (!tls.waitForEncrypted(5000))
        return std::nullopt;
    tls.write(RawHttpClient::get("/hello"));
    QByteArray received;
    while (!received.contains("secure hello") && tls.waitForReadyRead(5000))
        received += tls.readAll();
    RawHttpClient::Response response;
    response.statusLine = received.left(received.indexOf("\r\n"));
    response.status = response.statusLine.split(' ').value(1).toInt();
    response.body = received.mid(received.indexOf("\r\n\r\n") + 4);
    return response;
}
} // namespace

class TestHttpTls : public QObject
{
    Q_OBJECT

private:
    TemporaryDataDirectory m_directory;
    SelfSignedCertificate::Files m_files;
    QSslCertificate m_certificate;

    HttpServerConfig tlsConfig(const QString &certificate, const QString &key) const
    {
        HttpServerConfig config = HttpServerFixture::defaultConfig();
        config.threads = 2;
        config.tlsCertificateFile = certificate;
        config.tlsKeyFile = key;
        config.limits.requestTimeoutMs = 500;
        return config;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        const Result<SelfSignedCertificate::Files> files = SelfSignedCertificate::writeTo(m_directory.path());
        QVERIFY2(files, qPrintable(files ? QString() : files.error().detailedMessage()));
        m_files = files.value();
        m_certificate = QSslCertificate(readAll(m_files.certificateFile), QSsl::Pem);
        QVERIFY(!m_certificate.isNull());
    }

    void generatedCertificateCoversLocalNames()
    {
        QCOMPARE(m_certificate.issuerInfo(QSslCertificate::CommonName),
                 m_certificate.subjectInfo(QSslCertificate::CommonName));
        QCOMPARE(m_certificate.subjectInfo(QSslCertificate::CommonName),
                 QStringList {QStringLiteral("localhost")});
        QCOMPARE(m_certificate.version(), QByteArray("3"));
        const auto names = m_certificate.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::DnsEntry).contains(QHostInfo::localHostName()));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(m_certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(365));
        QCOMPARE(m_certificate.publicKey().algorithm(), QSsl::Ec);

        // The key is for the owner's eyes only.
        QCOMPARE(QFileInfo(m_files.keyFile).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(QFileInfo(m_files.certificateFile).permissions() & QFile::ReadOther);
        // Generating again keeps a pair that may be in use, unless told to replace it.
        const QByteArray before = readAll(m_files.keyFile);
        const QByteArray certificateBefore = readAll(m_files.certificateFile);
        const Result<SelfSignedCertificate::Files> kept = SelfSignedCertificate::writeTo(m_directory.path());
        QVERIFY(!kept.ok());
        QCOMPARE(kept.error().codeName(), QStringLiteral("tls_files_exist"));
        QCOMPARE(readAll(m_files.keyFile), before);
        QCOMPARE(readAll(m_files.certificateFile), certificateBefore);
        QVERIFY(
            SelfSignedCertificate::writeTo(m_directory.path(), SelfSignedCertificate::ExistingFiles::Replace)
                .ok());
        QVERIFY(readAll(m_files.keyFile) != before);
        m_certificate = QSslCertificate(readAll(m_files.certificateFile), QSsl::Pem);
    }

    void servesHttpsToQSslSocketAndQnam()
    {
        HttpServerFixture fixture(makeRouter(), tlsConfig(m_files.certificateFile, m_files.keyFile));
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        QVERIFY(fixture.server().urls().constFirst().scheme() == QStringLiteral("https"));

        const auto response = httpsGet(fixture.port(), m_certificate);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("secure hello"));

        QNetworkAccessManager manager;
        QUrl url = fixture.url(QStringLiteral("/hello"));
        url.setHost(QStringLiteral("localhost"));
        std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
        reply->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, m_certificate)});
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->readAll(), QByteArray("secure hello"));
    }

    void plainHttpOnTheTlsPortDisturbsNoOne()
    {
        HttpServerFixture fixture(makeRouter(), tlsConfig(m_files.certificateFile, m_files.keyFile));
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        QSslSocket established; // a TLS client already connected when the confused one arrives
        established.ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, m_certificate)});
        established.connectToHostEncrypted(QStringLiteral("localhost"), fixture.port());
        QVERIFY(established.waitForEncrypted(5000));
        const auto exchange = [&established] {
            established.write(RawHttpClient::get("/hello"));
            QByteArray received;
            while (!received.contains("secure hello") && established.waitForReadyRead(5000))
                received += established.readAll();
            return received;
        };
        QVERIFY(exchange().startsWith("HTTP/1.1 200 OK"));

        for (int i = 0; i < 5; ++i) {
            RawHttpClient plain;
            QVERIFY(plain.connectTo(fixture.port()));
            QVERIFY(plain.send(RawHttpClient::get("/hello")));
            QVERIFY(plain.waitForClosed(3000));
            QVERIFY(!plain.pending().contains("hello"));
        }
        RawHttpClient silent; // connects and never starts a handshake: cut after the request timeout
        QVERIFY(silent.connectTo(fixture.port()));
        QVERIFY(silent.waitForClosed(3000));

        QVERIFY2(exchange().startsWith("HTTP/1.1 200 OK"), qPrintable(established.errorString()));
        QVERIFY(httpsGet(fixture.port(), m_certificate));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.server().openConnections(), 1, 5000);
    }

    void servesAnRsaKeyMadeByOpenssl()
    {
        const QString certificate = m_directory.filePath(QStringLiteral("rsa-cert.pem"));
        const QString key = m_directory.filePath(QStringLiteral("rsa-key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), certificate, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        HttpServerFixture fixture(makeRouter(), tlsConfig(certificate, key));
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        const auto response = httpsGet(fixture.port(), QSslCertificate(readAll(certificate), QSsl::Pem));
        QVERIFY(response);
        QCOMPARE(response->body, QByteArray("secure hello"));
    }

    void unusableCredentialsStopTheStart_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing certificate") << QStringLiteral("missing-cert.pem") << QString()
                                             << QStringLiteral("tls_certificate_unreadable");
        QTest::newRow("missing key") << QString() << QStringLiteral("missing-key.pem")
                                     << QStringLiteral("tls_key_unreadable");
        QTest::newRow("certificate is not PEM")
            << QStringLiteral("garbage.pem") << QString() << QStringLiteral("tls_certificate_invalid");
        QTest::newRow("key is not PEM")
            << QString() << QStringLiteral("garbage.pem") << QStringLiteral("tls_key_invalid");
        QTest::newRow("key of another certificate")
            << QString() << QStringLiteral("other/bookwarden-key.pem") << QStringLiteral("tls_key_mismatch");
    }
    void unusableCredentialsStopTheStart()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, code);
        QFile garbage(m_directory.filePath(QStringLiteral("garbage.pem")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        garbage.close();
        QVERIFY(SelfSignedCertificate::writeTo(m_directory.filePath(QStringLiteral("other")),
                                               SelfSignedCertificate::ExistingFiles::Replace)
                    .ok());

        const QString certificateFile
            = certificate.isEmpty() ? m_files.certificateFile : m_directory.filePath(certificate);
        const QString keyFile = key.isEmpty() ? m_files.keyFile : m_directory.filePath(key);
        const Result<QSslConfiguration> loaded
            = TlsCredentials::loadServerConfiguration(certificateFile, keyFile);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().codeName(), code);

        HttpServerFixture fixture(makeRouter(), tlsConfig(certificateFile, keyFile));
        QVERIFY(!fixture.start());
        QVERIFY(!fixture.errorString().isEmpty());
        QVERIFY(!fixture.server().isRunning());
    }
};

QTEST_GUILESS_MAIN(TestHttpTls)
#include "tst_httptls.moc"
