#include "common/Result.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

namespace {
Result<int> half(int value)
{
    if (value % 2 != 0)
        return Error::invalidField(QStringLiteral("value"), QStringLiteral("Must be even."));
    return value / 2;
}

// A translator that answers one source text, standing in for a compiled .qm file.
class GermanErrors : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) == "Error" && QByteArrayView(source) == "Book %1 was not found.")
            return QStringLiteral("Buch %1 wurde nicht gefunden.");
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestErrors : public QObject
{
    Q_OBJECT

private slots:
    void resultCarriesValueOrError()
    {
        const Result<int> good = half(8);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 4);

        const Result<int> bad = half(7);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind(), ErrorKind::Invalid);
        QCOMPARE(bad.error().codeName(), QStringLiteral("invalid_input"));
        QCOMPARE(bad.error().fields().value(QStringLiteral("value")), QStringLiteral("Must be even."));
        QCOMPARE(bad.valueOr(-1), -1);
    }

    void statusDefaultsToSuccess()
    {
        const Status fine;
        QVERIFY(fine.ok());
        const Status failed = Error::conflict(ErrorCode::UsernameTaken, QStringLiteral("Taken."));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind(), ErrorKind::Conflict);
    }

    void throttledErrorKeepsRetryAfter()
    {
        const Error error = Error::throttled(ErrorCode::TooManyAttempts, QStringLiteral("Wait."), 42);
        QCOMPARE(error.kind(), ErrorKind::Throttled);
        QCOMPARE(error.retryAfterSeconds(), 42);
    }

    void messageArgumentsAreFilledInEnglishAndTranslated()
    {
        Error error = Error::notFound(ErrorCode::BookNotFound, QStringLiteral("Book %1 was not found."));
        error.withArguments({QStringLiteral("17")});
        QCOMPARE(error.message(), QStringLiteral("Book 17 was not found."));
        QCOMPARE(error.localizedMessage(), QStringLiteral("Book 17 was not found."));

        GermanErrors german;
        QCoreApplication::installTranslator(&german);
        QCOMPARE(error.localizedMessage(), QStringLiteral("Buch 17 wurde nicht gefunden."));
        QCOMPARE(error.message(), QStringLiteral("Book 17 was not found.")); // the API stays English
        QCoreApplication::removeTranslator(&german);
    }

    void fieldMessagesGetTheArgumentsToo()
    {
        Error error
            = Error::invalidField(QStringLiteral("claims"), QStringLiteral("The claim %1 is reserved."));
        error.withArguments({QStringLiteral("sub")});
        QCOMPARE(error.fields().value(QStringLiteral("claims")),
                 QStringLiteral("The claim sub is reserved."));
        QCOMPARE(error.localizedFieldMessage(QStringLiteral("claims")),
                 QStringLiteral("The claim sub is reserved."));
    }

    void argumentsAreFilledInOnePass()
    {
        Error error = Error::conflict(ErrorCode::InvalidInput, QStringLiteral("%1 and %2"));
        error.withArguments({QStringLiteral("a%2"), QStringLiteral("b")});
        QCOMPARE(error.message(), QStringLiteral("a%2 and b"));
    }

    void detailedMessageNamesEveryField()
    {
        Error error = Error::invalid(ErrorCode::InvalidInput, QStringLiteral("Some fields are not valid."));
        error.withField(QStringLiteral("price"), QStringLiteral("Too high."))
            .withField(QStringLiteral("title"), QStringLiteral("Empty."));
        QCOMPARE(error.detailedMessage(),
                 QStringLiteral("Some fields are not valid. price: Too high. title: Empty."));
    }

    void everyKindHasAName_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("invalid") << ErrorKind::Invalid << QStringLiteral("invalid");
        QTest::newRow("not found") << ErrorKind::NotFound << QStringLiteral("not_found");
        QTest::newRow("forbidden") << ErrorKind::Forbidden << QStringLiteral("forbidden");
        QTest::newRow("conflict") << ErrorKind::Conflict << QStringLiteral("conflict");
        QTest::newRow("stale") << ErrorKind::Stale << QStringLiteral("stale");
        QTest::newRow("unauthorized") << ErrorKind::Unauthorized << QStringLiteral("unauthorized");
        QTest::newRow("throttled") << ErrorKind::Throttled << QStringLiteral("throttled");
        QTest::newRow("unavailable") << ErrorKind::Unavailable << QStringLiteral("unavailable");
        QTest::newRow("storage") << ErrorKind::Storage << QStringLiteral("storage");
        QTest::newRow("internal") << ErrorKind::Internal << QStringLiteral("internal");
    }
    void everyKindHasAName()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(QString, name);
        QCOMPARE(Error::kindName(kind), name);
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
