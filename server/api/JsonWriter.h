#pragma once

#include <QByteArray>
#include <QString>

#include <string>

// Writes compact JSON text straight into bytes, for the answers the server sends most (book pages): an
// order of magnitude cheaper than building a QJsonObject and serializing it. Member names are ASCII
// literals; string values are escaped per RFC 8259.
//
//   JsonWriter json;
//   json.beginObject().member("id", 7).member("title", book.title).endObject();
//   return HttpResponse::jsonBytes(json.take());
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype expectedBytes = 256) { m_out.reserve(size_t(expectedBytes)); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // Member names are ASCII literals of the API: written as they are, without escaping.
    JsonWriter &key(QLatin1StringView name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // Already valid JSON text (a number formatted elsewhere, a cached fragment).
    JsonWriter &raw(QByteArrayView json);
    // ASCII text known to need no escaping (a formatted date), as a JSON string.
    JsonWriter &quoted(QByteArrayView ascii);

    template<typename T>
    JsonWriter &member(QLatin1StringView name, const T &memberValue)
    {
        return key(name).value(memberValue);
    }
    JsonWriter &member(const char *name, const QString &text)
    {
        return key(QLatin1StringView(name)).value(text);
    }
    JsonWriter &member(const char *name, qint64 number) { return key(QLatin1StringView(name)).value(number); }
    JsonWriter &member(const char *name, int number)
    {
        return key(QLatin1StringView(name)).value(qint64(number));
    }
    JsonWriter &member(const char *name, bool flag) { return key(QLatin1StringView(name)).value(flag); }

    QByteArray take() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }
    static void appendEscaped(std::string &out, QByteArrayView utf8);

private:
    void separate();
    void append(QByteArrayView bytes) { m_out.append(bytes.data(), size_t(bytes.size())); }

    // std::string rather than QByteArray: its small appends are inlined, and this is a hot path.
    std::string m_out;
};
