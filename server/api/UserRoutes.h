#pragma once

class HttpRouter;
struct ApiContext;

// /api/v1/users (administrators) and /api/v1/sessions (users their own, administrators all).
namespace UserRoutes {

void install(HttpRouter &router, ApiContext &context);

} // namespace UserRoutes
