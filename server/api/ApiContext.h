#pragma once

#include "BookPageCache.h"
#include "HttpResponder.h"
#include "HttpResponse.h"
#include "common/Result.h"

#include <QFuture>
#include <QObject>

#include <memory>

class Backend;
class HttpMetrics;

// What every route needs: the core back end, the server's metrics and the book-list cache. One per
// ApiServer, shared read-only by the worker threads.
struct ApiContext
{
    Backend &backend;
    std::shared_ptr<HttpMetrics> metrics;
    BookPageCache bookPages;
};

// The answer to a request, built from a core result: the value's response on success, the error's
// (HttpErrorMapping) otherwise.
namespace ApiAnswer {

HttpResponse error(const Error &error);

// On an HTTP worker thread: an object living on that thread, for continuations that must come back to it
// (building responses off the writer and hashing threads). Created by the worker start hook.
QObject *workerContext();
void createWorkerContext();
void destroyWorkerContext();

// Answers `responder` when `future` finishes, back on the calling worker thread. A client that has gone by
// then is simply not answered.
template<typename T, typename ToResponse>
void later(QFuture<Result<T>> future, HttpResponder responder, ToResponse toResponse)
{
    auto pending = std::make_shared<HttpResponder>(std::move(responder));
    future.then(workerContext(), [pending, toResponse = std::move(toResponse)](const Result<T> &result) {
        pending->send(result.ok() ? toResponse(result.value()) : error(result.error()));
    });
}

} // namespace ApiAnswer
