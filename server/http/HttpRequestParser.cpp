#include "HttpRequestParser.h"

#include "HttpRequestTarget.h"
#include "HttpSyntax.h"
#include "common/TextChecks.h"

using HttpSyntax::isFieldValue;
using HttpSyntax::isToken;
using HttpSyntax::isTokenChar;
using HttpSyntax::trimmedOws;

namespace {
constexpr qsizetype maxMethodLength = 32;
// One chunk-size line: the size, its extensions and CRLF. The extensions of all chunks together are
// bounded by maxChunkExtensionBytes as well.
constexpr qsizetype maxChunkSizeLine = 1024;
// Consumed input is dropped once it is this large and at least half the buffer, so that removing it
// costs no more than the reading did.
constexpr qsizetype compactThreshold = 4096;
// An emptied input buffer larger than this is freed rather than kept for the next request: an idle
// connection does not hold on to the allocation of a large body it once received.
constexpr qsizetype keptBufferCapacity = 64 * 1024;

// "chunked", case-insensitively (RFC 9112 §7: transfer-coding names are case-insensitive).
bool isChunked(QByteArrayView coding)
{
    return coding.compare("chunked", Qt::CaseInsensitive) == 0;
}

// Where the bytes of a request line that have arrived (without its LF) show that it cannot be one: the index
// of the first byte that no request line has there, or -1. A request line starts with a method, a token of
// at most maxMethodLength bytes, and a space; an empty line's CR may come instead.
qsizetype notARequestLineAt(QByteArrayView pending)
{
    qsizetype i = 0;
    while (i < pending.size() && i <= maxMethodLength && isTokenChar(pending[i]))
        ++i;
    if (i > maxMethodLength)
        return maxMethodLength; // one token byte too many
    if (i == pending.size())
        return -1; // the method is still coming
    if (i == 0 && pending[0] == '\r')
        return pending.size() == 1 ? -1 : 1; // an empty line's CR, then nothing but its LF
    if (i == 0 || pending[i] != ' ')
        return i;
    return -1;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{ }

void HttpRequestParser::append(QByteArrayView data)
{
    if (m_state == State::Failed || data.isEmpty())
        return; // the connection is being closed; don't let a client grow the buffer meanwhile
    if (m_state == State::Body || m_state == State::ChunkSize || m_state == State::ChunkData
        || m_state == State::ChunkDataEnd)
        m_expectContinue = false; // the body is coming without the interim answer
    compact();
    m_buffer.append(data);
}

bool HttpRequestParser::hasPartialRequest() const
{
    return m_state != State::RequestLine || m_headBytes > 0 || m_pos < m_buffer.size();
}

qsizetype HttpRequestParser::retainedBytes() const
{
    // The stored head (method, target, header names and values) is at most the head's bytes as sent.
    return m_buffer.capacity() + m_body.capacity() + m_headBytes;
}

HttpRequestParser::Event HttpRequestParser::next()
{
    for (;;) {
        switch (m_state) {
        case State::RequestLine:
        case State::Headers:
        case State::Trailers: {
            const Event event = parseLines();
            if (event == Event::NeedMoreData && (m_state == State::Body || m_state == State::ChunkSize))
                break; // the head is complete; go on with the body
            return event;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype available = qMin<qint64>(m_buffer.size() - m_pos, m_bodyRemaining);
            if (available == 0)
                return Event::NeedMoreData;
            if (m_body.isEmpty() && available == m_bodyRemaining)
                m_body = m_buffer.mid(m_pos, available); // all of it at once: one copy, exactly sized
            else
                m_body.append(m_buffer.constData() + m_pos, available);
            consume(available);
            m_bodyRemaining -= available;
            if (m_bodyRemaining > 0)
                return Event::NeedMoreData;
            if (m_state == State::Body)
                return complete();
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize: {
            const Event event = parseChunkSize();
            if (m_state == State::ChunkSize || event == Event::Failed)
                return event;
            break;
        }
        case State::ChunkDataEnd: {
            if (m_buffer.size() - m_pos < 2) {
                if (m_pos < m_buffer.size() && m_buffer[m_pos] != '\r')
                    return fail(400, QStringLiteral("bad_request"),
                                QStringLiteral("A chunk does not end with CRLF."));
                return Event::NeedMoreData;
            }
            if (m_buffer[m_pos] != '\r' || m_buffer[m_pos + 1] != '\n')
                return fail(400, QStringLiteral("bad_request"),
                            QStringLiteral("A chunk does not end with CRLF."));
            consume(2);
            m_state = State::ChunkSize;
            break;
        }
        case State::Ready:
            return Event::RequestReady;
        case State::Failed:
            return Event::Failed;
        }
    }
}

// Consumes complete lines of the request head (or of the trailer section) until the head is complete,
// more data is needed, or a line is refused.
HttpRequestParser::Event HttpRequestParser::parseLines()
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_scanFrom);
        if (newline < 0) {
            m_scanFrom = m_buffer.size();
            return incompleteLine();
        }
        if (!lineWithinBounds(QByteArrayView(m_buffer.constData() + m_pos, newline - m_pos), true))
            return Event::Failed;
        const qsizetype lineBytes = newline + 1 - m_pos;
        if (m_state == State::Trailers)
            m_trailerBytes += lineBytes;
        else
            m_headBytes += lineBytes;
        QByteArrayView line(m_buffer.constData() + m_pos, newline - m_pos);
        m_pos = newline + 1;
        m_scanFrom = m_pos;
        if (line.isEmpty() || line.back() != '\r')
            return fail(400, QStringLiteral("bad_request"), QStringLiteral("Lines must end with CRLF."));
        line.chop(1);

        switch (m_state) {
        case State::RequestLine:
            if (line.isEmpty())
                continue; // RFC 9112 §2.2: ignore empty lines before a request line
            if (!parseRequestLine(line))
                return Event::Failed;
            m_state = State::Headers;
            continue;
        case State::Headers:
            if (line.isEmpty())
                return finishHead();
            if (!parseHeaderLine(line, true))
                return Event::Failed;
            continue;
        case State::Trailers:
            if (line.isEmpty())
                return complete();
            if (!parseHeaderLine(line, false)) // trailer fields are checked, then dropped
                return Event::Failed;
            continue;
        default:
            Q_UNREACHABLE();
        }
    }
}

