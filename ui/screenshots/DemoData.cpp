#include "DemoData.h"

#include "Backend.h"
#include "DemoClock.h"
#include "books/BookService.h"
#include "users/UserService.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString demoPassword = u"correct horse battery staple"_s;

struct DemoBook
{
    const char *owner;
    const char *title;
    const char *author;
    const char *publisher;
    qint64 priceCents;
    int year;
};

// Real books, so that the pictures look like a real collection. Books from before 1970 have no ISBN.
const DemoBook demoBooks[] = {
    {"ann", "The Left Hand of Darkness", "Ursula K. Le Guin", "Ace Books", 1299, 1969},
    {"ann", "A Wizard of Earthsea", "Ursula K. Le Guin", "Parnassus Press", 999, 1968},
    {"ann", "The Dispossessed", "Ursula K. Le Guin", "Harper & Row", 1450, 1974},
    {"ann", "The Lathe of Heaven", "Ursula K. Le Guin", "Charles Scribner's Sons", 1099, 1971},
    {"ann", "Dune", "Frank Herbert", "Chilton Books", 1899, 1965},
    {"ann", "Neuromancer", "William Gibson", "Ace Books", 1150, 1984},
    {"ann", "Kindred", "Octavia E. Butler", "Doubleday", 1325, 1979},
    {"ann", "Parable of the Sower", "Octavia E. Butler", "Four Walls Eight Windows", 1450, 1993},
    {"bob", "The Pragmatic Programmer", "Andrew Hunt, David Thomas", "Addison-Wesley", 4299, 1999},
    {"bob", "Structure and Interpretation of Computer Programs", "Harold Abelson, Gerald Jay Sussman",
     "MIT Press", 5500, 1985},
    {"bob", "The Mythical Man-Month", "Frederick P. Brooks Jr.", "Addison-Wesley", 3199, 1975},
    {"bob", "Design Patterns", "Erich Gamma et al.", "Addison-Wesley", 4999, 1994},
    {"bob", "Refactoring", "Martin Fowler", "Addison-Wesley", 4450, 1999},
    {"bob", "C++ Concurrency in Action", "Anthony Williams", "Manning", 5299, 2012},
    {"carol", "Der Zauberberg", "Thomas Mann", "S. Fischer", 2800, 1924},
    {"carol", "Die Blechtrommel", "Günter Grass", "Luchterhand", 1800, 1959},
    {"carol", "Madame Bovary", "Gustave Flaubert", "Michel Lévy frères", 990, 1857},
    {"carol", "Les Misérables", "Victor Hugo", "A. Lacroix, Verboeckhoven & Cie", 2450, 1862},
    {"carol", "L'Étranger", "Albert Camus", "Gallimard", 790, 1942},
    {"carol", "Pride and Prejudice", "Jane Austen", "T. Egerton", 850, 1813},
    {"dmitri", "Crime and Punishment", "Fyodor Dostoevsky", "The Russian Messenger", 1199, 1866},
    {"dmitri", "The Master and Margarita", "Mikhail Bulgakov", "YMCA Press", 1399, 1967},
    {"dmitri", "Anna Karenina", "Leo Tolstoy", "The Russian Messenger", 1549, 1878},
    {"dmitri", "Fathers and Sons", "Ivan Turgenev", "The Russian Messenger", 1050, 1862},
    {"erin", "Gödel, Escher, Bach", "Douglas R. Hofstadter", "Basic Books", 2250, 1979},
    {"erin", "The Selfish Gene", "Richard Dawkins", "Oxford University Press", 1600, 1976},
    {"erin", "A Brief History of Time", "Stephen Hawking", "Bantam Books", 1499, 1988},
    {"erin", "The Structure of Scientific Revolutions", "Thomas S. Kuhn", "University of Chicago Press", 1800,
     1962},
    {"frank", "The Hobbit", "J. R. R. Tolkien", "George Allen & Unwin", 1295, 1937},
    {"frank", "Watership Down", "Richard Adams", "Rex Collings", 1099, 1972},
};

// A made-up but valid ISBN-13 (the check digit is right), different for every book.
QString demoIsbn(int index)
{
    QString digits = u"9780"_s + QString::number(61000000 + index * 7919).right(8);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    digits += QString::number((10 - sum % 10) % 10);
    return digits;
}

Result<User> createUser(Backend &backend, const QString &name, Role role)
{
    return backend.users()
        .createAccount(Actor::desktopAdministrator(), NewAccount {name, demoPassword, role})
        .result();
}
} // namespace

