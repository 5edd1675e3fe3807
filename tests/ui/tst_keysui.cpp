// The Keys tab over a real key store: generating and importing keys, rotation, retiring a key that may
// still be needed (refused with the reason, then forced after a warning), and the published key set.
#include "GenerateKeyDialog.h"
#include "GuiFixture.h"
#include "ImportKeyDialog.h"
#include "InlineFieldErrors.h"
#include "KeyTableModel.h"
#include "KeysTab.h"
#include "ResultAssertions.h"
#include "jose/SigningKey.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/SignInService.h"
#include "tokens/SigningKeyService.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString password = u"correct horse battery"_s;

void confirm(const QString &objectName)
{
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = GuiFixture::visible<QMessageBox>(objectName)));
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
}

std::optional<StoredSigningKey> keyWith(const QList<StoredSigningKey> &keys, KeyStatus status)
{
    for (const StoredSigningKey &key : keys) {
        if (key.status == status)
            return key;
    }
    return std::nullopt;
}
} // namespace

class TestKeysUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_gui;

    KeysTab *tab() { return m_gui->window().keysTab(); }
    SigningKeyService &store() { return m_gui->backend().keys(); }

    KeysTab *openKeys()
    {
        MainWindow &window = m_gui->openWindow();
        window.tabs()->setCurrentWidget(window.keysTab());
        return window.keysTab();
    }

    StoredSigningKey generate(JwsAlgorithm algorithm)
    {
        const QString before = store().activeKey().kid();
        tab()->findChild<QAction *>(u"generateKeyAction"_s)->trigger();
        GenerateKeyDialog *dialog = GuiFixture::visible<GenerateKeyDialog>();
        if (!dialog) {
            QTest::qFail("the Generate Key dialog did not open", __FILE__, __LINE__);
            return {};
        }
        dialog->selectAlgorithm(algorithm);
        if (!dialog->makeActiveBox()->isChecked())
            QTest::qFail("a new key should become active by default", __FILE__, __LINE__);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        if (!QTest::qWaitFor([] { return !GuiFixture::visible<GenerateKeyDialog>(); }, 30000))
            QTest::qFail("the key was not generated", __FILE__, __LINE__);
        const std::optional<StoredSigningKey> active = keyWith(store().keys(), KeyStatus::Active);
        if (!active || active->kid == before)
            QTest::qFail("the new key is not active", __FILE__, __LINE__);
        return *active;
    }

