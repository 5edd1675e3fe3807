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
    def __init__(self, port, deadline, stats, payloads):
        self.port = port
        self.deadline = deadline
        self.stats = stats
        self.payloads = payloads

    async def connect(self):
        return await asyncio.open_connection("127.0.0.1", self.port, limit=1 << 20)

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

    async def pipelined(self, reader, writer, shape, make_request, depth=16):
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
        await self.pipelined(reader, writer, shape, lambda n: flood, depth=8)

    async def made_up_methods(self, reader, writer, shape):
        await self.pipelined(
            reader, writer, shape,
            lambda n: b"M%dX /api/v1/books/%d HTTP/1.1\r\nHost: bench\r\n\r\n" % (n, n % 1000 + 1))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=10)
    arguments = parser.parse_args()

    flood = b"GET /api/v1/books HTTP/1.1\r\nHost: bench\r\n" + b"".join(
        b"X-Flood-%02d: %s\r\n" % (i, b"f" * 140) for i in range(98)) + b"\r\n"
    payloads = {"descending-json": descending_json(1024 * 1024), "header-flood": flood}
    stats = Stats()
    deadline = time.monotonic() + arguments.seconds
    attacker = Attacker(arguments.port, deadline, stats, payloads)

    async def everything():
        shapes = [SHAPES[i % len(SHAPES)] for i in range(arguments.connections)]
        await asyncio.gather(*(attacker.run(shape) for shape in shapes))

    asyncio.run(everything())
    for shape in SHAPES:
        statuses = ", ".join("%s: %d" % (k, v) for k, v in sorted(stats.statuses[shape].items(), key=str))
        print("hostile %-16s sent %7d  reconnects %5d  answers {%s}"
              % (shape, stats.sent[shape], stats.reconnects[shape], statuses))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
