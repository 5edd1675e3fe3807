#pragma once

#include "books/Book.h"
#include "common/Result.h"

// What makes a book valid, in one place for the GUI and the REST API. Every field is checked and every
// problem is reported at once, field by field.
namespace BookRules {

inline constexpr int maximumTextLength = 200; // code points, for title, author and publisher
inline constexpr int earliestYear = 1;

// Returns the draft as it will be stored (text trimmed and NFC-normalised, ISBN normalised).
Result<BookDraft> check(const BookDraft &draft, qint64 nowMs);

} // namespace BookRules
