#!/usr/bin/env python3
"""Hostile HTTP traffic against a Bookwarden server, for `tools/bench --hostile`.

Opens CONNECTIONS connections to 127.0.0.1:PORT and keeps each busy with one of the worst request shapes
issue 11 names, as fast as the server lets it, reconnecting whenever the server refuses and closes:

  slow-body        a 1 MiB Content-Length body trickled at 40 KB/s (the server's request timeout ends it)
  chunk-extensions chunked bodies of one data byte per chunk behind 1 KiB extensions
  descending-json  1 MiB JSON objects with ~110,000 keys in descending order to the unauthenticated login
  header-flood     pipelined requests with 99 header fields each, just inside the head limits
  made-up-methods  pipelined requests with a new method token each

Prints one line per shape when it ends: requests sent, answers by status, reconnections.
Only the Python standard library is used.
"""

import argparse
import asyncio
import collections
import itertools
import sys
import time

SHAPES = ["slow-body", "chunk-extensions", "descending-json", "header-flood", "made-up-methods"]


def descending_json(size):
    members = []
    total = 2
    for n in itertools.count(10_000_000, -1):
        member = '"k%d":0' % n
        if total + len(member) + 1 > size:
            break
        members.append(member)
        total += len(member) + 1
    return ("{" + ",".join(members) + "}").encode()


class Stats:
    def __init__(self):
        self.sent = collections.Counter()
        self.statuses = collections.defaultdict(collections.Counter)
        self.reconnects = collections.Counter()


async def read_response(reader):
    """Reads one response; returns its status, or None when the connection ended."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        return None
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ")[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    if length:
        try:
            await reader.readexactly(length)
        except (asyncio.IncompleteReadError, ConnectionError):
            return None
    return status


class Attacker:
    def __init__(self, port, deadline, stats, payloads, depth, source):
        self.port = port
        self.source = source
        self.depth = depth
        self.deadline = deadline
        self.stats = stats
        self.payloads = payloads

    async def connect(self):
        # From another loopback address than the normal clients: an attacker is another host, and the
        # server's per-client connection cap must not make the two compete for one allowance.
        return await asyncio.open_connection("127.0.0.1", self.port, limit=1 << 20,
                                             local_addr=(self.source, 0))

    async def run(self, shape):
        method = getattr(self, shape.replace("-", "_"))
        while time.monotonic() < self.deadline:
            try:
                reader, writer = await self.connect()
            except OSError:
                await asyncio.sleep(0.05)
                continue
            try:
                await method(reader, writer, shape)
            except (ConnectionError, OSError):
                pass
            finally:
                writer.close()
                try:
                    await writer.wait_closed()
                except (ConnectionError, OSError):
                    pass
            self.stats.reconnects[shape] += 1

    def note(self, shape, status):
        self.stats.statuses[shape][status if status is not None else "closed"] += 1

    async def slow_body(self, reader, writer, shape):
        writer.write(b"POST /api/v1/books HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1048576\r\n\r\n")
        self.stats.sent[shape] += 1
        answer = asyncio.ensure_future(read_response(reader))
        piece = b"x" * 4096
        while not answer.done() and time.monotonic() < self.deadline:
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(0.1)
        if answer.done():
            self.note(shape, answer.result())
        else:
            answer.cancel()

    async def chunk_extensions(self, reader, writer, shape):
        writer.write(b"POST /api/v1/books HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n")
        self.stats.sent[shape] += 1
        answer = asyncio.ensure_future(read_response(reader))
        chunks = b"".join([b"1;e=" + b"v" * 1000 + b"\r\nx\r\n"] * 64)
        while not answer.done() and time.monotonic() < self.deadline:
            writer.write(chunks)
            await writer.drain()
            await asyncio.sleep(0)
        if answer.done():
            self.note(shape, answer.result())
        else:
            answer.cancel()

    async def descending_json(self, reader, writer, shape):
        body = self.payloads["descending-json"]
        request = (b"POST /api/v1/auth/login HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
                   b"Content-Length: %d\r\n\r\n" % len(body)) + body
        while time.monotonic() < self.deadline:
            writer.write(request)
            self.stats.sent[shape] += 1
            await writer.drain()
            status = await read_response(reader)
            self.note(shape, status)
            if status is None or status in (408, 413, 431):
                return

    async def pipelined(self, reader, writer, shape, make_request, depth):
        counter = itertools.count()
        while time.monotonic() < self.deadline:
            writer.write(b"".join(make_request(next(counter)) for _ in range(depth)))
            self.stats.sent[shape] += depth
            await writer.drain()
            for _ in range(depth):
                status = await read_response(reader)
                self.note(shape, status)
                if status is None:
                    return

    async def header_flood(self, reader, writer, shape):
        flood = self.payloads["header-flood"]
        await self.pipelined(reader, writer, shape, lambda n: flood, depth=self.depth)

    async def made_up_methods(self, reader, writer, shape):
        await self.pipelined(
            reader, writer, shape,
            lambda n: b"M%dX /api/v1/books/%d HTTP/1.1\r\nHost: bench\r\n\r\n" % (n, n % 1000 + 1),
            depth=self.depth)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--source", default="127.0.0.2",
                        help="the address to connect from (default 127.0.0.2, another host than the normal clients)")
    parser.add_argument("--shapes", default=",".join(SHAPES),
                        help="comma-separated shapes to send, spread over the connections (default: all)")
    parser.add_argument("--pipeline", type=int, default=1, metavar="DEPTH",
                        help="requests in flight per connection for the header floods and made-up methods "
                             "(default 1: each connection waits for an answer before it asks again)")
    arguments = parser.parse_args()

    flood = b"GET /api/v1/books HTTP/1.1\r\nHost: bench\r\n" + b"".join(
        b"X-Flood-%02d: %s\r\n" % (i, b"f" * 140) for i in range(98)) + b"\r\n"
    payloads = {"descending-json": descending_json(1024 * 1024), "header-flood": flood}
    stats = Stats()
    deadline = time.monotonic() + arguments.seconds
    attacker = Attacker(arguments.port, deadline, stats, payloads, max(1, arguments.pipeline), arguments.source)

    async def everything():
        chosen = [shape for shape in arguments.shapes.split(",") if shape]
        unknown = [shape for shape in chosen if shape not in SHAPES]
        if unknown or not chosen:
            sys.exit("hostile-traffic: unknown shapes %s (known: %s)" % (unknown, ", ".join(SHAPES)))
        shapes = [chosen[i % len(chosen)] for i in range(arguments.connections)]
        await asyncio.gather(*(attacker.run(shape) for shape in shapes))

    asyncio.run(everything())
    for shape in (shape for shape in SHAPES if stats.sent[shape] or stats.reconnects[shape]):
        statuses = ", ".join("%s: %d" % (k, v) for k, v in sorted(stats.statuses[shape].items(), key=str))
        print("hostile %-16s sent %7d  reconnects %5d  answers {%s}"
              % (shape, stats.sent[shape], stats.reconnects[shape], statuses))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
