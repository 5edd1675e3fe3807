// libFuzzer target for the HTTP engine's request side: HttpRequestParser fed the input in pieces, and every
// request it completes dispatched through an HttpRouter with routes like the API's (literals, {placeholders},
// several methods, an authentication-like hook). Besides crashes and sanitizer reports it checks properties
// that must hold for every input, and aborts when one does not:
//   - the parser never loops: next() returns NeedMoreData within a number of steps bounded by the bytes it
//     holds, and a failed parser stays failed and holds nothing;
//   - retainedBytes() stays within 2 * (maxHeadBytes + maxBodyBytes) + 2 * the piece just appended;
//   - the requests and the failure are the same whether the input comes whole or in pieces;
//   - a request that reaches a handler has a canonical path (no empty, "." or ".." segment, no '/' or NUL in
//     a segment), a route, non-empty placeholders and a body within the limit;
//   - the CPU time of one input stays within a budget linear in its size, so superlinear shapes (which
//     -timeout=10 would let through) are caught; a parser that rescans its buffer on every byte fails it.
//
// Input: the first byte's low three bits say how many piece sizes follow (0: the input is fed byte by
// byte); each of those bytes is a piece size of 1 to 256, used in turn. The rest is the byte stream.
// fuzz/make_http_corpus.py writes the seeds (the conformance corpus) in this form.
#include "http/CorsPolicy.h"
#include "http/HttpRequestParser.h"
#include "http/HttpRouter.h"

#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>
#include <ctime>

namespace {

// Small limits, so that inputs of a few KiB reach every budget.
HttpLimits fuzzLimits()
{
    HttpLimits limits;
    limits.maxHeadBytes = 2048;
    limits.maxBodyBytes = 4096;
    limits.maxHeaderFields = 24;
    return limits;
}
const HttpLimits limits = fuzzLimits();

// What comes out of the parser, compared between the whole and the split reading.
struct Parsed
{
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<std::pair<QByteArray, QByteArray>> fields;
        QByteArray body;
        bool keepAlive = true;
    };
    QList<Request> requests;
    int failureStatus = 0;
    QString failureCode;
};

bool operator==(const Parsed::Request &a, const Parsed::Request &b)
{
    return a.method == b.method && a.target == b.target && a.fields == b.fields && a.body == b.body
        && a.keepAlive == b.keepAlive;
}

void require(bool condition)
{
    if (!condition)
        std::abort();
}

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// A handler's view of what reached it: only canonical paths that matched a route.
void checkRouted(const HttpRequest &request)
{
    require(request.pathForm() == HttpRequestTarget::Form::Canonical);
    require(request.pathProblem().isEmpty());
    for (const QString &segment : request.pathSegments()) {
        require(!segment.isEmpty() && segment != QLatin1String(".") && segment != QLatin1String(".."));
        require(!segment.contains(QLatin1Char('/')) && !segment.contains(QChar(0)));
    }
    require(!request.routePattern().isEmpty());
    for (const QString &value : request.pathParameters())
        require(!value.isEmpty());
    require(request.body().size() <= limits.maxBodyBytes);
    if (const std::optional<qint64> id = request.idParameter(QStringLiteral("id")))
        require(QString::number(*id) == request.pathParameter(QStringLiteral("id")));
}

const HttpRouter &router()
{
    static const HttpRouter router = [] {
        HttpRouter r;
        // Handlers refuse as the API's access checks do, before answering.
        const auto answer = [](HttpRequest &request) {
            checkRouted(request);
            if (request.header("authorization") == "Bearer deny")
                return HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("denied"));
            return HttpResponse::text(request.routePattern());
        };
        r.route("GET", QStringLiteral("/healthz"), answer);
        r.route("GET", QStringLiteral("/api/v1/books"), answer);
        r.route("POST", QStringLiteral("/api/v1/books"), answer);
        r.route("GET", QStringLiteral("/api/v1/books/{id}"), answer);
        r.route("PUT", QStringLiteral("/api/v1/books/{id}"), answer);
        r.route("DELETE", QStringLiteral("/api/v1/books/{id}"), answer);
        r.route("GET", QStringLiteral("/api/v1/books/search"), answer);
        r.route("GET", QStringLiteral("/api/v1/users/{user}/books/{id}"), answer);
        r.route("POST", QStringLiteral("/api/v1/auth/login"),
                [](HttpRequest &request, HttpResponder responder) {
                    checkRouted(request);
                    responder.send(HttpResponse::noContent());
                });
        require(r.status().ok());
        return r;
    }();
    return router;
}

