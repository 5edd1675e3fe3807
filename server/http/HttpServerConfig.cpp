#include "HttpServerConfig.h"

#include <QThread>

int HttpServerConfig::effectiveThreads() const
{
    return threads > 0 ? threads : qMax(1, QThread::idealThreadCount());
}
