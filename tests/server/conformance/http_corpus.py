"""The corpus of tst_httpconformance: byte streams that Bookwarden's HTTP/1.1 request parser
(server/http/HttpRequestParser) and h11, an independent strict parser, must read the same way.

Each case is one stream as a client would send it on one connection: one request, a pipeline, or a
request followed by whatever an attacker hopes the next hop reads differently. The cases are grouped by
the rule they exercise (RFC 9112 framing, RFC 9110 fields, RFC 3986 targets, the server's budgets, and the
request-smuggling shapes of public research: CL.TE, TE.CL, TE.TE, CL.0, 0.CL, chunk-size overflow,
obs-fold, bare CR and LF, NUL).

Where the two parsers differ on purpose, the case says so: `disagreement` gives the reason and what each
side does, as a summary "<n> requests, <how the stream ends>" where the end is "end" (the stream ended
between requests), "incomplete" (it ended inside one), "closed" (a request that closes the connection
came, and the rest is not read) or "error <status>". tst_httpconformance checks that both summaries are
what the case says, so the list cannot rot. Almost all of them are places where Bookwarden refuses what
h11 0.14 accepts; the few where Bookwarden accepts what h11 refuses say why.

This module only builds data. h11_oracle.py runs h11 on it; fuzz/make_http_corpus.py turns it into the
seed corpus of fuzz_http.
"""

from dataclasses import dataclass
from typing import List, Optional

# The server's budgets (server/http/HttpLimits.h and HttpRequestParser.h); the corpus probes each edge.
MAX_HEAD_BYTES = 16 * 1024
MAX_HEADER_FIELDS = 100
MAX_BODY_BYTES = 1024 * 1024
MAX_CHUNK_EXTENSION_BYTES = 16 * 1024
MAX_CHUNK_SIZE_LINE = 1024


@dataclass(frozen=True)
class Disagreement:
    reason: str
    ours: str  # what Bookwarden's parser does, as a summary (see the module's comment)
    h11: str  # what h11 does


@dataclass(frozen=True)
class Case:
    name: str
    category: str
    data: bytes
    disagreement: Optional[Disagreement] = None
    # Why h11's own outcome depends on where the stream is cut, for the cases where it does.
    h11_split_note: Optional[str] = None


# --- reasons, each shared by the cases it explains -------------------------------------------------------

BARE_LF = ("RFC 9112 §2.2 lets a recipient accept a bare LF as a line end; Bookwarden requires CRLF "
           "everywhere, as llhttp does unless its lenient_optional_cr_before_lf flag is set, because a hop "
           "that ends lines at CRLF only reads such a stream differently. h11 accepts bare LF in the head and "
           "the trailers.")
OBS_FOLD = ("RFC 9112 §5.2: obs-fold may be rejected with 400 (or replaced by spaces). Bookwarden rejects it, "
            "as llhttp has by default since 2024 (CVE-2024-27982); h11 joins the lines. A field that one hop "
            "folds and another splits, or a Transfer-Encoding that one side folds and the other drops, is the "
            "TE.TE smuggling shape.")
FIELD_CTL = ("RFC 9110 §5.5: a field value is VCHAR, obs-text, SP and HTAB only. Bookwarden refuses every "
             "other control character, as llhttp does unless its lenient_headers flag is set; h11 refuses only "
             "NUL and ASCII whitespace other than SP and HTAB, and accepts 0x01-0x08, 0x0E-0x1F and DEL.")
TARGET_SYNTAX = ("RFC 9112 §3.2 and RFC 3986: a request target is built of unreserved characters, sub-delims, "
                 "':', '@', '/', '?' and '%HH'. Bookwarden refuses any other byte ('\\' '\"' '{' '}' '|' '^' "
                 "'`' '<' '>', '[' ']' outside the query), broken escapes and, in absolute-form, a scheme other "
                 "than http(s), userinfo, a missing host or a bad port; h11 accepts any run of visible ASCII as "
                 "a target.")
TARGET_FORM = ("RFC 9112 §3.2: '*' is for OPTIONS only, authority-form for CONNECT only (this server is no "
               "proxy), and a fragment is never sent. Bookwarden refuses other forms; h11 does not look at "
               "the target's form.")
CL_LIST = ("RFC 9110 §8.6 lets a recipient reconcile a Content-Length list or repeated fields of one value; "
           "Bookwarden refuses them as llhttp and nginx do, since a proxy that takes the first or the last "
           "value is the CL.CL smuggling shape. h11 accepts a list whose members are all equal.")
TE_AND_CL = ("RFC 9112 §6.3 rule 3: a request with both Transfer-Encoding and Content-Length 'ought to be "
             "handled as an error'; Bookwarden answers 400 and closes (the CL.TE and TE.CL smuggling "
             "shapes), as llhttp in strict mode does. h11 lets Transfer-Encoding win.")
TE_HTTP10 = ("RFC 9112 §6.1: an HTTP/1.0 message with Transfer-Encoding has faulty framing. Bookwarden "
             "refuses it; h11 decodes the chunked body.")
EXPECT = ("RFC 9110 §10.1.1: a server may answer 417 to an expectation it does not meet; Bookwarden "
          "understands only 100-continue (the Expect-based desync shapes carry others). h11 ignores Expect "
          "values it does not know.")
UPGRADE = ("Bookwarden never switches protocols: an Upgrade other than h2c (which RFC 9113 §3.1 tells "
           "servers to ignore) is answered 501. h11 reads the request and leaves the switch to the "
           "application.")
AUTHORIZATION = ("RFC 9110 §11.6.2: Authorization is a singleton; with two, a proxy and this server could "
                 "each check a different one. Bookwarden answers 400; h11 keeps both.")
HOST_SYNTAX = ("RFC 9110 §7.2 and RFC 3986 §3.2: Host is uri-host [':' port], without userinfo. Bookwarden "
               "checks it (nginx validates Host too, by rules of its own); h11 accepts any field value.")
HTTP_VERSION = ("RFC 9112 §2.3: Bookwarden serves HTTP/1.0 and HTTP/1.1 and answers 505 to any other major "
                "version; h11 reads any d.d version, keeps the connection open from 1.1 up and "
                "requires Host for 1.1 only.")
HIGHER_MINOR = ("RFC 9112 §2.3: a higher minor version is to be treated as the highest one supported, "
                "1.1, whose requests need a Host; h11 requires Host for '1.1' exactly.")
METHOD_LENGTH = ("A method is a token of at most 32 bytes here (the longest registered method is 17); h11 has "
                 "no limit.")
HEAD_BUDGET = ("Bookwarden's head budget is 16 KiB of request line and fields as sent (414 when the request "
               "line alone breaks it, else 431). h11's only limit is on the bytes buffered for an incomplete "
               "event (16 KiB by default), so it accepts any head that arrives whole.")
H11_BUFFER_NOTE = ("h11 checks its 16 KiB limit only while an event is incomplete: cut inside the head after "
                   "more than 16 KiB it answers 431, given whole it accepts.")
FIELD_COUNT = "Bookwarden allows at most 100 header fields (431); h11 has no such limit."
BODY_BUDGET = ("Bookwarden's body budget is 1 MiB: a larger Content-Length is refused with 413 before any "
               "body byte is read, a chunked body when it grows past it. h11 has no limit and waits for the "
               "body.")
CHUNK_SIZE_LINE = ("RFC 9112 §7.1: chunk = chunk-size [ chunk-ext ] CRLF, with no whitespace that senders "
                   "generate. Bookwarden reads it strictly: whitespace after the size (which llhttp refuses too "
                   "unless its lenient_spaces_after_chunk_size flag is set), an empty or nameless extension, an "
                   "extension value that is empty, unterminated or not a token are 400. h11 accepts ';' and "
                   "anything after it, and whitespace after the size.")
CHUNK_EXT_BUDGET = ("Chunk extensions are ignored but not free: all of one request's together may take 16 KiB "
                    "(Node.js has the same rule) and one chunk-size line 1 KiB. h11 has no such limits.")
CHUNK_DIGITS = ("RFC 9112 §7.1: chunk-size is 1*HEXDIG. Bookwarden reads any number of leading zeros, "
                "within its 1 KiB chunk-size line, and computes the value exactly (llhttp and nginx do the "
                "same); h11 refuses more than 20 digits whatever their value.")
