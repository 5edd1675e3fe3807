#include "ApiContext.h"

#include "HttpErrorMapping.h"

#include <QCoreApplication>

namespace {
thread_local QObject *currentWorkerContext = nullptr;

// Threads that are not HTTP workers (tests driving routes directly) continue on the application's thread.
QObject *fallbackContext()
{
    return QCoreApplication::instance();
}
} // namespace

namespace ApiAnswer {

HttpResponse error(const Error &error)
{
    return HttpErrorMapping::response(error);
}

QObject *workerContext()
{
    return currentWorkerContext ? currentWorkerContext : fallbackContext();
}

void createWorkerContext()
{
    if (!currentWorkerContext)
        currentWorkerContext = new QObject;
}

void destroyWorkerContext()
{
    delete currentWorkerContext;
    currentWorkerContext = nullptr;
}

} // namespace ApiAnswer
