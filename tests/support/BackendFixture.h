#pragma once

#include "Backend.h"
#include "FakeClock.h"
#include "TemporaryDataDirectory.h"
#include "users/Actor.h"
#include "users/User.h"

#include <QString>

#include <memory>

// A Backend on a fresh database, with cheap Argon2 parameters (the cost itself is tested in tst_passwords)
// and a FakeClock. Helpers create accounts without ceremony.
//
// The database is an SQLite file in a temporary directory, or, when the environment variable
// BOOKWARDEN_TEST_DATABASE is "postgresql" (the tests CTest registers a second time as NAME_postgresql), a
// fresh database on the test process's own PostgreSQL server (TemporaryPostgres::shared()).
class BackendFixture
{
public:
    explicit BackendFixture(Argon2Parameters argon2 = cheapArgon2());
    ~BackendFixture();

    static Argon2Parameters cheapArgon2() { return Argon2Parameters {1024, 1, 1}; }

    // True when the tests run against PostgreSQL (BOOKWARDEN_TEST_DATABASE=postgresql).
    static bool usesPostgresql();
    // A fresh, empty database of the kind the tests run against: an SQLite file in `directory`, or a new
    // database on the shared PostgreSQL server. Fails the test when PostgreSQL cannot start.
    static DatabaseUrl freshDatabase(const TemporaryDataDirectory &directory);

    bool isOpen() const { return m_backend != nullptr; }
    DatabaseUrl databaseUrl() const { return m_url; }
    QString openError() const { return m_openError; }
    Backend &backend() { return *m_backend; }
    FakeClock &clock() { return m_clock; }
    TemporaryDataDirectory &dataDirectory() { return m_data; }

    // Closes and reopens the same database (optionally with other Argon2 parameters).
    bool reopen(Argon2Parameters argon2 = cheapArgon2());

    // Creates an account (asserting success) and returns it.
    User createUser(const QString &username, Role role = Role::User,
                    const QString &password = QStringLiteral("correct horse battery"));
    Actor actorFor(const User &user) const { return Actor::forUser(user); }

private:
    bool open(Argon2Parameters argon2);

    TemporaryDataDirectory m_data;
    DatabaseUrl m_url;
    FakeClock m_clock;
    std::unique_ptr<Backend> m_backend;
    QString m_openError;
};