const CorsPolicy &cors()
{
    static const CorsPolicy policy({QStringLiteral("https://app.example")});
    return policy;
}

// Feeds `stream` in pieces of the given sizes (used in turn; {} means all at once) and, when `dispatch`,
// routes every request. Checks the parser's bounds after every step.
Parsed parse(QByteArrayView stream, const QList<qsizetype> &pieceSizes, bool dispatch)
{
    HttpRequestParser parser(limits);
    Parsed parsed;
    quint64 sequence = 0;
    qsizetype offset = 0;
    for (qsizetype piece = 0; offset < stream.size(); ++piece) {
        const qsizetype size = pieceSizes.isEmpty()
            ? stream.size()
            : qMin(pieceSizes[piece % pieceSizes.size()], stream.size() - offset);
        parser.append(stream.sliced(offset, size));
        offset += size;
        const qsizetype retainedBound = 2 * (limits.maxHeadBytes + limits.maxBodyBytes) + 2 * size;
        const qsizetype stepBound = parser.bufferedBytes() + 2;
        for (qsizetype steps = 0;; ++steps) {
            require(steps <= stepBound);
            const HttpRequestParser::Event event = parser.next();
            require(parser.retainedBytes() <= retainedBound);
            if (event == HttpRequestParser::Event::NeedMoreData)
                break;
            if (event == HttpRequestParser::Event::ContinueExpected)
                continue;
            if (event == HttpRequestParser::Event::Failed) {
                const HttpRequestParser::Failure failure = parser.failure();
                require(failure.status >= 400 && failure.status < 600 && !failure.code.isEmpty());
                // A failed parser stays failed and takes nothing more in.
                parser.append(stream.sliced(offset));
                require(parser.next() == HttpRequestParser::Event::Failed);
                require(parser.bufferedBytes() == 0);
                parsed.failureStatus = failure.status;
                parsed.failureCode = failure.code;
                return parsed;
            }
            HttpRequest request = parser.takeRequest();
            require(request.body().size() <= limits.maxBodyBytes);
            Parsed::Request read {
                request.method(), request.rawTarget(), {}, request.body(), request.keepAlive()};
            for (const HttpHeaders::Field &field : request.headers().fields())
                read.fields.append({field.name, field.value});
            parsed.requests.append(read);
            if (dispatch) {
                // No connection behind the responder: what the router answers is dropped.
                router().dispatch(request, HttpResponder(nullptr, ++sequence), cors());
            }
        }
    }
    return parsed;
}

// Reads `stream` whole (dispatching its requests) and in pieces, and checks that both readings agree.
void checkStream(QByteArrayView stream, const QList<qsizetype> &pieceSizes)
{
    const Parsed whole = parse(stream, {}, true);
    const Parsed split = parse(stream, pieceSizes, false);
    require(split.requests == whole.requests);
    require(split.failureStatus == whole.failureStatus && split.failureCode == whole.failureCode);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("bookwarden.*=false"));
    (void)router();
    (void)cors();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype sizeCount = qMin<qsizetype>(input[0] & 7, input.size() - 1);
    QList<qsizetype> pieceSizes;
    for (qsizetype i = 1; i <= sizeCount; ++i)
        pieceSizes.append(qsizetype(static_cast<unsigned char>(input[i])) + 1);
    if (pieceSizes.isEmpty())
        pieceSizes.append(1);
    const QByteArrayView stream = input.sliced(1 + sizeCount);

    // About ten times what a linear reading costs under ASan and UBSan (2 µs a byte at most, measured on
    // 16 KiB of pipelined requests fed byte by byte), plus room for one-off costs. An input over budget is
    // read once more before it counts: ASan recycling its quarantine can land in any one run, not in two.
    const qint64 budgetNs = 50'000'000 + qint64(size) * 20'000;
    for (int attempt = 0;; ++attempt) {
        const qint64 started = threadCpuNs();
        checkStream(stream, pieceSizes);
        if (threadCpuNs() - started <= budgetNs)
            break;
        require(attempt == 0);
    }
    return 0;
}
