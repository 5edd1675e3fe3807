#include "common/ClientNetwork.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cstring>

namespace ClientNetwork {

QString limitKey(const QString &address)
{
    // Addresses are short printable ASCII (the longest IPv6 text with a scope id is far below 128).
    const auto notInAnAddress = [](QChar c) { return c.unicode() <= 0x20 || c.unicode() >= 0x7f; };
    if (address.size() > 128 || std::any_of(address.cbegin(), address.cend(), notInAnAddress))
        return address;
    QByteArray text = address.toLatin1();
    if (const qsizetype percent = text.indexOf('%'); percent >= 0)
        text.truncate(percent); // the scope id of a link-local address: a local name, not part of the address

    char written[INET6_ADDRSTRLEN] = {};
    in_addr v4 {};
    if (inet_pton(AF_INET, text.constData(), &v4) == 1)
        return QString::fromLatin1(inet_ntop(AF_INET, &v4, written, sizeof written));
    in6_addr v6 {};
    if (inet_pton(AF_INET6, text.constData(), &v6) != 1)
        return address;
    if (IN6_IS_ADDR_V4MAPPED(&v6)) {
        std::memcpy(&v4, v6.s6_addr + 12, sizeof v4);
        return QString::fromLatin1(inet_ntop(AF_INET, &v4, written, sizeof written));
    }
    std::memset(v6.s6_addr + 8, 0, 8);
    return QString::fromLatin1(inet_ntop(AF_INET6, &v6, written, sizeof written)) + QLatin1String("/64");
}

} // namespace ClientNetwork