Status DemoData::fill(Backend &backend, DemoClock &clock)
{
    const Result<std::optional<QString>> administrator
        = backend.users().ensureInitialAdministrator(demoPassword);
    if (!administrator)
        return administrator.error();

    QHash<QString, User> users;
    for (const QString &name :
         {u"ann"_s, u"bob"_s, u"carol"_s, u"dmitri"_s, u"erin"_s, u"frank"_s, u"guest.reader"_s}) {
        clock.advanceMinutes(37);
        const Result<User> created = createUser(backend, name, Role::User);
        if (!created)
            return created.error();
        users.insert(name, created.value());
    }

    int index = 0;
    for (const DemoBook &demo : demoBooks) {
        clock.advanceMinutes(23 + (index * 17) % 90);
        BookDraft draft;
        draft.title = QString::fromUtf8(demo.title);
        draft.author = QString::fromUtf8(demo.author);
        draft.publisher = QString::fromUtf8(demo.publisher);
        draft.priceCents = demo.priceCents;
        draft.year = demo.year;
        if (demo.year >= 1970)
            draft.isbn = demoIsbn(index);
        draft.ownerPublicId = users.value(QString::fromLatin1(demo.owner)).publicId;
        const Result<Book> created = backend.books().create(Actor::desktopAdministrator(), draft).result();
        if (!created)
            return created.error();
        ++index;
    }
    for (const char *title : {"Visiting Hours", "Notes on the Reading Room"}) {
        BookDraft draft;
        draft.title = QString::fromLatin1(title);
        draft.author = u"Guest Reader"_s;
        draft.publisher = u"Self-published"_s;
        draft.priceCents = 500;
        draft.ownerPublicId = users.value(u"guest.reader"_s).publicId;
        if (const Result<Book> created
            = backend.books().create(Actor::desktopAdministrator(), draft).result();
            !created)
            return created.error();
    }

    // A few days of life: sign-ins from the LAN, mistakes, and an administrator at work.
    const auto signIn = [&backend, &clock](const QString &name, const QString &password,
                                           const QString &address) {
        clock.advanceMinutes(131);
        (void)backend.users().authenticate(name, password, ClientInfo {address, u"curl/7.88.1"_s}).result();
    };
    signIn(u"ann"_s, demoPassword, u"192.168.1.23"_s);
    signIn(u"bob"_s, demoPassword, u"192.168.1.57"_s);
    signIn(u"bob"_s, u"hunter2"_s, u"192.168.1.57"_s);
    signIn(u"erin"_s, demoPassword, u"192.168.1.12"_s);

    clock.advanceMinutes(600);
    UserChanges promote;
    promote.role = Role::Admin;
    if (const Result<User> changed
        = backend.users()
              .update(Actor::desktopAdministrator(), users.value(u"erin"_s).publicId, promote)
              .result();
        !changed)
        return changed.error();
    signIn(u"mallory"_s, u"letmein"_s, u"203.0.113.9"_s);
    signIn(u"admin"_s, u"admin"_s, u"203.0.113.9"_s);
    signIn(u"carol"_s, demoPassword, u"192.168.1.31"_s);

    clock.advanceMinutes(900);
    UserChanges disable;
    disable.disabled = true;
    if (const Result<User> changed
        = backend.users()
              .update(Actor::desktopAdministrator(), users.value(u"frank"_s).publicId, disable)
              .result();
        !changed)
        return changed.error();
    signIn(u"frank"_s, demoPassword, u"192.168.1.44"_s);

    clock.advanceMinutes(300);
    if (const Result<User> reset
        = backend.users()
              .resetPassword(Actor::desktopAdministrator(), users.value(u"bob"_s).publicId,
                             u"another long password"_s)
              .result();
        !reset)
        return reset.error();
    signIn(u"bob"_s, u"another long password"_s, u"192.168.1.57"_s);

    clock.advanceMinutes(420);
    if (const Result<User> signedOut
        = backend.users()
              .signOutEverywhere(Actor::desktopAdministrator(), users.value(u"carol"_s).publicId)
              .result();
        !signedOut)
        return signedOut.error();
    clock.advanceMinutes(45);
    if (const Result<User> removed
        = backend.users()
              .remove(Actor::desktopAdministrator(), users.value(u"guest.reader"_s).publicId)
              .result();
        !removed)
        return removed.error();
    signIn(u"dmitri"_s, demoPassword, u"192.168.1.66"_s);
    signIn(u"ann"_s, demoPassword, u"192.168.1.23"_s);
    return {};
}
