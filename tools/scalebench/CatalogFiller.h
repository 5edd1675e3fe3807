#pragma once

#include "common/Result.h"
#include "users/User.h"

#include <QList>

class Backend;

// How big a generated database is. Books go to accounts 1..bookOwners: half of them to account 1 (the
// "big owner", as the administrator of issue 13 had 500,000 of 1,000,000), the rest spread over the
// others. Account 0 is the administrator "admin" and owns none.
struct FillPlan
{
    qint64 books = 0;
    qint64 accounts = 0;
    qint64 bookOwners = 0;
    qint64 events = 0;
};

struct FillReport
{
    double accountSeconds = 0;
    double bookSeconds = 0;
    double eventSeconds = 0;
    qint64 titlesRedrawn = 0; // titles drawn again because their owner already had one
    User bigOwner;
};

// Fills an empty database through core's writer, in large write jobs: UserRepository::insert,
// BookRepository::insert and SecurityEventLog::record, the same statements the services run, but many
// rows to a transaction. One Argon2 hash serves every account (hashing each would take hours).
class CatalogFiller
{
public:
    CatalogFiller(Backend &backend, FillPlan plan);
    Result<FillReport> fill();

private:
    Status fillAccounts(FillReport &report);
    Status fillBooks(FillReport &report);
    Status fillEvents(FillReport &report);
    // Sets the writer connection's cache_size (SQLite's units) and returns the one it had.
    Result<qint64> setWriterCacheSize(qint64 cacheSize);

    Backend &m_backend;
    FillPlan m_plan;
    QList<User> m_accounts;
    qint64 m_startMs = 0; // the generated history begins here and ends now
};
