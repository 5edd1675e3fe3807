#pragma once

#include "storage/DatabaseUrl.h"

#include <optional>

// The database last opened through File ▸ Open Database…, kept in QSettings (database/url) so that the next
// start without --database or --data-dir opens it again. Only DatabaseUrl::toString() is stored: the URL
// without its password, which the app asks for again when the server wants one.
class StoredDatabaseUrl
{
public:
    // Nothing when none is stored or the stored text is no longer a valid URL (an edited settings file).
    static std::optional<DatabaseUrl> read();
    static void write(const DatabaseUrl &url);
};