LEADING_CRLF = ("RFC 9112 §2.2: a server SHOULD ignore at least one empty line before a request line (old "
                "clients send CRLF after a POST body); Bookwarden ignores them, as llhttp and nginx do. h11 "
                "refuses them.")
HTTP10_KEEP_ALIVE = ("HTTP/1.0 keep-alive (RFC 9112 Appendix C.2.2, 'Connection: keep-alive') is kept by "
                     "Bookwarden, as by nginx and Node.js, for old benchmarking clients; h11 closes every "
                     "HTTP/1.0 connection after its first request.")
TRAILER_FRAMING = ("RFC 9110 §6.5.1: a trailer must not carry fields that frame the message. Bookwarden "
                   "refuses Content-Length and Transfer-Encoding in the trailer section outright, whatever "
                   "their value (a proxy that merges trailers into the head would reframe the message); h11 "
                   "checks them as if they were header fields and accepts a well-formed one.")


def D(reason, ours, h11):
    return Disagreement(reason, ours, h11)


# --- building blocks -------------------------------------------------------------------------------------

def head(request_line, *fields, line_end=b"\r\n"):
    """A request head: the request line, each field, and the empty line, each ending in `line_end`."""
    lines = [request_line] + list(fields)
    encoded = [line.encode("latin-1") if isinstance(line, str) else line for line in lines]
    return b"".join(line + line_end for line in encoded) + line_end


def get(target="/", *fields, version="HTTP/1.1", host="x"):
    host_fields = ["Host: " + host] if host is not None else []
    return head("GET %s %s" % (target, version), *host_fields, *fields)


def post(body, *fields, target="/p", framing="length"):
    """A POST with `body`, framed by Content-Length ("length"), as one chunk ("chunked"), or not at all."""
    if isinstance(body, str):
        body = body.encode("latin-1")
    if framing == "length":
        return head("POST %s HTTP/1.1" % target, "Host: x", "Content-Length: %d" % len(body), *fields) + body
    if framing == "chunked":
        return head("POST %s HTTP/1.1" % target, "Host: x", "Transfer-Encoding: chunked", *fields) \
            + chunked(body)
    return head("POST %s HTTP/1.1" % target, "Host: x", *fields) + body


def chunked(*pieces, trailer=b""):
    """A chunked body: one chunk per piece, the last chunk, the trailer section."""
    out = b""
    for piece in pieces:
        if isinstance(piece, str):
            piece = piece.encode("latin-1")
        if piece:
            out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n" + trailer + b"\r\n"


def te_post(transfer_encoding, body=b"", *fields):
    """A POST whose Transfer-Encoding value is `transfer_encoding` and whose body is `body`, as sent."""
    return head("POST /p HTTP/1.1", "Host: x", b"Transfer-Encoding: " + transfer_encoding, *fields) + body


def with_chunk_line(line):
    """A chunked POST whose first chunk-size line is `line` (a chunk of one byte 'a'), then the last chunk."""
    return head("POST /p HTTP/1.1", "Host: x", "Transfer-Encoding: chunked") + line + b"\r\na\r\n0\r\n\r\n"


NEXT = get("/next")  # a well-formed request to follow an ambiguous one: where does it start?


def cases_request_line():
    c = []
    for method in ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "PROPFIND", "get",
                   "M-SEARCH", "X!#$%&'*+-.^_`|~9"]:
        c.append(Case("method %s" % method, "request line", head("%s / HTTP/1.1" % method, "Host: x")))
    c.append(Case("method of 32 bytes", "request line", head("M" * 32 + " / HTTP/1.1", "Host: x")))
    c.append(Case("method of 33 bytes", "request line", head("M" * 33 + " / HTTP/1.1", "Host: x"),
                  D(METHOD_LENGTH, "0 requests, error 400", "1 requests, end")))
    for name, line in [
        ("method with a parenthesis", b"GE(T / HTTP/1.1"),
        ("method with a comma", b"GE,T / HTTP/1.1"),
        ("method with a slash", b"GE/T / HTTP/1.1"),
        ("method with a NUL", b"GE\x00T / HTTP/1.1"),
        ("method with a non-ASCII byte", b"G\xc9T / HTTP/1.1"),
        ("empty method", b" / HTTP/1.1"),
        ("two spaces after the method", b"GET  / HTTP/1.1"),
        ("two spaces before the version", b"GET /  HTTP/1.1"),
        ("tab as separator", b"GET\t/\tHTTP/1.1"),
        ("tab after the method", b"GET\t/ HTTP/1.1"),
        ("leading space", b" GET / HTTP/1.1"),
        ("trailing space", b"GET / HTTP/1.1 "),
        ("trailing tab", b"GET / HTTP/1.1\t"),
        ("no version (HTTP/0.9 simple request)", b"GET /"),
        ("no target", b"GET HTTP/1.1"),
        ("method only", b"GET"),
        ("lower-case version", b"GET / http/1.1"),
        ("HTTPS as protocol name", b"GET / HTTPS/1.1"),
        ("version without minor", b"GET / HTTP/1"),
        ("version with a dot and no minor", b"GET / HTTP/1."),
        ("two-digit minor version", b"GET / HTTP/1.10"),
        ("two-digit major version", b"GET / HTTP/11.1"),
        ("version with a letter", b"GET / HTTP/1.x"),
        ("version with a comma", b"GET / HTTP/1,1"),
        ("three parts and more", b"GET / HTTP/1.1 extra"),
        ("bare CR inside the request line", b"GET /\r HTTP/1.1"),
        ("bare CR after the version", b"GET / HTTP/1.1\r"),
        ("NUL in the version", b"GET / HTTP/1.1\x00"),
        ("vertical tab as separator", b"GET\x0b/ HTTP/1.1"),
    ]:
        c.append(Case(name, "request line", line + b"\r\nHost: x\r\n\r\n"))
    c.append(Case("HTTP/1.0 without Host", "request line", head("GET / HTTP/1.0")))
    c.append(Case("HTTP/1.0 with Host", "request line", head("GET / HTTP/1.0", "Host: x")))
    c.append(Case("HTTP/1.2 with Host", "request line", head("GET / HTTP/1.2", "Host: x")))
    c.append(Case("HTTP/1.2 without Host", "request line", head("GET / HTTP/1.2"),
                  D(HIGHER_MINOR, "0 requests, error 400", "1 requests, end")))
    for version, h11 in [("2.0", "1 requests, end"), ("3.0", "1 requests, end"), ("0.9", "1 requests, closed"),
                         ("9.9", "1 requests, end")]:
        c.append(Case("version HTTP/%s" % version, "request line", head("GET / HTTP/%s" % version, "Host: x"),
                      D(HTTP_VERSION, "0 requests, error 505", h11)))
    c.append(Case("request line over 16 KiB", "budgets",
                  head("GET /" + "a" * MAX_HEAD_BYTES + " HTTP/1.1", "Host: x"),
                  D(HEAD_BUDGET, "0 requests, error 414", "1 requests, end"), H11_BUFFER_NOTE))
    return c


