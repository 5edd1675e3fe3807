// The Server tab: the embedded REST server started and stopped from the GUI, its live request log and
// counters, start failures shown next to the field concerned, the settings kept, and the window's
// responsiveness while clients hammer the server.
#include "ApiServer.h"
#include "EventLoopLateness.h"
#include "GuiFixture.h"
#include "HttpMetrics.h"
#include "InlineFieldErrors.h"
#include "RawHttpClient.h"
#include "RequestLogModel.h"
#include "RequestRateChart.h"
#include "ServerEndpoint.h"
#include "ServerTab.h"
#include "StoredServerSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {
HttpRequestRecord record(quint64 sequence, int status = 200)
{
    HttpRequestRecord record;
    record.sequence = sequence;
    record.timeMs = 1'700'000'000'000 + qint64(sequence);
    record.client = QHostAddress(QHostAddress::LocalHost);
    record.method = QByteArrayLiteral("GET");
    record.path = u"/r/%1"_s.arg(sequence);
    record.status = status;
    record.latencyUs = 1500;
    return record;
}

QList<HttpRequestRecord> records(quint64 first, quint64 last)
{
    QList<HttpRequestRecord> list;
    for (quint64 sequence = first; sequence <= last; ++sequence)
        list.append(record(sequence));
    return list;
}
} // namespace

class TestServerUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_gui;

    ServerTab *tab() { return m_gui->window().serverTab(); }
    ApiServer &server() { return m_gui->window().server(); }

    // Starts from the tab on a free port of 127.0.0.1.
    quint16 startOnFreePort()
    {
        tab()->portField()->setValue(0);
        QTest::mouseClick(tab()->startButton(), Qt::LeftButton);
        if (!server().isRunning()) {
            qWarning("start failed: %s / %s", qPrintable(tab()->fieldMessage(u"port"_s)),
                     qPrintable(tab()->fieldMessage(QString())));
            return 0;
        }
        return server().port();
    }

