#include "jose/TokenFailure.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestTokenFailure : public QObject
{
    Q_OBJECT

private slots:
    void codesAreStableAndUnique()
    {
        const QStringList expected = {
            QStringLiteral("token_malformed"),
            QStringLiteral("token_too_large"),
            QStringLiteral("token_bad_signature"),
            QStringLiteral("token_unknown_kid"),
            QStringLiteral("token_algorithm_not_allowed"),
            QStringLiteral("token_alg_none"),
            QStringLiteral("token_unsupported_crit"),
            QStringLiteral("token_expired"),
            QStringLiteral("token_not_yet_valid"),
            QStringLiteral("token_issued_in_future"),
            QStringLiteral("token_wrong_issuer"),
            QStringLiteral("token_wrong_audience"),
            QStringLiteral("token_missing_claim"),
            QStringLiteral("token_invalid_claim"),
            QStringLiteral("token_wrong_type"),
            QStringLiteral("token_revoked"),
        };
        QStringList codes;
        for (const TokenFailure failure : TokenFailures::all()) {
            const ErrorCode code = TokenFailures::code(failure);
            codes.append(errorCodeName(code));
            QCOMPARE(TokenFailures::fromCode(code), failure);
        }
        QCOMPARE(codes, expected);
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
        QVERIFY(!TokenFailures::fromCode(ErrorCode::InvalidCredentials).has_value());
    }

    void errorsAreUnauthorizedAndFitAnHttpHeader()
    {
        const QRegularExpression headerSafe(QStringLiteral("^[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]+$"));
        for (const TokenFailure failure : TokenFailures::all()) {
            const Error error = TokenFailures::error(failure);
            QCOMPARE(error.kind(), ErrorKind::Unauthorized);
            QCOMPARE(error.code(), TokenFailures::code(failure));
            QCOMPARE(error.message(), QString::fromLatin1(TokenFailures::summary(failure)));
            QVERIFY2(headerSafe.match(error.message()).hasMatch(), qPrintable(error.message()));
            QCOMPARE(TokenFailures::of(error), failure);
        }
        QVERIFY(!TokenFailures::of(Error::invalid(ErrorCode::TokenExpired, QStringLiteral("x"))).has_value());
    }

    void specificMessagesKeepTheCode()
    {
        const Error error = TokenFailures::error(
            TokenFailure::Malformed, QT_TRANSLATE_NOOP("Error", "Segment %1."), {QStringLiteral("2")});
        QCOMPARE(error.codeName(), QStringLiteral("token_malformed"));
        QCOMPARE(error.message(), QStringLiteral("Segment 2."));
    }
};

QTEST_GUILESS_MAIN(TestTokenFailure)
#include "tst_tokenfailure.moc"
