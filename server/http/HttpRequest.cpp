#include "HttpRequest.h"

QString HttpRequest::path() const
{
    if (m_pathSegments.isEmpty())
        return QStringLiteral("/");
    return QLatin1Char('/') + m_pathSegments.join(QLatin1Char('/'));
}

QUrlQuery HttpRequest::query() const
{
    // The raw query is ASCII (the parser refuses anything else on the request line).
    return QUrlQuery(QString::fromLatin1(m_rawQuery));
}

QString HttpRequest::queryValue(const QString &key) const
{
    if (m_rawQuery.isEmpty())
        return {};
    return query().queryItemValue(key, QUrl::FullyDecoded);
}

QString HttpRequest::idText() const
{
    return QString::number(m_id >> 48) + QLatin1Char('-') + QString::number(m_id & 0xffff'ffff'ffffULL);
}

void HttpRequest::setTarget(QByteArray rawTarget, HttpRequestTarget target)
{
    m_rawTarget = std::move(rawTarget);
    m_pathSegments = std::move(target.segments);
    m_rawQuery = std::move(target.rawQuery);
    m_pathForm = target.form;
    m_pathProblem = std::move(target.problem);
}

std::optional<qint64> HttpRequest::idParameter(const QString &name) const
{
    const QString text = m_pathParameters.value(name);
    if (text.isEmpty() || text.size() > 18 || text.front() == QLatin1Char('0'))
        return std::nullopt;
    qint64 id = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        id = id * 10 + (c.unicode() - '0');
    }
    return id;
}

void HttpRequest::setPeer(const QHostAddress &remoteAddress, bool secure)
{
    m_remoteAddress = remoteAddress;
    m_secure = secure;
}

void HttpRequest::setIdentity(quint64 id, qint64 receivedAtMs)
{
    m_id = id;
    m_receivedAtMs = receivedAtMs;
}

void HttpRequest::setRoute(QString pattern, QHash<QString, QString> parameters)
{
    m_routePattern = std::move(pattern);
    m_pathParameters = std::move(parameters);
}
