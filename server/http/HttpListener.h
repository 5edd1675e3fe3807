#pragma once

#include <QTcpServer>

#include <functional>

// A QTcpServer that adopts an already listening descriptor and hands each accepted descriptor to a
// callback instead of queueing a QTcpSocket: the worker decides (limits, TLS) what socket to make of it.
class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    using AcceptHandler = std::function<void(qintptr descriptor)>;

    explicit HttpListener(AcceptHandler onAccept, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    AcceptHandler m_onAccept;
};
