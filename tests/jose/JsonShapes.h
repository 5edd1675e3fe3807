#pragma once

#include <QByteArray>
#include <QList>

// JSON texts of chosen shapes and sizes, for the tests of StrictJson's cost and budget: the shapes that made
// parsing superlinear (names in descending order, escaped or not ASCII) and those that only cost memory.
namespace JsonShapes {
inline constexpr qsizetype MiB = 1024 * 1024;

QByteArray quoted(const QByteArray &text);
// {"name":0,…} with the names in the order given.
QByteArray objectOf(const QList<QByteArray> &names);
// m0000, m0001, …
QList<QByteArray> numberedNames(int count, const char *prefix = "m", int digits = 4);
// In descending QJsonObject order (UTF-16 code units).
QList<QByteArray> descending(QList<QByteArray> names);
// Distinct names that are not ASCII, from every range whose UTF-16 order differs from its UTF-8 order
// (BMP letters, the private use area above the surrogates, astral characters written as pairs).
QList<QByteArray> nonAsciiNames(int count);
// Every character as a \u escape: the slow path of member names.
QList<QByteArray> escaped(const QList<QByteArray> &names);
// {"o0":{…},"o1":{…},…}: objects of the given names, repeated until the text is about `size` bytes.
QByteArray objectsOf(const QList<QByteArray> &names, qsizetype size);
// {"a":[e,e,…]} of about `size` bytes.
QByteArray arrayOf(const QByteArray &element, qsizetype size);
// {"a":[0,1,2,…]} of about `size` bytes: a benign body.
QByteArray numbers(qsizetype size);
// {"a":["…","…",…]} with strings of `unit` repeated to about `stringBytes`.
QByteArray stringsOf(const QByteArray &unit, qsizetype size, qsizetype stringBytes = 64 * 1024);
// {"a":[[[…["x…"]…]],[[[…]]],…]}: `units` arrays nested `depth` deep around a string, about `size` bytes.
QByteArray nestedArrays(int depth, int units, qsizetype size);
// {"a":[{…},{…},…]}: many small objects whose members come in descending order.
QByteArray smallObjects(int count, int members);
} // namespace JsonShapes
