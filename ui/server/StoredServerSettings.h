#pragma once

#include "ServerOptions.h"

#include <QString>

// How the Server tab last started the embedded server, kept in QSettings under server/ (port, bind, tls,
// certificate, key, autostart) so that the next start of Bookwarden serves the same way.
struct StoredServerSettings
{
    static constexpr int defaultPort = 8080;

    int port = defaultPort; // 0 = any free port
    bool shareOnLan = false; // false: 127.0.0.1 only; true: every interface
    bool tls = false;
    QString certificateFile;
    QString keyFile;
    bool autostart = false;

    static StoredServerSettings load();
    void save() const;

    // The server's options for these settings (TLS files only when TLS is on; the Server tab checks
    // that both are chosen before it starts).
    ServerOptions toOptions() const;
};
