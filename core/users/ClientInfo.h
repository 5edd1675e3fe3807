#pragma once

#include <QString>

// Where a request came from, for the security event log and refresh sessions. Empty for the desktop GUI.
struct ClientInfo
{
    QString address;
    QString userAgent;
};
