#include "BookRoutes.h"

#include "ApiContext.h"
#include "ApiJson.h"
#include "Backend.h"
#include "HttpRouter.h"
#include "JsonRequest.h"
#include "RequestAuthentication.h"
#include "books/BookService.h"
#include "books/Money.h"

namespace {

std::optional<qint64> bookId(const HttpRequest &request)
{
    return request.idParameter(QStringLiteral("id"));
}

HttpResponse noSuchBook()
{
    return ApiAnswer::error(Error::notFound(ErrorCode::BookNotFound, QStringLiteral("No such book.")));
}

HttpResponse bookResponse(const Book &book, int status = 200)
{
    return HttpResponse::jsonBytes(ApiJson::bookJson(book), status)
        .withHeader(QByteArrayLiteral("ETag"), ApiJson::entityTag(book));
}

// If-Match, when sent: the version the client's copy has. A tag that names no version can never match.
struct Precondition
{
    std::optional<qint64> version;
    bool impossible = false;
};

Precondition preconditionOf(const HttpRequest &request)
{
    const std::optional<qint64> version = ApiJson::ifMatchVersion(request.header("If-Match"));
    if (!version || *version == 0)
        return {};
    if (*version < 0)
        return {std::nullopt, true};
    return {version, false};
}

HttpResponse preconditionFailed()
{
    return ApiAnswer::error(
        Error::stale(ErrorCode::VersionMismatch, QStringLiteral("If-Match names no version of this book.")));
}

} // namespace

namespace BookRoutes {

BookFields readBookFields(const QJsonObject &object, Mode mode, const FieldNames &names)
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
        result.problem = fields.error();
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

void install(HttpRouter &router, ApiContext &context)
{
    router.route("GET", QStringLiteral("/api/v1/books"), [&context](HttpRequest &request) {
        const RequestAuthentication::Outcome auth
            = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
        if (auth.refusal)
            return *auth.refusal;
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
            problems.fail(
                QStringLiteral("sort"),
                QStringLiteral("Sort by title, author, price or created; prefix - for descending."));
        query.cursor = request.queryValue(QStringLiteral("cursor"));
        query.text = request.queryValue(QStringLiteral("q"));
        query.ownerPublicId = request.queryValue(QStringLiteral("owner"));
        if (!problems.ok())
            return ApiAnswer::error(problems.error());
        const Actor &actor = auth.token->actor;
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
    });

    router.route("POST", QStringLiteral("/api/v1/books"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     const RequestAuthentication::Outcome auth
                         = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
                     if (auth.refusal)
                         return responder.send(*auth.refusal);
                     const JsonRequest::Body body = JsonRequest::readObject(request);
                     if (body.refusal)
                         return responder.send(*body.refusal);
                     const BookFields fields = readBookFields(body.object, Mode::Create);
                     if (fields.problem)
                         return responder.send(ApiAnswer::error(*fields.problem));
                     ApiAnswer::later(context.backend.books().create(auth.token->actor, draftOf(fields)),
                                      std::move(responder), [](const Book &book) {
                                          return bookResponse(book, 201).withHeader(
                                              QByteArrayLiteral("Location"),
                                              "/api/v1/books/" + QByteArray::number(book.id));
                                      });
                 });

    router.route("GET", QStringLiteral("/api/v1/books/{id}"), [&context](HttpRequest &request) {
        const RequestAuthentication::Outcome auth
            = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
        if (auth.refusal)
            return *auth.refusal;
        const std::optional<qint64> id = bookId(request);
        if (!id)
            return noSuchBook();
        const Result<Book> book = context.backend.books().get(auth.token->actor, *id);
        if (!book)
            return ApiAnswer::error(book.error());
        // A client holding the current version gets 304, as with any cache validator.
        if (request.header("If-None-Match") == ApiJson::entityTag(book.value()))
            return HttpResponse(304).withHeader(QByteArrayLiteral("ETag"), ApiJson::entityTag(book.value()));
        return bookResponse(book.value());
    });

    for (const char *method : {"PUT", "PATCH"}) {
        const Mode mode = QByteArrayView(method) == "PUT" ? Mode::Replace : Mode::Patch;
        router.route(method, QStringLiteral("/api/v1/books/{id}"),
                     [&context, mode](HttpRequest &request, HttpResponder responder) {
                         const RequestAuthentication::Outcome auth
                             = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
                         if (auth.refusal)
                             return responder.send(*auth.refusal);
                         const std::optional<qint64> id = bookId(request);
                         if (!id)
                             return responder.send(noSuchBook());
                         const Precondition precondition = preconditionOf(request);
                         if (precondition.impossible)
                             return responder.send(preconditionFailed());
                         const JsonRequest::Body body = JsonRequest::readObject(request);
                         if (body.refusal)
                             return responder.send(*body.refusal);
                         const BookFields fields = readBookFields(body.object, mode);
                         if (fields.problem)
                             return responder.send(ApiAnswer::error(*fields.problem));
                         ApiAnswer::later(context.backend.books().update(
                                              auth.token->actor, *id, fields.changes, precondition.version),
                                          std::move(responder),
                                          [](const Book &book) { return bookResponse(book); });
                     });
    }

    router.route("DELETE", QStringLiteral("/api/v1/books/{id}"),
                 [&context](HttpRequest &request, HttpResponder responder) {
                     const RequestAuthentication::Outcome auth
                         = RequestAuthentication::authenticate(context.backend.tokenVerifier(), request);
                     if (auth.refusal)
                         return responder.send(*auth.refusal);
                     const std::optional<qint64> id = bookId(request);
                     if (!id)
                         return responder.send(noSuchBook());
                     const Precondition precondition = preconditionOf(request);
                     if (precondition.impossible)
                         return responder.send(preconditionFailed());
                     ApiAnswer::later(
                         context.backend.books().remove(auth.token->actor, *id, precondition.version),
                         std::move(responder), [](const Book &) { return HttpResponse::noContent(); });
                 });
}

} // namespace BookRoutes
