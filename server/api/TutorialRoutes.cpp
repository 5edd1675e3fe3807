#include "TutorialRoutes.h"

#include "ApiContext.h"
#include "ApiJson.h"
#include "ApiRoutes.h"
#include "AuthRoutes.h"
#include "Backend.h"
#include "BookRoutes.h"
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
Result<QJsonObject> readTutorialBody(const HttpRequest &request)
{
    Result<QJsonObject> body = JsonRequest::readObject(request);
    if (!body && body.error().code() == ErrorCode::UnsupportedMediaType)
        return Error::invalid(ErrorCode::InvalidJson, body.error().message());
    return body;
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

HttpResponse publicMessage(ApiContext &, HttpRequest &)
{
    return message(QStringLiteral("This is a public route: anyone can see it."));
}

HttpResponse tokenIsValid(ApiContext &, HttpRequest &, const AuthenticatedToken &caller)
{
    return message(QStringLiteral("Hello %1, your token is valid.").arg(caller.claims.username));
}

void registerAccount(ApiContext &context, HttpRequest &request, HttpResponder responder)
{
    const Result<QJsonObject> body = readTutorialBody(request);
    if (!body)
        return responder.send(ApiAnswer::error(body.error()));
    JsonFields fields(body.value());
    const QString username
        = fields.text(fields.firstPresent({QStringLiteral("username"), QStringLiteral("name")}));
    const QString password = fields.text(QStringLiteral("password"));
    if (!fields.ok())
        return responder.send(ApiAnswer::error(fields.error()));
    ApiAnswer::later(
        context.backend.users().registerAccount(username, password, RequestAuthentication::clientOf(request)),
        std::move(responder),
        [](const User &) { return message(QStringLiteral("registered successfully"), 201); });
}

void logIn(ApiContext &context, HttpRequest &request, HttpResponder responder)
{
    // Neither Basic nor a JSON body: 400, as /register answers (the tutorial knew no 415).
    if (!RequestAuthentication::basicCredentials(request) && !JsonRequest::hasJsonContentType(request))
        return responder.send(ApiAnswer::error(
            Error::invalid(ErrorCode::InvalidInput,
                           QStringLiteral("Send a username and password as JSON or with HTTP Basic."))));
    AuthRoutes::login(context, request, std::move(responder), true);
}

// The tutorial's field names first, the v1 API's accepted too.
BookRoutes::FieldNames tutorialBookFieldNames()
{
    BookRoutes::FieldNames names;
    names.title = {QStringLiteral("name"), QStringLiteral("title")};
    names.author = {QStringLiteral("Author"), QStringLiteral("author")};
    names.publisher = {QStringLiteral("Publisher"), QStringLiteral("publisher")};
    names.price = {QStringLiteral("book_prize"), QStringLiteral("price")};
    return names;
}

void createBook(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                HttpResponder responder)
{
    const Result<QJsonObject> body = readTutorialBody(request);
    if (!body)
        return responder.send(ApiAnswer::error(body.error()));
    const BookRoutes::FieldNames names = tutorialBookFieldNames();
    const Result<BookRoutes::BookFields> fields
        = BookRoutes::readBookFields(body.value(), BookRoutes::Mode::Create, names);
    if (!fields)
        return responder.send(ApiAnswer::error(fields.error()));
    const JsonFields sent(body.value());
    const QMap<QString, QString> clientNames {
        {QStringLiteral("title"), sent.firstPresent(names.title)},
        {QStringLiteral("author"), sent.firstPresent(names.author)},
        {QStringLiteral("publisher"), sent.firstPresent(names.publisher)},
        {QStringLiteral("price"), sent.firstPresent(names.price)}};
    QFuture<Result<Book>> created = context.backend.books()
                                        .create(caller.actor, BookRoutes::draftOf(fields.value()))
                                        .then([clientNames](const Result<Book> &result) {
                                            return inClientFieldNames(result, clientNames);
                                        });
    ApiAnswer::later(created, std::move(responder), [](const Book &book) {
        return HttpResponse::json(
            QJsonObject {{QStringLiteral("message"), QStringLiteral("new book created")},
                         {QStringLiteral("id"), double(book.id)}},
            201);
    });
}

// The caller's books, all of them (the tutorial had no paging), page by page underneath.
HttpResponse listOwnBooks(ApiContext &context, HttpRequest &, const AuthenticatedToken &caller)
{
    const Actor &actor = caller.actor;
    BookQuery first;
    first.ownerPublicId = actor.publicId;
    first.sort = BookSort::Created;
    first.limit = 100;
    const Result<QByteArray> json
        = context.bookPages.answer(BookPageCache::key("tutorial", actor, first), [&]() -> Result<QByteArray> {
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
}

void removeOwnBook(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                   HttpResponder responder)
{
    const std::optional<qint64> id = request.idParameter(QStringLiteral("id"));
    if (!id)
        return responder.send(
            ApiAnswer::error(Error::notFound(ErrorCode::BookNotFound, QStringLiteral("No such book."))));
    // Only the caller's own books, even for administrators: the tutorial's route was per user.
    Actor self = caller.actor;
    self.role = Role::User;
    ApiAnswer::later(context.backend.books().remove(self, *id), std::move(responder),
                     [](const Book &) { return message(QStringLiteral("book deleted")); });
}

// The tutorial left this open and sent password hashes; here it is for administrators, without them.
HttpResponse listUsers(ApiContext &context, HttpRequest &, const AuthenticatedToken &caller)
{
    UserQuery query;
    query.limit = 500;
    QJsonArray users;
    for (;;) {
        const Result<UserPage> page = context.backend.users().list(caller.actor, query);
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
}
} // namespace

namespace TutorialRoutes {

void install(ApiRoutes &routes)
{
    routes.route("GET", QStringLiteral("/public"), Access::Public, publicMessage);
    routes.route("GET", QStringLiteral("/auth"), Access::SignedIn, tokenIsValid);
    routes.route("GET", QStringLiteral("/protected"), Access::SignedIn, tokenIsValid);
    routes.route("POST", QStringLiteral("/register"), Access::Public, registerAccount);
    routes.route("POST", QStringLiteral("/login"), Access::Public, logIn);
    routes.route("POST", QStringLiteral("/book"), Access::SignedIn, createBook);
    routes.route("GET", QStringLiteral("/books"), Access::SignedIn, listOwnBooks);
    routes.route("DELETE", QStringLiteral("/books/{id}"), Access::SignedIn, removeOwnBook);
    routes.route("GET", QStringLiteral("/users"), Access::Administrator, listUsers);
}

} // namespace TutorialRoutes
