#pragma once

#include "HttpLimits.h"
#include "HttpRequest.h"

#include <QByteArray>
#include <QString>

// An incremental HTTP/1.1 request parser for one connection: bytes go in as they arrive, complete
// requests come out in order. It is strict where leniency lets requests be misread (CRLF line ends only,
// no whitespace before a colon, no line folding, one unambiguous body length) and enforces HttpLimits
// before buffering anything the limits forbid. It knows nothing about sockets, so it is tested (and
// can be fuzzed) on plain byte strings.
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

    explicit HttpRequestParser(const HttpLimits &limits = {});

    void append(QByteArrayView data);
    Event next();
    // After RequestReady: the request (method, target, headers, body, version, keep-alive), and the
    // parser moves on to the next one.
    HttpRequest takeRequest();
    const Failure &failure() const { return m_failure; }

    // Whether part of a request has arrived: the request timeout runs while this is true.
    bool hasPartialRequest() const;
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

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
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line, bool store);
    Event finishHead();
    Event parseChunkSize();
    Event complete();
    Event fail(int status, const QString &code, const QString &message);
    void compact();

    HttpLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // first byte not yet consumed
    qsizetype m_scanFrom = 0; // where the search for the next '\n' resumes
    State m_state = State::RequestLine;
    qsizetype m_headBytes = 0;
    qsizetype m_trailerBytes = 0;
    qint64 m_bodyRemaining = 0;
    bool m_expectContinue = false;
    HttpRequest m_request;
    HttpHeaders m_headers;
    QByteArray m_body;
    Failure m_failure;
};
