#pragma once

#include "common/Result.h"
#include "users/User.h"

#include <QList>
#include <QString>

class Backend;

// Fills a Bookwarden database at scale for tests of the GUI and core at a hundred thousand or a million
// rows: accounts, books (a share of them owned by one account, as a large library's catalogue would be)
// and security events, through core's writer in transactions of a few thousand rows (books by one
// statement per transaction, keeping the owners' counters; the schema's triggers keep the rest), with one
// password hash shared by every account (Argon2 per account would take hours at this scale).
//
// Titles and authors are made of real words from a small vocabulary, deterministically, so that a search
// for "river" finds a realistic share of books: Catalogue::wordShare() says how many.
class LargeCatalogue
{
public:
    struct Sizes
    {
        int accounts = 1000;
        qint64 books = 100000;
        qint64 events = 0;
        double bigOwnerShare = 0.5; // the share of books owned by the first account
    };

    explicit LargeCatalogue(Backend &backend);

    Status fill(const Sizes &sizes);

    // The account that owns bigOwnerShare of the books, and every account made (in order).
    const User &bigOwner() const { return m_accounts.constFirst(); }
    const QList<User> &accounts() const { return m_accounts; }

    // The words titles are made of, and one word that every book's title or author contains none of.
    static const QStringList &titleWords();
    static QString absentWord() { return QStringLiteral("zyzzogeton"); }
    // The i-th generated title and author (i from 0): what fill() stores for book i.
    static QString titleOf(qint64 i);
    static QString authorOf(qint64 i);

private:
    Status setWriterCacheKiB(int kib);
    Status fillAccounts(int count);
    Status fillBooks(qint64 count, double bigOwnerShare);
    Status fillEvents(qint64 count);

    Backend &m_backend;
    QList<User> m_accounts;
};
