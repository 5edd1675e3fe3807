#pragma once

#include <QStringList>

// The words the generated catalogue is made of: a few hundred common English words for titles, first names
// and surnames for authors and accounts, and publishers. Each list is in rough order of how common the word
// is; CatalogGenerator draws from it with a Zipf distribution, so that a search for "house" matches many
// books and one for "lantern" few, as in a real catalogue.
namespace CatalogVocabulary {
const QStringList &nouns();
const QStringList &adjectives();
const QStringList &gerunds();
const QStringList &firstNames();
const QStringList &surnames();
const QStringList &publishers();
} // namespace CatalogVocabulary
