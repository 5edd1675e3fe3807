#pragma once

#include <QJsonObject>

class ApiRoutes;

// /.well-known/jwks.json, /healthz, /metrics, /openapi.json and the index page.
namespace SystemRoutes {

void install(ApiRoutes &routes);
// The OpenAPI 3.1 description of every route, with this build's version.
QJsonObject openApiDocument();

} // namespace SystemRoutes
