#include "JsonShapes.h"

#include <QString>

#include <algorithm>

namespace JsonShapes {

QByteArray quoted(const QByteArray &text)
{
    return '"' + text + '"';
}

QByteArray objectOf(const QList<QByteArray> &names)
{
    QByteArray json = "{";
    for (const QByteArray &name : names)
        json += quoted(name) + ":0,";
    json.chop(names.isEmpty() ? 0 : 1);
    return json + '}';
}

QList<QByteArray> numberedNames(int count, const char *prefix, int digits)
{
    QList<QByteArray> names;
    for (int i = 0; i < count; ++i)
        names << prefix + QByteArray::number(i).rightJustified(digits, '0');
    return names;
}

QList<QByteArray> descending(QList<QByteArray> names)
{
    std::sort(names.begin(), names.end(), [](const QByteArray &a, const QByteArray &b) {
        return QString::fromUtf8(a) > QString::fromUtf8(b); // QJsonObject's order is UTF-16's
    });
    return names;
}

QList<QByteArray> nonAsciiNames(int count)
{
    static const char32_t firsts[] = {U'\u00e9', U'\u4e00', U'\ue000', U'\uff21', U'\U0001F600'};
    QList<QByteArray> names;
    for (int i = 0; i < count; ++i) {
        const char32_t first = firsts[i % 5];
        names << QString::fromUcs4(&first, 1).toUtf8() + QByteArray::number(i / 5);
    }
    return names;
}

QList<QByteArray> escaped(const QList<QByteArray> &names)
{
    QList<QByteArray> written;
    for (const QByteArray &name : names) {
        QByteArray escapes;
        for (const QChar unit : QString::fromUtf8(name))
            escapes += "\\u" + QByteArray::number(unit.unicode(), 16).rightJustified(4, '0');
        written << escapes;
    }
    return written;
}

QByteArray objectsOf(const QList<QByteArray> &names, qsizetype size)
{
    const QByteArray inner = objectOf(names);
    QByteArray json = "{";
    for (int i = 0; json.size() + inner.size() < size; ++i)
        json += quoted("o" + QByteArray::number(i)) + ':' + inner + ',';
    json.chop(1);
    return json + '}';
}

QByteArray arrayOf(const QByteArray &element, qsizetype size)
{
    QByteArray json = "{\"a\":[" + element;
    while (json.size() + element.size() + 3 < size)
        json += ',' + element;
    return json + "]}";
}

QByteArray numbers(qsizetype size)
{
    QByteArray json = "{\"a\":[0";
    for (int i = 1; json.size() < size - 8; ++i)
        json += ',' + QByteArray::number(i);
    return json + "]}";
}

QByteArray stringsOf(const QByteArray &unit, qsizetype size, qsizetype stringBytes)
{
    return arrayOf(quoted(unit.repeated(stringBytes / unit.size())), size);
}

QByteArray nestedArrays(int depth, int units, qsizetype size)
{
    const QByteArray text = quoted(QByteArray(qMax<qsizetype>(0, size / units - 2 * depth - 3), 'x'));
    const QByteArray unit = QByteArray(depth, '[') + text + QByteArray(depth, ']');
    QByteArray json = "{\"a\":[";
    for (int i = 0; i < units; ++i)
        json += unit + ',';
    json.chop(1);
    return json + "]}";
}

QByteArray smallObjects(int count, int members)
{
    const QByteArray inner = objectOf(descending(numberedNames(members, "k")));
    QByteArray json = "{\"a\":[";
    for (int i = 0; i < count; ++i)
        json += inner + ',';
    json.chop(1);
    return json + "]}";
}

} // namespace JsonShapes
