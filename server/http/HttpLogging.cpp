#include "HttpLogging.h"

Q_LOGGING_CATEGORY(lcHttp, "bookwarden.server.http", QtInfoMsg)
