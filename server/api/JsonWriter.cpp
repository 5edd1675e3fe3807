#include "JsonWriter.h"

namespace {
const char hexDigits[] = "0123456789abcdef";
}

void JsonWriter::separate()
{
    if (m_out.empty())
        return;
    const char last = m_out.back();
    if (last != '{' && last != '[' && last != ':')
        m_out += ',';
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out += '"';
    m_out.append(name.data(), size_t(name.size()));
    m_out += "\":";
    return *this;
}

void JsonWriter::appendEscaped(std::string &out, QByteArrayView utf8)
{
    qsizetype clean = 0; // start of the run that needs no escaping
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.data() + clean, size_t(i - clean));
        clean = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hexDigits[c >> 4];
            out += hexDigits[c & 0xf];
        }
    }
    out.append(utf8.data() + clean, size_t(utf8.size() - clean));
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    m_out += '"';
    // Most text is ASCII: written straight from the UTF-16, without a UTF-8 copy.
    const qsizetype start = qsizetype(m_out.size());
    bool ascii = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            ascii = false;
            break;
        }
        if (u >= 0x20 && u != u'"' && u != u'\\') {
            m_out += char(u);
        } else {
            const char single = char(u);
            appendEscaped(m_out, QByteArrayView(&single, 1));
        }
    }
    if (!ascii) {
        m_out.resize(size_t(start));
        appendEscaped(m_out, text.toUtf8());
    }
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text)
{
    return value(QString(text));
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out += std::to_string(number);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::quoted(QByteArrayView ascii)
{
    separate();
    m_out += '"';
    append(ascii);
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    separate();
    append(json);
    return *this;
}
