#include "Backend.h"
#include "ResultAssertions.h"
#include "TemporaryDataDirectory.h"
#include "books/BookService.h"

#include <QProcess>
#include <QTest>

#include <csignal>

// An acknowledged write survives the process being killed (SIGKILL: no destructors, no flushing).
class TestDurability : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedWritesSurviveAKill()
    {
        TemporaryDataDirectory data;
        QProcess writer;
        writer.start(QStringLiteral(DURABILITY_WRITER), {data.databasePath()});
        QVERIFY(writer.waitForStarted());

        QList<qint64> acknowledged;
        QByteArray buffer;
        while (acknowledged.size() < 200 && writer.state() == QProcess::Running) {
            if (!writer.waitForReadyRead(20000))
                break;
            buffer += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = buffer.indexOf('\n')) >= 0) {
                const QByteArray line = buffer.left(newline);
                buffer.remove(0, newline + 1);
                if (line.startsWith("ack "))
                    acknowledged << line.mid(4).toLongLong();
            }
        }
        QCOMPARE(acknowledged.size() >= 200, true);
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished());

        BackendOptions options;
        options.database = DatabaseUrl::sqliteFile(data.databasePath());
        options.argon2 = Argon2Parameters {1024, 1, 1};
        Result<std::unique_ptr<Backend>> reopened = Backend::open(options);
        VERIFY_OK(reopened);
        for (qint64 id : acknowledged)
            VERIFY_OK(reopened.value()->books().get(Actor::desktopAdministrator(), id));
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
