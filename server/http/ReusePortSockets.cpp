#include "ReusePortSockets.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
constexpr int listenBacklog = SOMAXCONN;

struct Endpoint
{
    sockaddr_storage address {};
    socklen_t length = 0;
    int family = AF_INET;
    bool dualStack = false;
};

Endpoint endpointFor(const QHostAddress &address, quint16 port, bool preferDualStack)
{
    Endpoint endpoint;
    const bool any = address == QHostAddress::Any || address == QHostAddress::AnyIPv6;
    if ((any && preferDualStack) || (!any && address.protocol() == QAbstractSocket::IPv6Protocol)) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&endpoint.address);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        if (any) {
            in6->sin6_addr = in6addr_any;
            endpoint.dualStack = true; // "::" means every interface, IPv4 included
        } else {
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
            const QString scope = address.scopeId();
            if (!scope.isEmpty()) {
                bool numeric = false;
                const uint index = scope.toUInt(&numeric);
                in6->sin6_scope_id = numeric ? index : if_nametoindex(scope.toLatin1().constData());
            }
        }
        endpoint.length = sizeof(sockaddr_in6);
        endpoint.family = AF_INET6;
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&endpoint.address);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = any ? htonl(INADDR_ANY) : htonl(address.toIPv4Address());
        endpoint.length = sizeof(sockaddr_in);
        endpoint.family = AF_INET;
    }
    return endpoint;
}

Error bindError(int error, const QHostAddress &address, quint16 port)
{
    const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    Error failure;
    QStringList arguments {QString::number(port), where};
    switch (error) {
    case EADDRINUSE:
        failure
            = Error::conflict(ErrorCode::PortInUse,
                              QStringLiteral(QT_TRANSLATE_NOOP("Error", "Port %1 is already in use on %2.")));
        break;
    case EADDRNOTAVAIL:
        failure = Error::invalid(
            ErrorCode::AddressNotAvailable,
            QStringLiteral(QT_TRANSLATE_NOOP("Error", "%2 is not an address of this machine (port %1).")));
        break;
    case EACCES:
        failure = Error::forbidden(
            ErrorCode::PortNotPermitted,
            QStringLiteral(QT_TRANSLATE_NOOP(
                "Error", "Not allowed to listen on port %1 of %2: ports below 1024 need privileges.")));
        break;
    default:
        failure = Error::unavailable(
            ErrorCode::ListenFailed,
            QStringLiteral(QT_TRANSLATE_NOOP("Error", "Cannot listen on port %1 of %2: %3.")));
        arguments.append(QString::fromLocal8Bit(std::strerror(error)));
        break;
    }
    failure.withArguments(arguments);
    return failure;
}

// Returns the descriptor, or -errno.
int openSocket(const Endpoint &endpoint, bool reusePort)
{
    const int fd = ::socket(endpoint.family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return -errno;
    const int on = 1;
    const int v6Only = endpoint.dualStack ? 0 : 1;
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0
        || (reusePort && ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0)
        || (endpoint.family == AF_INET6
            && ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6Only, sizeof v6Only) != 0)
        || ::bind(fd, reinterpret_cast<const sockaddr *>(&endpoint.address), endpoint.length) != 0
        || (reusePort && ::listen(fd, listenBacklog) != 0)) {
        const int error = errno;
        ::close(fd);
        return -error;
    }
    return fd;
}
} // namespace

Result<ReusePortSockets> ReusePortSockets::open(const QHostAddress &address, quint16 port, int count,
                                                bool shareWithOtherProcesses)
{
    Endpoint endpoint = endpointFor(address, port, true);
    if (shareWithOtherProcesses && port != 0) {
        int fd = openSocket(endpoint, true);
        if (fd == -EAFNOSUPPORT && endpoint.dualStack) {
            endpoint = endpointFor(address, port, false);
            fd = openSocket(endpoint, true);
        }
        if (fd < 0)
            return bindError(-fd, address, port);
        ReusePortSockets sockets;
        sockets.m_port = port;
        sockets.m_descriptors.append(fd);
        for (int i = 1; i < count; ++i) {
            const int next = openSocket(endpoint, true);
            if (next < 0)
                return bindError(-next, address, port);
            sockets.m_descriptors.append(next);
        }
        return sockets;
    }

    // A probe bound without SO_REUSEPORT fails if anyone holds the port, including another program that
    // set SO_REUSEPORT (which our sockets would otherwise join, splitting the traffic with it). For port
    // 0 it also picks the free port that all workers then share.
    int probe = openSocket(endpoint, false);
    if (probe == -EAFNOSUPPORT && endpoint.dualStack) { // no IPv6 on this machine: fall back to IPv4 only
        endpoint = endpointFor(address, port, false);
        probe = openSocket(endpoint, false);
    }
    if (probe < 0)
        return bindError(-probe, address, port);
    sockaddr_storage bound {};
    socklen_t boundLength = sizeof bound;
    if (::getsockname(probe, reinterpret_cast<sockaddr *>(&bound), &boundLength) != 0) {
        const int error = errno;
        ::close(probe);
        return bindError(error, address, port);
    }
    const quint16 chosenPort
        = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                                            : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    ::close(probe);

    ReusePortSockets sockets;
    sockets.m_port = chosenPort;
    if (endpoint.family == AF_INET6)
        reinterpret_cast<sockaddr_in6 *>(&endpoint.address)->sin6_port = htons(chosenPort);
    else
        reinterpret_cast<sockaddr_in *>(&endpoint.address)->sin_port = htons(chosenPort);
    for (int i = 0; i < count; ++i) {
        const int fd = openSocket(endpoint, true);
        if (fd < 0)
            return bindError(-fd, address, chosenPort); // `sockets` closes the ones already open
        sockets.m_descriptors.append(fd);
    }
    return sockets;
}

ReusePortSockets::ReusePortSockets(ReusePortSockets &&other) noexcept
    : m_descriptors(std::move(other.m_descriptors))
    , m_port(other.m_port)
{
    other.m_descriptors.clear();
}

ReusePortSockets &ReusePortSockets::operator=(ReusePortSockets &&other) noexcept
{
    if (this != &other) {
        closeAll();
        m_descriptors = std::move(other.m_descriptors);
        m_port = other.m_port;
        other.m_descriptors.clear();
    }
    return *this;
}

ReusePortSockets::~ReusePortSockets()
{
    closeAll();
}

qintptr ReusePortSockets::take(int index)
{
    return std::exchange(m_descriptors[index], qintptr(-1));
}

void ReusePortSockets::closeAll()
{
    for (qintptr fd : std::as_const(m_descriptors)) {
        if (fd >= 0)
            ::close(int(fd));
    }
    m_descriptors.clear();
}
