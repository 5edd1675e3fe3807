#include "ApiServerFixture.h"

#include <QTest>

QByteArray ApiResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiServerFixture::ApiServerFixture(ServerOptions options)
    : m_options(std::move(options))
{
    if (m_backend.isOpen())
        m_server = std::make_unique<ApiServer>(m_backend.backend());
    else
        m_error = m_backend.openError();
}

ApiServerFixture::~ApiServerFixture()
{
    m_client.close();
    stop();
}

ServerOptions ApiServerFixture::defaultOptions()
{
    ServerOptions options;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.threads = 1;
    return options;
}

bool ApiServerFixture::start()
{
    if (!m_server)
        return false;
    const Result<quint16> started = m_server->start(m_options);
    if (!started) {
        m_error = started.error().detailedMessage();
        return false;
    }
    return true;
}

void ApiServerFixture::stop()
{
    if (m_server)
        m_server->stop();
}

quint16 ApiServerFixture::port() const
{
    return m_server ? m_server->port() : 0;
}

ApiResponse ApiServerFixture::fromRaw(const std::optional<RawHttpClient::Response> &raw)
{
    ApiResponse response;
    if (!raw)
        return response;
    response.status = raw->status;
    response.headers = raw->headers;
    response.body = raw->body;
    return response;
}

ApiResponse ApiServerFixture::call(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                                   const QString &token, const QByteArray &extraHeaders)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += extraHeaders + "\r\n" + body;

    if (!m_client.isOpen() && !m_client.connectTo(port()))
        return {};
    if (!m_client.send(request))
        return {};
    std::optional<RawHttpClient::Response> raw = m_client.readResponse(10000, method == "HEAD");
    if (raw && raw->header("Connection").compare("close", Qt::CaseInsensitive) == 0)
        m_client.close();
    return fromRaw(raw);
}

ApiResponse ApiServerFixture::call(const QByteArray &method, const QByteArray &path, const QJsonObject &body,
                                   const QString &token, const QByteArray &extraHeaders)
{
    return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, extraHeaders);
}

ApiResponse ApiServerFixture::send(const QByteArray &rawRequest, int timeoutMs)
{
    RawHttpClient client;
    if (!client.connectTo(port()))
        return {};
    return fromRaw(client.request(rawRequest, timeoutMs));
}

User ApiServerFixture::createUser(const QString &username, Role role, const QString &password)
{
    return m_backend.createUser(username, role, password);
}

QJsonObject ApiServerFixture::loginResponse(const QString &username, const QString &password)
{
    const ApiResponse response
        = call("POST", "/api/v1/auth/login",
               QJsonObject {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (response.status != 200) {
        QTest::qFail(qPrintable(QStringLiteral("login of %1 answered %2: %3")
                                    .arg(username)
                                    .arg(response.status)
                                    .arg(QString::fromUtf8(response.body))),
                     __FILE__, __LINE__);
        return {};
    }
    return response.json();
}

QString ApiServerFixture::login(const QString &username, const QString &password)
{
    return loginResponse(username, password).value(QLatin1String("access_token")).toString();
}
