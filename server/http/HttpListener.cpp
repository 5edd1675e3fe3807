#include "HttpListener.h"

HttpListener::HttpListener(AcceptHandler onAccept, QObject *parent)
    : QTcpServer(parent)
    , m_onAccept(std::move(onAccept))
{ }

void HttpListener::incomingConnection(qintptr descriptor)
{
    m_onAccept(descriptor);
}
