#include "HttpRequestTarget.h"

#include "HttpSyntax.h"
#include "common/TextChecks.h"

#include <QStringDecoder>

namespace {

Error malformed(const char *message)
{
    return Error::invalid(ErrorCode::BadRequest, QString::fromLatin1(message));
}

using Form = HttpRequestTarget::Form;

// The worse of two classifications: Refused beats Alias beats Canonical.
void classify(HttpRequestTarget &target, Form form, const char *problem)
{
    if (int(form) <= int(target.form))
        return;
    target.form = form;
    target.problem = QString::fromLatin1(problem);
}

// Percent-decodes one path segment whose syntax the caller checked (every '%' starts "%HH").
QString decodeSegment(QByteArrayView raw, HttpRequestTarget &target)
{
    if (raw.isEmpty()) {
        classify(target, Form::Alias, "The path has an empty segment ('//' or a trailing '/').");
        return {};
    }
    if (!raw.contains('%')) {
        if (raw == ".")
            classify(target, Form::Alias, "The path has a '.' segment.");
        else if (raw == "..")
            classify(target, Form::Refused, "The path has a '..' segment.");
        return QString::fromLatin1(raw); // checked to be ASCII
    }
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '%') {
            bytes.append(raw[i]);
            continue;
        }
        const char high = raw[i + 1];
        const char low = raw[i + 2];
        const char byte = char(TextChecks::hexDigitValue(high) * 16 + TextChecks::hexDigitValue(low));
        i += 2;
        if (byte == '\0' || byte == '/')
            classify(target, Form::Refused, "The path encodes a NUL byte or a '/'.");
        else if (HttpSyntax::isUnreserved(byte))
            classify(target, Form::Alias,
                     "The path percent-encodes a letter, digit, '-', '.', '_' or '~', which are written as "
                     "they are.");
        else if ((high >= 'a' && high <= 'f') || (low >= 'a' && low <= 'f'))
            classify(target, Form::Alias, "The path has lower-case hex digits in a percent-encoding.");
        bytes.append(byte);
    }
    if (bytes == "." || bytes == "..")
        classify(target, Form::Refused, "The path has an encoded dot segment.");
    QStringDecoder toUtf16(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = toUtf16(bytes);
    if (toUtf16.hasError())
        classify(target, Form::Refused, "The path is not valid UTF-8 once decoded.");
    return decoded;
}

} // namespace

Result<HttpRequestTarget> HttpRequestTarget::parse(QByteArrayView target, bool isOptions)
{
    if (target == "*") {
        if (!isOptions)
            return malformed("The target '*' is only valid for OPTIONS.");
        return HttpRequestTarget {};
    }
    QByteArrayView pathAndQuery = target;
    if (!target.startsWith('/')) {
        // absolute-form (RFC 9112 §3.2.2): servers must accept it; its authority is checked, then only
        // the path and query matter here.
        qsizetype schemeEnd = -1;
        if (target.size() >= 7 && target.first(7).compare("http://", Qt::CaseInsensitive) == 0)
            schemeEnd = 7;
        else if (target.size() >= 8 && target.first(8).compare("https://", Qt::CaseInsensitive) == 0)
            schemeEnd = 8;
        if (schemeEnd < 0)
            return malformed("The request target must be a path.");
        const QByteArrayView afterScheme = target.sliced(schemeEnd);
        qsizetype authorityEnd = afterScheme.size();
        for (qsizetype i = 0; i < afterScheme.size(); ++i) {
            if (afterScheme[i] == '/' || afterScheme[i] == '?' || afterScheme[i] == '#') {
                authorityEnd = i;
                break;
            }
        }
        if (!HttpSyntax::isAuthority(afterScheme.first(authorityEnd)))
            return malformed("The authority of the request target is not a valid host and port.");
        pathAndQuery = afterScheme.sliced(authorityEnd);
    }
    if (pathAndQuery.contains('#'))
        return malformed("The request target must not contain a fragment.");
    const qsizetype questionMark = pathAndQuery.indexOf('?');
    QByteArrayView path = questionMark < 0 ? pathAndQuery : pathAndQuery.first(questionMark);
    if (path.isEmpty())
        path = "/"; // absolute-form without a path: RFC 9112 §3.2.2 makes it "/"
    if (!HttpSyntax::isAbsolutePath(path))
        return malformed("The request path has a character that must be percent-encoded, or a broken "
                         "percent-encoding.");

    HttpRequestTarget parsed;
    if (questionMark >= 0) {
        const QByteArrayView query = pathAndQuery.sliced(questionMark + 1);
        if (!HttpSyntax::isQuery(query))
            return malformed("The query has a character that must be percent-encoded, or a broken "
                             "percent-encoding.");
        parsed.rawQuery = query.toByteArray();
    }
    if (path == "/")
        return parsed;
    QByteArrayView rest = path.sliced(1);
    for (;;) {
        const qsizetype slash = rest.indexOf('/');
        parsed.segments.append(decodeSegment(slash < 0 ? rest : rest.first(slash), parsed));
        if (slash < 0)
            break;
        rest = rest.sliced(slash + 1);
    }
    return parsed;
}
