#include "StoredServerSettings.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString portKey = u"server/port"_s;
const QString bindKey = u"server/bind"_s;
const QString tlsKey = u"server/tls"_s;
const QString certificateKey = u"server/certificate"_s;
const QString keyKey = u"server/key"_s;
const QString autostartKey = u"server/autostart"_s;
const QString lanBinding = u"lan"_s;
const QString localBinding = u"local"_s;
} // namespace

StoredServerSettings StoredServerSettings::load()
{
    const QSettings settings;
    StoredServerSettings stored;
    bool valid = false;
    const int port = settings.value(portKey, defaultPort).toInt(&valid);
    stored.port = valid && port >= 0 && port <= 65535 ? port : defaultPort;
    stored.shareOnLan = settings.value(bindKey, localBinding).toString() == lanBinding;
    stored.tls = settings.value(tlsKey, false).toBool();
    stored.certificateFile = settings.value(certificateKey).toString();
    stored.keyFile = settings.value(keyKey).toString();
    stored.autostart = settings.value(autostartKey, false).toBool();
    return stored;
}

void StoredServerSettings::save() const
{
    QSettings settings;
    settings.setValue(portKey, port);
    settings.setValue(bindKey, shareOnLan ? lanBinding : localBinding);
    settings.setValue(tlsKey, tls);
    settings.setValue(certificateKey, certificateFile);
    settings.setValue(keyKey, keyFile);
    settings.setValue(autostartKey, autostart);
}

ServerOptions StoredServerSettings::toOptions() const
{
    ServerOptions options;
    options.bindAddress = QHostAddress(shareOnLan ? QHostAddress::AnyIPv4 : QHostAddress::LocalHost);
    options.port = quint16(port);
    if (tls) {
        options.tlsCertificateFile = certificateFile;
        options.tlsKeyFile = keyFile;
    }
    return options;
}
