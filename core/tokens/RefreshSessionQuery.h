#pragma once

#include "tokens/RefreshSession.h"

#include <QList>
#include <QString>

#include <optional>

// The orders a list of sessions comes in; each is (key, id), so that a cursor marks an exact place.
enum class RefreshSessionSort { LastUsed, Created, Expires, User };

namespace RefreshSessionSorts {
// "last_used", "created", "expires", "user"; a leading '-' sorts descending ("-last_used").
QString name(RefreshSessionSort sort, bool descending = false);
} // namespace RefreshSessionSorts

// One page of refresh sessions: whose, whether ended ones (revoked or run out) are included, in which order,
// and where the previous page stopped (its nextCursor).
struct RefreshSessionQuery
{
    QString userPublicId; // empty: the actor's own for users, everyone's for administrators
    bool includeClosed = false;
    RefreshSessionSort sort = RefreshSessionSort::LastUsed;
    bool descending = true;
    int limit = 100; // 1–1000
    QString cursor;
};

struct RefreshSessionPage
{
    QList<RefreshSession> items;
    QString nextCursor; // empty on the last page
    qint64 total = 0; // sessions matching the query, on all pages
};
