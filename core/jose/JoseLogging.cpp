#include "jose/JoseLogging.h"

// Debug messages (why a key or token was refused) are off unless QT_LOGGING_RULES turns them on.
Q_LOGGING_CATEGORY(lcJose, "bookwarden.core.jose", QtInfoMsg)
