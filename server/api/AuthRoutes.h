#pragma once

class HttpRequest;
class HttpResponder;
class ApiRoutes;
struct ApiContext;

// /api/v1/auth/*: register, login (JSON or HTTP Basic), refresh, logout, me, password, introspect.
namespace AuthRoutes {

void install(ApiRoutes &routes);
// Shared with the tutorial-compatible POST /login, whose answer also carries "token".
void login(ApiContext &context, HttpRequest &request, HttpResponder responder, bool tutorialShape);

} // namespace AuthRoutes
