#pragma once

#include "Backend.h"
#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QString>

#include <memory>
#include <optional>

// A backend opened the way the desktop app needs it, and what opening it produced.
struct OpenedBackend
{
    std::unique_ptr<Backend> backend;
    // Set when the database was empty: the password of the administrator just created, shown once.
    std::optional<QString> generatedAdministratorPassword;
};

// Opens a database for the desktop app, at start-up and from File ▸ Open Database…: Backend::open, the
// first administrator on an empty database (BOOKWARDEN_ADMIN_PASSWORD, or a generated password) and the
// token lifetimes chosen in Settings.
class BackendOpener
{
public:
    static Result<OpenedBackend> open(const DatabaseUrl &url);

    // What `error` (from open() or Database::checkReachable) says about the PostgreSQL password: none was
    // given though the server wants one (libpq's "fe_sendauth: no password supplied"), or the server refused
    // the one it got ("password authentication failed for user …"). Asking for the password is the answer.
    enum class PasswordProblem { None, Missing, Refused };
    static PasswordProblem passwordProblem(const Error &error);
    static bool needsPassword(const Error &error) { return passwordProblem(error) != PasswordProblem::None; }
};
