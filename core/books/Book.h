#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

struct Book
{
    qint64 id = 0;
    qint64 ownerId = 0;
    QString ownerPublicId;
    QString ownerName;
    QString title;
    QString author;
    QString publisher;
    qint64 priceCents = 0;
    QString isbn; // normalised ISBN-10 or ISBN-13, or empty
    std::optional<int> year;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    // Goes up by one with every change: a client that names an older version has a stale copy.
    qint64 version = 1;
};

Q_DECLARE_METATYPE(Book)

// A book's editable fields as a client or the GUI hands them in (already parsed: price in cents).
struct BookDraft
{
    QString title;
    QString author;
    QString publisher;
    qint64 priceCents = 0;
    QString isbn; // any common spelling; normalised on the way in; empty for none
    std::optional<int> year;
    // Administrators may file a book under another user's account (the desktop administrator must).
    QString ownerPublicId;
};

// A partial change (PATCH): only the fields that are set change. An empty isbn or a year of
// std::optional<int>() inside a set field clears it.
struct BookChanges
{
    std::optional<QString> title;
    std::optional<QString> author;
    std::optional<QString> publisher;
    std::optional<qint64> priceCents;
    std::optional<QString> isbn;
    std::optional<std::optional<int>> year;

    bool isEmpty() const { return !title && !author && !publisher && !priceCents && !isbn && !year; }
    static BookChanges replacingWith(const BookDraft &draft);
};
