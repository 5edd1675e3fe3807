#pragma once

#include <QtGlobal>

// The guards Qt 6.4's QHttpServer lacks, with the defaults the server runs with. Every limit has a test.
struct HttpLimits
{
    // Request line plus header fields, CRLFs included. Over it: 431 (414 when the request line alone is
    // too long) and the connection is closed.
    qsizetype maxHeadBytes = 16 * 1024;
    // A declared Content-Length over this is refused with 413 before any body byte is read; a chunked body
    // that grows over it is refused when it does.
    qsizetype maxBodyBytes = 1024 * 1024;
    int maxHeaderFields = 100;
    // A request (its first byte to its last) must arrive within this; otherwise 408 and close (slowloris).
    // Also bounds the TLS handshake.
    int requestTimeoutMs = 10'000;
    // A keep-alive connection with nothing in flight is closed after this long without a new request.
    int idleTimeoutMs = 10'000;
    // Connections over either cap are answered 503 (plain HTTP) or closed (TLS) right after accept.
    int maxConnections = 2000;
    int maxConnectionsPerClient = 256;
    // Requests parsed ahead of their answers on one connection (pipelining); more wait in the socket.
    int maxPipelinedRequests = 32;
    // While a worker serves authenticated requests, the share of its time that connections which never
    // carried a verified credential may take (AnonymousWorkLimit); 1 turns the limit off. A tenth keeps
    // 70 % of signed-in users' throughput under tools/bench --hostile and still answers a sign-in within
    // half a second of a saturating flood.
    double anonymousShare = 0.1;
    // How long stop() lets requests in flight finish before it closes their connections.
    int drainTimeoutMs = 5000;
};
