#include "HttpRequestParser.h"

#include "HttpRequestTarget.h"

#include <array>

namespace {
constexpr qsizetype maxMethodLength = 32;
constexpr qsizetype maxChunkSizeLine = 1024; // size, extensions and CRLF
constexpr int maxContentLengthDigits = 18; // fits qint64 with room to spare

// RFC 9110 §5.6.2 token characters.
constexpr std::array<bool, 256> makeTokenTable()
{
    std::array<bool, 256> table {};
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (char c : {'!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~'})
        table[static_cast<unsigned char>(c)] = true;
    return table;
}
constexpr std::array<bool, 256> tokenTable = makeTokenTable();

bool isTokenChar(char c)
{
    return tokenTable[static_cast<unsigned char>(c)];
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values may hold visible characters, spaces, tabs and obs-text, never other control characters.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Calls `visit` for each comma-separated element, trimmed; empty elements are skipped (RFC 9110 §5.6.1).
template<typename Visit>
void forEachListElement(QByteArrayView list, Visit visit)
{
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView element = trimmedOws(comma < 0 ? list : list.first(comma));
        if (!element.isEmpty())
            visit(element);
        list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
    }
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{ }

void HttpRequestParser::append(QByteArrayView data)
{
    if (m_state == State::Failed)
        return; // the connection is being closed; don't let a client grow the buffer meanwhile
    m_buffer.append(data);
}

bool HttpRequestParser::hasPartialRequest() const
{
    return m_state != State::RequestLine || m_headBytes > 0 || m_pos < m_buffer.size();
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
        case State::Body: {
            const qsizetype available = m_buffer.size() - m_pos;
            if (available < m_bodyRemaining)
                return Event::NeedMoreData;
            m_body = m_buffer.mid(m_pos, m_bodyRemaining);
            m_pos += m_bodyRemaining;
            m_scanFrom = m_pos;
            m_bodyRemaining = 0;
            return complete();
        }
        case State::ChunkSize: {
            const Event event = parseChunkSize();
            if (m_state == State::ChunkSize || event == Event::Failed)
                return event;
            break;
        }
        case State::ChunkData: {
            const qsizetype available = qMin<qint64>(m_buffer.size() - m_pos, m_bodyRemaining);
            if (available == 0)
                return Event::NeedMoreData;
            m_body.append(m_buffer.constData() + m_pos, available);
            m_pos += available;
            m_scanFrom = m_pos;
            m_bodyRemaining -= available;
            if (m_bodyRemaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            if (m_buffer.size() - m_pos < 2)
                return Event::NeedMoreData;
            if (m_buffer[m_pos] != '\r' || m_buffer[m_pos + 1] != '\n')
                return fail(400, QStringLiteral("bad_request"),
                            QStringLiteral("A chunk does not end with CRLF."));
            m_pos += 2;
            m_scanFrom = m_pos;
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
        const qsizetype lineBytes = newline + 1 - m_pos;
        if (m_state == State::Trailers) {
            m_trailerBytes += lineBytes;
            if (m_trailerBytes > m_limits.maxHeadBytes)
                return fail(431, QStringLiteral("header_fields_too_large"),
                            QStringLiteral("The trailer section is too large."));
        } else if (m_headBytes + lineBytes > m_limits.maxHeadBytes) {
            if (m_state == State::RequestLine)
                return fail(414, QStringLiteral("uri_too_long"),
                            QStringLiteral("The request line is too long."));
            return fail(
                431, QStringLiteral("header_fields_too_large"),
                QStringLiteral("The request header block exceeds %1 bytes.").arg(m_limits.maxHeadBytes));
        } else {
            m_headBytes += lineBytes;
        }
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
    if (m_state == State::Trailers) {
        if (m_trailerBytes + pending.size() > m_limits.maxHeadBytes)
            return fail(431, QStringLiteral("header_fields_too_large"),
                        QStringLiteral("The trailer section is too large."));
        return Event::NeedMoreData;
    }
    if (m_headBytes + pending.size() > m_limits.maxHeadBytes) {
        if (m_state == State::RequestLine)
            return fail(414, QStringLiteral("uri_too_long"), QStringLiteral("The request line is too long."));
        return fail(431, QStringLiteral("header_fields_too_large"),
                    QStringLiteral("The request header block exceeds %1 bytes.").arg(m_limits.maxHeadBytes));
    }
    // Refuse what cannot become a request line as soon as it shows: a TLS handshake or other binary noise
    // on the plain port gets its 400 at once instead of after the request timeout.
    if (m_state == State::RequestLine) {
        qsizetype i = 0;
        while (i < pending.size() && isTokenChar(pending[i]))
            ++i;
        const bool methodStillComing = i == pending.size() && i <= maxMethodLength;
        const bool methodEnded = i < pending.size() && i > 0 && i <= maxMethodLength && pending[i] == ' ';
        const bool emptyLineComing = i == 0 && pending == "\r";
        if (!methodStillComing && !methodEnded && !emptyLineComing)
            return fail(400, QStringLiteral("bad_request"), QStringLiteral("This is not an HTTP request."));
    }
    return Event::NeedMoreData;
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
    for (char c : target) {
        if (c < 0x21 || c > 0x7e)
            return malformed();
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0'
        || version[5] > '9' || version[7] < '0' || version[7] > '9')
        return malformed();
    if (version[5] != '1') {
        fail(505, QStringLiteral("http_version_not_supported"),
             QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are served."));
        return false;
    }
    m_request = HttpRequest();
    m_headers = HttpHeaders();
    m_headers.reserve(8);
    m_request.setMethod(method.toByteArray());
    m_request.setHttpMinorVersion(version[7] == '0' ? 0 : 1);
    Result<HttpRequestTarget> parsed = HttpRequestTarget::parse(target, method == "OPTIONS");
    if (!parsed) {
        fail(400, QStringLiteral("bad_request"), parsed.error().message());
        return false;
    }
    m_request.setTarget(target.toByteArray(), std::move(parsed.value().segments),
                        std::move(parsed.value().rawQuery));
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
    if (!store)
        return true;
    if (m_headers.size() >= m_limits.maxHeaderFields) {
        fail(431, QStringLiteral("header_fields_too_large"),
             QStringLiteral("The request has too many header fields."));
        return false;
    }
    m_headers.append(name.toByteArray().toLower(), value.toByteArray());
    return true;
}

HttpRequestParser::Event HttpRequestParser::finishHead()
{
    const bool http11 = m_request.httpMinorVersion() >= 1;
    const int hosts = m_headers.count("host");
    if (hosts > 1 || (http11 && hosts == 0))
        return fail(400, QStringLiteral("bad_request"),
                    QStringLiteral("An HTTP/1.1 request needs exactly one Host header."));

    // Body framing (RFC 9112 §6): one unambiguous length or chunked, never both.
    bool chunked = false;
    if (m_headers.contains("transfer-encoding")) {
        if (!http11)
            return fail(400, QStringLiteral("bad_request"),
                        QStringLiteral("HTTP/1.0 requests cannot use Transfer-Encoding."));
        QList<QByteArray> codings;
        forEachListElement(m_headers.combinedValue("transfer-encoding"), [&codings](QByteArrayView coding) {
            if (coding.compare("identity", Qt::CaseInsensitive) != 0)
                codings.append(coding.toByteArray().toLower());
        });
        for (const QByteArray &coding : std::as_const(codings)) {
            if (coding != "chunked")
                return fail(
                    501, QStringLiteral("not_implemented"),
                    QStringLiteral("Transfer-Encoding '%1' is not supported.").arg(QLatin1String(coding)));
        }
        if (codings.size() > 1)
            return fail(400, QStringLiteral("bad_request"),
                        QStringLiteral("The body is chunked more than once."));
        chunked = codings.size() == 1;
    }
    qint64 contentLength = 0;
    const QList<QByteArray> lengths = m_headers.values("content-length");
    if (!lengths.isEmpty()) {
        if (chunked)
            return fail(400, QStringLiteral("bad_request"),
                        QStringLiteral("A request cannot have both Content-Length and Transfer-Encoding."));
        qint64 agreed = -1;
        bool valid = true;
        for (const QByteArray &value : lengths) {
            forEachListElement(value, [&agreed, &valid](QByteArrayView element) {
                qint64 parsed = 0;
                if (element.size() > maxContentLengthDigits) {
                    valid = false;
                    return;
                }
                for (char c : element) {
                    if (c < '0' || c > '9') {
                        valid = false;
                        return;
                    }
                    parsed = parsed * 10 + (c - '0');
                }
                if (agreed >= 0 && agreed != parsed)
                    valid = false;
                agreed = parsed;
            });
        }
        if (!valid || agreed < 0)
            return fail(400, QStringLiteral("bad_request"),
                        QStringLiteral("Content-Length is not a single number."));
        contentLength = agreed;
    }
    if (contentLength > m_limits.maxBodyBytes)
        return fail(
            413, QStringLiteral("payload_too_large"),
            QStringLiteral("The request body exceeds the limit of %1 bytes.").arg(m_limits.maxBodyBytes));

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
        forEachListElement(m_headers.combinedValue("upgrade"), [&onlyH2c](QByteArrayView protocol) {
            if (protocol.compare("h2c", Qt::CaseInsensitive) != 0)
                onlyH2c = false;
        });
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

HttpRequestParser::Event HttpRequestParser::parseChunkSize()
{
    const qsizetype newline = m_buffer.indexOf('\n', m_scanFrom);
    if (newline < 0) {
        m_scanFrom = m_buffer.size();
        if (m_buffer.size() - m_pos > maxChunkSizeLine)
            return fail(400, QStringLiteral("bad_request"), QStringLiteral("A chunk size line is too long."));
        if (m_pos < m_buffer.size() && hexValue(m_buffer[m_pos]) < 0) // not a chunk size: say so now
            return fail(400, QStringLiteral("bad_request"),
                        QStringLiteral("A chunk size line is malformed."));
        return Event::NeedMoreData;
    }
    if (newline - m_pos > maxChunkSizeLine)
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("A chunk size line is too long."));
    QByteArrayView line(m_buffer.constData() + m_pos, newline - m_pos);
    m_pos = newline + 1;
    m_scanFrom = m_pos;
    if (line.isEmpty() || line.back() != '\r')
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("Lines must end with CRLF."));
    line.chop(1);

    qint64 size = 0;
    qsizetype digits = 0;
    while (digits < line.size() && hexValue(line[digits]) >= 0) {
        if (digits == 15)
            return fail(400, QStringLiteral("bad_request"), QStringLiteral("A chunk size is too large."));
        size = size * 16 + hexValue(line[digits]);
        ++digits;
    }
    const QByteArrayView extension = trimmedOws(line.sliced(digits));
    if (digits == 0 || (!extension.isEmpty() && (extension.front() != ';' || !isFieldValue(extension))))
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("A chunk size line is malformed."));
    if (m_body.size() + size > m_limits.maxBodyBytes)
        return fail(
            413, QStringLiteral("payload_too_large"),
            QStringLiteral("The request body exceeds the limit of %1 bytes.").arg(m_limits.maxBodyBytes));
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
    m_state = State::Ready;
    return Event::RequestReady;
}

HttpRequest HttpRequestParser::takeRequest()
{
    Q_ASSERT(m_state == State::Ready);
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
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
    m_buffer.clear();
    m_pos = 0;
    m_scanFrom = 0;
    return Event::Failed;
}

void HttpRequestParser::compact()
{
    if (m_pos == m_buffer.size()) {
        m_buffer.truncate(0); // keeps the allocation for the next request
        m_pos = 0;
        m_scanFrom = 0;
    } else if (m_pos > 4096) {
        m_buffer.remove(0, m_pos);
        m_scanFrom -= m_pos;
        m_pos = 0;
    }
}
