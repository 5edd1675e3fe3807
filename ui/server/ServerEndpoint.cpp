#include "ServerEndpoint.h"

#include "StoredServerSettings.h"

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
    // Not running: the stored choice; "any free port" names no port to call, so the default one.
    const StoredServerSettings stored = StoredServerSettings::load();
    const int port = stored.port > 0 ? stored.port : StoredServerSettings::defaultPort;
    return loopbackUrl(stored.tls, port);
}

QUrl ServerEndpoint::loopbackUrl(bool tls, int port)
{
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
