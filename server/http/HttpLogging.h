#pragma once

#include <QLoggingCategory>

// The HTTP engine's one logging category, "bookwarden.server.http". Debug output (one line per request)
// is off unless enabled with QT_LOGGING_RULES="bookwarden.server.http.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
