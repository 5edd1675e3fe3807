// The baseline tools/bench compares the engine with: Qt 6.4's QHttpServer answering one route with a
// fixed body and an explicit MIME type (without one, QHttpServer sniffs the body on every response).
//
//   bookwarden-hello-qhttpserver [--port N]      prints "port N" once listening
#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype portAt = arguments.indexOf(QStringLiteral("--port"));
    const auto requestedPort = quint16(portAt > 0 ? arguments.value(portAt + 1).toUInt() : 0);

    static const QByteArray body = QByteArrayLiteral("Hello, world!\n");
    QHttpServer server;
    server.route(QStringLiteral("/hello"),
                 [] { return QHttpServerResponse(QByteArrayLiteral("text/plain"), body); });
    const quint16 port = server.listen(QHostAddress(QHostAddress::LocalHost), requestedPort);
    if (port == 0) {
        std::fprintf(stderr, "bookwarden-hello-qhttpserver: cannot listen\n");
        return 1;
    }
    std::printf("port %u\n", unsigned(port));
    std::fflush(stdout);
    std::fprintf(stderr, "event dispatcher: %s\n",
                 QAbstractEventDispatcher::instance()->metaObject()->className());
    return app.exec();
}
