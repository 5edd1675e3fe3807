#include "SeedRoutes.h"

#include "ApiContext.h"
#include "ApiJson.h"
#include "AuthRoutes.h"
#include "Backend.h"
#include "BookRoutes.h"
#include "HttpRouter.h"
#include "JsonRequest.h"
#include "JsonWriter.h"
#include "RequestAuthentication.h"
#include "books/BookService.h"
#include "books/Money.h"
#include "users/UserService.h"

#include <QJsonArray>

namespace {
HttpResponse message(const QString &text, int status = 200)
{
    return HttpResponse::json(QJsonObject {{QStringLiteral("message"), text}}, status);
}

// The tutorial answered 400 for a body that is not JSON, whatever its Content-Type said; so do we, but a
// JSON body is still read strictly.
std::optional<HttpResponse> tutorialBodyProblem(const JsonRequest::Body &body)
{
    if (!body.refusal)
        return std::nullopt;
    HttpResponse refusal = *body.refusal;
    if (refusal.status() == 415)
        return HttpResponse::error(
            400, QStringLiteral("invalid_json"),
            QStringLiteral("Send the body as JSON with Content-Type: application/json."));
    return refusal;
}

// Core names invalid fields as the v1 API does (title, author…); a tutorial client reads back the names it
// sent (name, Author…). `clientNames` maps each v1 name to the client's.
Result<Book> inClientFieldNames(const Result<Book> &result, const QMap<QString, QString> &clientNames)
{
    if (result.ok() || result.error().kind() != ErrorKind::Invalid)
        return result;
    QMap<QString, QString> fields;
    const QMap<QString, QString> coreFields = result.error().fields();
    for (auto field = coreFields.cbegin(); field != coreFields.cend(); ++field)
        fields.insert(clientNames.value(field.key(), field.key()), field.value());
    return Error::invalid(result.error().code(), result.error().message(), fields);
}

void writeTutorialBook(JsonWriter &json, const Book &book)
{
    json.beginObject()
        .member("id", book.id)
        .member("name", book.title)
        .member("Author", book.author)
        .member("Publisher", book.publisher)
        .key(QLatin1StringView("book_prize"))
        .raw(ApiJson::priceNumber(book.priceCents))
        .endObject();
}
} // namespace

