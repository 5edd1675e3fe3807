#pragma once

#include <QString>

// Which client addresses the per-client limits count as one client: the login throttle's address counter
// and the HTTP server's connection cap per client. An IPv6 host is usually given a whole /64 and can use
// any address in it, so counting IPv6 clients per address would let one host step past every such limit.
namespace ClientNetwork {

// The key a limit counts `address` (as QHostAddress::toString() writes it) under:
//   - an IPv4 address as it is: "192.0.2.7";
//   - an IPv4-mapped IPv6 address as that IPv4 address: "::ffff:192.0.2.7" -> "192.0.2.7";
//   - any other IPv6 address as its /64, scope id dropped: "2001:db8:1:2::7%eth0" -> "2001:db8:1:2::/64"
//     (so every link-local client, fe80::/64, counts as one);
//   - anything that is not an address, as it is.
QString limitKey(const QString &address);

} // namespace ClientNetwork
