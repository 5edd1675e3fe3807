#include "BookRoutes.h"

#include "ApiContext.h"
#include "ApiJson.h"
#include "ApiRoutes.h"
#include "Backend.h"
#include "JsonRequest.h"
#include "books/BookService.h"
#include "books/Money.h"

namespace {

std::optional<qint64> bookId(const HttpRequest &request)
{
    return request.idParameter(QStringLiteral("id"));
}

Error noSuchBook()
{
    return Error::notFound(ErrorCode::BookNotFound, QStringLiteral("No such book."));
}

HttpResponse bookResponse(const Book &book, int status = 200)
{
    return HttpResponse::jsonBytes(ApiJson::bookJson(book), status)
        .withHeader(QByteArrayLiteral("ETag"), ApiJson::entityTag(book));
}

// The book a PUT, PATCH or DELETE names, and the version its If-Match says the client's copy has (none
// when not sent). A tag that names no version can never match.
struct BookTarget
{
    qint64 id = 0;
    std::optional<qint64> version;
};

Result<BookTarget> targetOf(const HttpRequest &request)
{
    const std::optional<qint64> id = bookId(request);
    if (!id)
        return noSuchBook();
    const std::optional<qint64> version = ApiJson::ifMatchVersion(request.header("If-Match"));
    if (!version || *version == 0)
        return BookTarget {*id, std::nullopt};
    if (*version < 0)
        return Error::stale(ErrorCode::VersionMismatch,
                            QStringLiteral("If-Match names no version of this book."));
    return BookTarget {*id, version};
}

HttpResponse listBooks(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller)
{
    BookQuery query;
    JsonFields problems {QJsonObject()};
    const QString limit = request.queryValue(QStringLiteral("limit"));
    if (!limit.isEmpty()) {
        bool ok = false;
        query.limit = limit.toInt(&ok);
        if (!ok)
            problems.fail(QStringLiteral("limit"),
                          QStringLiteral("The limit must be a number from 1 to 100."));
    }
    const QString sort = request.queryValue(QStringLiteral("sort"));
    if (!sort.isEmpty() && !BookSorts::fromName(sort, &query.sort, &query.descending))
        problems.fail(QStringLiteral("sort"),
                      QStringLiteral("Sort by title, author, price or created; prefix - for descending."));
    query.cursor = request.queryValue(QStringLiteral("cursor"));
    query.text = request.queryValue(QStringLiteral("q"));
    query.ownerPublicId = request.queryValue(QStringLiteral("owner"));
    query.countLimit = BookQuery::searchCountLimit; // the bound docs/api.md promises
    if (!problems.ok())
        return ApiAnswer::error(problems.error());
    const Actor &actor = caller.actor;
    const Result<QByteArray> json
        = context.bookPages.answer(BookPageCache::key("v1", actor, query), [&]() -> Result<QByteArray> {
              const Result<BookPage> page = context.backend.books().list(actor, query);
              if (!page)
                  return page.error();
              return ApiJson::bookPageJson(page.value());
          });
    if (!json)
        return ApiAnswer::error(json.error());
    return HttpResponse::jsonBytes(json.value());
}

void createBook(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                HttpResponder responder)
{
    const Result<QJsonObject> body = JsonRequest::readObject(request);
    if (!body)
        return responder.send(ApiAnswer::error(body.error()));
    const Result<BookRoutes::BookFields> fields
        = BookRoutes::readBookFields(body.value(), BookRoutes::Mode::Create);
    if (!fields)
        return responder.send(ApiAnswer::error(fields.error()));
    ApiAnswer::later(context.backend.books().create(caller.actor, BookRoutes::draftOf(fields.value())),
                     std::move(responder), [](const Book &book) {
                         return bookResponse(book, 201).withHeader(
                             QByteArrayLiteral("Location"), "/api/v1/books/" + QByteArray::number(book.id));
                     });
}

HttpResponse getBook(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller)
{
    const std::optional<qint64> id = bookId(request);
    if (!id)
        return ApiAnswer::error(noSuchBook());
    const Result<Book> book = context.backend.books().get(caller.actor, *id);
    if (!book)
        return ApiAnswer::error(book.error());
    // A client holding the current version gets 304, as with any cache validator.
    if (request.header("If-None-Match") == ApiJson::entityTag(book.value()))
        return HttpResponse(304).withHeader(QByteArrayLiteral("ETag"), ApiJson::entityTag(book.value()));
    return bookResponse(book.value());
}

// PUT (every field) and PATCH (the fields sent), with If-Match.
void updateBook(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                HttpResponder responder, BookRoutes::Mode mode)
{
    const Result<BookTarget> target = targetOf(request);
    if (!target)
        return responder.send(ApiAnswer::error(target.error()));
    const Result<QJsonObject> body = JsonRequest::readObject(request);
    if (!body)
        return responder.send(ApiAnswer::error(body.error()));
    const Result<BookRoutes::BookFields> fields = BookRoutes::readBookFields(body.value(), mode);
    if (!fields)
        return responder.send(ApiAnswer::error(fields.error()));
    ApiAnswer::later(
        context.backend.books().update(caller.actor, target->id, fields->changes, target->version),
        std::move(responder), [](const Book &book) { return bookResponse(book); });
}

void replaceBook(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                 HttpResponder responder)
{
    updateBook(context, request, caller, std::move(responder), BookRoutes::Mode::Replace);
}

void patchBook(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
               HttpResponder responder)
{
    updateBook(context, request, caller, std::move(responder), BookRoutes::Mode::Patch);
}

void removeBook(ApiContext &context, HttpRequest &request, const AuthenticatedToken &caller,
                HttpResponder responder)
{
    const Result<BookTarget> target = targetOf(request);
    if (!target)
        return responder.send(ApiAnswer::error(target.error()));
    ApiAnswer::later(context.backend.books().remove(caller.actor, target->id, target->version),
                     std::move(responder), [](const Book &) { return HttpResponse::noContent(); });
}

} // namespace

