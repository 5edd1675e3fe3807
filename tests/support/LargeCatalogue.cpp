#include "LargeCatalogue.h"

#include "Backend.h"
#include "books/Book.h"
#include "common/TextChecks.h"
#include "events/SecurityEvent.h"
#include "events/SecurityEventLog.h"
#include "passwords/PasswordHashingPool.h"
#include "storage/Database.h"
#include "storage/SqlConnection.h"
#include "storage/SqlStatement.h"
#include "storage/WriteTransaction.h"
#include "users/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace {
// Rows per write job; each job is its own transaction (run, not submit). The writer runs a job in a
// savepoint and each statement in another: SQLite copies every page a statement changes that the
// transaction had already changed into an in-memory journal. At a hundred thousand books nearly every row
// lands on other leaf pages of the eight indexes, so row-by-row inserts in one transaction copy ~36 KB a
// row. One statement per job that inserts every row of the job copies nothing.
constexpr qint64 batchSize = 2000;

// A deterministic hash of (i, salt): the same catalogue on every run and machine.
quint64 mix(quint64 i, quint64 salt)
{
    quint64 z = i * 0x9E3779B97F4A7C15ULL + salt;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

const QStringList &firstNames()
{
    static const QStringList names
        = QStringLiteral("Ada Alan Alice Anna Ben Carla Chen David Elena Emil Eva Farid Grace "
                         "Hanna Ivan Jana Jonas Karl Lea Lena Luis Maria Mateo Mina Nadia Noah "
                         "Olga Omar Paul Rosa Sara Sofia Tomas Ulla Vera Yuki Zoe")
              .split(QLatin1Char(' '));
    return names;
}

const QStringList &surnames()
{
    static const QStringList names
        = QStringLiteral("Adler Becker Brandt Castillo Dubois Eriksen Fischer Garcia Gibson "
                         "Hartmann Ibsen Jensen Kowalski Lambert Lindqvist Moreau Novak Okafor "
                         "Petrov Quinn Rossi Schmidt Tanaka Umarov Vogel Weber Xu Yilmaz Zimmer "
                         "Almeida Brooks Conti Dahl Engel Fontaine Gallo Horvat Ito Keller Lopez")
              .split(QLatin1Char(' '));
    return names;
}
QString toJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
} // namespace

LargeCatalogue::LargeCatalogue(Backend &backend)
    : m_backend(backend)
{ }

const QStringList &LargeCatalogue::titleWords()
{
    static const QStringList words
        = QStringLiteral(
              "the of and a in to river house night garden city stone winter summer light dark shadow "
              "secret last first silent lost hidden golden silver iron glass paper song story letter journey "
              "road sea island mountain forest desert bridge tower castle window door mirror clock star moon "
              "sun sky storm rain snow fire water wind earth heart mind dream memory promise truth lie war "
              "peace love death life time history art science world empire kingdom republic village harbor "
              "station library museum kitchen orchard meadow valley lake north south east west red blue "
              "green "
              "black white old new long short little great small quiet wild broken distant endless forgotten "
              "hundred thousand years days hours king queen prince daughter son mother father brother sister "
              "friend stranger traveler keeper maker hunter painter teacher doctor sailor soldier gardener "
              "child children women men people family house machine engine signal code number theory "
              "practice "
              "guide handbook introduction principles elements lessons notes letters tales poems essays")
              .split(QLatin1Char(' '));
    return words;
}

QString LargeCatalogue::titleOf(qint64 i)
{
    const QStringList &words = titleWords();
    const int count = 2 + int(mix(quint64(i), 1) % 5); // 2–6 words
    QStringList title;
    for (int w = 0; w < count; ++w)
        title << words.at(int(mix(quint64(i), 100 + quint64(w)) % quint64(words.size())));
    QString text = title.join(QLatin1Char(' '));
    text[0] = text.at(0).toUpper();
    // Unique per owner (titles are): the number tells otherwise equal titles apart, as volumes would.
    return text + QStringLiteral(", vol. ") + QString::number(i + 1);
}

QString LargeCatalogue::authorOf(qint64 i)
{
    return firstNames().at(int(mix(quint64(i), 2) % quint64(firstNames().size()))) + QLatin1Char(' ')
        + surnames().at(int(mix(quint64(i), 3) % quint64(surnames().size())));
}

Status LargeCatalogue::fill(const Sizes &sizes)
{
    // Random inserts into eight indexes need their pages at hand: the writer's page cache grows for the
    // fill (SQLite's default holds 2 MiB) and is given back afterwards.
    if (Status sized = setWriterCacheKiB(1024 * 1024); !sized)
        return sized;
    Status filled = fillAccounts(std::max(1, sizes.accounts));
    if (filled)
        filled = fillBooks(sizes.books, sizes.bigOwnerShare);
    if (filled)
        filled = fillEvents(sizes.events);
    if (Status restored = setWriterCacheKiB(2000); !restored && filled)
        filled = restored;
    return filled;
}

Status LargeCatalogue::setWriterCacheKiB(int kib)
{
    const Result<bool> set
        = m_backend.database().writer().run<bool>([kib](WriteTransaction &transaction) -> Result<bool> {
              const QString pragma = QStringLiteral("PRAGMA cache_size = -%1").arg(kib);
              if (Status done = transaction.connection().execute(pragma, "fillCacheSize"); !done)
                  return done.error();
              return true;
          });
    if (!set)
        return set.error();
    return {};
}

