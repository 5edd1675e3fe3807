#include "common/ErrorCode.h"

#include <iterator>

namespace {
struct ErrorCodeName
{
    ErrorCode code;
    const char *name;
};

// The one place where an error code is spelt, in the enumeration's order (checked below), so that a name is
// found by index.
constexpr ErrorCodeName Names[] = {
    {ErrorCode::InvalidInput, "invalid_input"},
    {ErrorCode::InvalidRequest, "invalid_request"},
    {ErrorCode::BadRequest, "bad_request"},
    {ErrorCode::VersionMismatch, "version_mismatch"},
    {ErrorCode::InvalidJson, "invalid_json"},
    {ErrorCode::UnsupportedMediaType, "unsupported_media_type"},
    {ErrorCode::AdminRequired, "admin_required"},
    {ErrorCode::InvalidCredentials, "invalid_credentials"},
    {ErrorCode::NotAnAccount, "not_an_account"},
    {ErrorCode::TooManyAttempts, "too_many_attempts"},
    {ErrorCode::UserNotFound, "user_not_found"},
    {ErrorCode::UsernameTaken, "username_taken"},
    {ErrorCode::LastAdmin, "last_admin"},
    {ErrorCode::BookNotFound, "book_not_found"},
    {ErrorCode::DuplicateTitle, "duplicate_title"},
    {ErrorCode::InvalidRefreshToken, "invalid_refresh_token"},
    {ErrorCode::RefreshTokenReused, "refresh_token_reused"},
    {ErrorCode::SessionNotFound, "session_not_found"},
    {ErrorCode::TokenAlgNone, "token_alg_none"},
    {ErrorCode::TokenAlgorithmNotAllowed, "token_algorithm_not_allowed"},
    {ErrorCode::TokenBadSignature, "token_bad_signature"},
    {ErrorCode::TokenExpired, "token_expired"},
    {ErrorCode::TokenInvalidClaim, "token_invalid_claim"},
    {ErrorCode::TokenIssuedInFuture, "token_issued_in_future"},
    {ErrorCode::TokenMalformed, "token_malformed"},
    {ErrorCode::TokenMissingClaim, "token_missing_claim"},
    {ErrorCode::TokenNotYetValid, "token_not_yet_valid"},
    {ErrorCode::TokenRevoked, "token_revoked"},
    {ErrorCode::TokenTooLarge, "token_too_large"},
    {ErrorCode::TokenUnknownKid, "token_unknown_kid"},
    {ErrorCode::TokenUnsupportedCrit, "token_unsupported_crit"},
    {ErrorCode::TokenWrongAudience, "token_wrong_audience"},
    {ErrorCode::TokenWrongIssuer, "token_wrong_issuer"},
    {ErrorCode::TokenWrongType, "token_wrong_type"},
    {ErrorCode::KeyActive, "key_active"},
    {ErrorCode::KeyAlgorithmMismatch, "key_algorithm_mismatch"},
    {ErrorCode::KeyExists, "key_exists"},
    {ErrorCode::KeyInvalid, "key_invalid"},
    {ErrorCode::KeyNotFound, "key_not_found"},
    {ErrorCode::KeyNotPrivate, "key_not_private"},
    {ErrorCode::KeyRetired, "key_retired"},
    {ErrorCode::KeyStillVerifying, "key_still_verifying"},
    {ErrorCode::KeyTooWeak, "key_too_weak"},
    {ErrorCode::KeyUnsupported, "key_unsupported"},
    {ErrorCode::JwsHeaderInvalid, "jws_header_invalid"},
    {ErrorCode::StorageError, "storage_error"},
    {ErrorCode::MigrationFailed, "migration_failed"},
    {ErrorCode::DataDirectoryUnwritable, "data_directory_unwritable"},
    {ErrorCode::DatabaseForeign, "database_foreign"},
    {ErrorCode::DatabaseInUse, "database_in_use"},
    {ErrorCode::DatabaseNotEmpty, "database_not_empty"},
    {ErrorCode::DatabaseNotSqlite, "database_not_sqlite"},
    {ErrorCode::DatabaseOutdated, "database_outdated"},
    {ErrorCode::DatabaseTooNew, "database_too_new"},
    {ErrorCode::DatabaseUnreadable, "database_unreadable"},
    {ErrorCode::DatabaseUnreachable, "database_unreachable"},
    {ErrorCode::DatabaseUnwritable, "database_unwritable"},
    {ErrorCode::CopyNotVerified, "copy_not_verified"},
    {ErrorCode::AddressNotAvailable, "address_not_available"},
    {ErrorCode::ListenFailed, "listen_failed"},
    {ErrorCode::PortInUse, "port_in_use"},
    {ErrorCode::PortNotPermitted, "port_not_permitted"},
    {ErrorCode::ServerRunning, "server_running"},
    {ErrorCode::TlsCertificateInvalid, "tls_certificate_invalid"},
    {ErrorCode::TlsCertificateUnreadable, "tls_certificate_unreadable"},
    {ErrorCode::TlsFilesExist, "tls_files_exist"},
    {ErrorCode::TlsIncomplete, "tls_incomplete"},
    {ErrorCode::TlsKeyInvalid, "tls_key_invalid"},
    {ErrorCode::TlsKeyMismatch, "tls_key_mismatch"},
    {ErrorCode::TlsKeyUnreadable, "tls_key_unreadable"},
    {ErrorCode::TlsKeyUnsupported, "tls_key_unsupported"},
    {ErrorCode::TlsUnavailable, "tls_unavailable"},
    {ErrorCode::TooBusy, "too_busy"},
    {ErrorCode::ShuttingDown, "shutting_down"},
    {ErrorCode::InternalError, "internal_error"},
};
constexpr bool namesFollowTheEnumeration()
{
    for (std::size_t i = 0; i < std::size(Names); ++i) {
        if (static_cast<std::size_t>(Names[i].code) != i)
            return false;
    }
    return std::size(Names) == static_cast<std::size_t>(ErrorCode::InternalError) + 1;
}
static_assert(namesFollowTheEnumeration(),
              "every ErrorCode has its name in Names, in the enumeration's order");
} // namespace

QLatin1StringView errorCodeName(ErrorCode code)
{
    return QLatin1StringView(Names[static_cast<std::size_t>(code)].name);
}

std::optional<ErrorCode> errorCodeNamed(QStringView name)
{
    for (const ErrorCodeName &entry : Names) {
        if (name == QLatin1StringView(entry.name))
            return entry.code;
    }
    return std::nullopt;
}
