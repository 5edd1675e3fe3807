// The engine's side of tools/bench: the same fixed body on the same route, served by HttpServer.
//
//   bookwarden-hello-engine --hello [--threads N] [--port N]      prints "port N" once listening
#include "HttpServer.h"
#include "UnixEventDispatcher.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {
int quitPipe[2];

void requestQuit(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(quitPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    UnixEventDispatcher::preferForThisProcess();
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const auto option = [&arguments](const char *name, uint fallback) {
        const qsizetype at = arguments.indexOf(QLatin1String(name));
        return at > 0 ? arguments.value(at + 1).toUInt() : fallback;
    };
    if (!arguments.contains(QStringLiteral("--hello"))) {
        std::fprintf(stderr, "usage: bookwarden-hello-engine --hello [--threads N] [--port N]\n");
        return 2;
    }

    auto router = std::make_shared<HttpRouter>();
    static const QByteArray body = QByteArrayLiteral("Hello, world!\n");
    router->route("GET", QStringLiteral("/hello"), [](HttpRequest &) {
        HttpResponse response;
        response.setBody(body, QByteArrayLiteral("text/plain"));
        return response;
    });

    HttpServerConfig config;
    config.port = quint16(option("--port", 0));
    config.threads = int(option("--threads", 1));
    config.limits.maxConnectionsPerClient = 10'000; // the load generator is one client with many connections
    config.limits.maxConnections = 10'000;
    HttpServer server;
    server.setConfig(config);
    server.setRouter(router);
    const Result<quint16> port = server.start();
    if (!port) {
        std::fprintf(stderr, "bookwarden-hello-engine: %s\n", qPrintable(port.error().detailedMessage()));
        return 1;
    }
    std::printf("port %u\n", unsigned(port.value()));
    std::fflush(stdout);
    std::fprintf(stderr, "event dispatcher: %s\n",
                 QAbstractEventDispatcher::instance()->metaObject()->className());

    // SIGTERM/SIGINT stop the server gracefully (worker threads joined) before the process ends.
    if (::pipe(quitPipe) != 0)
        return 1;
    QSocketNotifier quitNotifier(quitPipe[0], QSocketNotifier::Read);
    QObject::connect(&quitNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, requestQuit);
    std::signal(SIGINT, requestQuit);
    const int status = app.exec();
    server.stop();
    return status;
}
