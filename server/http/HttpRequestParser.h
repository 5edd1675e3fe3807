#pragma once

#include "HttpLimits.h"
#include "HttpRequest.h"

#include <QByteArray>
#include <QString>

// An incremental HTTP/1.1 request parser for one connection: bytes go in as they arrive, complete
// requests come out in order. It frames messages exactly as RFC 9112 says and refuses what strict
// parsers (h11, llhttp in strict mode) refuse, and more where leniency lets two parsers read one stream
// differently: CRLF line ends only, no whitespace before a colon or after a chunk size, no line folding,
// one Content-Length of digits only, Transfer-Encoding exactly "chunked", a Host that is a host. The
// rules, each with its reason, are in docs/security.md; tst_httpconformance compares this parser with
// h11 on a corpus of byte streams.
//
// No request costs more than its size: the bytes it keeps (retainedBytes()) stay within a fixed multiple
// of HttpLimits::maxHeadBytes + maxBodyBytes whatever the shape of the input, because consumed input is
// dropped as the parser goes, and chunk-size lines and their extensions count against a budget. It knows
// nothing about sockets, so it is tested (and fuzzed) on plain byte strings.
//
//   parser.append(socket->readAll());
//   for (;;) {
//       switch (parser.next()) {
//       case HttpRequestParser::Event::NeedMoreData: return;
//       case HttpRequestParser::Event::ContinueExpected: write "100 Continue"; break;
//       case HttpRequestParser::Event::RequestReady: dispatch(parser.takeRequest()); break;
//       case HttpRequestParser::Event::Failed: answer parser.failure() and close; return;
//       }
//   }
class HttpRequestParser
{
public:
    enum class Event {
        NeedMoreData,
        // The head of a request with "Expect: 100-continue" is complete and acceptable, and none of its
        // body has arrived yet: the client waits for "100 Continue" before sending it.
        ContinueExpected,
        RequestReady,
        // The input cannot be parsed or breaks a limit; failure() says how to answer. The connection
        // must be closed after the answer: where the next request would start is unknown.
        Failed,
    };

    struct Failure
    {
        int status = 400;
        QString code;
        QString message;
    };

    // Chunk extensions (";name=value" after a chunk size) are ignored, but their bytes are not free:
    // all of one request's together may take this many bytes (Node.js has the same rule, 16 KiB).
    static constexpr qsizetype maxChunkExtensionBytes = 16 * 1024;

    explicit HttpRequestParser(const HttpLimits &limits = {});

    void append(QByteArrayView data);
    Event next();
    // After RequestReady: the request (method, target, headers, body, version, keep-alive), and the
    // parser moves on to the next one.
    HttpRequest takeRequest();
    const Failure &failure() const { return m_failure; }

    // Whether part of a request has arrived: the request timeout runs while this is true.
    bool hasPartialRequest() const;
    // Whether the request being read asked for "100 Continue" and none of its body has arrived yet: the
    // interim answer is still useful. Once body bytes arrive (the client did not wait) or the request is
    // complete, it is not, and sending it would read as the answer to the next request.
    bool awaitsContinue() const { return m_expectContinue; }
    // Input not yet consumed.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    // Every byte this parser holds on to: its input buffer's and the body's allocations and the request
    // head it has stored. The invariant the tests check against every adversarial shape.
    qsizetype retainedBytes() const;

private:
    enum class State {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Ready,
        Failed
    };

    Event parseLines();
    Event incompleteLine();
    bool lineWithinBounds(QByteArrayView pending, bool complete);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line, bool store);
    Event finishHead();
    bool readFraming(bool http11, bool *chunked, qint64 *contentLength);
    Event parseChunkSize();
    Event finishChunkSizeLine();
    Event complete();
    Event fail(int status, const QString &code, const QString &message);
    Event bodyTooLarge();
    void consume(qsizetype bytes);
    void compact();

    HttpLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // first byte not yet consumed
    qsizetype m_scanFrom = 0; // where the search for the next '\n' resumes
    State m_state = State::RequestLine;
    qsizetype m_headBytes = 0;
    qsizetype m_trailerBytes = 0;
    qsizetype m_chunkExtensionBytes = 0;
    qint64 m_chunkSize = 0; // of the chunk-size line being read: its value so far (capped past the limit)
    qsizetype m_chunkSizeDigits = 0; // and its digits so far
    qint64 m_bodyRemaining = 0;
    bool m_expectContinue = false;
    HttpRequest m_request;
    HttpHeaders m_headers;
    QByteArray m_body;
    Failure m_failure;
};
