#include "HttpResponder.h"

#include "HttpConnectionLink.h"
#include "HttpLogging.h"

HttpResponder::HttpResponder(std::shared_ptr<HttpConnectionLink> link, quint64 sequence)
    : m_link(std::move(link))
    , m_sequence(sequence)
{ }

HttpResponder::HttpResponder(HttpResponder &&other) noexcept
    : m_link(std::move(other.m_link))
    , m_sequence(other.m_sequence)
{
    other.m_link.reset();
}

HttpResponder &HttpResponder::operator=(HttpResponder &&other) noexcept
{
    if (this != &other) {
        answerInternalError();
        m_link = std::move(other.m_link);
        m_sequence = other.m_sequence;
        other.m_link.reset();
    }
    return *this;
}

HttpResponder::~HttpResponder()
{
    answerInternalError();
}

void HttpResponder::send(HttpResponse response)
{
    if (!m_link) {
        qCWarning(lcHttp) << "a handler answered a request twice; the second answer is ignored";
        return;
    }
    const std::shared_ptr<HttpConnectionLink> link = std::move(m_link);
    m_link.reset();
    link->deliver(m_sequence, std::move(response));
}

bool HttpResponder::isConnectionOpen() const
{
    return m_link && m_link->isConnected();
}

void HttpResponder::answerInternalError()
{
    if (!m_link)
        return;
    if (!m_link->isConnected()) {
        m_link.reset(); // the client left; nobody is waiting for this answer
        return;
    }
    qCWarning(lcHttp) << "a request handler dropped its responder without answering; answering 500";
    send(HttpResponse::error(500, QStringLiteral("internal_error"),
                             QStringLiteral("The server failed to answer this request.")));
}