HttpRequestParser::Event HttpRequestParser::incompleteLine()
{
    const QByteArrayView pending(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
    return lineWithinBounds(pending, false) ? Event::NeedMoreData : Event::Failed;
}

// The bytes of a head or trailer line that have arrived (`pending`, without its LF; `complete` when the LF
// has come too), judged in the order they arrived: the first byte that breaks the budget of the head (or
// of the trailer section) or, on a request line, shows that it cannot be one decides the answer, however
// the stream was cut. Refusing what cannot become a request line as soon as it shows gives a TLS handshake
// or other binary noise on the plain port its 400 at once instead of after the request timeout.
bool HttpRequestParser::lineWithinBounds(QByteArrayView pending, bool complete)
{
    const bool trailer = m_state == State::Trailers;
    const qsizetype budgetLeft = m_limits.maxHeadBytes - (trailer ? m_trailerBytes : m_headBytes);
    const qsizetype refusedAt = m_state == State::RequestLine ? notARequestLineAt(pending) : -1;
    if (refusedAt >= 0 && refusedAt < budgetLeft) {
        fail(400, QStringLiteral("bad_request"), QStringLiteral("This is not an HTTP request."));
        return false;
    }
    if (pending.size() + (complete ? 1 : 0) <= budgetLeft)
        return true;
    if (trailer)
        fail(431, QStringLiteral("header_fields_too_large"),
             QStringLiteral("The trailer section is too large."));
    else if (m_state == State::RequestLine)
        fail(414, QStringLiteral("uri_too_long"), QStringLiteral("The request line is too long."));
    else
        fail(431, QStringLiteral("header_fields_too_large"),
             QStringLiteral("The request header block exceeds %1 bytes.").arg(m_limits.maxHeadBytes));
    return false;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const auto malformed = [this] {
        fail(400, QStringLiteral("bad_request"), QStringLiteral("The request line is malformed."));
        return false;
    };
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace <= 0 || firstSpace > maxMethodLength)
        return malformed();
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView rest = line.sliced(firstSpace + 1);
    const qsizetype secondSpace = rest.indexOf(' ');
    if (secondSpace <= 0)
        return malformed();
    const QByteArrayView target = rest.first(secondSpace);
    const QByteArrayView version = rest.sliced(secondSpace + 1);
    if (!isToken(method))
        return malformed();
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0'
        || version[5] > '9' || version[7] < '0' || version[7] > '9')
        return malformed();
    if (version[5] != '1') {
        fail(505, QStringLiteral("http_version_not_supported"),
             QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are served."));
        return false;
    }
    Result<HttpRequestTarget> parsed = HttpRequestTarget::parse(target, method == "OPTIONS");
    if (!parsed) {
        fail(400, QStringLiteral("bad_request"), parsed.error().message());
        return false;
    }
    m_request = HttpRequest();
    m_headers = HttpHeaders();
    m_headers.reserve(8);
    m_request.setMethod(method.toByteArray());
    m_request.setHttpMinorVersion(version[7] == '0' ? 0 : 1);
    m_request.setTarget(target.toByteArray(), std::move(parsed.value()));
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line, bool store)
{
    const auto malformed = [this] {
        fail(400, QStringLiteral("bad_request"), QStringLiteral("A header line is malformed."));
        return false;
    };
    if (line.front() == ' ' || line.front() == '\t')
        return malformed(); // obsolete line folding (RFC 9112 §5.2)
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return malformed();
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    if (!isToken(name) || !isFieldValue(value))
        return malformed();
    if (!store) {
        // RFC 9110 §6.5.1: a trailer must not frame the message. Trailers are dropped here, but a proxy
        // that merges them into the head would reframe it, so these are refused whatever their value.
        if (HttpHeaders::sameName(name, "content-length")
            || HttpHeaders::sameName(name, "transfer-encoding")) {
            fail(400, QStringLiteral("bad_request"),
                 QStringLiteral("The trailer section may not carry Content-Length or Transfer-Encoding."));
            return false;
        }
        return true;
    }
    if (m_headers.size() >= m_limits.maxHeaderFields) {
        fail(431, QStringLiteral("header_fields_too_large"),
             QStringLiteral("The request has too many header fields."));
        return false;
    }
    m_headers.append(name.toByteArray().toLower(), value.toByteArray());
    return true;
}

