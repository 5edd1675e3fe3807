#include "BackendOpener.h"

#include "Backend.h"
#include "StoredTokenSettings.h"
#include "users/UserService.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOpening, "bookwarden.ui.opening")

Result<OpenedBackend> BackendOpener::open(const DatabaseUrl &url)
{
    BackendOptions options;
    options.database = url; // Argon2 at its defaults: the cost is not a GUI setting
    Result<std::unique_ptr<Backend>> opened = Backend::open(options);
    if (!opened)
        return opened.error();
    OpenedBackend result;
    result.backend = std::move(opened).value();

    const Result<std::optional<QString>> administrator = result.backend->users().ensureInitialAdministrator(
        qEnvironmentVariable("BOOKWARDEN_ADMIN_PASSWORD"));
    if (!administrator)
        return administrator.error();
    result.generatedAdministratorPassword = administrator.value();

    // Values core refuses (an edited settings file) leave its defaults in place; Settings shows and
    // corrects them.
    if (Status tokens = StoredTokenSettings::apply(*result.backend); !tokens)
        qCWarning(lcOpening) << "stored token settings ignored:" << tokens.error().detailedMessage();
    return result;
}

BackendOpener::PasswordProblem BackendOpener::passwordProblem(const Error &error)
{
    // libpq's wording in English. QPSQL closes a failed connection before it can be asked
    // (PQconnectionNeedsPassword), so the text is all there is; under a locale libpq has translations for
    // (Debian's libpq5 ships some), the words differ and the caller shows the error without asking.
    const QString text = error.detailedMessage();
    if (text.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive))
        return PasswordProblem::Missing;
    if (text.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive))
        return PasswordProblem::Refused;
    return PasswordProblem::None;
}
