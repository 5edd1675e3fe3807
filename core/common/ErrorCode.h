#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <optional>

// Every machine-readable error code Bookwarden gives, as one enumeration. Its wire spelling
// ("username_taken"), part of the REST API contract and of log lines, is written once, in the table of
// ErrorCode.cpp: code compares enumerators, never strings. docs/api.md lists the codes a client can meet.
enum class ErrorCode {
    // Input and requests
    InvalidInput,
    InvalidRequest,
    BadRequest,
    VersionMismatch,
    InvalidJson,
    UnsupportedMediaType,
    // Accounts and permissions
    AdminRequired,
    InvalidCredentials,
    NotAnAccount,
    TooManyAttempts,
    UserNotFound,
    UsernameTaken,
    LastAdmin,
    // Books
    BookNotFound,
    DuplicateTitle,
    // Sessions and refresh tokens
    InvalidRefreshToken,
    RefreshTokenReused,
    SessionNotFound,
    // Access tokens (core/jose/TokenFailure says why each is refused)
    TokenAlgNone,
    TokenAlgorithmNotAllowed,
    TokenBadSignature,
    TokenExpired,
    TokenInvalidClaim,
    TokenIssuedInFuture,
    TokenMalformed,
    TokenMissingClaim,
    TokenNotYetValid,
    TokenRevoked,
    TokenTooLarge,
    TokenUnknownKid,
    TokenUnsupportedCrit,
    TokenWrongAudience,
    TokenWrongIssuer,
    TokenWrongType,
    // Keys
    KeyActive,
    KeyAlgorithmMismatch,
    KeyExists,
    KeyInvalid,
    KeyNotFound,
    KeyNotPrivate,
    KeyRetired,
    KeyStillVerifying,
    KeyTooWeak,
    KeyUnsupported,
    JwsHeaderInvalid,
    // Storage
    StorageError,
    MigrationFailed,
    DataDirectoryUnwritable,
    DatabaseForeign,
    DatabaseInUse,
    DatabaseNotEmpty,
    DatabaseNotSqlite,
    DatabaseOutdated,
    DatabaseTooNew,
    DatabaseUnreadable,
    DatabaseUnreachable,
    DatabaseUnwritable,
    CopyNotVerified,
    // The HTTP server: listening and TLS
    AddressNotAvailable,
    ListenFailed,
    PortInUse,
    PortNotPermitted,
    ServerRunning,
    TlsCertificateInvalid,
    TlsCertificateUnreadable,
    TlsFilesExist,
    TlsIncomplete,
    TlsKeyInvalid,
    TlsKeyMismatch,
    TlsKeyUnreadable,
    TlsKeyUnsupported,
    TlsUnavailable,
    // Load and shutdown
    TooBusy,
    ShuttingDown,
    // Bugs
    InternalError,
};

// The wire spelling, e.g. "username_taken".
QLatin1StringView errorCodeName(ErrorCode code);
// The code spelt `name`, if there is one.
std::optional<ErrorCode> errorCodeNamed(QStringView name);
