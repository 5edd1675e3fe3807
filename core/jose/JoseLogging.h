#pragma once

#include <QLoggingCategory>

// The jose module's one logging category. Never log a secret, a private key or a whole token: a kid, an
// algorithm name or an error code is enough to follow what happened.
Q_DECLARE_LOGGING_CATEGORY(lcJose)
