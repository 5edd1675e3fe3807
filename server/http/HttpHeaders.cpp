#include "HttpHeaders.h"

void HttpHeaders::append(QByteArray name, QByteArray value)
{
    m_fields.append(Field {std::move(name), std::move(value)});
}

void HttpHeaders::set(QByteArray name, QByteArray value)
{
    remove(name);
    append(std::move(name), std::move(value));
}

void HttpHeaders::remove(QByteArrayView name)
{
    m_fields.removeIf([name](const Field &field) { return sameName(field.name, name); });
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (sameName(field.name, name))
            return true;
    }
    return false;
}

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (sameName(field.name, name))
            return field.value;
    }
    return {};
}

QList<QByteArray> HttpHeaders::values(QByteArrayView name) const
{
    QList<QByteArray> found;
    for (const Field &field : m_fields) {
        if (sameName(field.name, name))
            found.append(field.value);
    }
    return found;
}

QByteArray HttpHeaders::combinedValue(QByteArrayView name) const
{
    QByteArray combined;
    for (const Field &field : m_fields) {
        if (!sameName(field.name, name))
            continue;
        if (!combined.isEmpty())
            combined += ", ";
        combined += field.value;
    }
    return combined;
}

bool HttpHeaders::hasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const Field &field : m_fields) {
        if (!sameName(field.name, name))
            continue;
        QByteArrayView rest(field.value);
        while (!rest.isEmpty()) {
            const qsizetype comma = rest.indexOf(',');
            const QByteArrayView item = comma < 0 ? rest : rest.first(comma);
            if (sameName(item.trimmed(), token))
                return true;
            rest = comma < 0 ? QByteArrayView() : rest.sliced(comma + 1);
        }
    }
    return false;
}

int HttpHeaders::count(QByteArrayView name) const
{
    int found = 0;
    for (const Field &field : m_fields) {
        if (sameName(field.name, name))
            ++found;
    }
    return found;
}