// RFC 9112 §6.3: the body's length is known from the head alone, one way, or the request is refused.
bool HttpRequestParser::readFraming(bool http11, bool *chunked, qint64 *contentLength)
{
    const auto refuse = [this](int status, const QString &message) {
        fail(status, status == 501 ? QStringLiteral("not_implemented") : QStringLiteral("bad_request"),
             message);
        return false;
    };
    const bool hasTransferEncoding = m_headers.contains("transfer-encoding");
    const QList<QByteArray> lengths = m_headers.values("content-length");
    if (hasTransferEncoding && !lengths.isEmpty())
        return refuse(400,
                      QStringLiteral("A request cannot have both Content-Length and Transfer-Encoding."));

    if (hasTransferEncoding) {
        if (!http11)
            return refuse(400, QStringLiteral("HTTP/1.0 requests cannot use Transfer-Encoding."));
        // Exactly "chunked": it must be the final coding (§6.3 rule 4, else 400), it may be applied once
        // (§7), and this server decodes no other coding (501). Empty list elements, and empty fields, are
        // refused rather than skipped: parsers disagree about them.
        QList<QByteArray> codings;
        for (const QByteArray &field : m_headers.values("transfer-encoding"))
            codings += field.split(',');
        for (qsizetype i = 0; i < codings.size(); ++i) {
            const QByteArrayView coding = trimmedOws(codings[i]);
            const bool last = i + 1 == codings.size();
            if (!isToken(coding))
                return refuse(400, QStringLiteral("Transfer-Encoding is not a list of codings."));
            if (last && !isChunked(coding))
                return refuse(400, QStringLiteral("Transfer-Encoding must end with 'chunked'."));
            if (!last && isChunked(coding))
                return refuse(400, QStringLiteral("The body is chunked more than once."));
            if (!last)
                return refuse(501,
                              QStringLiteral("Transfer-Encoding '%1' is not supported.")
                                  .arg(QLatin1String(coding.toByteArray())));
        }
        *chunked = true;
        return true;
    }

    if (lengths.isEmpty())
        return true;
    // One field of digits only: "5, 5", ",5", a repeated field or a sign are refused, not reconciled
    // (RFC 9110 §8.6 lets a recipient reconcile them; llhttp and nginx refuse, and so does this server).
    if (lengths.size() > 1)
        return refuse(400, QStringLiteral("A request may have one Content-Length."));
    const QByteArray &text = lengths.first();
    if (text.isEmpty())
        return refuse(400, QStringLiteral("Content-Length is not a number."));
    qint64 length = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return refuse(400, QStringLiteral("Content-Length is not a number."));
        if (length <= m_limits.maxBodyBytes) // past the limit the value no longer matters: 413 below
            length = length * 10 + (c - '0');
    }
    *contentLength = length;
    return true;
}

