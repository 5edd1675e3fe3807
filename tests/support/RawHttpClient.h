#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <optional>

// A byte-exact HTTP/1.1 client for tests: sends whatever bytes a test writes (malformed, trickled,
// pipelined) and parses what comes back. Blocking, with timeouts: the server under test runs on its own
// worker threads, so the test thread may wait on the socket.
class RawHttpClient
{
public:
    struct Response
    {
        int status = 0;
        QByteArray statusLine;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(QByteArrayView name) const; // first value, case-insensitive
        int headerCount(QByteArrayView name) const;
    };

    bool connectTo(quint16 port, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                   int timeoutMs = 5000);
    bool send(const QByteArray &bytes, int timeoutMs = 5000);
    // Reads one response (interim 1xx responses included, as responses of their own). `headRequest`:
    // the response has no body whatever its Content-Length says. std::nullopt on timeout or close.
    std::optional<Response> readResponse(int timeoutMs = 5000, bool headRequest = false);
    // Sends and reads one response.
    std::optional<Response> request(const QByteArray &bytes, int timeoutMs = 5000);
    // True once the server has closed the connection (orderly or by reset) within the timeout.
    bool waitForClosed(int timeoutMs = 5000);
    bool isOpen() const;
    // Bytes received but not consumed by readResponse().
    QByteArray pending() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }
    void close() { m_socket.abort(); }

    // "GET /path HTTP/1.1" with a Host header and `extraHeaders` ("Name: value\r\n" lines).
    static QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {});

private:
    bool fill(int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