namespace BookRoutes {

Result<BookFields> readBookFields(const QJsonObject &object, Mode mode, const FieldNames &names)
{
    BookFields result;
    JsonFields fields(object);
    auto textField = [&](const QStringList &accepted, std::optional<QString> *target) {
        const QString name = fields.firstPresent(accepted);
        if (mode == Mode::Patch && !fields.has(name))
            return;
        *target = fields.text(name);
    };
    textField(names.title, &result.changes.title);
    textField(names.author, &result.changes.author);
    textField(names.publisher, &result.changes.publisher);

    const QString priceName = fields.firstPresent(names.price);
    if (mode != Mode::Patch || fields.has(priceName)) {
        if (const std::optional<double> price = fields.number(priceName)) {
            const Result<qint64> cents = Money::centsFromDecimal(*price, priceName);
            if (cents)
                result.changes.priceCents = cents.value();
            else
                fields.fail(priceName, cents.error().fields().value(priceName));
        }
    }
    // Optional fields: absent in a create or replace means none; null in a patch clears them.
    if (mode != Mode::Patch || fields.has(QStringLiteral("isbn")))
        result.changes.isbn = fields.optionalText(QStringLiteral("isbn")).value_or(QString());
    if (mode != Mode::Patch || fields.has(QStringLiteral("year"))) {
        if (fields.isNull(QStringLiteral("year")) || !fields.has(QStringLiteral("year")))
            result.changes.year = std::optional<int>();
        else if (const std::optional<qint64> year = fields.integer(QStringLiteral("year"), -9999, 9999))
            result.changes.year = std::optional<int>(int(*year));
    }
    if (mode == Mode::Create)
        result.ownerPublicId = fields.optionalText(QStringLiteral("owner")).value_or(QString());
    if (mode == Mode::Patch && result.changes.isEmpty() && fields.ok())
        fields.fail(QStringLiteral("body"), QStringLiteral("Name at least one field to change."));
    if (!fields.ok())
        return fields.error();
    return result;
}

BookDraft draftOf(const BookFields &fields)
{
    BookDraft draft;
    draft.title = fields.changes.title.value_or(QString());
    draft.author = fields.changes.author.value_or(QString());
    draft.publisher = fields.changes.publisher.value_or(QString());
    draft.priceCents = fields.changes.priceCents.value_or(0);
    draft.isbn = fields.changes.isbn.value_or(QString());
    draft.year = fields.changes.year.value_or(std::optional<int>());
    draft.ownerPublicId = fields.ownerPublicId;
    return draft;
}

void install(ApiRoutes &routes)
{
    routes.route("GET", QStringLiteral("/api/v1/books"), Access::SignedIn, listBooks);
    routes.route("POST", QStringLiteral("/api/v1/books"), Access::SignedIn, createBook);
    routes.route("GET", QStringLiteral("/api/v1/books/{id}"), Access::SignedIn, getBook);
    routes.route("PUT", QStringLiteral("/api/v1/books/{id}"), Access::SignedIn, replaceBook);
    routes.route("PATCH", QStringLiteral("/api/v1/books/{id}"), Access::SignedIn, patchBook);
    routes.route("DELETE", QStringLiteral("/api/v1/books/{id}"), Access::SignedIn, removeBook);
}

} // namespace BookRoutes
