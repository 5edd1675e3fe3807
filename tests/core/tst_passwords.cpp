#include "passwords/PasswordHashingPool.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {
// Cheap parameters keep the suite fast where the cost itself is not under test.
const Argon2Parameters fast {1024, 1, 1};

// Runs the reference `argon2` command-line tool (Debian package argon2).
QString argon2Cli(const QByteArray &password, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("argon2"), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(password);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return QString::fromLatin1(process.readAllStandardOutput()).trimmed();
}
} // namespace

class TestPasswords : public QObject
{
    Q_OBJECT

private slots:
    void hashIsAnArgon2idPhcStringWithTheDefaultCost()
    {
        const PasswordHasher hasher;
        const Result<QString> hash = hasher.hash(QStringLiteral("correct horse battery staple"));
        QVERIFY(hash.ok());
        static const QRegularExpression phc(
            QStringLiteral("^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
        QVERIFY2(phc.match(hash.value()).hasMatch(), qPrintable(hash.value()));
    }

    void sameInputGivesDifferentSalts()
    {
        const PasswordHasher hasher(fast);
        QVERIFY(hasher.hash(QStringLiteral("same password")).value()
                != hasher.hash(QStringLiteral("same password")).value());
    }

    void rightPasswordMatchesWrongOneDoesNot_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << QStringLiteral("hunter2hunter2") << QStringLiteral("hunter2hunter2") << true;
        QTest::newRow("case differs")
            << QStringLiteral("hunter2hunter2") << QStringLiteral("Hunter2hunter2") << false;
        QTest::newRow("trailing space")
            << QStringLiteral("hunter2hunter2") << QStringLiteral("hunter2hunter2 ") << false;
        QTest::newRow("unicode") << QStringLiteral("pässwörd-ñ-日本") << QStringLiteral("pässwörd-ñ-日本")
                                 << true;
        QTest::newRow("unicode near miss")
            << QStringLiteral("pässwörd-ñ-日本") << QStringLiteral("passwörd-ñ-日本") << false;
        QTest::newRow("empty attempt") << QStringLiteral("hunter2hunter2") << QString() << false;
    }
    void rightPasswordMatchesWrongOneDoesNot()
    {
        QFETCH(QString, password);
        QFETCH(QString, attempt);
        QFETCH(bool, matches);
        const PasswordHasher hasher(fast);
        const Result<PasswordHasher::Check> check = hasher.verify(attempt, hasher.hash(password).value());
        QVERIFY(check.ok());
        QCOMPARE(check->matches, matches);
        QVERIFY(!check->needsRehash);
    }

    void hashWithOlderParametersAsksForAnUpgrade()
    {
        const PasswordHasher old(Argon2Parameters {2048, 1, 1});
        const PasswordHasher current(fast);
        const QString stored = old.hash(QStringLiteral("long enough")).value();
        const Result<PasswordHasher::Check> check = current.verify(QStringLiteral("long enough"), stored);
        QVERIFY(check.ok());
        QVERIFY(check->matches);
        QVERIFY(check->needsRehash);
        QVERIFY(!current.needsRehash(current.hash(QStringLiteral("long enough")).value()));
    }

    void hashFromTheArgon2CommandLineToolVerifies_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("needsRehash");
        // argon2 SALT [-id|-i] -m log2(KiB) -t passes -p lanes -e (encoded output)
        QTest::newRow("argon2id, OWASP-like cost") << QStringList {QStringLiteral("saltsaltsaltsalt"),
                                                                   QStringLiteral("-id"),
                                                                   QStringLiteral("-m"),
                                                                   QStringLiteral("10"),
                                                                   QStringLiteral("-t"),
                                                                   QStringLiteral("1"),
                                                                   QStringLiteral("-p"),
                                                                   QStringLiteral("1"),
                                                                   QStringLiteral("-e")}
                                                   << false;
        QTest::newRow("argon2id, other cost") << QStringList {QStringLiteral("anothersaltvalue"),
                                                              QStringLiteral("-id"),
                                                              QStringLiteral("-m"),
                                                              QStringLiteral("12"),
                                                              QStringLiteral("-t"),
                                                              QStringLiteral("3"),
                                                              QStringLiteral("-p"),
                                                              QStringLiteral("2"),
                                                              QStringLiteral("-e")}
                                              << true;
        QTest::newRow("argon2i") << QStringList {QStringLiteral("saltsaltsaltsalt"),
                                                 QStringLiteral("-i"),
                                                 QStringLiteral("-m"),
                                                 QStringLiteral("10"),
                                                 QStringLiteral("-t"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("-p"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("-e")}
                                 << true;
    }
    void hashFromTheArgon2CommandLineToolVerifies()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, needsRehash);
        const QString encoded = argon2Cli("open sesame!", arguments);
        QVERIFY2(encoded.startsWith(QLatin1String("$argon2")),
                 "the argon2 command-line tool is missing or failed (Debian package argon2)");
        const PasswordHasher hasher(fast);
        const Result<PasswordHasher::Check> right = hasher.verify(QStringLiteral("open sesame!"), encoded);
        QVERIFY2(right.ok(), qPrintable(encoded));
        QVERIFY(right->matches);
        QCOMPARE(right->needsRehash, needsRehash);
        QVERIFY(!hasher.verify(QStringLiteral("open sesame?"), encoded)->matches);
    }