Status LargeCatalogue::fillAccounts(int count)
{
    const Result<QString> hash = m_backend.passwords().hash(QStringLiteral("correct horse battery")).result();
    if (!hash)
        return hash.error();
    for (int first = 0; first < count; first += int(batchSize)) {
        const int last = std::min(count, first + int(batchSize));
        const Result<QList<User>> made = m_backend.database().writer().run<QList<User>>(
            [first, last, passwordHash = hash.value()](WriteTransaction &transaction) -> Result<QList<User>> {
                // Names in order: each insert lands after the previous one, on the same few pages.
                QList<User> users;
                for (int i = first; i < last; ++i) {
                    UserRepository::NewUserRow row;
                    row.publicId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    row.username = QStringLiteral("reader%1").arg(i + 1, 6, 10, QLatin1Char('0'));
                    row.role = Role::User;
                    row.passwordHash = passwordHash;
                    row.nowMs = transaction.nowMs();
                    const Result<User> user = UserRepository::insert(transaction.connection(), row);
                    if (!user)
                        return user.error();
                    users.append(user.value());
                }
                return users;
            });
        if (!made)
            return made.error();
        m_accounts += made.value();
    }
    return {};
}

Status LargeCatalogue::fillBooks(qint64 count, double bigOwnerShare)
{
    for (qint64 first = 0; first < count; first += batchSize) {
        const qint64 last = std::min(count, first + batchSize);
        // The rows as one JSON array, inserted by one statement, and the owners' counters by another.
        QJsonArray rows;
        QHash<qint64, qint64> added;
        for (qint64 i = first; i < last; ++i) {
            const bool big = double(mix(quint64(i), 4) % 1000) < bigOwnerShare * 1000.0;
            const User &owner = big || m_accounts.size() == 1
                ? m_accounts.constFirst()
                : m_accounts.at(1 + int(mix(quint64(i), 5) % quint64(m_accounts.size() - 1)));
            const QString title = titleOf(i);
            const QString author = authorOf(i);
            rows.append(
                QJsonArray {double(owner.id), title, TextChecks::comparisonKey(title), author,
                            TextChecks::comparisonKey(author), QStringLiteral("Meridian Press"),
                            double(mix(quint64(i), 6) % 10000),
                            i % 3 == 0 ? QJsonValue() : QJsonValue(1900 + int(mix(quint64(i), 7) % 126))});
            ++added[owner.id];
        }
        QJsonArray counters;
        for (auto owner = added.cbegin(); owner != added.cend(); ++owner)
            counters.append(QJsonArray {double(owner.key()), double(owner.value())});
        const Result<bool> made = m_backend.database().writer().run<bool>([rows = toJson(rows),
                                                                           counters = toJson(counters)](
                                                                              WriteTransaction &transaction)
                                                                              -> Result<bool> {
            SqlStatement insert(
                transaction.connection(),
                QStringLiteral(
                    "INSERT INTO books (owner_id, title, title_key, author, author_key, publisher,"
                    " price_cents, year, created_at, updated_at, version)"
                    " SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5,"
                    " value ->> 6, value ->> 7, ?, ?, 1 FROM json_each(?)"),
                "fillBooks");
            insert.bind(transaction.nowMs()).bind(transaction.nowMs()).bind(rows);
            if (Status run = insert.execute(); !run)
                return run.error();
            SqlStatement count(transaction.connection(),
                               QStringLiteral("UPDATE users SET book_count = book_count + c.value ->> 1"
                                              " FROM json_each(?) AS c WHERE users.id = c.value ->> 0"),
                               "fillBookCounts");
            count.bind(counters);
            if (Status run = count.execute(); !run)
                return run.error();
            return true;
        });
        if (!made)
            return made.error();
    }
    return {};
}

Status LargeCatalogue::fillEvents(qint64 count)
{
    const QList<User> accounts = m_accounts;
    SecurityEventLog &log = m_backend.events();
    for (qint64 first = 0; first < count; first += batchSize) {
        const qint64 last = std::min(count, first + batchSize);
        // Events only ever append (ids and times grow): row by row touches the same few pages.
        const Result<bool> made = m_backend.database().writer().run<bool>(
            [first, last, &accounts, &log](WriteTransaction &transaction) -> Result<bool> {
                for (qint64 i = first; i < last; ++i) {
                    const User &user = accounts.at(int(mix(quint64(i), 8) % quint64(accounts.size())));
                    SecurityEvent event;
                    const bool failed = i % 4 == 0;
                    event.type = failed ? SecurityEventType::loginFailed : SecurityEventType::loginSucceeded;
                    event.actor = user.username;
                    event.subjectId = user.publicId;
                    event.subjectName = user.username;
                    event.clientAddress = QStringLiteral("192.168.1.%1").arg(1 + i % 250);
                    if (failed)
                        event.details
                            = QJsonObject {{QStringLiteral("reason"), QStringLiteral("wrong_password")}};
                    if (Status recorded = log.record(transaction, event); !recorded)
                        return recorded.error();
                }
                return true;
            });
        if (!made)
            return made.error();
    }
    return {};
}