namespace SeedRoutes {

void install(HttpRouter &router, ApiContext &context)
{
    router.route("GET", QStringLiteral("/public"), [](HttpRequest &) {
        return message(QStringLiteral("This is a public route: anyone can see it."));
    });

    for (const QString &path : {QStringLiteral("/auth"), QStringLiteral("/protected")}) {
        router.route("GET", path, [&context](HttpRequest &request) {
            const RequestAuthentication::Outcome auth
                = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
            if (auth.refusal)
                return *auth.refusal;
            return message(QStringLiteral("Hello %1, your token is valid.").arg(auth.token->claims.username));
        });
    }

    router.route(
        "POST", QStringLiteral("/register"), [&context](HttpRequest &request, HttpResponder responder) {
            const JsonRequest::Body body = JsonRequest::readObject(request);
            if (const auto problem = tutorialBodyProblem(body))
                return responder.send(*problem);
            JsonFields fields(body.object);
            const QString username
                = fields.text(fields.firstPresent({QStringLiteral("username"), QStringLiteral("name")}));
            const QString password = fields.text(QStringLiteral("password"));
            if (!fields.ok())
                return responder.send(ApiAnswer::error(fields.error()));
            ApiAnswer::later(context.backend.users().registerAccount(
                                 username, password, RequestAuthentication::clientOf(request)),
                             std::move(responder), [](const User &) {
                                 return message(QStringLiteral("registered successfully"), 201);
                             });
        });

    router.route("POST", QStringLiteral("/login"), [&context](HttpRequest &request, HttpResponder responder) {
        // Neither Basic nor a JSON body: 400, as /register answers (the tutorial knew no 415).
        if (!RequestAuthentication::basicCredentials(request) && !JsonRequest::hasJsonContentType(request))
            return responder.send(HttpResponse::error(
                400, QStringLiteral("invalid_input"),
                QStringLiteral("Send a username and password as JSON or with HTTP Basic.")));
        AuthRoutes::login(context, request, std::move(responder), true);
    });

    router.route("POST", QStringLiteral("/book"), [&context](HttpRequest &request, HttpResponder responder) {
        const RequestAuthentication::Outcome auth
            = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
        if (auth.refusal)
            return responder.send(*auth.refusal);
        const JsonRequest::Body body = JsonRequest::readObject(request);
        if (const auto problem = tutorialBodyProblem(body))
            return responder.send(*problem);
        BookRoutes::FieldNames names;
        names.title = {QStringLiteral("name"), QStringLiteral("title")};
        names.author = {QStringLiteral("Author"), QStringLiteral("author")};
        names.publisher = {QStringLiteral("Publisher"), QStringLiteral("publisher")};
        names.price = {QStringLiteral("book_prize"), QStringLiteral("price")};
        const BookRoutes::BookFields fields
            = BookRoutes::readBookFields(body.object, BookRoutes::Mode::Create, names);
        if (fields.problem)
            return responder.send(ApiAnswer::error(*fields.problem));
        const JsonFields sent(body.object);
        const QMap<QString, QString> clientNames {
            {QStringLiteral("title"), sent.firstPresent(names.title)},
            {QStringLiteral("author"), sent.firstPresent(names.author)},
            {QStringLiteral("publisher"), sent.firstPresent(names.publisher)},
            {QStringLiteral("price"), sent.firstPresent(names.price)}};
        QFuture<Result<Book>> created = context.backend.books()
                                            .create(auth.token->actor, BookRoutes::draftOf(fields))
                                            .then([clientNames](const Result<Book> &result) {
                                                return inClientFieldNames(result, clientNames);
                                            });
        ApiAnswer::later(created, std::move(responder), [](const Book &book) {
            return HttpResponse::json(
                QJsonObject {{QStringLiteral("message"), QStringLiteral("new book created")},
                             {QStringLiteral("id"), double(book.id)}},
                201);
        });
    });

    // The caller's books, all of them (the tutorial had no paging), page by page underneath.
    router.route("GET", QStringLiteral("/books"), [&context](HttpRequest &request) {
        const RequestAuthentication::Outcome auth
            = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
        if (auth.refusal)
            return *auth.refusal;
        const Actor &actor = auth.token->actor;
        BookQuery first;
        first.ownerPublicId = actor.publicId;
        first.sort = BookSort::Created;
        first.limit = 100;
        const Result<QByteArray> json = context.bookPages.answer(
            BookPageCache::key("tutorial", actor, first), [&]() -> Result<QByteArray> {
                BookQuery query = first;
                JsonWriter list;
                list.beginObject().key(QLatin1StringView("list_of_books")).beginArray();
                for (;;) {
                    const Result<BookPage> page = context.backend.books().list(actor, query);
                    if (!page)
                        return page.error();
                    for (const Book &book : page->items)
                        writeTutorialBook(list, book);
                    if (page->nextCursor.isEmpty())
                        break;
                    query.cursor = page->nextCursor;
                }
                list.endArray().endObject();
                return list.take();
            });
        if (!json)
            return ApiAnswer::error(json.error());
        return HttpResponse::jsonBytes(json.value());
    });

    router.route("DELETE", QStringLiteral("/books/{id}"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     const RequestAuthentication::Outcome auth
                         = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
                     if (auth.refusal)
                         return responder.send(*auth.refusal);
                     const std::optional<qint64> id = request.idParameter(QStringLiteral("id"));
                     if (!id)
                         return responder.send(ApiAnswer::error(
                             Error::notFound(ErrorCode::BookNotFound, QStringLiteral("No such book."))));
                     // Only the caller's own books, even for administrators: the tutorial's route was per
                     // user.
                     Actor self = auth.token->actor;
                     self.role = Role::User;
                     ApiAnswer::later(context.backend.books().remove(self, *id), std::move(responder),
                                      [](const Book &) { return message(QStringLiteral("book deleted")); });
                 });

    // The tutorial left this open and sent password hashes; here it is for administrators, without them.
    router.route("GET", QStringLiteral("/users"), [&context](HttpRequest &request) {
        const RequestAuthentication::Outcome auth
            = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
        if (auth.refusal)
            return *auth.refusal;
        UserQuery query;
        query.limit = 500;
        QJsonArray users;
        for (;;) {
            const Result<UserPage> page = context.backend.users().list(auth.token->actor, query);
            if (!page)
                return ApiAnswer::error(page.error());
            for (const User &user : page->items)
                users.append(QJsonObject {{QStringLiteral("public_id"), user.publicId},
                                          {QStringLiteral("name"), user.username},
                                          {QStringLiteral("admin"), user.isAdmin()}});
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }
        return HttpResponse::json(QJsonObject {{QStringLiteral("users"), users}});
    });
}

} // namespace SeedRoutes
