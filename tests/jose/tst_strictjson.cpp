#include "JsonShapes.h"
#include "jose/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace JsonShapes;

// No raw string literals in this file: moc 6.4 misreads some of them and then finds no class here.

class TestStrictJson : public QObject
{
    Q_OBJECT

private slots:
    void acceptsWhatQJsonDocumentReadsTheSame_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("whitespace") << QByteArray(" \t\r\n{ \"a\" : 1 , \"b\":[ ] }\r\n");
        QTest::newRow("rfc 7515 payload") << QByteArray(
            "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}");
        QTest::newRow("all types") << QByteArray(
            "{\"s\":\"x\",\"i\":-42,\"d\":1.5,\"e\":1e3,\"E\":2.5E-3,\"t\":true,\"f\":false,\"n\":null,\"a\":"
            "[1,\"2\",[3]],\"o\":{\"p\":{}}}");
        QTest::newRow("escapes") << QByteArray("{\"q\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\","
                                               "\"u\":\"\\u00e9\\u20ac\\ud83d\\ude00\"}");
        QTest::newRow("utf-8") << QByteArray("{\"name\":\"J\xc3\xbcrgen \xe2\x82\xac \xf0\x9f\x98\x80\"}");
        QTest::newRow("big integer") << QByteArray("{\"n\":9223372036854775807,\"m\":-9223372036854775808}");
        QTest::newRow("integer beyond 64 bits") << QByteArray("{\"n\":123456789012345678901234567890}");
        QTest::newRow("same name in different objects")
            << QByteArray("{\"a\":{\"x\":1},\"b\":{\"x\":2},\"x\":3}");
        QTest::newRow("depth 64")
            << QByteArray(63, '[').prepend("{\"a\":").append(QByteArray(63, ']')).append('}');
    }
    void acceptsWhatQJsonDocumentReadsTheSame()
    {
        QFETCH(QByteArray, json);
        StrictJson::Failure failure;
        const std::optional<QJsonObject> object = StrictJson::parseObject(json, &failure);
        QVERIFY2(object.has_value(), StrictJson::problemText(failure.problem));
        QCOMPARE(failure.problem, StrictJson::Problem::None);
        QJsonParseError error;
        const QJsonDocument reference = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(QJsonDocument(*object).toJson(), reference.toJson());
    }

    void keepsIntegersAsIntegers()
    {
        const auto object
            = StrictJson::parseObject("{\"exp\":1767225600,\"big\":9007199254740993,\"f\":0.5}");
        QVERIFY(object.has_value());
        QCOMPARE(object->value(QLatin1String("exp")).toInteger(), 1767225600);
        QCOMPARE(object->value(QLatin1String("big")).toInteger(), Q_INT64_C(9007199254740993));
        QCOMPARE(object->value(QLatin1String("f")).toDouble(), 0.5);
    }

    void refusesWithProblemAndOffset_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<StrictJson::Problem>("problem");
        QTest::addColumn<qsizetype>("offset");
        using P = StrictJson::Problem;
        QTest::newRow("empty") << QByteArray() << P::NotAnObject << qsizetype(0);
        QTest::newRow("whitespace only") << QByteArray("  ") << P::NotAnObject << qsizetype(2);
        QTest::newRow("array") << QByteArray("[1]") << P::NotAnObject << qsizetype(0);
        QTest::newRow("string") << QByteArray("\"x\"") << P::NotAnObject << qsizetype(0);
        QTest::newRow("number") << QByteArray("42") << P::NotAnObject << qsizetype(0);
        QTest::newRow("null") << QByteArray("null") << P::NotAnObject << qsizetype(0);
        QTest::newRow("duplicate") << QByteArray("{\"sub\":\"alice\",\"sub\":\"admin\"}")
                                   << P::DuplicateMember << qsizetype(15);
        QTest::newRow("duplicate by escape") << QByteArray("{\"alg\":\"HS256\",\"\\u0061lg\":\"none\"}")
                                             << P::DuplicateMember << qsizetype(15);
        QTest::newRow("duplicate nested")
            << QByteArray("{\"a\":{\"b\":{\"c\":1,\"c\":2}}}") << P::DuplicateMember << qsizetype(17);
        QTest::newRow("duplicate in array element")
            << QByteArray("{\"a\":[{\"k\":1,\"k\":1}]}") << P::DuplicateMember << qsizetype(13);
        QTest::newRow("too deep")
            << QByteArray(64, '[').prepend("{\"a\":").append(QByteArray(64, ']')).append('}') << P::TooDeep
            << qsizetype(68);
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xff\"}") << P::InvalidUtf8 << qsizetype(6);
        QTest::newRow("overlong utf-8")
            << QByteArray("{\"a\":\"\xc0\xaf\"}") << P::InvalidUtf8 << qsizetype(6);
        QTest::newRow("utf-8 surrogate")
            << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << P::InvalidUtf8 << qsizetype(6);
        QTest::newRow("truncated utf-8")
            << QByteArray("{\"a\":\"\xe2\x82\"}") << P::InvalidUtf8 << qsizetype(6);
        QTest::newRow("above U+10FFFF")
            << QByteArray("{\"a\":\"\xf4\x90\x80\x80\"}") << P::InvalidUtf8 << qsizetype(6);
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf{}") << P::ByteOrderMark << qsizetype(0);
        QTest::newRow("trailing text") << QByteArray("{} x") << P::TrailingCharacters << qsizetype(3);
        QTest::newRow("two objects") << QByteArray("{}{}") << P::TrailingCharacters << qsizetype(2);
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << P::UnexpectedCharacter << qsizetype(7);
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << P::UnexpectedCharacter << qsizetype(1);
        QTest::newRow("bare key") << QByteArray("{a:1}") << P::UnexpectedCharacter << qsizetype(1);
        QTest::newRow("comment") << QByteArray("{/*x*/}") << P::UnexpectedCharacter << qsizetype(1);
        QTest::newRow("unterminated") << QByteArray("{\"a\":\"b") << P::UnexpectedEnd << qsizetype(7);
        QTest::newRow("missing brace") << QByteArray("{\"a\":1") << P::UnexpectedEnd << qsizetype(6);
        QTest::newRow("control character")
            << QByteArray("{\"a\":\"x\ty\"}") << P::ControlCharacterInString << qsizetype(7);
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\x\"}") << P::InvalidEscape << qsizetype(6);
        QTest::newRow("short unicode escape")
            << QByteArray("{\"a\":\"\\u12\"}") << P::InvalidEscape << qsizetype(6);
        QTest::newRow("lone high surrogate")
            << QByteArray("{\"a\":\"\\ud83d\"}") << P::UnpairedSurrogate << qsizetype(6);
        QTest::newRow("lone low surrogate")
            << QByteArray("{\"a\":\"\\ude00\"}") << P::UnpairedSurrogate << qsizetype(6);
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}") << P::InvalidNumber << qsizetype(6);
        QTest::newRow("plus sign") << QByteArray("{\"a\":+1}") << P::UnexpectedCharacter << qsizetype(5);
        QTest::newRow("bare fraction") << QByteArray("{\"a\":1.}") << P::InvalidNumber << qsizetype(7);
        QTest::newRow("bare exponent") << QByteArray("{\"a\":1e}") << P::InvalidNumber << qsizetype(7);
        QTest::newRow("NaN") << QByteArray("{\"a\":NaN}") << P::UnexpectedCharacter << qsizetype(5);
        QTest::newRow("Infinity") << QByteArray("{\"a\":Infinity}") << P::UnexpectedCharacter << qsizetype(5);
        QTest::newRow("overflow") << QByteArray("{\"a\":1e400}") << P::NumberOutOfRange << qsizetype(5);
        QTest::newRow("misspelt literal")
            << QByteArray("{\"a\":tru}") << P::UnexpectedCharacter << qsizetype(8);
    }
    void refusesWithProblemAndOffset()
    {
        QFETCH(QByteArray, json);
        QFETCH(StrictJson::Problem, problem);
        QFETCH(qsizetype, offset);
        StrictJson::Failure failure;
        QVERIFY(!StrictJson::parseObject(json, &failure).has_value());
        QVERIFY2(failure.problem == problem, StrictJson::problemText(failure.problem));
        QCOMPARE(failure.offset, offset);
    }

    void namesTheDuplicateMember()
    {
        StrictJson::Failure failure;
        QVERIFY(!StrictJson::parseObject("{\"role\":\"user\",\"r\\u006fle\":\"admin\"}", &failure));
        QCOMPARE(failure.problem, StrictJson::Problem::DuplicateMember);
        QCOMPARE(failure.memberName, QStringLiteral("role"));
    }

    void depthLimitIsConfigurable()
    {
        const QByteArray three = "{\"a\":{\"b\":{}}}";
        QVERIFY(StrictJson::parseObject(three, nullptr, {.maxDepth = 3}).has_value());
        StrictJson::Failure failure;
        QVERIFY(!StrictJson::parseObject(three, &failure, {.maxDepth = 2}).has_value());
        QCOMPARE(failure.problem, StrictJson::Problem::TooDeep);
    }

    // A million nested brackets must be refused by the depth limit, not by a stack overflow.
    void deepNestingDoesNotExhaustTheStack()
    {
        const QByteArray hostile = QByteArray("{\"a\":") + QByteArray(1'000'000, '[');
        StrictJson::Failure failure;
        QVERIFY(!StrictJson::parseObject(hostile, &failure, {.maxDepth = 1'000'000}).has_value());
        QCOMPARE(failure.problem, StrictJson::Problem::TooDeep);
    }

    void acceptsUpToEveryLimit_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("1000 members") << objectOf(numberedNames(1000));
        QTest::newRow("1000 members in a nested object")
            << "{\"a\":[" + objectOf(descending(numberedNames(1000))) + "]}";
        QTest::newRow("a value of 65536 bytes") << "{\"a\":" + quoted(QByteArray(65536, 'x')) + '}';
        QTest::newRow("a value of 65536 bytes, escaped")
            << "{\"a\":" + quoted(QByteArray("\\u00e9").repeated(10922) + "abcd") + '}';
        QTest::newRow("a name of 65536 bytes") << '{' + quoted(QByteArray(65536, 'n')) + ":1}";
        QTest::newRow("a name of 65536 bytes, escaped")
            << '{' + quoted(QByteArray("\\u00e9").repeated(10922) + "abcd") + ":1}";
        QTest::newRow("64 deep") << QByteArray(63, '[').prepend("{\"a\":").append(QByteArray(63, ']')) + '}';
        QTest::newRow("100000 values") << "{\"a\":[" + QByteArray("0,").repeated(99'997) + "0]}";
        QTest::newRow("10000 objects and arrays")
            << "{\"a\":[" + QByteArray("[],{},").repeated(4999).chopped(1) + "]}";
    }
    void acceptsUpToEveryLimit()
    {
        QFETCH(QByteArray, json);
        StrictJson::Failure failure;
        const std::optional<QJsonObject> object = StrictJson::parseObject(json, &failure);
        QVERIFY2(object.has_value(), qPrintable(StrictJson::describe(failure)));
        QCOMPARE(QJsonDocument(*object).toJson(), QJsonDocument::fromJson(json).toJson());
    }

    void refusesPastEveryLimit_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<StrictJson::Problem>("problem");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("text");
        using P = StrictJson::Problem;
        const QByteArray members = objectOf(numberedNames(1001));
        const QString tooManyMembers = QStringLiteral("an object has more than 1000 members");
        QTest::newRow("1001 members")
            << members << P::TooManyMembers << members.indexOf("\"m1000\"") << tooManyMembers;
        QTest::newRow("1001 members in a nested object")
            << "{\"a\":[" + members + "]}" << P::TooManyMembers << members.indexOf("\"m1000\"") + 6
            << tooManyMembers;
        // Refused at the 1001st name: what follows is not even read.
        QByteArray broken = members;
        broken.chop(1);
        broken += ",\"m1001\":tru}";
        QTest::newRow("1001 members, then an error")
            << broken << P::TooManyMembers << members.indexOf("\"m1000\"") << tooManyMembers;
        const QByteArray many = objectOf(descending(numberedNames(100'000, "k", 5)));
        QTest::newRow("100000 members")
            << many << P::TooManyMembers << many.indexOf("\"k98999\"") << tooManyMembers;

        const QString tooLong = QStringLiteral("a string is longer than 65536 bytes");
        QTest::newRow("a value of 65537 bytes") << "{\"a\":" + quoted(QByteArray(65537, 'x')) + '}'
                                                << P::StringTooLong << qsizetype(5) << tooLong;
        QTest::newRow("a value of 65537 bytes, escaped")
            << "{\"a\":" + quoted(QByteArray("\\u00e9").repeated(10922) + "abcde") + '}' << P::StringTooLong
            << qsizetype(5) << tooLong;
        QTest::newRow("a value of 65537 bytes ending in an escape")
            << "{\"a\":" + quoted("x" + QByteArray("\\u00e9").repeated(10922) + "\\u00e9") + '}'
            << P::StringTooLong << qsizetype(5) << tooLong;
        QTest::newRow("a name of 65537 bytes")
            << '{' + quoted(QByteArray(65537, 'n')) + ":1}" << P::StringTooLong << qsizetype(1) << tooLong;
        QTest::newRow("a name of 65537 bytes, escaped")
            << '{' + quoted(QByteArray("\\u00e9").repeated(10922) + "abcde") + ":1}" << P::StringTooLong
            << qsizetype(1) << tooLong;
        QTest::newRow("an unterminated string past the limit")
            << "{\"a\":\"" + QByteArray(1'000'000, 'x') << P::StringTooLong << qsizetype(5) << tooLong;
        QTest::newRow("an unterminated string within the limit")
            << "{\"a\":\"" + QByteArray(65536, 'x') << P::UnexpectedEnd << qsizetype(65542)
            << QStringLiteral("the JSON text ends too early");

        QTest::newRow("65 deep") << QByteArray(64, '[').prepend("{\"a\":").append(QByteArray(64, ']')) + '}'
                                 << P::TooDeep << qsizetype(68)
                                 << QStringLiteral("objects and arrays are nested more than 64 deep");
        const QByteArray containers = "{\"a\":[" + QByteArray("[],{},").repeated(4999) + "[]]}";
        QTest::newRow("10001 objects and arrays")
            << containers << P::TooManyContainers << containers.lastIndexOf('[')
            << QStringLiteral("the JSON text has more than 10000 objects and arrays");
        const QByteArray values = "{\"a\":[" + QByteArray("0,").repeated(99'998) + "0]}";
        QTest::newRow("100001 values") << values << P::TooManyValues << values.lastIndexOf('0')
                                       << QStringLiteral("the JSON text has more than 100000 values");
        const QByteArray member = "{\"a\":[" + QByteArray("0,").repeated(99'997) + "0],\"b\":1}";
        QTest::newRow("100001 values, the last a member's")
            << member << P::TooManyValues << member.lastIndexOf('1')
            << QStringLiteral("the JSON text has more than 100000 values");
    }
    void refusesPastEveryLimit()
    {
        QFETCH(QByteArray, json);
        QFETCH(StrictJson::Problem, problem);
        QFETCH(qsizetype, offset);
        QFETCH(QString, text);
        StrictJson::Failure failure;
        QVERIFY(!StrictJson::parseObject(json, &failure).has_value());
        QVERIFY2(failure.problem == problem, qPrintable(StrictJson::describe(failure)));
        QCOMPARE(failure.offset, offset);
        QCOMPARE(StrictJson::describe(failure), text);
    }

    void limitsAreConfigurable()
    {
        StrictJson::Limits limits;
        limits.maxMembersPerObject = 2;
        limits.maxStringBytes = 3;
        limits.maxContainers = 2;
        QVERIFY(StrictJson::parseObject("{\"abc\":[\"xyz\"],\"b\":1}", nullptr, limits));
        StrictJson::Failure failure;
        QVERIFY(!StrictJson::parseObject("{\"a\":1,\"b\":2,\"c\":3}", &failure, limits));
        QCOMPARE(failure.problem, StrictJson::Problem::TooManyMembers);
        QCOMPARE(failure.limit, qsizetype(2));
        QCOMPARE(StrictJson::describe(failure), QStringLiteral("an object has more than 2 members"));
        QVERIFY(!StrictJson::parseObject("{\"a\":\"wxyz\"}", &failure, limits));
        QCOMPARE(failure.problem, StrictJson::Problem::StringTooLong);
        QCOMPARE(failure.offset, qsizetype(5));
        QVERIFY(!StrictJson::parseObject("{\"a\":[],\"b\":{}}", &failure, limits));
        QCOMPARE(failure.problem, StrictJson::Problem::TooManyContainers);
        QCOMPARE(failure.offset, qsizetype(12));
        limits.maxValues = 3;
        QVERIFY(StrictJson::parseObject("{\"a\":[true]}", nullptr, limits));
        QVERIFY(!StrictJson::parseObject("{\"a\":[true,null]}", &failure, limits));
        QCOMPARE(failure.problem, StrictJson::Problem::TooManyValues);
        QCOMPARE(failure.offset, qsizetype(11));
    }

    void validatesUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("abc") << true;
        QTest::newRow("two bytes") << QByteArray("\xc3\xa9") << true;
        QTest::newRow("three bytes") << QByteArray("\xe2\x82\xac") << true;
        QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x98\x80") << true;
        QTest::newRow("max code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("overlong two") << QByteArray("\xc1\xbf") << false;
        QTest::newRow("overlong three") << QByteArray("\xe0\x9f\xbf") << false;
        QTest::newRow("overlong four") << QByteArray("\xf0\x8f\xbf\xbf") << false;
        QTest::newRow("f5") << QByteArray("\xf5\x80\x80\x80") << false;
        QTest::newRow("truncated at end") << QByteArray("ab\xf0\x9f\x98") << false;
    }
    void validatesUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(StrictJson::isValidUtf8(bytes), valid);
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
