#pragma once

#include "Backend.h"
#include "FakeClock.h"
#include "TemporaryDataDirectory.h"
#include "users/Actor.h"
#include "users/User.h"

#include <QString>

#include <memory>

// A Backend on a fresh SQLite file in a temporary directory, with cheap Argon2 parameters (the cost itself
// is tested in tst_passwords) and a FakeClock. Helpers create accounts without ceremony.
class BackendFixture
{
public:
    explicit BackendFixture(Argon2Parameters argon2 = cheapArgon2());
    ~BackendFixture();

    static Argon2Parameters cheapArgon2() { return Argon2Parameters {1024, 1, 1}; }

    bool isOpen() const { return m_backend != nullptr; }
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
    FakeClock m_clock;
    std::unique_ptr<Backend> m_backend;
    QString m_openError;
};
