#include "DemoData.h"

#include "Backend.h"
#include "DemoClock.h"
#include "books/BookService.h"
#include "jose/JwsSigner.h"
#include "jose/SigningKey.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/RefreshSessionService.h"
#include "tokens/SignInService.h"
#include "tokens/SigningKeyService.h"
#include "users/UserService.h"

#include <QHash>
#include <QJsonObject>

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

// Clients as they announce themselves: browsers, a phone app, scripts and API tools.
const QString firefox = u"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"_s;
const QString android = u"BookwardenMobile/2.3.1 (Android 14; Pixel 7)"_s;
const QString curl = u"curl/7.88.1"_s;
const QString python = u"python-requests/2.31.0"_s;
const QString postman = u"PostmanRuntime/7.39.0"_s;
const QString safari
    = u"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"_s;

Result<TokenPair> signInSession(Backend &backend, const QString &name, const QString &password,
                                const QString &address, const QString &userAgent)
{
    return backend.signIn().login(name, password, ClientInfo {address, userAgent}).result();
}

Result<User> createUser(Backend &backend, const QString &name, Role role)
{
    return backend.users()
        .createAccount(Actor::desktopAdministrator(), NewAccount {name, demoPassword, role})
        .result();
}

// The accounts of the library, by name: six readers and a guest.
Result<QHash<QString, User>> fillAccounts(Backend &backend, DemoClock &clock)
{
    QHash<QString, User> users;
    for (const QString &name :
         {u"ann"_s, u"bob"_s, u"carol"_s, u"dmitri"_s, u"erin"_s, u"frank"_s, u"guest.reader"_s}) {
        clock.advanceMinutes(37);
        const Result<User> created = createUser(backend, name, Role::User);
        if (!created)
            return created.error();
        users.insert(name, created.value());
    }
    return users;
}

Status fillBooks(Backend &backend, DemoClock &clock, const QHash<QString, User> &users)
{
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
    return {};
}

// An administrator's change to an account, as the desktop administrator.
Status administer(Backend &backend, const User &user, const UserChanges &changes)
{
    const Result<User> changed
        = backend.users().update(Actor::desktopAdministrator(), user.publicId, changes).result();
    if (!changed)
        return changed.error();
    return {};
}

// A few days of life: sign-ins from the LAN, mistakes, and an administrator at work.
Status fillHistory(Backend &backend, DemoClock &clock, const QHash<QString, User> &users)
{
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
    if (Status changed = administer(backend, users.value(u"erin"_s), promote); !changed)
        return changed;
    signIn(u"mallory"_s, u"letmein"_s, u"203.0.113.9"_s);
    signIn(u"admin"_s, u"admin"_s, u"203.0.113.9"_s);
    signIn(u"carol"_s, demoPassword, u"192.168.1.31"_s);

    clock.advanceMinutes(900);
    UserChanges disable;
    disable.disabled = true;
    if (Status changed = administer(backend, users.value(u"frank"_s), disable); !changed)
        return changed;
    signIn(u"frank"_s, demoPassword, u"192.168.1.44"_s);

    clock.advanceMinutes(300);
    const Actor administrator = Actor::desktopAdministrator();
    if (const Result<User> reset
        = backend.users()
              .resetPassword(administrator, users.value(u"bob"_s).publicId, u"another long password"_s)
              .result();
        !reset)
        return reset.error();
    signIn(u"bob"_s, u"another long password"_s, u"192.168.1.57"_s);

    clock.advanceMinutes(420);
    if (const Result<User> signedOut
        = backend.users().signOutEverywhere(administrator, users.value(u"carol"_s).publicId).result();
        !signedOut)
        return signedOut.error();
    clock.advanceMinutes(45);
    if (const Result<User> removed
        = backend.users().remove(administrator, users.value(u"guest.reader"_s).publicId).result();
        !removed)
        return removed.error();
    signIn(u"dmitri"_s, demoPassword, u"192.168.1.66"_s);
    signIn(u"ann"_s, demoPassword, u"192.168.1.23"_s);
    return {};
}
} // namespace

Status DemoData::fill(Backend &backend, DemoClock &clock)
{
    const Result<std::optional<QString>> administrator
        = backend.users().ensureInitialAdministrator(demoPassword);
    if (!administrator)
        return administrator.error();
    const Result<QHash<QString, User>> users = fillAccounts(backend, clock);
    if (!users)
        return users.error();
    if (Status books = fillBooks(backend, clock, users.value()); !books)
        return books;
    return fillHistory(backend, clock, users.value());
}

