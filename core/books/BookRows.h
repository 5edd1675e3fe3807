#pragma once

#include "books/Book.h"

#include <QString>

class SqlStatement;

// The SELECT list of a book with its owner's name, and how a result row becomes a Book: shared by
// BookRepository's look-ups and its list plans (BookListing.cpp).
namespace BookRows {

// "SELECT b.…": the columns readRow() reads, from books b and users u.
extern const QString columns;
// " FROM books b JOIN users u ON u.id = b.owner_id"
extern const QString fromBooks;

Book readRow(const SqlStatement &row);

} // namespace BookRows
