#include "RawHttpClient.h"

#include <QDeadlineTimer>

QByteArray RawHttpClient::Response::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int RawHttpClient::Response::headerCount(QByteArrayView name) const
{
    int count = 0;
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

bool RawHttpClient::connectTo(quint16 port, const QHostAddress &address, int timeoutMs)
{
    m_buffer.clear();
    m_socket.connectToHost(address, port);
    return m_socket.waitForConnected(timeoutMs);
}

bool RawHttpClient::send(const QByteArray &bytes, int timeoutMs)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket.write(bytes);
    while (m_socket.bytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(timeoutMs))
            return false;
    }
    return true;
}

bool RawHttpClient::fill(int timeoutMs)
{
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(timeoutMs))
        return false;
    m_buffer += m_socket.readAll();
    return true;
}

std::optional<RawHttpClient::Response> RawHttpClient::readResponse(int timeoutMs, bool headRequest)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fill(int(qMax<qint64>(1, deadline.remainingTime()))) || deadline.hasExpired()) {
            if ((headEnd = m_buffer.indexOf("\r\n\r\n")) >= 0)
                break;
            return std::nullopt;
        }
    }
    Response response;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    response.statusLine = lines.value(0).trimmed();
    const QList<QByteArray> statusParts = response.statusLine.split(' ');
    if (statusParts.size() < 2 || !statusParts[0].startsWith("HTTP/1."))
        return std::nullopt;
    response.status = statusParts[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    m_buffer.remove(0, headEnd + 4);
    const bool bodyless
        = headRequest || response.status < 200 || response.status == 204 || response.status == 304;
    const qsizetype length = bodyless ? 0 : response.header("content-length").toLongLong();
    while (m_buffer.size() < length) {
        if (!fill(int(qMax<qint64>(1, deadline.remainingTime()))) || deadline.hasExpired()) {
            if (m_buffer.size() >= length)
                break;
            return std::nullopt;
        }
    }
    response.body = m_buffer.left(length);
    m_buffer.remove(0, length);
    return response;
}

std::optional<RawHttpClient::Response> RawHttpClient::request(const QByteArray &bytes, int timeoutMs)
{
    if (!send(bytes, timeoutMs))
        return std::nullopt;
    return readResponse(timeoutMs, bytes.startsWith("HEAD "));
}

bool RawHttpClient::waitForClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState) {
        if (deadline.hasExpired())
            return false;
        if (m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket.readAll();
    }
    m_buffer += m_socket.readAll();
    return true;
}

bool RawHttpClient::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

QByteArray RawHttpClient::get(const QByteArray &path, const QByteArray &extraHeaders)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}
