#include "jose/JoseLogging.h"

Q_LOGGING_CATEGORY(lcJose, "bookwarden.core.jose")
