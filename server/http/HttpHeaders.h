#pragma once

#include <QByteArray>
#include <QList>

// An ordered list of HTTP header fields with case-insensitive lookup. Repeated fields are kept as
// separate entries (a request may carry several Accept or Cookie lines); combinedValue() joins them the
// way RFC 9110 §5.3 allows.
class HttpHeaders
{
public:
    struct Field
    {
        QByteArray name;
        QByteArray value;
    };

    void append(QByteArray name, QByteArray value);
    // Replaces every field called `name` with one field.
    void set(QByteArray name, QByteArray value);
    void remove(QByteArrayView name);
    void reserve(qsizetype count) { m_fields.reserve(count); }

    bool contains(QByteArrayView name) const;
    // The first value, or an empty array when there is none.
    QByteArray value(QByteArrayView name) const;
    QList<QByteArray> values(QByteArrayView name) const;
    QByteArray combinedValue(QByteArrayView name) const;
    // Whether a comma-separated list header (Connection, Upgrade…) carries `token`, case-insensitively.
    bool hasToken(QByteArrayView name, QByteArrayView token) const;
    int count(QByteArrayView name) const;

    const QList<Field> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }

    static bool sameName(QByteArrayView a, QByteArrayView b)
    {
        return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
    }

private:
    QList<Field> m_fields;
};
