#pragma once

#include "TokenFixture.h"
#include "users/User.h"

#include <QObject>

#include <memory>

class AccessTokenVerifier;
class SigningKeyService;
class TokenMinter;

// The base of the token tests (tst_accesstokenverifier, tst_signinservice, tst_tokenminter,
// tst_signingkeyservice): before every test function a new TokenFixture (a backend on a temporary database,
// with the helpers that sign in and judge tokens) and the account "ann"; after it, nothing left.
class TokenTestCase : public QObject
{
    Q_OBJECT

protected:
    AccessTokenVerifier &verifier();
    SigningKeyService &keys();
    TokenMinter &minter();

    std::unique_ptr<TokenFixture> m_fixture;
    User m_ann;

private slots:
    void init();
    void cleanup();
};
