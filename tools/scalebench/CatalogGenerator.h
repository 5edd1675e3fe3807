#pragma once

#include "books/Book.h"

#include <QList>
#include <QString>

#include <random>

// Deterministic catalogue data (a fixed seed): book titles of two to six words, author names, account
// names, prices, years and ISBNs. Words are drawn with a Zipf distribution over CatalogVocabulary's
// lists, so search terms have the skewed frequencies of a real catalogue. Not thread-safe.
class CatalogGenerator
{
public:
    explicit CatalogGenerator(quint64 seed = 13);

    QString title();
    QString author();
    QString publisher();
    // The index-th account's name, unique for every index ("james.smith", after every pair of names "james.smith2").
    static QString username(qint64 index);
    // Fills every field of a book but the owner; the title is not checked for uniqueness.
    BookDraft book();
    // A valid ISBN-13 (digits only, as Isbn::normalize writes it) made from a serial number.
    static QString isbn13(qint64 serial);

    quint64 nextRandom() { return m_random(); }
    double uniform(); // [0, 1)
    int below(int bound); // [0, bound)

private:
    // Cumulative Zipf weights (exponent 1) for a list of `size` words; pick() inverts them.
    static QList<double> zipfTable(qsizetype size);
    int pickZipf(const QList<double> &table);
    QString noun();
    QString adjective();

    std::mt19937_64 m_random;
    qint64 m_isbnSerial = 0;
    QList<double> m_nouns;
    QList<double> m_adjectives;
    QList<double> m_gerunds;
    QList<double> m_firstNames;
    QList<double> m_surnames;
    QList<double> m_publishers;
};
