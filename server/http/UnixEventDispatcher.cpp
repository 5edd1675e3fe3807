#include "UnixEventDispatcher.h"

#include <QByteArray>

void UnixEventDispatcher::preferForThisProcess()
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
}