def cases_targets():
    c = []
    accepted = [
        "/", "/a/b/c", "/a?b=c&d=e", "/a;b=c", "/%41%42", "/b%C3%BCcher", "/a?q=%20", "/a?", "/?",
        "/a:b@c", "/a!$&'()*+,;=", "/~user/-._", "/a?x=[1]&y=]", "/a?b/c?d", "/%2F", "/%00", "/a/../b",
        "/./a", "//a", "/a/", "/..", "/%2e%2e/a", "/%68ealthz", "/a%c3%a9",
        "http://h/a", "http://h:80/a?b", "HTTP://H/", "https://h/", "http://h", "http://h?q",
        "http://[::1]:8080/a", "http://192.0.2.1/", "http://h:/a",
    ]
    for target in accepted:
        c.append(Case("target %s" % target, "targets", get(target)))
    c.append(Case("target * with OPTIONS", "targets", head("OPTIONS * HTTP/1.1", "Host: x")))
    for ch in '\\"{}|^`<>':
        c.append(Case("target with %s in the path" % ch, "targets", get("/a%sb" % ch),
                      D(TARGET_SYNTAX, "0 requests, error 400", "1 requests, end")))
        c.append(Case("target with %s in the query" % ch, "targets", get("/a?q=%s" % ch),
                      D(TARGET_SYNTAX, "0 requests, error 400", "1 requests, end")))
    for name, target in [
        ("target with brackets in the path", "/a[1]"),
        ("target with a broken escape", "/a%zz"),
        ("target with an escape cut short", "/a%4"),
        ("target with a lone percent", "/a%"),
        ("target with an escape cut short in the query", "/a?b=%4"),
        ("absolute-form with userinfo", "http://user@h/"),
        ("absolute-form without a host", "http:///a"),
        ("absolute-form with a bad port", "http://h:8o/"),
        ("absolute-form with another scheme", "ftp://h/a"),
        ("absolute-form with a broken IPv6 literal", "http://[::g]/"),
    ]:
        c.append(Case(name, "targets", get(target), D(TARGET_SYNTAX, "0 requests, error 400", "1 requests, end")))
    for name, request in [
        ("target * with GET", get("*")),
        ("relative target", get("books")),
        ("authority-form with GET", get("h:80")),
        ("authority-form with CONNECT", head("CONNECT h:443 HTTP/1.1", "Host: h:443")),
        ("target with a fragment", get("/a#b")),
        ("target with an empty fragment", get("/a#")),
    ]:
        c.append(Case(name, "targets", request, D(TARGET_FORM, "0 requests, error 400", "1 requests, end")))
    c.append(Case("CONNECT with an origin-form target", "targets", head("CONNECT / HTTP/1.1", "Host: x")))
    for name, target in [
        ("target with a non-ASCII byte", b"/\xc3\xa4"),
        ("target with obs-text only", b"/\xff"),
        ("target with a DEL", b"/a\x7fb"),
        ("target with a control character", b"/a\x01b"),
        ("target with a NUL", b"/a\x00b"),
        ("target with a vertical tab", b"/a\x0bb"),
    ]:
        c.append(Case(name, "targets", b"GET " + target + b" HTTP/1.1\r\nHost: x\r\n\r\n"))
    return c


def cases_fields():
    c = []
    for name, fields in [
        ("field with OWS around the value", [b"X-A: \t a b \t "]),
        ("field without OWS", [b"X-A:a"]),
        ("field with an empty value", [b"X-A:"]),
        ("field of whitespace only", [b"X-A: \t "]),
        ("field with tabs inside the value", [b"X-A: a\tb\t\tc"]),
        ("field with obs-text", [b"X-A: caf\xe9 \xff\x80"]),
        ("field with quotes, commas and colons", [b'X-A: "a, b": c; d=e']),
        ("field name of every tchar", [b"!#$%&'*+-.^_`|~09azAZ: v"]),
        ("field names in mixed case", [b"x-A: 1", b"X-a: 2", b"X-A: 3"]),
        ("repeated field", [b"Accept: a", b"Accept: b"]),
        ("Cookie fields", [b"Cookie: a=1", b"Cookie: b=2"]),
        ("field with a long value", [b"X-Long: " + b"v" * 8000]),
        ("field with underscores in the name", [b"X_Forwarded_For: 1.2.3.4"]),
        ("Connection: keep-alive on HTTP/1.1", [b"Connection: keep-alive"]),
        ("Connection with several options", [b"Connection: keep-alive, Upgrade-Insecure"]),
        ("Expect: 100-continue without a body", [b"Expect: 100-continue"]),
        ("Expect in mixed case", [b"Expect: 100-Continue"]),
        ("Upgrade: h2c", [b"Connection: Upgrade, HTTP2-Settings", b"Upgrade: h2c",
                          b"HTTP2-Settings: AAMAAABkAAQAAP__"]),
        ("one Authorization", [b"Authorization: Bearer a.b.c"]),
    ]:
        c.append(Case(name, "fields", get("/", *fields)))
    c.append(Case("100 fields", "budgets",
                  get("/", *["X-%d: v" % i for i in range(MAX_HEADER_FIELDS - 1)])))
    c.append(Case("101 fields", "budgets",
                  get("/", *["X-%d: v" % i for i in range(MAX_HEADER_FIELDS)]),
                  D(FIELD_COUNT, "0 requests, error 431", "1 requests, end")))
    # Exactly 16 KiB of head, then one byte more.
    exact = get("/", "X-Fill: ")
    filler = MAX_HEAD_BYTES - len(exact)
    c.append(Case("head of exactly 16 KiB", "budgets", get("/", "X-Fill: " + "f" * filler)))
    c.append(Case("head of 16 KiB and one byte", "budgets", get("/", "X-Fill: " + "f" * (filler + 1)),
                  D(HEAD_BUDGET, "0 requests, error 431", "1 requests, end")))
    c.append(Case("head of 20 KiB", "budgets", get("/", "X-Fill: " + "f" * (filler + 4096)),
                  D(HEAD_BUDGET, "0 requests, error 431", "1 requests, end"), H11_BUFFER_NOTE))
    for name, line in [
        ("space before the colon", b"X-A : v"),
        ("tab before the colon", b"X-A\t: v"),
        ("no colon", b"X-A v"),
        ("empty field name", b": v"),
        ("space in the field name", b"X A: v"),
        ("parenthesis in the field name", b"X(A): v"),
        ("NUL in the field name", b"X\x00A: v"),
        ("non-ASCII field name", b"X\xc9: v"),
        ("NUL in the value", b"X-A: a\x00b"),
        ("NUL at the end of the value", b"X-A: a\x00"),
        ("bare CR inside the value", b"X-A: a\rb"),
        ("bare CR at the end of the value", b"X-A: a\r"),
        ("vertical tab in the value", b"X-A: a\x0bb"),
        ("form feed in the value", b"X-A: a\x0cb"),
        ("bare CR before the field name", b"\rX-A: v"),
    ]:
        c.append(Case("field: " + name, "fields", head("GET / HTTP/1.1", "Host: x", line)))
    c.append(Case("field: DEL in the field name", "fields", head("GET / HTTP/1.1", "Host: x", b"X\x7f: v")))
    c.append(Case("whitespace line before the first field", "fields", head("GET / HTTP/1.1", " ", "Host: x")))
    c.append(Case("whitespace before the first field", "fields", head("GET / HTTP/1.1", " Host: x")))
    c.append(Case("tab before the first field", "fields", head("GET / HTTP/1.1", "\tHost: x")))
    for byte in [0x01, 0x08, 0x0e, 0x1b, 0x1f, 0x7f]:
        c.append(Case("field value with control 0x%02X" % byte, "fields",
                      head("GET / HTTP/1.1", "Host: x", b"X-A: a" + bytes([byte]) + b"b"),
                      D(FIELD_CTL, "0 requests, error 400", "1 requests, end")))
    c.append(Case("Host value with control 0x01", "fields", head("GET / HTTP/1.1", b"Host: x\x01"),
                  D(FIELD_CTL, "0 requests, error 400", "1 requests, end")))
    for name, lines in [
        ("obs-fold with a space", ["X-A: a", " b"]),
        ("obs-fold with a tab", ["X-A: a", "\tb"]),
        ("obs-fold of an empty value", ["X-A:", " b"]),
        ("obs-fold over two lines", ["X-A: a", " b", " c"]),
        ("obs-fold of whitespace only", ["X-A: a", "  "]),
    ]:
        c.append(Case(name, "obs-fold", head("GET / HTTP/1.1", "Host: x", *lines),
                      D(OBS_FOLD, "0 requests, error 400", "1 requests, end")))
    c.append(Case("obs-fold of Host", "obs-fold", head("GET / HTTP/1.1", "Host:", " x"),
                  D(OBS_FOLD, "0 requests, error 400", "1 requests, end")))
    return c