HttpRequestParser::Event HttpRequestParser::finishHead()
{
    const bool http11 = m_request.httpMinorVersion() >= 1;
    const int hosts = m_headers.count("host");
    if (hosts > 1 || (http11 && hosts == 0))
        return fail(400, QStringLiteral("bad_request"),
                    QStringLiteral("An HTTP/1.1 request needs exactly one Host header."));
    if (const QByteArray host = m_headers.value("host"); !host.isEmpty() && !HttpSyntax::isAuthority(host))
        return fail(400, QStringLiteral("bad_request"),
                    QStringLiteral("The Host header is not a host name or address with an optional port."));

    // Authorization is a singleton (RFC 9110 §11.6.2): with two, a proxy and this server could each
    // check a different one.
    if (m_headers.count("authorization") > 1)
        return fail(400, QStringLiteral("bad_request"),
                    QStringLiteral("A request may have one Authorization "
                                   "header."));

    bool chunked = false;
    qint64 contentLength = 0;
    if (!readFraming(http11, &chunked, &contentLength))
        return Event::Failed;
    if (contentLength > m_limits.maxBodyBytes)
        return bodyTooLarge();

    // RFC 9110 §10.1.1: only 100-continue is defined; HTTP/1.0 senders are to be ignored.
    m_expectContinue = false;
    const bool hasBody = chunked || contentLength > 0;
    if (http11 && m_headers.contains("expect")) {
        if (m_headers.combinedValue("expect").compare("100-continue", Qt::CaseInsensitive) != 0)
            return fail(417, QStringLiteral("expectation_failed"),
                        QStringLiteral("Only 'Expect: 100-continue' is understood."));
        m_expectContinue = hasBody && m_pos == m_buffer.size();
    }

    // This server never switches protocols. "h2c" is ignored, as RFC 9113 §3.1 tells servers without
    // HTTP/2 cleartext support to do, so curl --http2 still works; anything else is answered 501.
    if (m_headers.contains("upgrade")) {
        bool onlyH2c = true;
        for (const QByteArray &protocol : m_headers.combinedValue("upgrade").split(',')) {
            const QByteArrayView trimmed = trimmedOws(protocol);
            if (!trimmed.isEmpty() && trimmed.compare("h2c", Qt::CaseInsensitive) != 0)
                onlyH2c = false;
        }
        if (!onlyH2c)
            return fail(501, QStringLiteral("upgrade_not_supported"),
                        QStringLiteral("This server does not switch protocols."));
    }

    bool keepAlive = http11;
    if (m_headers.contains("connection")) {
        if (m_headers.hasToken("connection", "close"))
            keepAlive = false;
        else if (!http11 && m_headers.hasToken("connection", "keep-alive"))
            keepAlive = true;
    }
    m_request.setKeepAlive(keepAlive);

    m_body.clear();
    m_chunkExtensionBytes = 0;
    m_chunkSize = 0;
    m_chunkSizeDigits = 0;
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength > 0) {
        m_state = State::Body;
        m_bodyRemaining = contentLength;
    } else {
        return complete();
    }
    if (m_expectContinue)
        return Event::ContinueExpected;
    return Event::NeedMoreData;
}

