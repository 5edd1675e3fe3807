// libFuzzer target for StrictJson, the parser of every request body, token segment and JWK set. Besides
// crashes and sanitizer reports it checks properties that must hold for every input, and aborts when one
// does not:
//   - what StrictJson accepts, QJsonDocument writes out and StrictJson reads back to the same text;
//   - the budget only ever refuses: with the limits raised, an accepted input gives the same object, and
//     an input refused for anything but a limit is refused for the same problem at the same byte;
//   - a failure's offset lies within the input, and a limit problem names its limit;
//   - a parse costs at most a linear budget of thread CPU time: a fixed allowance plus a few microseconds
//     per byte, generous for ASan and libFuzzer's instrumentation, far below what a superlinear parser
//     takes on the amplified inputs below.
//
// Amplifier: superlinear behaviour shows only on large documents, larger than -max_len. An input that starts
// with '!' is not parsed as it is: its second byte picks a shape and the rest, R, is repeated up to about
// 512 KiB with generated names that descend in QJsonObject's order (the order that made inserting O(n²)):
//   0: {"zz9":R,"zz8":R,…}    1: {"Rzz9":0,"Rzz8":0,…}    2: {"a":[R,R,…]}    3: {"a":"RR…"}
// Each such document is parsed with the default limits and with limits raised far past it.
#include "jose/StrictJson.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {
void require(bool condition)
{
    if (!condition)
        std::abort();
}

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

StrictJson::Limits raisedLimits()
{
    return {StrictJson::MaxSupportedDepth, 1 << 24, 1 << 26, 1 << 24, 1 << 24};
}

// StrictJson::parseObject(), aborting when it costs more thread CPU time than the linear budget twice in a
// row (once may be the machine).
std::optional<QJsonObject> parse(QByteArrayView input, const StrictJson::Limits &limits,
                                 StrictJson::Failure *failure)
{
    constexpr double allowanceSeconds = 0.05;
    constexpr double secondsPerByte = 2e-6;
    const double budget = allowanceSeconds + secondsPerByte * double(input.size());
    for (int attempt = 1;; ++attempt) {
        const double start = threadCpuSeconds();
        std::optional<QJsonObject> object = StrictJson::parseObject(input, failure, limits);
        const double spent = threadCpuSeconds() - start;
        if (spent <= budget)
            return object;
        if (attempt == 2) {
            std::fprintf(stderr,
                         "fuzz_json: parsing %lld bytes took %.3f s of CPU, over the budget of %.3f s\n",
                         static_cast<long long>(input.size()), spent, budget);
            std::abort();
        }
    }
}

void checkFailure(QByteArrayView input, const StrictJson::Failure &failure, const StrictJson::Limits &limits)
{
    require(failure.problem != StrictJson::Problem::None);
    require(failure.offset >= 0 && failure.offset <= input.size());
    if (!StrictJson::isLimitProblem(failure.problem))
        return;
    const qsizetype limit = failure.problem == StrictJson::Problem::TooDeep ? limits.maxDepth
        : failure.problem == StrictJson::Problem::TooManyMembers            ? limits.maxMembersPerObject
        : failure.problem == StrictJson::Problem::StringTooLong             ? limits.maxStringBytes
        : failure.problem == StrictJson::Problem::TooManyContainers         ? limits.maxContainers
                                                                            : limits.maxValues;
    require(failure.limit == limit);
    require(!StrictJson::describe(failure).contains(QLatin1Char('%')));
}

void checkRoundTrip(const QJsonObject &object)
{
    const QByteArray written = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const std::optional<QJsonObject> reread = StrictJson::parseObject(written);
    require(reread.has_value());
    require(QJsonDocument(*reread).toJson(QJsonDocument::Compact) == written);
}

void check(QByteArrayView input, bool roundTrip)
{
    const StrictJson::Limits limits;
    StrictJson::Failure failure;
    const std::optional<QJsonObject> object = parse(input, limits, &failure);
    StrictJson::Failure raisedFailure;
    const std::optional<QJsonObject> raised = parse(input, raisedLimits(), &raisedFailure);
    if (object) {
        require(failure.problem == StrictJson::Problem::None);
        require(raised.has_value() && *raised == *object);
        if (roundTrip)
            checkRoundTrip(*object);
        return;
    }
    checkFailure(input, failure, limits);
    if (!StrictJson::isLimitProblem(failure.problem)) {
        require(!raised.has_value());
        require(raisedFailure.problem == failure.problem && raisedFailure.offset == failure.offset);
    }
    if (!raised)
        checkFailure(input, raisedFailure, raisedLimits());
}

// Names of `width` characters from 0-9A-Za-z, ascending with `index` in ASCII (and so in UTF-16) order.
QByteArray generatedName(int index, int width)
{
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray name(width, '0');
    for (int i = width - 1; i >= 0; --i, index /= 62)
        name[i] = digits[index % 62];
    return name;
}

QByteArray amplified(QByteArrayView input)
{
    constexpr qsizetype targetSize = 512 * 1024;
    const int shape = input.size() > 1 ? static_cast<unsigned char>(input[1]) % 4 : 0;
    const QByteArrayView rest = input.size() > 2 ? input.sliced(2) : QByteArrayView();
    const int count = int(qBound(qsizetype(1), targetSize / (rest.size() + 8), qsizetype(200'000)));
    const int width = count <= 62 ? 1 : count <= 62 * 62 ? 2 : 3;
    QByteArray json;
    json.reserve(targetSize + 4 * rest.size() + 64);
    switch (shape) {
    case 0:
    case 1:
        json += '{';
        for (int i = count - 1; i >= 0; --i) {
            json += '"';
            if (shape == 1)
                json += rest;
            json += generatedName(i, width);
            json += "\":";
            if (shape == 0)
                json += rest;
            else
                json += '0';
            if (i > 0)
                json += ',';
        }
        json += '}';
        break;
    case 2:
        json += "{\"a\":[";
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                json += ',';
            json += rest;
        }
        json += "]}";
        break;
    default:
        json += "{\"a\":\"";
        for (int i = 0; i < count; ++i)
            json += rest;
        json += "\"}";
        break;
    }
    return json;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.startsWith('!'))
        check(amplified(input), false);
    else
        check(input, true);
    return 0;
}
