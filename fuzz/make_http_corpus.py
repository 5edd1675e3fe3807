#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_http into fuzz/corpus/http/: one file per stream of the HTTP conformance
corpus (tests/server/conformance/http_corpus.py) that fits in tools/fuzz's 16 KiB inputs, each behind a
split pattern in fuzz_http's input format (a first byte whose low three bits count the piece sizes that
follow; none: byte by byte), the patterns taken in turn. Needs nothing beyond Python; run it again when the
conformance corpus changes:

    /usr/bin/python3 fuzz/make_http_corpus.py
"""
import os
import re
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "server", "conformance"))
sys.dont_write_bytecode = True

from http_corpus import CORPUS  # noqa: E402

HERE = os.path.join(ROOT, "fuzz", "corpus", "http")
MAX_LEN = 16384  # tools/fuzz runs with -max_len=16384
SPLIT_PATTERNS = [b"\x00", b"\x01\x06", b"\x02\x00\x3f", b"\x03\x02\x0f\xff"]


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80] or "case"


def main():
    shutil.rmtree(HERE, ignore_errors=True)
    os.makedirs(HERE)
    written = set()
    for index, case in enumerate(CORPUS):
        data = SPLIT_PATTERNS[index % len(SPLIT_PATTERNS)] + case.data
        if len(data) > MAX_LEN:
            continue
        name = slug(case.name)
        while name in written:
            name += "-"
        written.add(name)
        with open(os.path.join(HERE, name + ".http"), "wb") as handle:
            handle.write(data)
    print("%d seeds in %s" % (len(written), os.path.relpath(HERE, ROOT)))


if __name__ == "__main__":
    main()