private slots:
    void init()
    {
        m_gui = std::make_unique<GuiFixture>();
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        m_gui->fixture().createUser(u"ann"_s);
    }
    void cleanup() { m_gui.reset(); }

    void generatingAKeyMakesItActiveAndTheOldOnePassive()
    {
        openKeys();
        const StoredSigningKey first = store().keys().constFirst();
        QCOMPARE(tab()->model()->rowCount(), 1);
        QCOMPARE(first.status, KeyStatus::Active);

        const StoredSigningKey es256 = generate(JwsAlgorithm::ES256);
        QCOMPARE(es256.algorithm, JwsAlgorithm::ES256);
        const std::optional<StoredSigningKey> old = keyWith(store().keys(), KeyStatus::Passive);
        QVERIFY(old);
        QCOMPARE(old->kid, first.kid);
        QTRY_COMPARE(tab()->model()->rowCount(), 2);
        const int newRow = tab()->model()->rowOf(es256.kid);
        QCOMPARE(tab()->model()->index(newRow, KeyTableModel::StatusColumn).data().toString(),
                 KeyTableModel::statusName(KeyStatus::Active));
        QVERIFY(
            tab()->model()->index(newRow, KeyTableModel::KidColumn).data(Qt::FontRole).value<QFont>().bold());
        const int oldRow = tab()->model()->rowOf(first.kid);
        QCOMPARE(tab()->model()->index(oldRow, KeyTableModel::StatusColumn).data().toString(),
                 KeyTableModel::statusName(KeyStatus::Passive));
        QVERIFY(!tab()->model()->index(oldRow, KeyTableModel::RetirableColumn).data().toString().isEmpty());
        // The new key is selected, with its public facts; a new login is signed by it.
        QCOMPARE(tab()->selectedKey()->kid, es256.kid);
        QVERIFY(tab()->detailsText().contains(es256.key.thumbprint()));
        const Result<TokenPair> pair
            = m_gui->backend().signIn().login(u"ann"_s, password, ClientInfo {}).result();
        VERIFY_OK(pair);
        QVERIFY(pair->accessToken.startsWith(u"eyJhbGciOiJFUzI1NiI"_s)); // {"alg":"ES256"
    }

    void theSecretOfAnHmacKeyIsNeverShown()
    {
        openKeys();
        const StoredSigningKey hmac = store().keys().constFirst();
        QVERIFY(tab()->selectKey(hmac.kid));
        const Result<QByteArray> secret = hmac.key.exportMaterial();
        VERIFY_OK(secret);
        const QString details = tab()->detailsText();
        QVERIFY(!details.contains(QString::fromLatin1(secret->toBase64())));
        QVERIFY(!details.contains(QString::fromLatin1(secret->toBase64(QByteArray::Base64UrlEncoding))));
        QVERIFY(!details.contains(QString::fromLatin1(secret->toHex())));
        QVERIFY(!details.contains(hmac.key.thumbprint())); // a hash of the secret
    }

    void retiringIsRefusedWhileTokensMayBeValidThenForced()
    {
        openKeys();
        const StoredSigningKey first = store().keys().constFirst();
        // A token signed with the first key, still valid after the rotation.
        const Result<TokenPair> before
            = m_gui->backend().signIn().login(u"ann"_s, password, ClientInfo {}).result();
        VERIFY_OK(before);
        generate(JwsAlgorithm::ES256);
        VERIFY_OK(m_gui->backend().tokenVerifier().verifyAccessToken(before->accessToken.toLatin1()));

        QVERIFY(tab()->selectKey(first.kid));
        QVERIFY(tab()->findChild<QAction *>(u"retireKeyAction"_s)->isEnabled());
        tab()->findChild<QAction *>(u"retireKeyAction"_s)->trigger();
        confirm(u"confirmRetireKey"_s);
        // Core refuses: its explanation is shown, with the time, and forcing is offered with a warning.
        QMessageBox *warning = nullptr;
        QTRY_VERIFY((warning = GuiFixture::visible<QMessageBox>(u"retireStillVerifying"_s)));
        const qint64 retirable = store().retirableAtMs(*keyWith(store().keys(), KeyStatus::Passive));
        const QString utc = QDateTime::fromMSecsSinceEpoch(retirable, Qt::UTC).toString(Qt::ISODate);
        QVERIFY2(warning->informativeText().contains(utc), qPrintable(warning->informativeText()));
        QVERIFY(warning->informativeText().contains(u"stops working at once"_s));
        QCOMPARE(warning->defaultButton(), warning->findChild<QPushButton *>(u"keepButton"_s));
        QCOMPARE(keyWith(store().keys(), KeyStatus::Passive)->kid, first.kid); // nothing changed yet

        QTest::mouseClick(warning->findChild<QPushButton *>(u"forceButton"_s), Qt::LeftButton);
        QTRY_VERIFY(keyWith(store().keys(), KeyStatus::Retired).has_value());
        QCOMPARE(keyWith(store().keys(), KeyStatus::Retired)->kid, first.kid);
        QTRY_COMPARE(tab()
                         ->model()
                         ->index(tab()->model()->rowOf(first.kid), KeyTableModel::StatusColumn)
                         .data()
                         .toString(),
                     KeyTableModel::statusName(KeyStatus::Retired));
        // As the warning said: the tokens it signed stop working.
        QVERIFY(!m_gui->backend().tokenVerifier().verifyAccessToken(before->accessToken.toLatin1()));
    }

    void aKeyRetiresWithoutForceOnceItsTokensHaveExpired()
    {
        openKeys();
        const StoredSigningKey first = store().keys().constFirst();
        generate(JwsAlgorithm::ES256);
        m_gui->fixture().clock().advanceSeconds(25 * 3600);
        QVERIFY(tab()->selectKey(first.kid));
        tab()->findChild<QAction *>(u"retireKeyAction"_s)->trigger();
        confirm(u"confirmRetireKey"_s);
        QTRY_VERIFY(keyWith(store().keys(), KeyStatus::Retired).has_value());
        QVERIFY(!GuiFixture::visible<QMessageBox>(u"retireStillVerifying"_s));
    }

    void theActiveKeyCannotBeRetiredOrActivatedAgain()
    {
        openKeys();
        QVERIFY(tab()->selectKey(store().activeKey().kid()));
        QVERIFY(!tab()->findChild<QAction *>(u"retireKeyAction"_s)->isEnabled());
        QVERIFY(!tab()->findChild<QAction *>(u"activateKeyAction"_s)->isEnabled());
        QVERIFY(!tab()->findChild<QAction *>(u"retireKeyAction"_s)->toolTip().isEmpty());
    }

    void aPassiveKeyCanBeMadeActiveAgain()
    {
        openKeys();
        const StoredSigningKey first = store().keys().constFirst();
        generate(JwsAlgorithm::EdDSA);
        QVERIFY(tab()->selectKey(first.kid));
        QVERIFY(tab()->findChild<QAction *>(u"activateKeyAction"_s)->isEnabled());
        tab()->findChild<QAction *>(u"activateKeyAction"_s)->trigger();
        confirm(u"confirmActivateKey"_s);
        QTRY_COMPARE(store().activeKey().kid(), first.kid);
    }

    void theExportedKeySetHoldsNoSecret()
    {
        openKeys();
        const StoredSigningKey es256 = generate(JwsAlgorithm::ES256);
        const StoredSigningKey eddsa = generate(JwsAlgorithm::EdDSA);
        QTemporaryDir directory;
        const QString path = directory.filePath(u"jwks.json"_s);
        // Through the file dialog, as a person would.
        tab()->findChild<QAction *>(u"exportJwksAction"_s)->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = GuiFixture::visible<QFileDialog>(u"jwksFileDialog"_s)));
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_VERIFY(QFile::exists(path));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray keys = document.object().value(u"keys"_s).toArray();
        QStringList kids;
        for (const QJsonValue &value : keys) {
            const QJsonObject jwk = value.toObject();
            kids << jwk.value(u"kid"_s).toString();
            for (const QString &secret :
                 {u"d"_s, u"p"_s, u"q"_s, u"dp"_s, u"dq"_s, u"qi"_s, u"oth"_s, u"k"_s})
                QVERIFY2(!jwk.contains(secret), qPrintable(u"%1 in %2"_s.arg(secret, kids.constLast())));
            QVERIFY(jwk.value(u"kty"_s).toString() != u"oct");
        }
        kids.sort();
        QStringList expected {es256.kid, eddsa.kid};
        expected.sort();
        QCOMPARE(kids, expected); // the HS256 key is a secret: not published

        tab()->findChild<QAction *>(u"copyJwksAction"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), tab()->jwksJson());
    }

    void aPrivateKeyIsImportedFromAPemFile()
    {
        openKeys();
        QTemporaryDir directory;
        const Result<SigningKey> made = SigningKey::generate(JwsAlgorithm::ES384);
        VERIFY_OK(made);
        const Result<QByteArray> pem = made->exportMaterial();
        VERIFY_OK(pem);
        const QString good = directory.filePath(u"signing.pem"_s);
        const QString bad = directory.filePath(u"notes.pem"_s);
        for (const auto &[path, content] :
             {std::pair {good, pem.value()}, std::pair {bad, QByteArray("hello")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }

        tab()->findChild<QAction *>(u"importKeyAction"_s)->trigger();
        ImportKeyDialog *dialog = GuiFixture::visible<ImportKeyDialog>();
        QVERIFY(dialog);
        QPushButton *import = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!import->isEnabled());
        QTest::keyClicks(dialog->fileField(), bad);
        dialog->selectAlgorithm(JwsAlgorithm::ES384);
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY(!dialog->fieldErrors().message(u"file"_s).isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(store().keys().size(), 1);

        dialog->fileField()->setText(good);
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY(!GuiFixture::visible<ImportKeyDialog>());
        const std::optional<StoredSigningKey> active = keyWith(store().keys(), KeyStatus::Active);
        QCOMPARE(active->algorithm, JwsAlgorithm::ES384);
        QCOMPARE(active->key.thumbprint(), made->thumbprint());
        QTRY_COMPARE(tab()->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestKeysUi)
#include "tst_keysui.moc"