private slots:
    void init()
    {
        m_gui = std::make_unique<GuiFixture>();
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        m_gui->openWindow();
        m_gui->window().tabs()->setCurrentWidget(tab());
    }
    void cleanup() { m_gui.reset(); }

    void startsFromTheTabAndLogsRealRequests()
    {
        QCOMPARE(tab()->stateText(), u"Stopped"_s);
        QVERIFY(!tab()->stopButton()->isEnabled());
        const quint16 port = startOnFreePort();
        QVERIFY(port != 0);
        QCOMPARE(tab()->stateText(), u"Running"_s);
        QVERIFY(!tab()->startButton()->isEnabled());
        QVERIFY(tab()->stopButton()->isEnabled());
        QVERIFY(!tab()->portField()->isEnabled());
        const QUrl expected(u"http://127.0.0.1:%1"_s.arg(port));
        QCOMPARE(tab()->localUrl(), expected);
        // The other tabs' "copy as curl" follows the running server.
        QCOMPARE(ServerEndpoint::localBaseUrl(), expected);
        QVERIFY(
            ServerEndpoint::curlCommand(u"t"_s).contains(u"http://127.0.0.1:%1/api/v1/books"_s.arg(port)));
        QVERIFY(m_gui->window().findChild<QLabel *>(u"serverUrl"_s)->text().contains(expected.toString()));
        auto *status = m_gui->window().statusBar()->findChild<QLabel *>(u"serverStatus"_s);
        QCOMPARE(status->text(), u"Server: "_s + expected.toString());

        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        const std::optional<RawHttpClient::Response> health = client.request(RawHttpClient::get("/healthz"));
        QVERIFY(health);
        QCOMPARE(health->status, 200);
        const std::optional<RawHttpClient::Response> books
            = client.request(RawHttpClient::get("/api/v1/books"));
        QVERIFY(books);
        QCOMPARE(books->status, 401);

        RequestLogModel *log = tab()->logModel();
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 2, 2000);
        QCOMPARE(log->index(0, RequestLogModel::MethodColumn).data().toString(), u"GET"_s);
        QCOMPARE(log->index(0, RequestLogModel::PathColumn).data().toString(), u"/healthz"_s);
        QCOMPARE(log->index(0, RequestLogModel::StatusColumn).data().toInt(), 200);
        QCOMPARE(log->index(0, RequestLogModel::ClientColumn).data().toString(), u"127.0.0.1"_s);
        QVERIFY(log->index(0, RequestLogModel::DurationColumn).data().toString().endsWith(u" ms"_s));
        QVERIFY(!log->index(0, RequestLogModel::TimeColumn).data().toString().isEmpty());
        QCOMPARE(log->index(1, RequestLogModel::PathColumn).data().toString(), u"/api/v1/books"_s);
        QCOMPARE(log->index(1, RequestLogModel::StatusColumn).data().toInt(), 401);
        QCOMPARE(tab()->totalRequests(), quint64(2));
        QCOMPARE(tab()->clientErrors(), quint64(1));
        QCOMPARE(tab()->serverErrors(), quint64(0));
        QVERIFY(m_gui->window().findChild<QLabel *>(u"counters"_s)->text().contains(u"4xx: 1"_s));
        // The chart gets a sample once a second has passed.
        QTRY_VERIFY_WITH_TIMEOUT(!tab()->chart()->samples().isEmpty(), 3000);
    }

    void stoppingFreesThePort()
    {
        const quint16 port = startOnFreePort();
        QVERIFY(port != 0);
        QTest::mouseClick(tab()->stopButton(), Qt::LeftButton);
        QVERIFY(!server().isRunning());
        QCOMPARE(tab()->stateText(), u"Stopped"_s);
        QVERIFY(tab()->startButton()->isEnabled());
        QVERIFY(!tab()->localUrl().isValid());
        // Back to the stored setting: "any free port" names no port to call, so the default one.
        QCOMPARE(ServerEndpoint::localBaseUrl().port(), StoredServerSettings::defaultPort);
        QTcpServer reuse;
        QVERIFY2(reuse.listen(QHostAddress::LocalHost, port), qPrintable(reuse.errorString()));
        RawHttpClient client;
        reuse.close();
        QVERIFY(!client.connectTo(port, QHostAddress(QHostAddress::LocalHost), 500));
        QCOMPARE(m_gui->window().statusBar()->findChild<QLabel *>(u"serverStatus"_s)->text(),
                 u"Server: stopped"_s);
    }

    void aPortInUseIsShownNextToThePortField()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        tab()->portField()->setValue(occupant.serverPort());
        QTest::mouseClick(tab()->startButton(), Qt::LeftButton);
        QVERIFY(!server().isRunning());
        QCOMPARE(tab()->stateText(), u"Stopped"_s);
        const QString message = tab()->fieldMessage(u"port"_s);
        QVERIFY2(message.contains(QString::number(occupant.serverPort())), qPrintable(message));
        QVERIFY2(message.contains(u"in use"_s), qPrintable(message));
        auto *label = tab()->findChild<QLabel *>(u"fieldError_port"_s);
        QVERIFY(label && label->isVisible());
        QVERIFY(tab()->fieldMessage(QString()).isEmpty());

        // Fixed, it starts, and the message goes.
        QVERIFY(startOnFreePort() != 0);
        QVERIFY(tab()->fieldMessage(u"port"_s).isEmpty());
        QVERIFY(!label->isVisible());
    }

    void theTabAndItsErrorsFollowTheLanguage()
    {
        m_gui->localization().apply(u"de"_s);
        // ("Server" in German too: the state shows the switch.)
        QTRY_COMPARE(tab()->stateText(), u"Angehalten"_s);
        QCOMPARE(tab()->logModel()->headerData(RequestLogModel::PathColumn, Qt::Horizontal).toString(),
                 u"Pfad"_s);
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        tab()->portField()->setValue(occupant.serverPort());
        QVERIFY(!tab()->startServer());
        QCOMPARE(tab()->fieldMessage(u"port"_s),
                 u"Port %1 ist auf 127.0.0.1 bereits belegt."_s.arg(occupant.serverPort()));

        m_gui->localization().apply(u"fr"_s);
        QTRY_COMPARE(m_gui->window().tabs()->tabText(m_gui->window().tabs()->indexOf(tab())), u"Serveur"_s);
        QCOMPARE(tab()->stateText(), u"Arrêté"_s);
    }

    void tlsProblemsAreShownNextToTheFiles()
    {
        tab()->portField()->setValue(0);
        tab()->tlsCheck()->setChecked(true);
        QVERIFY(tab()->certificateField()->isEnabled());
        QTest::mouseClick(tab()->startButton(), Qt::LeftButton);
        QVERIFY(!server().isRunning());
        QVERIFY(!tab()->fieldMessage(u"certificate"_s).isEmpty());
        QVERIFY(!tab()->fieldMessage(u"key"_s).isEmpty());

        QTemporaryDir directory;
        const QString certificate = directory.filePath(u"cert.pem"_s);
        const QString key = directory.filePath(u"key.pem"_s);
        for (const QString &path : {certificate, key}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
        }
        tab()->certificateField()->setText(certificate);
        tab()->keyField()->setText(key);
        QTest::mouseClick(tab()->startButton(), Qt::LeftButton);
        QVERIFY(!server().isRunning());
        const QString message = tab()->fieldMessage(u"certificate"_s);
        QVERIFY2(!message.isEmpty(), qPrintable(tab()->fieldMessage(QString())));
        QVERIFY(tab()->fieldMessage(u"key"_s).isEmpty());
        QVERIFY(m_gui->window().isVisible());
    }

    void aGeneratedSelfSignedCertificateServesHttps()
    {
        QTemporaryDir directory;
        QVERIFY(tab()->generateSelfSigned(directory.path()));
        QVERIFY(tab()->tlsCheck()->isChecked());
        QVERIFY(QFile::exists(tab()->certificateField()->text()));
        QVERIFY(QFile::exists(tab()->keyField()->text()));
        const quint16 port = startOnFreePort();
        QVERIFY(port != 0);
        QVERIFY(server().isSecure());
        QCOMPARE(tab()->localUrl(), QUrl(u"https://127.0.0.1:%1"_s.arg(port)));
        QCOMPARE(ServerEndpoint::localBaseUrl().scheme(), u"https"_s);
    }

    void generatingIntoAFolderWithAPairAsksBeforeReplacingIt()
    {
        QTemporaryDir directory;
        QVERIFY(tab()->generateSelfSigned(directory.path()));
        const QString keyFile = tab()->keyField()->text();
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray original = key.readAll();
        key.close();

        // Cancel keeps the pair.
        QVERIFY(!tab()->generateSelfSigned(directory.path()));
        auto *question = tab()->findChild<QMessageBox *>(u"replaceCertificateQuestion"_s);
        QVERIFY(question);
        QVERIFY(question->text().contains(QDir::toNativeSeparators(directory.path())));
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!tab()->findChild<QMessageBox *>(u"replaceCertificateQuestion"_s));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QCOMPARE(key.readAll(), original);
        key.close();

        // Yes replaces it and fills in the new pair.
        tab()->keyField()->clear();
        QVERIFY(!tab()->generateSelfSigned(directory.path()));
        question = tab()->findChild<QMessageBox *>(u"replaceCertificateQuestion"_s);
        QVERIFY(question);
        question->button(QMessageBox::Yes)->click();
        QCOMPARE(tab()->keyField()->text(), keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(key.readAll() != original);
    }

    void theLanChoiceWarnsWithoutTls()
    {
        auto *warning = tab()->findChild<QLabel *>(u"lanWarning"_s);
        QVERIFY(!warning->isVisible());
        tab()->bindChooser()->setCurrentIndex(1);
        QVERIFY(warning->isVisible());
        tab()->tlsCheck()->setChecked(true);
        QVERIFY(!warning->isVisible());
        QCOMPARE(tab()->currentSettings().toOptions().bindAddress, QHostAddress(QHostAddress::AnyIPv4));
    }

    void settingsPersistAcrossANewMainWindow()
    {
        tab()->portField()->setValue(18443);
        tab()->bindChooser()->setCurrentIndex(1);
        tab()->tlsCheck()->setChecked(true);
        tab()->certificateField()->setText(u"/etc/bookwarden/cert.pem"_s);
        tab()->keyField()->setText(u"/etc/bookwarden/key.pem"_s);
        m_gui->window().close();
        m_gui->closeWindow();

        m_gui->openWindow();
        QCOMPARE(tab()->portField()->value(), 18443);
        QCOMPARE(tab()->bindChooser()->currentIndex(), 1);
        QVERIFY(tab()->tlsCheck()->isChecked());
        QCOMPARE(tab()->certificateField()->text(), u"/etc/bookwarden/cert.pem"_s);
        QCOMPARE(tab()->keyField()->text(), u"/etc/bookwarden/key.pem"_s);
        QVERIFY(!tab()->autostartCheck()->isChecked());
        QVERIFY(!server().isRunning());
        QCOMPARE(QSettings().value(u"server/port"_s).toInt(), 18443);
        QCOMPARE(QSettings().value(u"server/bind"_s).toString(), u"lan"_s);

        // With autostart, the next window starts serving by itself.
        tab()->bindChooser()->setCurrentIndex(0);
        tab()->tlsCheck()->setChecked(false);
        tab()->portField()->setValue(0);
        tab()->autostartCheck()->setChecked(true);
        m_gui->window().close();
        m_gui->closeWindow();
        m_gui->openWindow();
        QTRY_VERIFY(server().isRunning());
        QVERIFY(tab()->autostartCheck()->isChecked());
        QVERIFY(server().port() != 0);
    }

    void theFirstRunOffersToStartTheServer()
    {
        tab()->portField()->setValue(0);
        m_gui->window().tabs()->setCurrentIndex(0);
        m_gui->window().offerToStartServer();
        auto *box = GuiFixture::visible<QMessageBox>(u"startServerOfferBox"_s);
        QVERIFY(box);
        QVERIFY(!server().isRunning());
        QTest::mouseClick(box->findChild<QPushButton *>(u"startServerButton"_s), Qt::LeftButton);
        QVERIFY(server().isRunning());
        QCOMPARE(m_gui->window().tabs()->currentWidget(), tab());
        QTRY_VERIFY(!GuiFixture::visible<QMessageBox>(u"startServerOfferBox"_s));
        // Asked again while it runs, it says nothing.
        m_gui->window().offerToStartServer();
        QVERIFY(!GuiFixture::visible<QMessageBox>(u"startServerOfferBox"_s));
    }

    void notNowLeavesTheServerStopped()
    {
        m_gui->window().offerToStartServer();
        auto *box = GuiFixture::visible<QMessageBox>(u"startServerOfferBox"_s);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(u"notNowButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!GuiFixture::visible<QMessageBox>(u"startServerOfferBox"_s));
        QVERIFY(!server().isRunning());
        QCOMPARE(tab()->stateText(), u"Stopped"_s);
    }

    void closingWhileServingAsks()
    {
        QVERIFY(startOnFreePort() != 0);
        MainWindow &window = m_gui->window();
        QString keepButton = u"absent"_s;
        const auto answer = [&keepButton](const QString &button) {
            QTimer::singleShot(50, [&keepButton, button] {
                auto *box = GuiFixture::visible<QMessageBox>(u"closeWhileServingBox"_s);
                if (!box)
                    return;
                keepButton
                    = box->findChild<QPushButton *>(u"keepServingButton"_s) ? u"present"_s : u"absent"_s;
                QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
            });
        };
        answer(u"cancelButton"_s);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(server().isRunning());
        // The tray is offered only where there is one (the offscreen platform has none).
        QCOMPARE(keepButton, QSystemTrayIcon::isSystemTrayAvailable() ? u"present"_s : u"absent"_s);

        answer(u"stopAndQuitButton"_s);
        QVERIFY(window.close());
        QVERIFY(!server().isRunning());
    }

    void theRequestLogKeepsItsCap()
    {
        RequestLogModel log(5);
        log.append(records(1, 3));
        QCOMPARE(log.rowCount(), 3);
        log.append(records(4, 7));
        QCOMPARE(log.rowCount(), 5);
        QCOMPARE(log.recordAt(0).sequence, quint64(3));
        QCOMPARE(log.recordAt(4).sequence, quint64(7));
        log.append(records(8, 30));
        QCOMPARE(log.rowCount(), 5);
        QCOMPARE(log.recordAt(0).sequence, quint64(26));
        QCOMPARE(log.recordAt(4).sequence, quint64(30));
        QCOMPARE(log.index(4, RequestLogModel::PathColumn).data().toString(), u"/r/30"_s);

        // The tab's own log, fed by a real server faster than its cap.
        QCOMPARE(tab()->logModel()->capacity(), RequestLogModel::defaultCapacity);
        QCOMPARE(RequestLogModel::defaultCapacity, 2000);
        const quint16 port = startOnFreePort();
        QVERIFY(port != 0);
        RawHttpClient client;
        QVERIFY(client.connectTo(port));
        QByteArray pipelined;
        for (int i = 0; i < 50; ++i)
            pipelined += RawHttpClient::get("/healthz");
        // Fifty at a time keeps the test quick; 2100 requests in all.
        for (int round = 0; round < 42; ++round) {
            QVERIFY(client.send(pipelined));
            for (int i = 0; i < 50; ++i)
                QVERIFY(client.readResponse());
            // The server keeps the newest 1000 for the log to collect: look more often than that.
            if (round % 8 == 0)
                tab()->poll();
        }
        QTRY_COMPARE_WITH_TIMEOUT(tab()->totalRequests(), quint64(2100), 5000);
        QCOMPARE(tab()->logModel()->rowCount(), 2000);
        QCOMPARE(tab()->logModel()->recordAt(1999).sequence, server().metrics()->lastSequence());
    }

    void theWindowStaysResponsiveUnderLoad()
    {
        const quint16 port = startOnFreePort();
        QVERIFY(port != 0);
        const std::vector<double> idle = EventLoopLateness::measure(1000);

        constexpr int clientThreads = 4;
        std::atomic<bool> stop {false};
        std::atomic<quint64> answered {0};
        std::vector<QThread *> clients;
        for (int i = 0; i < clientThreads; ++i) {
            clients.push_back(QThread::create([&stop, &answered, port, i] {
                RawHttpClient client;
                const QByteArray request = RawHttpClient::get(
                    i % 2 == 0 ? QByteArrayLiteral("/healthz") : QByteArrayLiteral("/api/v1/books"));
                while (!stop.load()) {
                    if (!client.isOpen() && !client.connectTo(port))
                        continue;
                    if (client.request(request))
                        answered.fetch_add(1);
                    else
                        client.close();
                }
            }));
            clients.back()->start();
        }
        QElapsedTimer loadClock;
        loadClock.start();
        const std::vector<double> loaded = EventLoopLateness::measure(4000);
        const double seconds = double(loadClock.elapsed()) / 1000.0;
        stop = true;
        for (QThread *client : clients) {
            QVERIFY(client->wait(10000));
            delete client;
        }
        QVERIFY(answered.load() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(tab()->totalRequests(), server().metrics()->requestsTotal(), 2000);

        qInfo("GUI event-loop lateness of a 5 ms timer, idle: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu "
              "samples)",
              EventLoopLateness::percentile(idle, 0.5), EventLoopLateness::percentile(idle, 0.99),
              EventLoopLateness::percentile(idle, 1.0), idle.size());
        qInfo("under load (%d client threads, %llu requests in %.1f s = %.0f req/s, server on %d threads): "
              "p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu samples); log holds %d rows",
              clientThreads, static_cast<unsigned long long>(answered.load()), seconds,
              double(answered.load()) / seconds, QThread::idealThreadCount(),
              EventLoopLateness::percentile(loaded, 0.5), EventLoopLateness::percentile(loaded, 0.99),
              EventLoopLateness::percentile(loaded, 1.0), loaded.size(), tab()->logModel()->rowCount());
    }
};

QTEST_MAIN(TestServerUi)
#include "tst_serverui.moc"
