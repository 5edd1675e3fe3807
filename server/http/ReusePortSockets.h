#pragma once

#include "common/Result.h"

#include <QHostAddress>
#include <QList>

// Listening TCP sockets, one per worker thread, all bound to the same address and port with
// SO_REUSEPORT: the kernel spreads incoming connections over them, and each worker's QTcpServer adopts
// one with setSocketDescriptor(). Sockets not taken are closed when this object goes away.
class ReusePortSockets
{
public:
    // Binds `count` sockets to `address`:`port` (0 = a free port, the same one for all). Fails with a
    // readable message when the port is taken (also by another SO_REUSEPORT program, which would
    // otherwise silently share it) or the address is not one of this machine's. With
    // `shareWithOtherProcesses` (a fixed port only), the port may already be held by other processes of the
    // same user that bound it with SO_REUSEPORT too (several servers on one database): the kernel spreads
    // connections over all of them (Linux lets only the same effective user join).
    static Result<ReusePortSockets> open(const QHostAddress &address, quint16 port, int count,
                                         bool shareWithOtherProcesses = false);

    ReusePortSockets(ReusePortSockets &&other) noexcept;
    ReusePortSockets &operator=(ReusePortSockets &&other) noexcept;
    ReusePortSockets(const ReusePortSockets &) = delete;
    ReusePortSockets &operator=(const ReusePortSockets &) = delete;
    ~ReusePortSockets();

    quint16 port() const { return m_port; }
    int count() const { return int(m_descriptors.size()); }
    // Hands socket `index` over; the caller closes it from now on.
    qintptr take(int index);

private:
    ReusePortSockets() = default;
    void closeAll();

    QList<qintptr> m_descriptors;
    quint16 m_port = 0;
};
