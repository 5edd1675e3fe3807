#pragma once

#include <QString>
#include <QUrl>

// Where this machine's REST server answers, for commands the GUI prepares ("copy as curl"). The server
// panel will keep its port and TLS choice in QSettings under server/port and server/tls; until it exists,
// the defaults (8080, plain HTTP) apply. This is the one place to point at the running server later.
class ServerEndpoint
{
public:
    static constexpr int defaultPort = 8080;

    // http://127.0.0.1:8080 (https with TLS), without a trailing slash.
    static QUrl localBaseUrl();
    // A command that calls `path` with the access token, ready to paste into a shell.
    static QString curlCommand(const QString &accessToken,
                               const QString &path = QStringLiteral("/api/v1/books"));
};
