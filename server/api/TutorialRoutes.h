#pragma once

class ApiRoutes;

// The routes of the classic Flask JWT tutorials, at the root path, so that their clients work unchanged —
// with the tutorials' holes closed: /users is for administrators and never shows password hashes, an
// unknown user gets the same 401 as a wrong password (no account enumeration), and tokens are real,
// expiring, revocable access tokens. Accepts the tutorials' field names and the x-access-tokens header.
namespace TutorialRoutes {

void install(ApiRoutes &routes);

} // namespace TutorialRoutes
