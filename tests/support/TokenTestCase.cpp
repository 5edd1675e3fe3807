#include "TokenTestCase.h"

#include "Backend.h"

#include <QTest>

AccessTokenVerifier &TokenTestCase::verifier()
{
    return m_fixture->backend().tokenVerifier();
}

SigningKeyService &TokenTestCase::keys()
{
    return m_fixture->backend().keys();
}

TokenMinter &TokenTestCase::minter()
{
    return m_fixture->backend().tokenMinter();
}

void TokenTestCase::init()
{
    m_fixture = std::make_unique<TokenFixture>();
    QVERIFY2(m_fixture->isOpen(), qPrintable(m_fixture->openError()));
    m_ann = m_fixture->createUser(QStringLiteral("ann"));
}

void TokenTestCase::cleanup()
{
    m_fixture.reset();
}
