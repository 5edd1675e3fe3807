#include "HttpRequestTarget.h"

#include <QStringDecoder>

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Error refused(const char *message)
{
    return Error::invalid(QStringLiteral("bad_request"), QString::fromLatin1(message));
}

enum class SegmentCheck { Ok, Skip, Refused };

// Percent-decodes one path segment. Refuses what could make two different paths look alike or escape
// the routing tree: "..", NUL, an encoded '/', malformed escapes and invalid UTF-8.
SegmentCheck decodeSegment(QByteArrayView raw, QString *decoded)
{
    if (!raw.contains('%')) {
        if (raw == ".")
            return SegmentCheck::Skip;
        if (raw == "..")
            return SegmentCheck::Refused;
        *decoded = QString::fromLatin1(raw); // the request line is checked to be printable ASCII
        return SegmentCheck::Ok;
    }
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '%') {
            bytes.append(raw[i]);
            continue;
        }
        if (i + 2 >= raw.size())
            return SegmentCheck::Refused;
        const int high = hexValue(raw[i + 1]);
        const int low = hexValue(raw[i + 2]);
        if (high < 0 || low < 0)
            return SegmentCheck::Refused;
        const char byte = char(high * 16 + low);
        if (byte == '\0' || byte == '/')
            return SegmentCheck::Refused;
        bytes.append(byte);
        i += 2;
    }
    if (bytes == ".")
        return SegmentCheck::Skip;
    if (bytes == "..")
        return SegmentCheck::Refused;
    QStringDecoder toUtf16(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *decoded = toUtf16(bytes);
    return toUtf16.hasError() ? SegmentCheck::Refused : SegmentCheck::Ok;
}
} // namespace

Result<HttpRequestTarget> HttpRequestTarget::parse(QByteArrayView target, bool isOptions)
{
    if (target == "*") {
        if (!isOptions)
            return refused("The target '*' is only valid for OPTIONS.");
        return HttpRequestTarget {};
    }
    QByteArrayView pathAndQuery = target;
    if (!target.startsWith('/')) {
        // absolute-form (RFC 9112 §3.2.2): servers must accept it; only its path and query matter here.
        qsizetype schemeEnd = -1;
        if (target.size() >= 7 && target.first(7).compare("http://", Qt::CaseInsensitive) == 0)
            schemeEnd = 7;
        else if (target.size() >= 8 && target.first(8).compare("https://", Qt::CaseInsensitive) == 0)
            schemeEnd = 8;
        if (schemeEnd < 0)
            return refused("The request target must be a path.");
        const QByteArrayView afterScheme = target.sliced(schemeEnd);
        qsizetype pathStart = afterScheme.size();
        for (qsizetype i = 0; i < afterScheme.size(); ++i) {
            if (afterScheme[i] == '/' || afterScheme[i] == '?') {
                pathStart = i;
                break;
            }
        }
        pathAndQuery = afterScheme.sliced(pathStart);
    }
    if (pathAndQuery.contains('#'))
        return refused("The request target must not contain a fragment.");
    const qsizetype questionMark = pathAndQuery.indexOf('?');
    const QByteArrayView path = questionMark < 0 ? pathAndQuery : pathAndQuery.first(questionMark);

    HttpRequestTarget parsed;
    if (questionMark >= 0)
        parsed.rawQuery = pathAndQuery.sliced(questionMark + 1).toByteArray();
    QByteArrayView rest = path;
    while (!rest.isEmpty()) {
        const qsizetype slash = rest.indexOf('/');
        const QByteArrayView raw = slash < 0 ? rest : rest.first(slash);
        rest = slash < 0 ? QByteArrayView() : rest.sliced(slash + 1);
        if (raw.isEmpty())
            continue;
        QString decoded;
        switch (decodeSegment(raw, &decoded)) {
        case SegmentCheck::Ok:
            parsed.segments.append(decoded);
            break;
        case SegmentCheck::Skip:
            break;
        case SegmentCheck::Refused:
            return refused("The request path is not acceptable.");
        }
    }
    return parsed;
}
