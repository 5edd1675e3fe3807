#pragma once

#include "HttpResponse.h"

#include <memory>

class HttpConnectionLink;

// The answer to one request, as a move-only handle a handler may keep: answer at once, or later from a
// QTimer, a QFuture continuation or another thread (the response is carried to the connection's thread).
//
//   router.route("GET", "/books/{id}", [books](HttpRequest &request, HttpResponder responder) {
//       books.find(request.pathParameter("id")).then(context, [r = std::move(responder)](Result<Book> found)
//       mutable {
//           r.send(found ? HttpResponse::json(found->toJson()) : HttpResponse::error(404, "not_found", "…"));
//       });
//   });
//
// Responses on one connection go out in request order whatever order handlers finish in. If the client
// has gone, send() drops the response quietly. A responder destroyed without sending answers 500
// internal_error (and logs it), so no request is left hanging.
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(std::shared_ptr<HttpConnectionLink> link, quint64 sequence);
    HttpResponder(HttpResponder &&other) noexcept;
    HttpResponder &operator=(HttpResponder &&other) noexcept;
    HttpResponder(const HttpResponder &) = delete;
    HttpResponder &operator=(const HttpResponder &) = delete;
    ~HttpResponder();

    // Answers the request; only the first call counts.
    void send(HttpResponse response);
    // Whether this handle still owes an answer.
    bool isPending() const { return m_link != nullptr; }
    // Whether the client is still connected (a slow handler may skip work nobody will read).
    bool isConnectionOpen() const;

private:
    void answerInternalError();

    std::shared_ptr<HttpConnectionLink> m_link;
    quint64 m_sequence = 0;
};
