#include "CatalogGenerator.h"

#include "CatalogVocabulary.h"

#include <algorithm>

namespace {
QString capitalized(const QString &word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}
} // namespace

CatalogGenerator::CatalogGenerator(quint64 seed)
    : m_random(seed)
    , m_nouns(zipfTable(CatalogVocabulary::nouns().size()))
    , m_adjectives(zipfTable(CatalogVocabulary::adjectives().size()))
    , m_gerunds(zipfTable(CatalogVocabulary::gerunds().size()))
    , m_firstNames(zipfTable(CatalogVocabulary::firstNames().size()))
    , m_surnames(zipfTable(CatalogVocabulary::surnames().size()))
    , m_publishers(zipfTable(CatalogVocabulary::publishers().size()))
{ }

QList<double> CatalogGenerator::zipfTable(qsizetype size)
{
    QList<double> cumulative;
    cumulative.reserve(size);
    double sum = 0;
    for (qsizetype rank = 1; rank <= size; ++rank) {
        sum += 1.0 / double(rank);
        cumulative.append(sum);
    }
    for (double &value : cumulative)
        value /= sum;
    return cumulative;
}

// From the generator's raw bits rather than std::uniform_real_distribution, whose output the standard
// leaves to each library: the same seed gives the same catalogue everywhere.
double CatalogGenerator::uniform()
{
    return double(m_random() >> 11) * 0x1.0p-53;
}

int CatalogGenerator::below(int bound)
{
    return int(uniform() * bound);
}

int CatalogGenerator::pickZipf(const QList<double> &table)
{
    const double point = uniform();
    const auto found = std::upper_bound(table.cbegin(), table.cend(), point);
    return int(std::min<qsizetype>(found - table.cbegin(), table.size() - 1));
}

QString CatalogGenerator::noun()
{
    return capitalized(CatalogVocabulary::nouns().at(pickZipf(m_nouns)));
}

QString CatalogGenerator::adjective()
{
    return capitalized(CatalogVocabulary::adjectives().at(pickZipf(m_adjectives)));
}

QString CatalogGenerator::title()
{
    // Shapes of real titles, two to six words, the shorter ones more common.
    switch (below(12)) {
    case 0:
    case 1:
        return QStringLiteral("The ") + adjective() + QLatin1Char(' ') + noun();
    case 2:
    case 3:
        return noun() + QStringLiteral(" of ") + noun();
    case 4:
        return adjective() + QLatin1Char(' ') + noun();
    case 5:
        return QStringLiteral("The ") + noun() + QStringLiteral(" of the ") + adjective() + QLatin1Char(' ')
            + noun();
    case 6:
        return QStringLiteral("A ") + noun() + QStringLiteral(" in ") + noun();
    case 7:
        return QStringLiteral("The ") + noun() + QStringLiteral(" and the ") + noun();
    case 8:
        return QStringLiteral("The ") + adjective() + QLatin1Char(' ') + noun() + QStringLiteral(" of ")
            + noun();
    case 9:
        return capitalized(CatalogVocabulary::gerunds().at(pickZipf(m_gerunds))) + QStringLiteral(" the ")
            + adjective() + QLatin1Char(' ') + noun();
    case 10:
        return noun() + QLatin1Char(' ') + noun();
    default:
        return adjective() + QLatin1Char(' ') + adjective() + QLatin1Char(' ') + noun();
    }
}

QString CatalogGenerator::author()
{
    const QString first = capitalized(CatalogVocabulary::firstNames().at(pickZipf(m_firstNames)));
    const QString last = capitalized(CatalogVocabulary::surnames().at(pickZipf(m_surnames)));
    // Some authors go by their initials, as on many spines.
    if (below(8) == 0) {
        const QString middle = capitalized(CatalogVocabulary::firstNames().at(pickZipf(m_firstNames)));
        return first.left(1) + QStringLiteral(". ") + middle.left(1) + QStringLiteral(". ") + last;
    }
    return first + QLatin1Char(' ') + last;
}

QString CatalogGenerator::publisher()
{
    return CatalogVocabulary::publishers().at(pickZipf(m_publishers));
}

QString CatalogGenerator::username(qint64 index)
{
    const QStringList &first = CatalogVocabulary::firstNames();
    const QStringList &last = CatalogVocabulary::surnames();
    const qint64 combinations = qint64(first.size()) * last.size();
    const qint64 combination = index % combinations;
    QString name
        = first.at(combination % first.size()) + QLatin1Char('.') + last.at(combination / first.size());
    if (const qint64 round = index / combinations; round > 0)
        name += QString::number(round + 1);
    return name;
}

QString CatalogGenerator::isbn13(qint64 serial)
{
    QString digits = QStringLiteral("978") + QString::number(serial % 1000000000).rightJustified(9, u'0');
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return digits + QString::number((10 - sum % 10) % 10);
}

BookDraft CatalogGenerator::book()
{
    BookDraft draft;
    draft.title = title();
    draft.author = author();
    draft.publisher = publisher();
    // Most books cost a few pounds to a few tens; prices end in .99 or .49 as shops like.
    draft.priceCents = (299 + below(40) * 100) + (below(2) == 0 ? 0 : -50);
    draft.year = 1900 + int(125 * (1.0 - uniform() * uniform())); // more recent books are more common
    if (below(10) != 0) // some old books have none
        draft.isbn = isbn13(++m_isbnSerial * 7919);
    return draft;
}
