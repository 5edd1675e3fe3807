#include "HttpResponseEncoder.h"

#include "HttpLogging.h"

#include <cstdio>
#include <ctime>

namespace {
bool isReservedHeader(QByteArrayView name)
{
    for (const char *reserved : {"content-length", "content-type", "transfer-encoding", "connection", "date",
                                 "server", "keep-alive"}) {
        if (HttpHeaders::sameName(name, reserved))
            return true;
    }
    return false;
}

bool isSafeHeader(const HttpHeaders::Field &field)
{
    if (field.name.isEmpty())
        return false;
    for (char c : field.name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == ':')
            return false;
    }
    for (char c : field.value) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

void appendStatusLine(QByteArray &out, int status)
{
    if (status < 100 || status > 999)
        status = 500;
    out += "HTTP/1.1 ";
    out += char('0' + status / 100);
    out += char('0' + status / 10 % 10);
    out += char('0' + status % 10);
    out += ' ';
    out += HttpResponse::reasonPhrase(status);
    out += "\r\n";
}
} // namespace

QByteArray HttpResponseEncoder::currentDate()
{
    // Plain data, so that nothing runs when a worker thread ends.
    struct Cache
    {
        std::time_t second = -1;
        char text[40];
        int length = 0;
    };
    thread_local Cache cache;
    const std::time_t now = std::time(nullptr);
    if (now != cache.second) {
        static const char days[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
        static const char months[][4]
            = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        std::tm utc {};
        gmtime_r(&now, &utc);
        cache.length = std::snprintf(cache.text, sizeof cache.text, "%s, %02d %s %04d %02d:%02d:%02d GMT",
                                     days[utc.tm_wday], utc.tm_mday, months[utc.tm_mon], utc.tm_year + 1900,
                                     utc.tm_hour, utc.tm_min, utc.tm_sec);
        cache.second = now;
    }
    return QByteArray(cache.text, cache.length);
}

QByteArray HttpResponseEncoder::continueLine()
{
    return QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
}

QByteArray HttpResponseEncoder::encode(const HttpResponse &response, const Options &options)
{
    const int status = response.status();
    const bool bodyAllowed = statusAllowsBody(status);
    const QByteArray &body = response.body();
    const bool writeBody = bodyAllowed && !options.headOnly;

    QByteArray out;
    out.reserve(160 + response.contentType().size() + response.headers().size() * 48
                + (writeBody ? body.size() : 0));
    appendStatusLine(out, status);
    out += "Server: bookwarden\r\nX-Content-Type-Options: nosniff\r\nDate: ";
    out += currentDate();
    out += "\r\n";
    if (bodyAllowed) {
        // Never leave the type to the client's guess: an untyped body is declared opaque bytes.
        if (!response.contentType().isEmpty() || !body.isEmpty()) {
            out += "Content-Type: ";
            out += response.contentType().isEmpty() ? QByteArrayView("application/octet-stream")
                                                    : QByteArrayView(response.contentType());
            out += "\r\n";
        }
        out += "Content-Length: ";
        out += QByteArray::number(body.size());
        out += "\r\n";
    } else if (!body.isEmpty()) {
        qCWarning(lcHttp) << "dropping the body of a" << status << "response: that status has none";
    }
    for (const HttpHeaders::Field &field : response.headers().fields()) {
        if (isReservedHeader(field.name))
            continue;
        if (!isSafeHeader(field)) {
            qCWarning(lcHttp) << "dropping a response header that would corrupt the response:" << field.name;
            continue;
        }
        out += field.name;
        out += ": ";
        out += field.value;
        out += "\r\n";
    }
    if (options.closeConnection)
        out += "Connection: close\r\n";
    else if (options.http10KeepAlive)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (writeBody)
        out += body;
    return out;
}
