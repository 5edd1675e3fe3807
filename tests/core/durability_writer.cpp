// A helper process for tst_durability: creates books one after another on the database given as the first
// argument and prints "ack <id>" only after each write was acknowledged. The test kills it with SIGKILL
// mid-stream and then checks that every acknowledged book is there.
#include "Backend.h"
#include "books/BookService.h"
#include "users/UserService.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    BackendOptions options;
    options.database = DatabaseUrl::sqliteFile(QString::fromLocal8Bit(argv[1]));
    options.argon2 = Argon2Parameters {1024, 1, 1};
    Result<std::unique_ptr<Backend>> backend = Backend::open(options);
    if (!backend) {
        std::fprintf(stderr, "%s\n", qPrintable(backend.error().detailedMessage()));
        return 1;
    }
    const Result<User> owner
        = backend.value()
              ->users()
              .createAccount(Actor::desktopAdministrator(),
                             NewAccount {QStringLiteral("writer"), QStringLiteral("durable password")})
              .result();
    if (!owner)
        return 1;
    for (int i = 0;; ++i) {
        BookDraft draft;
        draft.title = QStringLiteral("Durable %1").arg(i);
        draft.author = QStringLiteral("Writer");
        draft.publisher = QStringLiteral("Press");
        draft.priceCents = i;
        const Result<Book> book
            = backend.value()->books().create(Actor::forUser(owner.value()), draft).result();
        if (!book)
            return 1;
        std::printf("ack %lld\n", static_cast<long long>(book->id));
        std::fflush(stdout);
    }
}