def cases_host():
    c = []
    for value in ["example.org", "example.org:8080", "EXAMPLE.org", "[2001:db8::1]", "[2001:db8::1]:8080",
                  "192.0.2.1", "192.0.2.1:80", "h:", "a-b.c_d~e", "%41bc", "a!$&'()*+,;=b", ""]:
        c.append(Case("Host %s" % (value or "empty"), "host", head("GET / HTTP/1.1", "Host: " + value)))
    c.append(Case("Host of whitespace", "host", head("GET / HTTP/1.1", "Host:  \t ")))
    c.append(Case("Host in upper case", "host", head("GET / HTTP/1.1", "HOST: x")))
    for name, fields in [
        ("no Host on HTTP/1.1", []),
        ("two Host fields", ["Host: a", "Host: b"]),
        ("two identical Host fields", ["Host: a", "Host: a"]),
        ("two Host fields, one empty", ["Host: a", "Host:"]),
        ("Host and host", ["Host: a", "host: a"]),
    ]:
        c.append(Case(name, "host", head("GET / HTTP/1.1", *fields)))
    c.append(Case("two Host fields on HTTP/1.0", "host", head("GET / HTTP/1.0", "Host: a", "Host: b")))
    c.append(Case("absolute-form without a Host field", "host", head("GET http://h/ HTTP/1.1")))
    for name, value in [
        ("Host with a space", "a b"),
        ("Host with a path", "a/b"),
        ("Host with userinfo", "u@h"),
        ("Host with a bad port", "h:8o"),
        ("Host with two ports", "h:80:80"),
        ("Host with a broken IPv6 literal", "[2001:db8::g]"),
        ("Host with an unbracketed IPv6 address", "2001:db8::1"),
        ("Host with a comma list", "a, b"),
        ("Host with a query", "h?x"),
        ("Host with obs-text", "h\xe9"),
    ]:
        c.append(Case(name, "host", head("GET / HTTP/1.1", "Host: " + value),
                      D(HOST_SYNTAX, "0 requests, error 400", "1 requests, end")))
    c.append(Case("Host with a space on HTTP/1.0", "host", head("GET / HTTP/1.0", "Host: a b"),
                  D(HOST_SYNTAX, "0 requests, error 400", "1 requests, closed")))
    return c


def cases_content_length():
    c = []
    for name, request in [
        ("Content-Length 0", post("")),
        ("Content-Length 5", post("hello")),
        ("Content-Length with leading zeros", head("POST / HTTP/1.1", "Host: x", "Content-Length: 005") + b"hello"),
        ("Content-Length with OWS", head("POST / HTTP/1.1", "Host: x", "Content-Length: \t 5 \t") + b"hello"),
        ("Content-Length in upper case", head("POST / HTTP/1.1", "Host: x", "CONTENT-LENGTH: 5") + b"hello"),
        ("Content-Length on GET (CL.0)", head("GET / HTTP/1.1", "Host: x", "Content-Length: 5") + b"hello"),
        ("Content-Length on HEAD", head("HEAD / HTTP/1.1", "Host: x", "Content-Length: 5") + b"hello"),
        ("Content-Length on OPTIONS", head("OPTIONS * HTTP/1.1", "Host: x", "Content-Length: 2") + b"{}"),
        ("body of CR and LF", post("\r\n\r\n")),
        ("body of NUL bytes", post("\x00\x00\x00")),
        ("body of binary bytes", post(bytes(range(256)))),
        ("body that looks like a request (CL.0)", post(get("/admin"))),
        ("body that looks like a last chunk", post("0\r\n\r\n")),
        ("HTTP/1.0 with a body", head("POST / HTTP/1.0", "Content-Length: 3") + b"abc"),
        ("body of 64 KiB", post("b" * 65536)),
        ("Content-Length with a huge count of leading zeros", head(
            "POST / HTTP/1.1", "Host: x", "Content-Length: " + "0" * 200 + "1") + b"a"),
    ]:
        c.append(Case(name, "content-length", request))
    for name, value in [
        ("negative Content-Length", "-1"),
        ("Content-Length with a plus sign", "+5"),
        ("Content-Length in hex", "0x5"),
        ("Content-Length with a letter", "5a"),
        ("Content-Length with a decimal point", "5.0"),
        ("empty Content-Length", ""),
        ("Content-Length of whitespace", " \t "),
        ("Content-Length of two numbers", "5 5"),
        ("Content-Length after an empty list member", ",5"),
        ("Content-Length before an empty list member", "5,"),
        ("Content-Length list of two values", "5, 6"),
        ("Content-Length with a NUL", "5\x00"),
        ("Content-Length with a bare CR", "5\r6"),
        ("Content-Length with a vertical tab", "5\x0b"),
        ("Content-Length in full-width digits", "\xef\xbc\x95"),
        ("Content-Length with an exponent", "5e0"),
        ("Content-Length quoted", '"5"'),
    ]:
        c.append(Case(name, "content-length",
                      head("POST / HTTP/1.1", "Host: x", "Content-Length: " + value) + b"hello" + NEXT))
    c.append(Case("two different Content-Length fields", "content-length",
                  head("POST / HTTP/1.1", "Host: x", "Content-Length: 1", "Content-Length: 5") + b"hello"))
    for name, fields in [
        ("Content-Length list of one value twice", ["Content-Length: 5, 5"]),
        ("Content-Length list without spaces", ["Content-Length: 5,5"]),
        ("two identical Content-Length fields", ["Content-Length: 5", "Content-Length: 5"]),
    ]:
        c.append(Case(name, "content-length", head("POST / HTTP/1.1", "Host: x", *fields) + b"hello",
                      D(CL_LIST, "0 requests, error 400", "1 requests, end")))
    c.append(Case("Content-Length longer than the stream", "content-length",
                  head("POST / HTTP/1.1", "Host: x", "Content-Length: 10") + b"hello"))
    c.append(Case("body of exactly 1 MiB", "budgets", post("m" * MAX_BODY_BYTES)))
    c.append(Case("Content-Length of 1 MiB and one byte", "budgets",
                  head("POST / HTTP/1.1", "Host: x", "Content-Length: %d" % (MAX_BODY_BYTES + 1)) + b"m" * 100,
                  D(BODY_BUDGET, "0 requests, error 413", "0 requests, incomplete")))
    c.append(Case("Content-Length of 2^64 (overflow)", "budgets",
                  head("POST / HTTP/1.1", "Host: x", "Content-Length: 18446744073709551616") + b"hello",
                  D(BODY_BUDGET, "0 requests, error 413", "0 requests, incomplete")))
    c.append(Case("Content-Length of 2^64+5 (wraps to 5)", "budgets",
                  head("POST / HTTP/1.1", "Host: x", "Content-Length: 18446744073709551621") + b"hello" + NEXT,
                  D(BODY_BUDGET, "0 requests, error 413", "0 requests, incomplete")))
    return c


