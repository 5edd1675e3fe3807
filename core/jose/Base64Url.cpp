#include "jose/Base64Url.h"

#include <QtGlobal>

#include <array>

namespace {
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr quint8 Invalid = 0xff;

constexpr std::array<quint8, 256> makeDecodeTable()
{
    std::array<quint8, 256> table {};
    for (auto &entry : table)
        entry = Invalid;
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(Alphabet[i])] = static_cast<quint8>(i);
    return table;
}

constexpr std::array<quint8, 256> DecodeTable = makeDecodeTable();

bool fail(Base64Url::Failure *failure, Base64Url::Problem problem, qsizetype offset)
{
    if (failure)
        *failure = {problem, offset};
    return false;
}
} // namespace

QByteArray Base64Url::encode(QByteArrayView data)
{
    const auto *in = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    QByteArray out((size / 3) * 4 + (size % 3 == 0 ? 0 : size % 3 + 1), Qt::Uninitialized);
    char *o = out.data();
    qsizetype i = 0;
    for (; i + 3 <= size; i += 3) {
        const quint32 n = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8) | in[i + 2];
        *o++ = Alphabet[(n >> 18) & 63];
        *o++ = Alphabet[(n >> 12) & 63];
        *o++ = Alphabet[(n >> 6) & 63];
        *o++ = Alphabet[n & 63];
    }
    if (size - i == 1) {
        const quint32 n = quint32(in[i]) << 16;
        *o++ = Alphabet[(n >> 18) & 63];
        *o++ = Alphabet[(n >> 12) & 63];
    } else if (size - i == 2) {
        const quint32 n = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8);
        *o++ = Alphabet[(n >> 18) & 63];
        *o++ = Alphabet[(n >> 12) & 63];
        *o++ = Alphabet[(n >> 6) & 63];
    }
    return out;
}

std::optional<QByteArray> Base64Url::decode(QByteArrayView text, Failure *failure)
{
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype size = text.size();

    // Characters first, so that a stray '=' or '+' is reported where it is rather than as a bad length.
    for (qsizetype i = 0; i < size; ++i) {
        if (DecodeTable[in[i]] == Invalid) {
            fail(failure, in[i] == '=' ? Problem::Padding : Problem::NotInAlphabet, i);
            return std::nullopt;
        }
    }
    const qsizetype tail = size % 4;
    if (tail == 1) {
        fail(failure, Problem::ImpossibleLength, size - 1);
        return std::nullopt;
    }
    // The last character of a 2- or 3-character group carries 4 or 2 bits that encode nothing.
    if (tail != 0) {
        const quint8 last = DecodeTable[in[size - 1]];
        const quint8 unusedMask = tail == 2 ? 0x0f : 0x03;
        if ((last & unusedMask) != 0) {
            fail(failure, Problem::NonCanonical, size - 1);
            return std::nullopt;
        }
    }

    QByteArray out((size / 4) * 3 + (tail == 0 ? 0 : tail - 1), Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        const quint32 n = (quint32(DecodeTable[in[i]]) << 18) | (quint32(DecodeTable[in[i + 1]]) << 12)
            | (quint32(DecodeTable[in[i + 2]]) << 6) | DecodeTable[in[i + 3]];
        *o++ = static_cast<unsigned char>(n >> 16);
        *o++ = static_cast<unsigned char>(n >> 8);
        *o++ = static_cast<unsigned char>(n);
    }
    if (tail == 2) {
        const quint32 n = (quint32(DecodeTable[in[i]]) << 18) | (quint32(DecodeTable[in[i + 1]]) << 12);
        *o++ = static_cast<unsigned char>(n >> 16);
    } else if (tail == 3) {
        const quint32 n = (quint32(DecodeTable[in[i]]) << 18) | (quint32(DecodeTable[in[i + 1]]) << 12)
            | (quint32(DecodeTable[in[i + 2]]) << 6);
        *o++ = static_cast<unsigned char>(n >> 16);
        *o++ = static_cast<unsigned char>(n >> 8);
    }
    if (failure)
        *failure = {};
    return out;
}

const char *Base64Url::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QT_TRANSLATE_NOOP("Error", "no problem");
    case Problem::Padding:
        return QT_TRANSLATE_NOOP("Error", "padding (=) is not allowed in base64url");
    case Problem::NotInAlphabet:
        return QT_TRANSLATE_NOOP("Error", "not base64url (only A-Z, a-z, 0-9, - and _ are allowed)");
    case Problem::ImpossibleLength:
        return QT_TRANSLATE_NOOP("Error", "the base64url text has an impossible length");
    case Problem::NonCanonical:
        return QT_TRANSLATE_NOOP("Error", "non-canonical base64url (the unused low bits are not zero)");
    }
    return QT_TRANSLATE_NOOP("Error", "no problem");
}