// chunk = chunk-size [ chunk-ext ] CRLF (RFC 9112 §7.1), read strictly: hex digits, then nothing or
// extensions, then CRLF; no whitespace anywhere on the line. The line is examined a byte at a time as it
// arrives, and the first byte that makes it wrong decides the answer (413 for a size past the body limit,
// 400 for a malformed line), so that the answer does not depend on where TCP cut the stream.
HttpRequestParser::Event HttpRequestParser::parseChunkSize()
{
    for (; m_scanFrom < m_buffer.size(); ++m_scanFrom) {
        const char c = m_buffer[m_scanFrom];
        if (c == '\n')
            return finishChunkSizeLine();
        const qsizetype index = m_scanFrom - m_pos;
        if (index >= maxChunkSizeLine)
            return fail(400, QStringLiteral("bad_request"), QStringLiteral("A chunk size line is too long."));
        if (index == m_chunkSizeDigits) { // the size, so far
            const int digit = TextChecks::hexDigitValue(c);
            if (digit >= 0) {
                if (m_chunkSize <= m_limits.maxBodyBytes) // past the limit the value no longer matters
                    m_chunkSize = m_chunkSize * 16 + digit;
                ++m_chunkSizeDigits;
                if (m_body.size() + m_chunkSize > m_limits.maxBodyBytes)
                    return bodyTooLarge();
                continue;
            }
            if (index == 0 || (c != ';' && c != '\r'))
                return fail(400, QStringLiteral("bad_request"),
                            QStringLiteral("A chunk size line is malformed."));
        }
        // The extensions so far; a CR that may be the line's end is not one of their bytes.
        const qsizetype extensionBytes = index + 1 - m_chunkSizeDigits - (c == '\r' ? 1 : 0);
        if (m_chunkExtensionBytes + extensionBytes > maxChunkExtensionBytes)
            return fail(413, QStringLiteral("payload_too_large"),
                        QStringLiteral("The chunk extensions exceed %1 bytes.").arg(maxChunkExtensionBytes));
    }
    return Event::NeedMoreData;
}

// The LF of a chunk-size line has come (at m_scanFrom); the size and the extensions' budget were checked
// on the way.
HttpRequestParser::Event HttpRequestParser::finishChunkSizeLine()
{
    QByteArrayView line(m_buffer.constData() + m_pos, m_scanFrom - m_pos);
    if (line.isEmpty() || line.back() != '\r')
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("Lines must end with CRLF."));
    line.chop(1);
    const QByteArrayView extensions = line.sliced(m_chunkSizeDigits);
    m_chunkExtensionBytes += extensions.size();
    if (m_chunkSizeDigits == 0 || !HttpSyntax::isChunkExtensions(extensions))
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("A chunk size line is malformed."));
    const qint64 size = m_chunkSize;
    m_chunkSize = 0;
    m_chunkSizeDigits = 0;
    consume(line.size() + 2);
    if (size == 0) {
        m_state = State::Trailers;
        m_trailerBytes = 0;
    } else {
        m_state = State::ChunkData;
        m_bodyRemaining = size;
    }
    return Event::NeedMoreData;
}

HttpRequestParser::Event HttpRequestParser::complete()
{
    m_request.setHeaders(std::move(m_headers));
    m_request.setBody(std::move(m_body));
    m_headers = HttpHeaders();
    m_body = QByteArray();
    m_expectContinue = false;
    m_state = State::Ready;
    return Event::RequestReady;
}

HttpRequest HttpRequestParser::takeRequest()
{
    Q_ASSERT(m_state == State::Ready);
    HttpRequest request = std::move(m_request); // parseRequestLine() starts the next one afresh
    m_state = State::RequestLine;
    m_headBytes = 0;
    m_expectContinue = false;
    compact();
    return request;
}

HttpRequestParser::Event HttpRequestParser::fail(int status, const QString &code, const QString &message)
{
    m_failure = Failure {status, code, message};
    m_state = State::Failed;
    m_buffer = QByteArray();
    m_body = QByteArray();
    m_headers = HttpHeaders();
    m_request = HttpRequest();
    m_headBytes = 0;
    m_pos = 0;
    m_scanFrom = 0;
    m_expectContinue = false;
    return Event::Failed;
}

HttpRequestParser::Event HttpRequestParser::bodyTooLarge()
{
    return fail(413, QStringLiteral("payload_too_large"),
                QStringLiteral("The request body exceeds the limit of %1 bytes.").arg(m_limits.maxBodyBytes));
}

void HttpRequestParser::consume(qsizetype bytes)
{
    m_pos += bytes;
    m_scanFrom = m_pos;
}

void HttpRequestParser::compact()
{
    if (m_pos == 0)
        return;
    if (m_pos == m_buffer.size()) {
        if (m_buffer.capacity() > keptBufferCapacity)
            m_buffer = QByteArray();
        else
            m_buffer.truncate(0); // keeps the allocation for the next request
        m_pos = 0;
        m_scanFrom = 0;
    } else if (m_pos >= compactThreshold && m_pos * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_scanFrom -= m_pos;
        m_pos = 0;
    }
}
