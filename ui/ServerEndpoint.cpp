#include "ServerEndpoint.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
// Set and read on the GUI thread only.
QUrl &runningServer()
{
    static QUrl url;
    return url;
}
} // namespace

void ServerEndpoint::setRunningServer(const QUrl &url)
{
    runningServer() = url;
}

QUrl ServerEndpoint::localBaseUrl()
{
    if (runningServer().isValid())
        return runningServer();
    const QSettings settings;
    bool valid = false;
    int port = settings.value(u"server/port"_s, defaultPort).toInt(&valid);
    if (!valid || port < 1 || port > 65535)
        port = defaultPort;
    const bool tls = settings.value(u"server/tls"_s, false).toBool();
    QUrl url;
    url.setScheme(tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    return url;
}

QString ServerEndpoint::curlCommand(const QString &accessToken, const QString &path)
{
    QUrl url = localBaseUrl();
    url.setPath(path);
    // Single quotes keep the shell away from the token; a quote inside would end them, so it is spelled out.
    QString header = u"Authorization: Bearer "_s + accessToken;
    header.replace(u"'"_s, u"'\\''"_s);
    return u"curl -H '"_s + header + u"' "_s + url.toString(QUrl::FullyEncoded);
}
