#include "HttpErrorMapping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestHttpErrorMapping : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasOneStatus_data()
    {
        QTest::addColumn<Error>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString text = QStringLiteral("Text.");
        QTest::newRow("invalid") << Error::invalidField(QStringLiteral("title"), QStringLiteral("Empty."))
                                 << 400 << QStringLiteral("invalid_input");
        QTest::newRow("not found") << Error::notFound(ErrorCode::BookNotFound, text) << 404
                                   << QStringLiteral("book_not_found");
        QTest::newRow("forbidden") << Error::forbidden(ErrorCode::AdminRequired, text) << 403
                                   << QStringLiteral("admin_required");
        QTest::newRow("conflict") << Error::conflict(ErrorCode::UsernameTaken, text) << 409
                                  << QStringLiteral("username_taken");
        QTest::newRow("stale") << Error::stale(ErrorCode::VersionMismatch, text) << 412
                               << QStringLiteral("version_mismatch");
        QTest::newRow("unauthorized")
            << Error::unauthorized(ErrorCode::TokenExpired, text) << 401 << QStringLiteral("token_expired");
        QTest::newRow("throttled") << Error::throttled(ErrorCode::TooManyAttempts, text, 30) << 429
                                   << QStringLiteral("too_many_attempts");
        QTest::newRow("unavailable") << Error::unavailable(ErrorCode::TooBusy, text) << 503
                                     << QStringLiteral("too_busy");
        QTest::newRow("storage") << Error::storage(QStringLiteral("disk I/O error in /secret/path")) << 500
                                 << QStringLiteral("storage_error");
        QTest::newRow("internal") << Error::internal(QStringLiteral("impossible state")) << 500
                                  << QStringLiteral("internal_error");
    }
    void everyKindHasOneStatus()
    {
        QFETCH(Error, error);
        QFETCH(int, status);
        QFETCH(QString, code);
        QCOMPARE(HttpErrorMapping::statusFor(error.kind()), status);
        const HttpResponse response = HttpErrorMapping::response(error);
        QCOMPARE(response.status(), status);
        QCOMPARE(response.contentType(), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(response.body()).object();
        QCOMPARE(body.value(QStringLiteral("error")).toString(), code);
        QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!response.body().contains("/secret/path")); // details stay in the log
    }

    void aBodyThatIsNotJsonByItsContentTypeIs415()
    {
        // The one code about HTTP itself: an Invalid error, but its own status.
        const Error error = Error::invalid(ErrorCode::UnsupportedMediaType, QStringLiteral("Send JSON."));
        QCOMPARE(HttpErrorMapping::statusFor(error), 415);
        const HttpResponse response = HttpErrorMapping::response(error);
        QCOMPARE(response.status(), 415);
        QCOMPARE(response.body(), QByteArray(R"({"error":"unsupported_media_type","message":"Send JSON."})"));
        QCOMPARE(
            HttpErrorMapping::statusFor(Error::invalid(ErrorCode::InvalidJson, QStringLiteral("Not JSON."))),
            400);
    }

    void headersAndFieldsGoAlong()
    {
        const HttpResponse invalid = HttpErrorMapping::response(
            Error::invalidField(QStringLiteral("title"), QStringLiteral("Must not be empty.")));
        QCOMPARE(QJsonDocument::fromJson(invalid.body()).object().value(QStringLiteral("fields")).toObject(),
                 (QJsonObject {{QStringLiteral("title"), QStringLiteral("Must not be empty.")}}));
        const HttpResponse throttled = HttpErrorMapping::response(
            Error::throttled(ErrorCode::TooManyAttempts, QStringLiteral("Wait."), 42));
        QCOMPARE(throttled.headers().value("retry-after"), QByteArray("42"));
        const HttpResponse unauthorized = HttpErrorMapping::response(Error::unauthorized(
            ErrorCode::TokenExpired, QStringLiteral("The token has \"expired\".\r\nX: y")));
        QCOMPARE(unauthorized.headers().value("www-authenticate"),
                 QByteArray("Bearer realm=\"bookwarden\", error=\"invalid_token\", "
                            "error_description=\"The token has 'expired'.  X: y\""));
        const HttpResponse signIn = HttpErrorMapping::response(Error::unauthorized(
            ErrorCode::InvalidCredentials, QStringLiteral("Wrong username or password.")));
        QCOMPARE(signIn.headers().value("www-authenticate"),
                 QByteArray("Basic realm=\"bookwarden\", charset=\"UTF-8\""));
        const HttpResponse busy = HttpErrorMapping::response(
            Error::unavailable(ErrorCode::TooBusy, QStringLiteral("Try again.")));
        QCOMPARE(busy.status(), 503);
        QCOMPARE(busy.headers().value("retry-after"), QByteArray("1"));
    }
};

QTEST_GUILESS_MAIN(TestHttpErrorMapping)
#include "tst_httperrormapping.moc"
