#!/usr/bin/env python3
"""Runs h11 (Debian's python3-h11) as a server on every stream of the conformance corpus and writes what it
reads, as JSON, for tst_httpconformance to compare with Bookwarden's parser:

    /usr/bin/python3 tests/server/conformance/h11_oracle.py OUTPUT.json

For each case: its bytes, its split points, its declared disagreement, and h11's outcome for the whole
stream: the requests (method, target, fields with names lower-cased as h11 reports them, body, whether the
connection stays open after it) and how the stream ends: "end", "incomplete", "closed" (a request that
closes the connection came; h11, like Bookwarden's server, reads no further) or "error" (with h11's status
hint). Every byte string is base64.

h11 is also run on each stream cut in two at each split point; the points where its outcome differs from
the whole stream's are listed, so that the test can check h11 is split-invariant wherever the corpus does
not say otherwise.
"""
import base64
import json
import sys

import h11

from http_corpus import CORPUS, split_points


def b64(data):
    return base64.b64encode(bytes(data)).decode("ascii")


def run(pieces):
    """h11's reading of a stream that arrives in `pieces`."""
    connection = h11.Connection(h11.SERVER)
    requests = []
    current = None

    def ended(end, status=0, message=""):
        return {"requests": requests, "end": end, "status": status, "message": message}

    for piece in pieces:
        if not piece:
            continue
        connection.receive_data(piece)
        while True:
            try:
                event = connection.next_event()
            except h11.RemoteProtocolError as error:
                return ended("error", error.error_status_hint, str(error))
            if event is h11.NEED_DATA:
                break
            if event is h11.PAUSED:
                raise AssertionError("h11 paused; the oracle answers every request at once")
            if isinstance(event, h11.Request):
                current = {"method": event.method.decode("ascii"), "target": b64(event.target),
                           "headers": [[name.decode("ascii"), b64(value)] for name, value in event.headers],
                           "body": b""}
            elif isinstance(event, h11.Data):
                current["body"] += event.data
            elif isinstance(event, h11.EndOfMessage):
                current["body"] = b64(current["body"])
                requests.append(current)
                # Answer, so that h11 moves on to the next request. A 2xx to CONNECT would switch
                # protocols; nothing else here does.
                status = 405 if current["method"] == "CONNECT" else 200
                connection.send(h11.Response(status_code=status, headers=[("Content-Length", "0")]))
                connection.send(h11.EndOfMessage())
                current["keep_alive"] = connection.our_state is h11.DONE and connection.their_state is h11.DONE
                if not current["keep_alive"]:
                    return ended("closed")
                connection.start_next_cycle()
                current = None
    at_rest = connection.their_state is h11.IDLE and not connection.trailing_data[0]
    return ended("end" if at_rest else "incomplete")


def same(a, b):
    """Two outcomes are the same reading when all but the error message agree."""
    return {k: v for k, v in a.items() if k != "message"} == {k: v for k, v in b.items() if k != "message"}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: h11_oracle.py OUTPUT.json")
    cases = []
    for case in CORPUS:
        data = case.data
        points = split_points(len(data))
        whole = run([data])
        differing = [point for point in points if not same(run([data[:point], data[point:]]), whole)]
        disagreement = None
        if case.disagreement:
            disagreement = {"reason": case.disagreement.reason, "ours": case.disagreement.ours,
                            "h11": case.disagreement.h11}
        cases.append({
            "name": case.name,
            "category": case.category,
            "input": b64(data),
            # every boundary unless the stream is long; see split_points
            "splits": None if len(points) == max(0, len(data) - 1) else points,
            "disagreement": disagreement,
            "h11_split_note": case.h11_split_note,
            "h11": whole,
            "h11_split_differences": len(differing),
            "h11_first_split_difference": differing[0] if differing else None,
        })
    with open(sys.argv[1], "w", encoding="utf-8") as output:
        json.dump({"h11": h11.__version__, "cases": cases}, output)


if __name__ == "__main__":
    main()
