#pragma once

#include <QString>

// What the FTS5 trigram indexes of migration 3 (books_search, users_search) can answer, and how to ask.
// A key (already normalised the way the indexed column is) matches where LIKE '%key%' would: the phrase
// of its trigrams at consecutive positions is exactly a substring match. Shorter keys have no trigram and
// go the LIKE way.
namespace TrigramSearch {

// True when the key has at least three characters (Unicode code points, as the tokenizer counts them).
bool canAnswer(const QString &key);

// The key as an FTS5 phrase: wrapped in double quotes, any quote doubled, so that every character of the
// key (`*`, `-`, `:`, `AND`, `NEAR(`…) is plain text for the query parser.
QString phrase(const QString &key);

// A phrase costs FTS5 the doclists of all its trigrams, so a long key (200 characters of "the the …" took
// 0.7 s at a million books) is looked up by its first characters only, and the rows it finds are checked
// with LIKE. Returns the key itself when it is short enough.
QString indexedPart(const QString &key);

// Which plan pages a set of `matches` rows out of `population`, `limit` at a time, in an indexed sort order:
// walking the sort order's index and testing each row visits about (limit + 1) × population / matches rows
// until the page is full; fetching the matches by rowid and sorting them costs about one visit per match.
// True: walk the index.
bool walkSortIndex(qint64 matches, qint64 population, int limit);
// The most matches for which walkSortIndex() is false.
qint64 mostMatchesToFetch(qint64 population, int limit);

// Books: how many matches the index lists for one page (at least the count's bound is listed too). A walk
// tests a row the list covers from the sort index alone, a later one with LIKE (reading the row); with this
// many listed, LIKE reads at most (limit + 1) × population ÷ (4 × listed) rows, whatever the number of
// matches (most when there are twice as many as listed): 1,300 at a million books and limit 20.
qint64 mostMatchesToList(qint64 population);
// Books, every match listed: true when walking the sort order's index and looking each id up in the list
// beats reading the listed rows by id and sorting them. A walked entry costs far less than a fetched row
// (the index alone against a row on another table page), so the walk wins from fewer matches than
// walkSortIndex's.
bool walkListedBeatsFetch(qint64 matches, qint64 population, int limit);

// How many rows a walk may visit before the rest of its page is fetched from the index instead: a few
// times the expected number, so that matches bunched at the far end of the sort order (a text found only
// in titles that begin with "z", listed by title) cost at most that plus fetching them, never a read of
// every row.
qint64 walkBudget(qint64 matches, qint64 population, int limit);

} // namespace TrigramSearch
