#pragma once

class ApiRoutes;

// /api/v1/users (administrators; a user may read and sign out their own account) and /api/v1/sessions
// (users their own, administrators all).
namespace UserRoutes {

void install(ApiRoutes &routes);

} // namespace UserRoutes