def cases_transfer_encoding():
    c = []
    for name, request in [
        ("chunked, one chunk", post("hello", framing="chunked")),
        ("chunked, no chunk", te_post(b"chunked", chunked())),
        ("chunked, several chunks", te_post(b"chunked", chunked("a", "bc", "def", "g" * 300))),
        ("chunked in upper case", te_post(b"CHUNKED", chunked("abc"))),
        ("chunked in mixed case", te_post(b"cHuNkEd", chunked("abc"))),
        ("chunked with OWS", te_post(b" \tchunked\t ", chunked("abc"))),
        ("Transfer-Encoding name in lower case", head("POST / HTTP/1.1", "Host: x", "transfer-encoding: chunked")
         + chunked("abc")),
        ("chunk sizes in upper-case hex", te_post(b"chunked", b"A\r\n0123456789\r\n0\r\n\r\n")),
        ("chunk sizes in lower-case hex", te_post(b"chunked", b"a\r\n0123456789\r\n0\r\n\r\n")),
        ("chunk size with leading zeros", te_post(b"chunked", b"0003\r\nabc\r\n000\r\n\r\n")),
        ("chunk size with 20 digits", te_post(b"chunked", b"0" * 19 + b"3\r\nabc\r\n0\r\n\r\n")),
        ("chunk data of CR and LF", te_post(b"chunked", chunked("\r\n", "\r\n\r\n"))),
        ("chunk data that looks like a last chunk", te_post(b"chunked", chunked("0\r\n\r\n"))),
        ("chunk data that looks like a request", te_post(b"chunked", chunked(get("/admin")))),
        ("chunk extension name", te_post(b"chunked", b"3;a\r\nabc\r\n0\r\n\r\n")),
        ("chunk extension with a token value", te_post(b"chunked", b"3;a=b\r\nabc\r\n0\r\n\r\n")),
        ("chunk extension with a quoted value", te_post(b"chunked", b'3;a="b c"\r\nabc\r\n0\r\n\r\n')),
        ("chunk extension with an escaped quote", te_post(b"chunked", b'3;a="b\\"c"\r\nabc\r\n0\r\n\r\n')),
        ("chunk extension with obs-text in quotes", te_post(b"chunked", b'3;a="\xe9"\r\nabc\r\n0\r\n\r\n')),
        ("several chunk extensions", te_post(b"chunked", b"3;a;b=c;d=\"e\"\r\nabc\r\n0;z\r\n\r\n")),
        ("extension on the last chunk", te_post(b"chunked", b"0;last=1\r\n\r\n")),
        ("trailer field", te_post(b"chunked", chunked("abc", trailer=b"X-Trailer: t\r\n"))),
        ("two trailer fields", te_post(b"chunked", chunked("abc", trailer=b"X-A: 1\r\nX-B: 2\r\n"))),
        ("trailer field with an empty value", te_post(b"chunked", chunked("abc", trailer=b"X-A:\r\n"))),
        ("Expect: 100-continue with a chunked body", te_post(b"chunked", chunked("abc"), "Expect: 100-continue")),
        ("Expect: 100-continue with a Content-Length body",
         head("POST / HTTP/1.1", "Host: x", "Expect: 100-continue", "Content-Length: 3") + b"abc"),
        ("chunked GET", head("GET / HTTP/1.1", "Host: x", "Transfer-Encoding: chunked") + chunked("abc")),
        ("a Transfer_Encoding field is just a field", head(
            "POST / HTTP/1.1", "Host: x", "Transfer_Encoding: chunked", "Content-Length: 3") + b"abc"),
    ]:
        c.append(Case(name, "transfer-encoding", request))
    for name, value in [
        ("Transfer-Encoding gzip", b"gzip"),
        ("Transfer-Encoding identity", b"identity"),
        ("Transfer-Encoding gzip, chunked", b"gzip, chunked"),
        ("Transfer-Encoding identity, chunked", b"identity, chunked"),
        ("Transfer-Encoding chunked, gzip", b"chunked, gzip"),
        ("Transfer-Encoding chunked, identity", b"chunked, identity"),
        ("Transfer-Encoding chunked, chunked", b"chunked, chunked"),
        ("empty Transfer-Encoding", b""),
        ("Transfer-Encoding with an empty member first", b", chunked"),
        ("Transfer-Encoding with an empty member last", b"chunked,"),
        ("Transfer-Encoding with a parameter", b"chunked;q=1"),
        ("Transfer-Encoding quoted", b'"chunked"'),
        ("Transfer-Encoding xchunked", b"xchunked"),
        ("Transfer-Encoding chunk", b"chunk"),
        ("Transfer-Encoding chunked with a Kelvin sign", "chun\u212aed".encode()),
        ("Transfer-Encoding chunked with a NUL", b"chunked\x00"),
        ("Transfer-Encoding with a vertical tab", b"\x0bchunked"),
        ("Transfer-Encoding with a form feed", b"chunked\x0c"),
        ("Transfer-Encoding chunked and a space inside", b"chun ked"),
    ]:
        c.append(Case(name, "transfer-encoding", te_post(value, chunked("abc") + NEXT)))
    c.append(Case("two Transfer-Encoding fields", "transfer-encoding",
                  head("POST / HTTP/1.1", "Host: x", "Transfer-Encoding: chunked", "Transfer-Encoding: chunked")
                  + chunked("abc")))
    c.append(Case("Transfer-Encoding chunked then an empty field", "transfer-encoding",
                  head("POST / HTTP/1.1", "Host: x", "Transfer-Encoding: chunked", "Transfer-Encoding:")
                  + chunked("abc")))
    c.append(Case("Transfer-Encoding gzip then chunked in two fields", "transfer-encoding",
                  head("POST / HTTP/1.1", "Host: x", "Transfer-Encoding: gzip", "Transfer-Encoding: chunked")
                  + chunked("abc")))
    c.append(Case("chunked on HTTP/1.0", "transfer-encoding",
                  head("POST / HTTP/1.0", "Transfer-Encoding: chunked") + chunked("abc"),
                  D(TE_HTTP10, "0 requests, error 400", "1 requests, closed")))
    c.append(Case("chunked on HTTP/1.0 with keep-alive", "transfer-encoding",
                  head("POST / HTTP/1.0", "Connection: keep-alive", "Transfer-Encoding: chunked")
                  + chunked("abc") + NEXT,
                  D(TE_HTTP10, "0 requests, error 400", "1 requests, closed")))
    for name, body in [
        ("chunk size that is no number", b"zz\r\nab\r\n0\r\n\r\n"),
        ("chunk size missing", b"\r\nab\r\n0\r\n\r\n"),
        ("chunk size with a plus sign", b"+1\r\na\r\n0\r\n\r\n"),
        ("chunk size with a minus sign", b"-1\r\na\r\n0\r\n\r\n"),
        ("chunk size in 0x form", b"0x1\r\na\r\n0\r\n\r\n"),
        ("chunk size after a space", b" 1\r\na\r\n0\r\n\r\n"),
        ("chunk data longer than its size", b"1\r\nab\r\n0\r\n\r\n"),
        ("chunk data shorter than its size", b"3\r\nab\r\n0\r\n\r\n" + NEXT),
        ("chunk data ending in a bare LF", b"1\r\na\n0\r\n\r\n"),
        ("chunk data ending in a bare CR", b"1\r\na\r0\r\n\r\n"),
        ("chunk data ending without CRLF", b"1\r\na0\r\n\r\n"),
        ("chunk-size line ending in a bare LF", b"1\na\r\n0\r\n\r\n"),
        ("last chunk ending in a bare LF", b"1\r\na\r\n0\n\r\n"),
        ("chunk size with a NUL", b"1\x00\r\na\r\n0\r\n\r\n"),
        ("chunk size with a bare CR", b"1\r\r\na\r\n0\r\n\r\n"),
        ("space before a chunk extension", b"1 ;a\r\na\r\n0\r\n\r\n"),
        ("trailer field with a space before the colon", b"0\r\nX-A : v\r\n\r\n"),
        ("trailer field without a colon", b"0\r\nX-A\r\n\r\n"),
        ("trailer field with a NUL", b"0\r\nX-A: a\x00\r\n\r\n"),
        ("trailer that starts with whitespace", b"0\r\n X-A: v\r\n\r\n"),
        ("trailer with an invalid Content-Length", b"0\r\nContent-Length: x\r\n\r\n"),
        ("trailer with two different Content-Length fields", b"0\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"),
        ("trailer with Transfer-Encoding gzip", b"0\r\nTransfer-Encoding: gzip\r\n\r\n"),
        ("body missing its last chunk", b"1\r\na\r\n"),
        ("body missing the end of the trailer section", b"0\r\nX-A: v\r\n"),
    ]:
        c.append(Case(name, "chunked", te_post(b"chunked", body)))
    for name, line in [
        ("space after the chunk size", b"1 "),
        ("tab after the chunk size", b"1\t"),
        ("space after the semicolon", b"1; a"),
        ("space around '=' in an extension", b"1;a = b"),
        ("empty chunk extension", b"1;"),
        ("chunk extension without a name", b"1;=v"),
        ("chunk extension with an empty value", b"1;a="),
        ("chunk extension with an unterminated quote", b'1;a="b'),
        ("chunk extension with a space in its value", b"1;a=b c"),
        ("chunk extension with a control character", b"1;a\x01"),
        ("chunk extension with a DEL", b"1;a=\x7f"),
        ("chunk extension with obs-text outside quotes", b"1;a=\xe9"),
        ("two semicolons", b"1;;a"),
        ("chunk extension with a trailing semicolon", b"1;a;"),
    ]:
        c.append(Case(name, "chunked", with_chunk_line(line),
                      D(CHUNK_SIZE_LINE, "0 requests, error 400", "1 requests, end")))
    c.append(Case("chunk size with 21 digits of leading zeros", "chunked",
                  with_chunk_line(b"0" * 20 + b"1"),
                  D(CHUNK_DIGITS, "1 requests, end", "0 requests, error 400")))
    c.append(Case("chunk size with 100 digits of leading zeros", "chunked",
                  with_chunk_line(b"0" * 99 + b"1"),
                  D(CHUNK_DIGITS, "1 requests, end", "0 requests, error 400")))
    for name, trailer in [
        ("trailer with Content-Length", b"Content-Length: 5\r\n"),
        ("trailer with Transfer-Encoding chunked", b"Transfer-Encoding: chunked\r\n"),
        ("trailer with Content-Length before a request", b"Content-Length: 30\r\n"),
    ]:
        c.append(Case(name, "chunked", te_post(b"chunked", chunked("abc", trailer=trailer) + NEXT),
                      D(TRAILER_FRAMING, "0 requests, error 400", "2 requests, end")))
    c.append(Case("trailer with obs-fold", "chunked", te_post(b"chunked", b"0\r\nX-A: a\r\n b\r\n\r\n"),
                  D(OBS_FOLD, "0 requests, error 400", "1 requests, end")))
    c.append(Case("trailer line ending in a bare LF", "chunked", te_post(b"chunked", b"0\r\nX-A: a\n\r\n"),
                  D(BARE_LF, "0 requests, error 400", "1 requests, end")))
    c.append(Case("trailer section ending in a bare LF", "chunked", te_post(b"chunked", b"0\r\n\n"),
                  D(BARE_LF, "0 requests, error 400", "1 requests, end")))
    c.append(Case("trailer with a control character", "chunked",
                  te_post(b"chunked", b"0\r\nX-A: a\x01\r\n\r\n"),
                  D(FIELD_CTL, "0 requests, error 400", "1 requests, end")))
    # Budgets of chunked bodies.
    c.append(Case("chunked body of exactly 1 MiB", "budgets",
                  te_post(b"chunked", chunked(*[b"c" * 65536] * (MAX_BODY_BYTES // 65536)))))
    c.append(Case("chunked body growing past 1 MiB", "budgets",
                  te_post(b"chunked", chunked(*[b"c" * 65536] * (MAX_BODY_BYTES // 65536), b"c")),
                  D(BODY_BUDGET, "0 requests, error 413", "1 requests, end")))
    c.append(Case("chunk size of 1 MiB and one byte", "budgets",
                  te_post(b"chunked", b"100001\r\n" + b"c" * 100),
                  D(BODY_BUDGET, "0 requests, error 413", "0 requests, incomplete")))
    for digits in [b"ffffffffffffffff", b"10000000000000000", b"10000000000000003",
                   b"fffffffffffffffffff"]:
        c.append(Case("chunk size %s (overflow)" % digits.decode(), "budgets",
                      te_post(b"chunked", digits + b"\r\nabc\r\n0\r\n\r\n" + NEXT),
                      D(BODY_BUDGET, "0 requests, error 413", "0 requests, incomplete")))
    extension_chunk = b"1;" + b"e" * 999 + b"\r\nx\r\n"  # 1000 bytes of extension each
    budget_chunks = MAX_CHUNK_EXTENSION_BYTES // 1000
    rest = MAX_CHUNK_EXTENSION_BYTES - budget_chunks * 1000
    exact_body = extension_chunk * budget_chunks + b"1;" + b"e" * (rest - 1) + b"\r\nx\r\n" + b"0\r\n\r\n"
    c.append(Case("chunk extensions of exactly 16 KiB", "budgets", te_post(b"chunked", exact_body)))
    c.append(Case("chunk extensions of 16 KiB and one byte", "budgets",
                  te_post(b"chunked", extension_chunk * budget_chunks + b"1;" + b"e" * rest
                          + b"\r\nx\r\n0\r\n\r\n"),
                  D(CHUNK_EXT_BUDGET, "0 requests, error 413", "1 requests, end")))
    long_line = b"1;" + b"e" * (MAX_CHUNK_SIZE_LINE - 3)  # with its CR: exactly 1 KiB
    c.append(Case("chunk-size line of exactly 1 KiB", "budgets", with_chunk_line(long_line)))
    c.append(Case("chunk-size line of 1 KiB and one byte", "budgets", with_chunk_line(long_line + b"e"),
                  D(CHUNK_EXT_BUDGET, "0 requests, error 400", "1 requests, end")))
    return c


def cases_line_ends():
    c = []
    for name, data in [
        ("bare LF everywhere", b"GET / HTTP/1.1\nHost: x\n\n"),
        ("bare LF after the request line", b"GET / HTTP/1.1\nHost: x\r\n\r\n"),
        ("bare LF after a field", b"GET / HTTP/1.1\r\nHost: x\n\r\n"),
        ("bare LF as the empty line", b"GET / HTTP/1.1\r\nHost: x\r\n\n"),
        ("bare LF hiding a Transfer-Encoding", b"POST / HTTP/1.1\r\nHost: x\r\nX: y\nTransfer-Encoding: chunked\r\n"
                                               b"Content-Length: 3\r\n\r\nabc"),
        ("bare LF hiding a Content-Length", b"POST / HTTP/1.1\r\nHost: x\r\nX: y\nContent-Length: 3\r\n\r\nabc"),
    ]:
        h11 = "1 requests, end"
        if "Transfer-Encoding" in name:
            h11 = "0 requests, incomplete"  # h11 reads CL.TE as chunked and waits for a chunk line
        c.append(Case(name, "line ends", data, D(BARE_LF, "0 requests, error 400", h11)))
    for name, data in [
        ("bare CR as a line end", b"GET / HTTP/1.1\rHost: x\r\n\r\n"),
        ("bare CR after a field", b"GET / HTTP/1.1\r\nHost: x\rX-A: b\r\n\r\n"),
        ("CR CR LF", b"GET / HTTP/1.1\r\r\nHost: x\r\n\r\n"),
        ("bare CR as the empty line", b"GET / HTTP/1.1\r\nHost: x\r\n\r\r\n" + NEXT),
        ("LF CR instead of CRLF", b"GET / HTTP/1.1\n\rHost: x\n\r\n\r"),
        ("empty line of a bare LF first", b"\nGET / HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("empty line of a bare CR first", b"\rGET / HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("NUL before the request", b"\x00GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("NUL between requests", get("/1") + b"\x00" + get("/2")),
        ("NUL in a field name after a request", get("/1") + b"GET /2 HTTP/1.1\r\nHost: x\r\nX\x00: v\r\n\r\n"),
        ("TLS ClientHello", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(32) + b"\r\n\r\n"),
        ("HTTP/2 connection preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
    ]:
        expected = None
        if name == "HTTP/2 connection preface":
            expected = D(HTTP_VERSION, "0 requests, error 505", "1 requests, error 400")
        c.append(Case(name, "line ends", data, expected))
    c.append(Case("empty stream", "line ends", b""))
    c.append(Case("head cut short", "line ends", b"GET / HTTP/1.1\r\nHost: x\r\n"))
    c.append(Case("request line cut short", "line ends", b"GET / HT"))
    for name, data, h11 in [
        ("one empty line before the request", b"\r\n" + get(), "0 requests, error 400"),
        ("two empty lines before the request", b"\r\n\r\n" + get(), "0 requests, error 400"),
        ("empty line between two requests", get("/1") + b"\r\n" + get("/2"), "1 requests, error 400"),
        ("empty line after a POST body", post("abc") + b"\r\n" + get("/2"), "1 requests, error 400"),
        ("only empty lines", b"\r\n\r\n\r\n", "0 requests, error 400"),
    ]:
        ours = {"0 requests, error 400": "1 requests, end", "1 requests, error 400": "2 requests, end"}[h11]
        if name == "only empty lines":
            ours = "0 requests, incomplete"
        c.append(Case(name, "line ends", data, D(LEADING_CRLF, ours, h11)))
    return c


def cases_connection():
    c = []
    for name, data in [
        ("Connection: close ends the stream", get("/1", "Connection: close") + get("/2")),
        ("Connection: close in upper case", get("/1", "Connection: CLOSE") + get("/2")),
        ("close among other options", get("/1", "Connection: keep-alive, close") + get("/2")),
        ("close in a second Connection field", get("/1", "Connection: keep-alive", "Connection: close") + get("/2")),
        ("Connection: closed is not close", get("/1", "Connection: closed") + get("/2")),
        ("HTTP/1.0 closes after its request", head("GET /1 HTTP/1.0") + get("/2")),
        ("HTTP/1.0 close before garbage", head("GET /1 HTTP/1.0") + b"\x00garbage"),
        ("close before garbage", get("/1", "Connection: close") + b"\x00garbage\r\n\r\n"),
        ("HTTP/1.0 keep-alive with close", head("GET /1 HTTP/1.0", "Connection: keep-alive, close") + get("/2")),
    ]:
        c.append(Case(name, "connection", data))
    for name, data, ours, h11 in [
        ("HTTP/1.0 keep-alive alone", head("GET / HTTP/1.0", "Connection: keep-alive"),
         "1 requests, end", "1 requests, closed"),
        ("HTTP/1.0 keep-alive then a request", head("GET /1 HTTP/1.0", "Connection: Keep-Alive") + get("/2"),
         "2 requests, end", "1 requests, closed"),
        ("HTTP/1.0 keep-alive with a body then a request",
         head("POST /1 HTTP/1.0", "Connection: keep-alive", "Content-Length: 3") + b"abc"
         + head("GET /2 HTTP/1.0", "Connection: keep-alive"), "2 requests, end", "1 requests, closed"),
    ]:
        c.append(Case(name, "connection", data, D(HTTP10_KEEP_ALIVE, ours, h11)))
    c.append(Case("Expect with another value", "connection",
                  head("POST / HTTP/1.1", "Host: x", "Expect: magic", "Content-Length: 3") + b"abc",
                  D(EXPECT, "0 requests, error 417", "1 requests, end")))
    c.append(Case("Expect: 100-continue with junk before it (Expect desync)", "smuggling",
                  head("POST / HTTP/1.1", "Host: x", "Expect: y 100-continue", "Content-Length: 3") + b"abc",
                  D(EXPECT, "0 requests, error 417", "1 requests, end")))
    c.append(Case("Expect on HTTP/1.0 is ignored", "connection",
                  head("POST / HTTP/1.0", "Expect: magic", "Content-Length: 3") + b"abc"))
    c.append(Case("Upgrade: websocket", "connection",
                  get("/", "Connection: Upgrade", "Upgrade: websocket", "Sec-WebSocket-Version: 13",
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="),
                  D(UPGRADE, "0 requests, error 501", "1 requests, end")))
    c.append(Case("Upgrade: h2c, websocket", "connection", get("/", "Upgrade: h2c, websocket"),
                  D(UPGRADE, "0 requests, error 501", "1 requests, end")))
    c.append(Case("two Authorization fields", "fields",
                  get("/", "Authorization: Bearer a", "Authorization: Bearer b"),
                  D(AUTHORIZATION, "0 requests, error 400", "1 requests, end")))
    return c


def cases_pipelines():
    c = []
    for name, data in [
        ("three GETs", get("/1") + get("/2") + get("/3")),
        ("GET, POST with a body, GET", get("/1") + post("abc") + get("/3")),
        ("chunked POST then GET", post("hello", framing="chunked") + get("/2")),
        ("two chunked POSTs", post("a", framing="chunked") + post("bb", framing="chunked")),
        ("HEAD then GET", head("HEAD / HTTP/1.1", "Host: x") + get("/2")),
        ("POST with Content-Length 0 then GET (0.CL)", post("") + get("/2")),
        ("POST without framing is bodiless", post("", framing="none") + get("/2")),
        ("GET with Content-Length 0 then GET", get("/1", "Content-Length: 0") + get("/2")),
        ("ten pipelined requests", b"".join(get("/%d" % i) for i in range(10))),
        ("request, then a cut-short one", get("/1") + b"GET /2 HTTP/1.1\r\nHo"),
        ("request, then a body cut short", get("/1") + head("POST / HTTP/1.1", "Host: x", "Content-Length: 9") + b"ab"),
        ("request, then a chunked body cut short", get("/1") + te_post(b"chunked", b"5\r\nab")),
    ]:
        c.append(Case(name, "pipelines", data))
    for name, bad in [
        ("bad request line", b"GET  / HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("bad field", b"GET / HTTP/1.1\r\nHost: x\r\nBad Field: v\r\n\r\n"),
        ("bad Content-Length", b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -3\r\n\r\nabc"),
        ("bad Transfer-Encoding", te_post(b"gzip", b"abc")),
        ("bad chunk size", te_post(b"chunked", b"x\r\nabc\r\n0\r\n\r\n")),
        ("bad chunk end", te_post(b"chunked", b"3\r\nabcd\r\n0\r\n\r\n")),
        ("missing Host", b"GET / HTTP/1.1\r\n\r\n"),
        ("two Hosts", b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
        ("NUL in a field", b"GET / HTTP/1.1\r\nHost: x\r\nX-A: \x00\r\n\r\n"),
    ]:
        c.append(Case("error in the middle of a pipeline: " + name, "pipelines", get("/1") + bad + get("/3")))
    c.append(Case("error in the middle of a pipeline: bad target", "pipelines", get("/1") + get("/a b") + get("/3")))
    c.append(Case("error in the middle of a pipeline: '|' in the target", "pipelines",
                  get("/1") + get("/a|b") + get("/3"),
                  D(TARGET_SYNTAX, "1 requests, error 400", "3 requests, end")))
    c.append(Case("error in the middle of a pipeline: obs-fold", "pipelines",
                  get("/1") + head("GET /2 HTTP/1.1", "Host: x", "X-A: a", " b") + get("/3"),
                  D(OBS_FOLD, "1 requests, error 400", "3 requests, end")))
    c.append(Case("error in the middle of a pipeline: bare LF", "pipelines",
                  get("/1") + b"GET /2 HTTP/1.1\nHost: x\n\n" + get("/3"),
                  D(BARE_LF, "1 requests, error 400", "3 requests, end")))
    return c


def cases_smuggling():
    """The request-smuggling shapes of public research (Linhart et al. 2005; Kettle, 'HTTP Desync Attacks'
    2019, 'HTTP/1.1 must die' 2025; Sahni/Pwnfunction 'TE.TE' lists; Node.js and Go CVEs). The smuggled
    request is always GET /admin: a parser that frames the outer request differently from the one before
    it would read it as a request of its own."""
    c = []
    smuggled = b"GET /admin HTTP/1.1\r\nHost: x\r\n\r\n"
    cl_te_body = b"0\r\n\r\n" + smuggled
    te_cl_body = b"%x\r\n" % len(smuggled) + smuggled + b"\r\n0\r\n\r\n"
    for name, fields, body, h11 in [
        ("CL.TE", ["Content-Length: %d" % len(cl_te_body), "Transfer-Encoding: chunked"], cl_te_body,
         "2 requests, end"),
        ("TE.CL", ["Transfer-Encoding: chunked", "Content-Length: 4"], te_cl_body, "1 requests, end"),
        ("CL.TE with Content-Length 0", ["Content-Length: 0", "Transfer-Encoding: chunked"], cl_te_body,
         "2 requests, end"),
        ("TE.CL with a huge Content-Length", ["Transfer-Encoding: chunked", "Content-Length: 999999"],
         te_cl_body, "1 requests, end"),
        ("CL.TE with Transfer-Encoding in upper case", ["Content-Length: 3", "TRANSFER-ENCODING: chunked"],
         cl_te_body, "2 requests, end"),
        ("TE.CL with two Content-Length fields", ["Transfer-Encoding: chunked", "Content-Length: 4",
                                                  "Content-Length: 4"], te_cl_body, "1 requests, end"),
    ]:
        c.append(Case(name, "smuggling", head("POST / HTTP/1.1", "Host: x", *fields) + body,
                      D(TE_AND_CL, "0 requests, error 400", h11)))
    c.append(Case("CL.TE on HTTP/1.0", "smuggling",
                  head("POST / HTTP/1.0", "Content-Length: %d" % len(cl_te_body), "Transfer-Encoding: chunked")
                  + cl_te_body, D(TE_AND_CL, "0 requests, error 400", "1 requests, closed")))
    # TE.TE: one parser sees chunked, the other does not. Each with a Content-Length as well, as in the
    # attacks, and once without.
    for name, te_lines in [
        ("xchunked", [b"Transfer-Encoding: xchunked"]),
        ("space before the colon", [b"Transfer-Encoding : chunked"]),
        ("tab before the colon", [b"Transfer-Encoding\t: chunked"]),
        ("chunked then x", [b"Transfer-Encoding: chunked", b"Transfer-Encoding: x"]),
        ("x then chunked", [b"Transfer-Encoding: x", b"Transfer-Encoding: chunked"]),
        ("quoted", [b'Transfer-Encoding: "chunked"']),
        ("with a NUL", [b"Transfer-Encoding: chunked\x00"]),
        ("with a vertical tab", [b"Transfer-Encoding:\x0bchunked"]),
        ("with a form feed", [b"Transfer-Encoding: \x0cchunked"]),
        ("name with a trailing space and no colon", [b"Transfer-Encoding chunked"]),
        ("identity, chunked", [b"Transfer-Encoding: identity, chunked"]),
        ("chunked, identity", [b"Transfer-Encoding: chunked, identity"]),
        ("chunked twice", [b"Transfer-Encoding: chunked, chunked"]),
        ("empty then chunked", [b"Transfer-Encoding:", b"Transfer-Encoding: chunked"]),
        ("Kelvin sign", ["Transfer-Encoding: chun\u212aed".encode()]),
        ("with a bare CR", [b"Transfer-Encoding: chunked\rX: y"]),
        ("name with an underscore", [b"Transfer_Encoding: chunked"]),
        ("name with a non-ASCII byte", [b"Transfer-Encod\xefng: chunked"]),
    ]:
        c.append(Case("TE.TE: %s, with Content-Length" % name, "smuggling",
                      head("POST / HTTP/1.1", "Host: x", "Content-Length: %d" % len(cl_te_body), *te_lines)
                      + cl_te_body))
        c.append(Case("TE.TE: %s" % name, "smuggling",
                      head("POST / HTTP/1.1", "Host: x", *te_lines) + te_cl_body))
    for name, te_lines in [
        ("tab after the colon", [b"Transfer-Encoding:\tchunked"]),
        ("name in mixed case", [b"tRaNsFeR-eNcOdInG: chunked"]),
        ("value in upper case", [b"Transfer-Encoding: CHUNKED"]),
    ]:
        c.append(Case("TE.TE: %s" % name, "smuggling",
                      head("POST / HTTP/1.1", "Host: x", *te_lines) + te_cl_body))
        c.append(Case("TE.TE: %s, with Content-Length" % name, "smuggling",
                      head("POST / HTTP/1.1", "Host: x", "Content-Length: 4", *te_lines) + te_cl_body,
                      D(TE_AND_CL, "0 requests, error 400", "1 requests, end")))
    for name, te_lines, h11 in [
        ("obs-fold of the value", [b"Transfer-Encoding:", b" chunked"], "1 requests, end"),
        ("obs-fold after another field", [b"X: y", b" Transfer-Encoding: chunked"], "1 requests, error 400"),
        ("bare LF before the field", [b"X: y\nTransfer-Encoding: chunked"], "1 requests, end"),
        ("bare LF inside the name", [b"Transfer-Encoding\n: chunked"], "0 requests, error 400"),
    ]:
        if name.startswith("bare LF inside"):
            c.append(Case("TE.TE: %s" % name, "smuggling",
                          head("POST / HTTP/1.1", "Host: x", *te_lines) + te_cl_body))
            continue
        reason = OBS_FOLD if "obs-fold" in name else BARE_LF
        c.append(Case("TE.TE: %s" % name, "smuggling",
                      head("POST / HTTP/1.1", "Host: x", *te_lines) + te_cl_body,
                      D(reason, "0 requests, error 400", h11)))
    # CL.0 and 0.CL: one side reads a body, the other none.
    for name, cl_line, h11 in [
        ("0.CL: space before the colon", b"Content-Length : 5", None),
        ("0.CL: obs-fold of the value", b"Content-Length:\r\n 5", "1 requests, error 400"),
        ("0.CL: Content-Length after whitespace, first field", b" Content-Length: 5", None),
        ("0.CL: Content-Length with a NUL", b"Content-Length: 5\x00", None),
        ("0.CL: Content-Length with a plus sign", b"Content-Length: +5", None),
        ("0.CL: Content-Length of two numbers", b"Content-Length: 5 5", None),
        ("0.CL: Content-Length name with a non-ASCII byte", b"Content-L\xe9ngth: 5", None),
    ]:
        first_field = name.endswith("first field")
        fields = [cl_line, b"Host: x"] if first_field else [b"Host: x", cl_line]
        data = head("GET / HTTP/1.1", *fields) + b"GET /admin HTTP/1.1\r\nHost: x\r\n\r\n"
        c.append(Case(name, "smuggling", data,
                      D(OBS_FOLD, "0 requests, error 400", h11) if h11 else None))
    c.append(Case("CL.0: GET with a body that is a request", "smuggling",
                  head("GET / HTTP/1.1", "Host: x", "Content-Length: %d" % len(smuggled)) + smuggled + NEXT))
    c.append(Case("CL.0: OPTIONS with a body that is a request", "smuggling",
                  head("OPTIONS / HTTP/1.1", "Host: x", "Content-Length: %d" % len(smuggled)) + smuggled))
    c.append(Case("0.CL: Content-Length 0 and a request after it", "smuggling",
                  head("POST / HTTP/1.1", "Host: x", "Content-Length: 0") + smuggled))
    c.append(Case("chunk-size overflow hiding a request (2^64 + 0x27)", "smuggling",
                  te_post(b"chunked", b"10000000000000027\r\n" + smuggled + b"\r\n0\r\n\r\n"),
                  D(BODY_BUDGET, "0 requests, error 413", "0 requests, incomplete")))
    c.append(Case("chunk extension hiding a last chunk", "smuggling",
                  te_post(b"chunked", b"2;\n0\r\nab\r\n0\r\n\r\n")))
    c.append(Case("chunk extension with a bare LF hiding a request", "smuggling",
                  te_post(b"chunked", b"5;a\nxx\r\nhello\r\n0\r\n\r\n" + smuggled)))
    c.append(Case("chunk size followed by a bare LF and data", "smuggling",
                  te_post(b"chunked", b"5\nhello\r\n0\r\n\r\n" + smuggled)))
    c.append(Case("chunk data ends in LF, next size line absorbs it", "smuggling",
                  te_post(b"chunked", b"5\r\nhello\n0\r\n\r\n" + smuggled)))
    c.append(Case("Content-Length with trailing whitespace and a second request", "smuggling",
                  head("POST / HTTP/1.1", "Host: x", "Content-Length: 3 ") + b"abc" + smuggled))
    c.append(Case("request line with a bare CR hiding a request", "smuggling",
                  b"GET / HTTP/1.1\rGET /admin HTTP/1.1\r\nHost: x\r\n\r\n"))
    c.append(Case("header line with a bare CR hiding a header", "smuggling",
                  b"POST / HTTP/1.1\r\nHost: x\r\nX: y\rContent-Length: 3\r\n\r\nabc"))
    c.append(Case("absolute-form with a different Host", "smuggling",
                  head("GET http://a/admin HTTP/1.1", "Host: b")))
    c.append(Case("HTTP/1.0 keep-alive hiding a request in its body", "smuggling",
                  head("POST / HTTP/1.0", "Connection: keep-alive", "Content-Length: %d" % len(smuggled))
                  + smuggled + head("GET /next HTTP/1.0"),
                  D(HTTP10_KEEP_ALIVE, "2 requests, closed", "1 requests, closed")))
    return c


def cases_methods_and_framing():
    """Every common method with every way of framing a body, followed by a request: each must end where
    the other parser thinks it ends."""
    c = []
    framings = [
        ("no body", [], b""),
        ("Content-Length 0", ["Content-Length: 0"], b""),
        ("Content-Length 4", ["Content-Length: 4"], b"body"),
        ("chunked", ["Transfer-Encoding: chunked"], b"4\r\nbody\r\n0\r\n\r\n"),
        ("chunked with a trailer", ["Transfer-Encoding: chunked"], b"4\r\nbody\r\n0\r\nX-T: 1\r\n\r\n"),
    ]
    for method in ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]:
        for framing, fields, body in framings:
            c.append(Case("%s with %s, then a request" % (method, framing), "framing",
                          head("%s /r HTTP/1.1" % method, "Host: x", *fields) + body + NEXT))
    return c


def build_corpus() -> List[Case]:
    corpus = []
    for build in [cases_request_line, cases_targets, cases_fields, cases_host, cases_content_length,
                  cases_transfer_encoding, cases_line_ends, cases_connection, cases_pipelines,
                  cases_smuggling, cases_methods_and_framing]:
        corpus.extend(build())
    names = [case.name for case in corpus]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError("duplicate case names: %s" % sorted(duplicates))
    return corpus


CORPUS = build_corpus()


def split_points(size):
    """Where tst_httpconformance and the oracle cut a stream in two: at every byte boundary, except in
    the few streams longer than 8 KiB (budgets and large bodies), which are cut at every boundary of their
    first and last KiB (of their first and last 128 bytes past 64 KiB) and at about 250 (32) places in
    between: h11 takes about 10 ms to read a MiB."""
    if size <= 8192:
        return list(range(1, size))
    edge, between = (1024, 250) if size <= 65536 else (128, 32)
    step = max(1, (size - 2 * edge) // between)
    return sorted(set(range(1, edge)) | set(range(edge, size - edge, step)) | set(range(size - edge, size)))