Status DemoData::fillTokens(Backend &backend, DemoClock &clock)
{
    // The first key (HS256, made when the database was created) signs the early sessions; an RSA key takes
    // over, the HS256 key is retired a day later, and an ES256 key takes over at the end: one key of each
    // status.
    const auto session
        = [&backend, &clock](const QString &name, const QString &password, const QString &address,
                             const QString &agent, qint64 minutesLater) -> Result<TokenPair> {
        clock.advanceMinutes(minutesLater);
        return signInSession(backend, name, password, address, agent);
    };
    if (const Result<TokenPair> carol = session(u"carol"_s, demoPassword, u"192.168.1.31"_s, safari, 5);
        !carol)
        return carol.error();
    const Result<StoredSigningKey> rsa
        = backend.keys().generate(Actor::desktopAdministrator(), JwsAlgorithm::RS256, 2048, true).result();
    if (!rsa)
        return rsa.error();
    clock.advanceMinutes(25 * 60);
    const Result<StoredSigningKey> retired = [&backend]() -> Result<StoredSigningKey> {
        for (const StoredSigningKey &key : backend.keys().keys()) {
            if (key.algorithm == JwsAlgorithm::HS256 && key.status == KeyStatus::Passive)
                return backend.keys().retire(Actor::desktopAdministrator(), key.kid).result();
        }
        return Error::internal(u"The first HS256 key was not found."_s);
    }();
    if (!retired)
        return retired.error();

    // bob tries the API with curl and signs out again.
    const Result<TokenPair> bob = session(u"bob"_s, u"another long password"_s, u"192.168.1.57"_s, curl, 40);
    if (!bob)
        return bob.error();
    clock.advanceMinutes(9);
    const Result<AuthenticatedToken> bobsToken
        = backend.tokenVerifier().verifyAccessToken(bob->accessToken.toLatin1());
    if (!bobsToken)
        return bobsToken.error();
    if (const Result<bool> out
        = backend.signIn().logout(bobsToken->claims, ClientInfo {u"192.168.1.57"_s, curl}).result();
        !out)
        return out.error();
    const Result<TokenPair> annPhone = session(u"ann"_s, demoPassword, u"192.168.1.80"_s, android, 95);
    if (!annPhone)
        return annPhone.error();
    const Result<TokenPair> dmitri = session(u"dmitri"_s, demoPassword, u"192.168.1.66"_s, python, 30);
    if (!dmitri)
        return dmitri.error();
    const Result<TokenPair> erinAway = session(u"erin"_s, demoPassword, u"10.0.8.14"_s, postman, 12);
    if (!erinAway)
        return erinAway.error();
    // The phone refreshes now and then; the administrator ends a session from an unknown address.
    clock.advanceMinutes(50);
    if (const Result<TokenPair> refreshed
        = backend.signIn().refresh(annPhone->refreshToken, ClientInfo {u"192.168.1.80"_s, android}).result();
        !refreshed)
        return refreshed.error();
    clock.advanceMinutes(15);
    if (const Result<RefreshSession> ended
        = backend.sessions()
              .revoke(Actor::desktopAdministrator(), erinAway->session.publicId, u"admin"_s)
              .result();
        !ended)
        return ended.error();
    const Result<StoredSigningKey> es256
        = backend.keys().generate(Actor::desktopAdministrator(), JwsAlgorithm::ES256, 2048, true).result();
    if (!es256)
        return es256.error();
    if (const Result<TokenPair> erin = session(u"erin"_s, demoPassword, u"192.168.1.12"_s, postman, 8); !erin)
        return erin.error();
    if (const Result<TokenPair> ann = session(u"ann"_s, demoPassword, u"192.168.1.23"_s, firefox, 6); !ann)
        return ann.error();
    return {};
}

QString DemoData::tutorialToken(qint64 nowMs)
{
    // What turns up in real life: a token from a tutorial's sample code, still signed with its secret,
    // valid for a month and carrying an API key.
    const qint64 now = nowMs / 1000;
    const QJsonObject payload {
        {u"sub"_s, u"1234567890"_s}, {u"name"_s, u"John Doe"_s},
        {u"role"_s, u"admin"_s},     {u"api_key"_s, u"sk_live_51Hx9PqL2eZvKYlo2C0aB1cD"_s},
        {u"iat"_s, now - 3 * 3600},  {u"exp"_s, now - 3 * 3600 + 30 * 24 * 3600}};
    const Result<SigningKey> key = SigningKey::fromSecretUnchecked("your_secret_key", JwsAlgorithm::HS256);
    if (!key)
        return {};
    const Result<QByteArray> token
        = JwsSigner::sign(key.value(), QJsonObject {{u"typ"_s, u"JWT"_s}}, payload);
    return token ? QString::fromLatin1(token.value()) : QString();
}
