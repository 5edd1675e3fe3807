#pragma once

#include <QString>
#include <QUrl>

// Where this machine's REST server answers, for commands the GUI prepares ("copy as curl"). While the
// Server tab's embedded server runs, that is its address; otherwise the port and TLS choice the Server tab
// keeps in QSettings (server/port, server/tls), or the defaults (8080, plain HTTP).
class ServerEndpoint
{
public:
    // http://127.0.0.1:8080 (https with TLS), without a trailing slash.
    static QUrl localBaseUrl();
    // http(s)://127.0.0.1:port: how this machine reaches a server it runs.
    static QUrl loopbackUrl(bool tls, int port);
    // The running server's local address (the Server tab sets it); an empty URL when it stops.
    static void setRunningServer(const QUrl &url);
    // A command that calls `path` with the access token, ready to paste into a shell.
    static QString curlCommand(const QString &accessToken,
                               const QString &path = QStringLiteral("/api/v1/books"));
};