    void malformedStoredHashNeverMatches_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("hunter2hunter2");
        QTest::newRow("bcrypt") << QStringLiteral(
            "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
        QTest::newRow("truncated") << QStringLiteral("$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ");
        QTest::newRow("absurd memory")
            << QStringLiteral("$argon2id$v=19$m=999999999,t=1,p=1$c2FsdHNhbHQ$aGFzaA");
    }
    void malformedStoredHashNeverMatches()
    {
        QFETCH(QString, stored);
        const PasswordHasher hasher(fast);
        const Result<PasswordHasher::Check> check = hasher.verify(QStringLiteral("hunter2hunter2"), stored);
        QVERIFY(!check.ok() || !check->matches);
        QVERIFY(hasher.needsRehash(stored));
    }

    void dummyHashCostsTheSameAsARealOne()
    {
        const PasswordHasher hasher;
        const auto dummy = Argon2Parameters::fromPhc(hasher.dummyHash());
        QVERIFY(dummy.has_value());
        QCOMPARE(*dummy, hasher.parameters());
        QVERIFY(!hasher.verify(QStringLiteral("anything at all"), hasher.dummyHash())->matches);
    }

    void poolAnswersAsynchronously()
    {
        PasswordHashingPool pool {PasswordHasher(fast)};
        QFuture<Result<QString>> hashed = pool.hash(QStringLiteral("asynchronous!"));
        const QString stored = hashed.result().value();
        QVERIFY(pool.verify(QStringLiteral("asynchronous!"), stored).result()->matches);
        QVERIFY(!pool.verify(QStringLiteral("synchronous!!"), stored).result()->matches);
        QCOMPARE(pool.inFlight(), 0);
    }

    void poolRefusesWorkBeyondItsBound()
    {
        // One runs, one waits, the rest are refused at once (default cost: each takes tens of milliseconds).
        PasswordHashingPool pool {PasswordHasher(), 1, 1};
        QList<QFuture<Result<QString>>> futures;
        for (int i = 0; i < 6; ++i)
            futures << pool.hash(QStringLiteral("storm password %1").arg(i));
        int accepted = 0;
        int refused = 0;
        for (auto &future : futures) {
            const Result<QString> result = future.result();
            if (result.ok())
                ++accepted;
            else if (result.error().kind() == ErrorKind::Unavailable
                     && result.error().codeName() == QLatin1String("too_busy"))
                ++refused;
        }
        QCOMPARE(accepted, 2);
        QCOMPARE(refused, 4);
        QCOMPARE(pool.inFlight(), 0);
        QVERIFY(pool.hash(QStringLiteral("after the storm")).result().ok());
    }

    void parametersAreReadFromPhcStrings_data()
    {
        QTest::addColumn<QString>("phc");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint32>("memory");
        QTest::newRow("default") << QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA") << true
                                 << 19456u;
        QTest::newRow("order free") << QStringLiteral("$argon2id$v=19$t=2,p=1,m=4096$c2FsdA$aGFzaA") << true
                                    << 4096u;
        QTest::newRow("missing p") << QStringLiteral("$argon2id$v=19$m=4096,t=2$c2FsdA$aGFzaA") << false
                                   << 0u;
        QTest::newRow("junk") << QStringLiteral("$argon2id$v=19$m=lots,t=2,p=1$c2FsdA$aGFzaA") << false << 0u;
        QTest::newRow("no version") << QStringLiteral("$argon2id$m=4096,t=2,p=1$c2FsdA$aGFzaA") << false
                                    << 0u;
    }
    void parametersAreReadFromPhcStrings()
    {
        QFETCH(QString, phc);
        QFETCH(bool, valid);
        QFETCH(quint32, memory);
        const auto parameters = Argon2Parameters::fromPhc(phc);
        QCOMPARE(parameters.has_value(), valid);
        if (valid)
            QCOMPARE(parameters->memoryKiB, memory);
    }
};

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_passwords.moc"
