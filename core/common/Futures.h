#pragma once

#include "common/OpenSslThreadState.h"
#include "common/Result.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>

// Small helpers for QFuture<Result<T>> chains. Continuations run on the thread that finished the previous
// step (a hashing-pool thread, the writer thread): keep them short, and never wait on the writer from them.
namespace Futures {

template<typename T>
QFuture<Result<T>> ready(Result<T> result)
{
    QPromise<Result<T>> promise;
    QFuture<Result<T>> future = promise.future();
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return future;
}

// first, then next(value) when first succeeded; an error from first skips next and is passed on.
template<typename U, typename T, typename Next>
QFuture<Result<U>> andThen(QFuture<Result<T>> first, Next next)
{
    auto promise = std::make_shared<QPromise<Result<U>>>();
    QFuture<Result<U>> future = promise->future();
    promise->start();
    first.then([promise, next = std::move(next)](const Result<T> &outcome) mutable {
        if (!outcome.ok()) {
            promise->addResult(Result<U>(outcome.error()));
            promise->finish();
            return;
        }
        next(outcome.value()).then([promise](const Result<U> &second) {
            promise->addResult(second);
            promise->finish();
        });
    });
    return future;
}

// Runs work on a thread pool (the global one by default) and delivers its result.
template<typename T, typename Work>
QFuture<Result<T>> run(Work work, QThreadPool *pool = QThreadPool::globalInstance())
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    pool->start([promise, work = std::move(work)]() mutable {
        OpenSslThreadState::releaseWhenThisThreadFinishes();
        promise->addResult(Result<T>(work()));
        promise->finish();
    });
    return future;
}

} // namespace Futures
