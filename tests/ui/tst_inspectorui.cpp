// The Token Inspector driven like a person drives it: tokens typed, pasted, dropped and minted, checked
// against the server's keys or a secret typed in, over a real database and a clock the tests move.
#include "AccountChooser.h"
#include "ClaimTableModel.h"
#include "DurationEdit.h"
#include "GuiFixture.h"
#include "InlineFieldErrors.h"
#include "MintTokenDialog.h"
#include "ResultAssertions.h"
#include "TokenInput.h"
#include "TokenInspectorTab.h"
#include "VerdictBanner.h"
#include "VerificationSourceEdit.h"
#include "jose/JwsSigner.h"
#include "jose/SigningKey.h"
#include "tokens/AccessTokenVerifier.h"
#include "tokens/RefreshSessionService.h"
#include "tokens/SignInService.h"
#include "tokens/TokenMinter.h"
#include "users/UserService.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString password = u"correct horse battery"_s;

QString inspectorText(const char *source)
{
    return QCoreApplication::translate("TokenInspector", source);
}

QString errorText(const char *source)
{
    return QCoreApplication::translate("Error", source);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString signWithSecret(const QByteArray &secret, const QJsonObject &payload)
{
    const Result<SigningKey> key = SigningKey::fromSecretUnchecked(secret, JwsAlgorithm::HS256);
    if (!key)
        return {};
    const Result<QByteArray> token
        = JwsSigner::sign(key.value(), QJsonObject {{u"typ"_s, u"JWT"_s}}, payload);
    return token ? QString::fromLatin1(token.value()) : QString();
}
} // namespace

class TestInspectorUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_gui;

    TokenInspectorTab *tab() { return m_gui->window().tokenInspectorTab(); }
    VerdictBanner *banner() { return tab()->banner(); }

    TokenInspectorTab *openInspector()
    {
        MainWindow &window = m_gui->openWindow();
        window.tabs()->setCurrentWidget(window.tokenInspectorTab());
        return window.tokenInspectorTab();
    }

    QString signIn(const QString &username)
    {
        const Result<TokenPair> pair = m_gui->backend()
                                           .signIn()
                                           .login(username, password, ClientInfo {u"192.0.2.7"_s, u"test"_s})
                                           .result();
        if (!pair) {
            QTest::qFail(qPrintable(describeError(pair.error())), __FILE__, __LINE__);
            return {};
        }
        return pair->accessToken;
    }

    qint64 nowSeconds() { return m_gui->fixture().clock().nowSeconds(); }

private slots:
    void init()
    {
        m_gui = std::make_unique<GuiFixture>();
        m_gui->fixture().createUser(u"root"_s, Role::Admin);
        m_gui->fixture().createUser(u"ann"_s);
    }
    void cleanup() { m_gui.reset(); }

    void aTokenTheServerIssuedIsValid()
    {
        const QString token = signIn(u"ann"_s);
        openInspector();
        QCOMPARE(banner()->verdict(), VerdictBanner::Verdict::Neutral);
        // Inspected as it is entered, a moment after the typing stops.
        tab()->input()->setPlainText(u"Bearer "_s + token + u"\n"_s);
        QTRY_COMPARE(banner()->verdict(), VerdictBanner::Verdict::Valid);
        QCOMPARE(banner()->title(),
                 inspectorText("Valid: the signature matches the key and the claims are acceptable."));
        QVERIFY2(banner()->details().contains(u"the server's key"_s), qPrintable(banner()->details()));
        QVERIFY(tab()->partsText().contains(inspectorText("The prefix Bearer was ignored.")));
        QVERIFY(tab()->headerText().contains(u"\"typ\": \"at+jwt\""_s));
        QVERIFY(tab()->payloadText().contains(u"\"name\": \"ann\""_s));
        const int exp = tab()->claims()->rowOfClaim(u"exp"_s);
        QVERIFY(exp >= 0);
        QVERIFY(!tab()->claims()->index(exp, ClaimTableModel::UtcColumn).data().toString().isEmpty());
        QVERIFY(!tab()->claims()->index(exp, ClaimTableModel::LocalTimeColumn).data().toString().isEmpty());
        QVERIFY(tab()
                    ->claims()
                    ->index(exp, ClaimTableModel::MeaningColumn)
                    .data()
                    .toString()
                    .startsWith(inspectorText(
                        "Expiration time: the token must not be accepted from this moment on.")));
        QVERIFY(tab()->warningsText().isEmpty());
    }

    void aTamperedPayloadHasABadSignature()
    {
        const QString token = signIn(u"ann"_s);
        QList<QByteArray> parts = token.toLatin1().split('.');
        QCOMPARE(parts.size(), 3);
        QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
        QVERIFY(payload.contains("\"role\":\"user\""));
        payload.replace("\"role\":\"user\"", "\"role\":\"admin\"");
        parts[1] = base64Url(payload);
        openInspector();
        tab()->inspectToken(QString::fromLatin1(parts.join('.')));
        QCOMPARE(banner()->verdict(), VerdictBanner::Verdict::Refused);
        QCOMPARE(tab()->inspection()->outcome, VerificationOutcome::BadSignature);
        QCOMPARE(banner()->title(),
                 inspectorText("Bad signature: the token was altered or signed with another key."));
        QVERIFY(tab()->payloadText().contains(u"\"role\": \"admin\""_s));
    }

    void anExpiredTokenSaysWhyAndSince()
    {
        const QString token = signIn(u"ann"_s);
        openInspector();
        tab()->inspectToken(token);
        QCOMPARE(banner()->verdict(), VerdictBanner::Verdict::Valid);
        m_gui->fixture().clock().advanceSeconds(16 * 60 + 31); // beyond 15 minutes and the leeway
        tab()->inspectNow();
        QCOMPARE(tab()->inspection()->outcome, VerificationOutcome::Expired);
        QCOMPARE(banner()->verdict(), VerdictBanner::Verdict::Refused);
        QCOMPARE(banner()->title(),
                 inspectorText("Expired: the signature is good but the token has expired."));
        QVERIFY2(banner()->details().contains(tab()->inspection()->verificationError->localizedMessage()),
                 qPrintable(banner()->details()));
        QCOMPARE(tab()->expiryText(),
                 inspectorText("expired %1 ago")
                     .replace(u"%1"_s, inspectorText("%1 min").replace(u"%1"_s, u"1"_s)));
        QVERIFY(tab()->inspection()->hasWarning(InspectionWarning::Kind::Expired));
    }

    void aRevokedTokenSaysWhy()
    {
        const Result<TokenPair> pair
            = m_gui->backend().signIn().login(u"ann"_s, password, ClientInfo {}).result();
        VERIFY_OK(pair);
        openInspector();
        tab()->inspectToken(pair->accessToken);
        QCOMPARE(banner()->verdict(), VerdictBanner::Verdict::Valid);
        VERIFY_OK(m_gui->backend()
                      .sessions()
                      .revoke(Actor::desktopAdministrator(), pair->session.publicId, u"admin"_s)
                      .result());
        tab()->inspectNow();
        QCOMPARE(tab()->inspection()->outcome, VerificationOutcome::Revoked);
        QCOMPARE(banner()->title(),
                 inspectorText("Revoked: the signature and claims are good but the token has been revoked."));
        QVERIFY2(banner()->details().contains(errorText("The token's session was ended.")),
                 qPrintable(banner()->details()));
    }

    void theCountdownFollowsTheClock()
    {
        const QString token = signIn(u"ann"_s);
        openInspector();
        tab()->inspectToken(token);
        const QString minutes = inspectorText("%1 min");
        QCOMPARE(tab()->expiryText(),
                 inspectorText("expires in %1").replace(u"%1"_s, QString(minutes).replace(u"%1"_s, u"15"_s)));
        m_gui->fixture().clock().advanceSeconds(5 * 60);
        // No new inspection asked for: the once-a-second countdown notices.
        QTRY_COMPARE(
            tab()->expiryText(),
            inspectorText("expires in %1").replace(u"%1"_s, QString(minutes).replace(u"%1"_s, u"10"_s)));
        QVERIFY(banner()->details().contains(tab()->expiryText()));
        m_gui->fixture().clock().advanceSeconds(10 * 60 + 31);
        QTRY_COMPARE(banner()->verdict(), VerdictBanner::Verdict::Refused);
        QCOMPARE(tab()->inspection()->outcome, VerificationOutcome::Expired);
    }

    void thePlaceholderSecretIsWarnedAbout()
    {
        const qint64 now = nowSeconds();
        const QString token = signWithSecret(
            "your_secret_key",
            QJsonObject {{u"sub"_s, u"1234567890"_s}, {u"iat"_s, now}, {u"exp"_s, now + 3600}});
        openInspector();
        tab()->inspectToken(token);
        // The server's keys did not sign it…
        QCOMPARE(banner()->verdict(), VerdictBanner::Verdict::Refused);
        // … and anyone could have: the warning says so, with what to do.
        QVERIFY(tab()->inspection()->hasWarning(InspectionWarning::Kind::PlaceholderSecret));
        const InspectionWarning *warning
            = tab()->inspection()->warning(InspectionWarning::Kind::PlaceholderSecret);
        QVERIFY(tab()->warningsText().contains(warning->text.localized()));
        QVERIFY(tab()->warningsText().contains(warning->advice.localized()));
        QVERIFY(tab()->warningsText().contains(u"\"your_secret_key\""_s));

        // Checked with that secret, it is valid, and the secret is also too short.
        tab()->verification()->setMode(VerificationSourceEdit::Mode::SecretText);
        QTest::keyClicks(tab()->verification()->secretField(), u"your_secret_key"_s);
        QTRY_COMPARE(banner()->verdict(), VerdictBanner::Verdict::Valid);
        QVERIFY(tab()->inspection()->hasWarning(InspectionWarning::Kind::WeakSecret));
        QVERIFY(tab()->inspection()->hasWarning(InspectionWarning::Kind::PlaceholderSecret));
        QVERIFY2(banner()->details().contains(u"HS256"_s), qPrintable(banner()->details()));
    }

    void aTypedSecretChecksTheSignature()
    {
        const QByteArray secret = "a-long-random-secret-of-the-other-service!";
        const qint64 now = nowSeconds();
        const QString token
            = signWithSecret(secret, QJsonObject {{u"sub"_s, u"svc"_s}, {u"exp"_s, now + 600}});
        openInspector();
        tab()->verification()->setMode(VerificationSourceEdit::Mode::SecretText);
        tab()->inspectToken(token);
        // No secret yet: decoded, not checked.
        QCOMPARE(tab()->inspection()->outcome, VerificationOutcome::NotChecked);
        QCOMPARE(banner()->verdict(), VerdictBanner::Verdict::Neutral);

        QTest::keyClicks(tab()->verification()->secretField(), u"not the secret at all, but long enough"_s);
        QTRY_COMPARE(tab()->inspection()->outcome, VerificationOutcome::BadSignature);
        tab()->verification()->secretField()->clear();
        QTest::keyClicks(tab()->verification()->secretField(), QString::fromLatin1(secret));
        QTRY_COMPARE(tab()->inspection()->outcome, VerificationOutcome::Valid);
        QVERIFY(!tab()->inspection()->hasWarning(InspectionWarning::Kind::WeakSecret));

        // The same secret in base64url.
        tab()->verification()->setMode(VerificationSourceEdit::Mode::SecretBase64Url);
        tab()->verification()->secretField()->setText(QString::fromLatin1(base64Url(secret)));
        tab()->inspectNow(); // still "valid", so nothing to wait for
        QCOMPARE(tab()->inspection()->outcome, VerificationOutcome::Valid);
        QCOMPARE(tab()->verification()->source().kind(), VerificationSource::Kind::SecretBase64Url);
        // Not base64url at all: the secret given cannot be used.
        tab()->verification()->secretField()->setText(u"!!"_s);
        QTRY_COMPARE(banner()->verdict(), VerdictBanner::Verdict::KeyProblem);
    }

    void aPublicKeyOrJwkChecksTheSignature()
    {
        const Result<SigningKey> key = SigningKey::generate(JwsAlgorithm::ES256);
        VERIFY_OK(key);
        const qint64 now = nowSeconds();
        const Result<QByteArray> signed_
            = JwsSigner::sign(key.value(), QJsonObject {{u"typ"_s, u"JWT"_s}},
                              QJsonObject {{u"sub"_s, u"svc"_s}, {u"exp"_s, now + 600}});
        VERIFY_OK(signed_);
        openInspector();
        tab()->verification()->setMode(VerificationSourceEdit::Mode::PublicPem);
        tab()->inspectToken(QString::fromLatin1(signed_.value()));
        QCOMPARE(tab()->inspection()->outcome, VerificationOutcome::NotChecked);

        tab()->verification()->keyField()->setPlainText(QString::fromLatin1(key->publicPem()));
        QTRY_COMPARE(tab()->inspection()->outcome, VerificationOutcome::Valid);
        QVERIFY2(banner()->details().contains(key->thumbprint()), qPrintable(banner()->details()));

        // Another key's PEM: a bad signature.
        const Result<SigningKey> other = SigningKey::generate(JwsAlgorithm::ES256);
        VERIFY_OK(other);
        tab()->verification()->keyField()->setPlainText(QString::fromLatin1(other->publicPem()));
        QTRY_COMPARE(tab()->inspection()->outcome, VerificationOutcome::BadSignature);

        // The private key pasted by mistake: used for its public half, with a warning.
        const Result<QByteArray> privatePem = key->exportMaterial();
        VERIFY_OK(privatePem);
        tab()->verification()->keyField()->setPlainText(QString::fromLatin1(privatePem.value()));
        QTRY_COMPARE(tab()->inspection()->outcome, VerificationOutcome::Valid);
        QVERIFY(tab()->inspection()->hasWarning(InspectionWarning::Kind::PrivateKeyGiven));

        // A JWK Set with the public key.
        tab()->verification()->setMode(VerificationSourceEdit::Mode::Jwk);
        const QJsonObject set {{u"keys"_s, QJsonArray {key->publicJwk()}}};
        tab()->verification()->keyField()->setPlainText(QString::fromUtf8(QJsonDocument(set).toJson()));
        tab()->inspectNow(); // the outcome stays "valid": wait for nothing
        QCOMPARE(tab()->inspection()->outcome, VerificationOutcome::Valid);
        QVERIFY(!tab()->inspection()->hasWarning(InspectionWarning::Kind::PrivateKeyGiven));
        // Garbage is a problem with the key, not with the token.
        tab()->verification()->keyField()->setPlainText(u"{not json"_s);
        QTRY_COMPARE(banner()->verdict(), VerdictBanner::Verdict::KeyProblem);
    }

    void malformedInputIsExplained_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QList<int>>("problemParts");
        QTest::newRow("one word") << u"hello"_s << QList<int> {};
        QTest::newRow("two parts") << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0"_s << QList<int> {};
        QTest::newRow("not base64url") << u"eyJhbGciOiJIUzI1NiJ9.ey$$$.c2ln"_s << QList<int> {1};
        QTest::newRow("header not JSON") << u"bm90IGpzb24.eyJzdWIiOiJ4In0.c2ln"_s << QList<int> {0};
        QTest::newRow("four parts") << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln.extra"_s << QList<int> {};
        QTest::newRow("binary") << QString::fromLatin1(QByteArray("\x01\xff\xfe..\x7f", 7)) << QList<int> {};
        QTest::newRow("huge") << QString(200 * 1024, u'a') << QList<int> {};
    }
    void malformedInputIsExplained()
    {
        QFETCH(QString, input);
        QFETCH(QList<int>, problemParts);
        openInspector();
        tab()->inspectToken(input);
        QVERIFY(tab()->inspection().has_value());
        QCOMPARE(tab()->inspection()->outcome, VerificationOutcome::Malformed);
        QCOMPARE(banner()->verdict(), VerdictBanner::Verdict::Refused);
        QCOMPARE(banner()->title(), inspectorText("Malformed: this is not a well-formed signed token."));
        const QString reason = tab()->inspection()->malformedReason->localizedMessage();
        QVERIFY(!reason.isEmpty());
        QVERIFY2(banner()->details().contains(reason), qPrintable(banner()->details()));
        for (const int part : problemParts) {
            const InspectedSegment &segment = tab()->inspection()->segments.at(part);
            QVERIFY(segment.problem);
            QVERIFY2(tab()->partsText().contains(segment.problem->localizedMessage()),
                     qPrintable(tab()->partsText()));
        }
        QVERIFY(tab()->curlCommand().isEmpty());
        QVERIFY(!tab()->findChild<QAction *>(u"copyTokenAction"_s)->isEnabled());
    }

    void aDroppedFileIsInspected()
    {
        const QString token = signIn(u"ann"_s);
        QTemporaryDir directory;
        const QString path = directory.filePath(u"token.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(token.toLatin1() + "\n");
        file.close();
        openInspector();
        tab()->input()->setPlainText(u"something typed before"_s);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QWidget *viewport = tab()->input()->viewport();
        QDragEnterEvent enter(viewport->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDropEvent drop(viewport->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        // The file's content takes the place of what was typed.
        QCOMPARE(tab()->input()->toPlainText(), token + u"\n"_s);
        QTRY_COMPARE(banner()->verdict(), VerdictBanner::Verdict::Valid);

        // Dropped text replaces the field as well.
        QMimeData text;
        text.setText(u"not a token"_s);
        QDragEnterEvent textEnter(viewport->rect().center(), Qt::CopyAction, &text, Qt::LeftButton,
                                  Qt::NoModifier);
        QApplication::sendEvent(viewport, &textEnter);
        QDropEvent textDrop(viewport->rect().center(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &textDrop);
        QCOMPARE(tab()->input()->toPlainText(), u"not a token"_s);
        QTRY_COMPARE(tab()->inspection()->outcome, VerificationOutcome::Malformed);
    }

    void inspectLatestWaitsForAToken()
    {
        openInspector();
        QVERIFY(!tab()->findChild<QAction *>(u"inspectLatestAction"_s)->isEnabled());
        QVERIFY(!tab()->findChild<QAction *>(u"inspectLatestAction"_s)->toolTip().isEmpty());
        QVERIFY(banner()->details().contains(u"No access token has been issued"_s));
        // A client signs in from another thread.
        QThread *client = QThread::create(
            [this] { (void)m_gui->backend().signIn().login(u"ann"_s, password, ClientInfo {}).result(); });
        client->start();
        QVERIFY(client->wait(30000));
        delete client;
        QTRY_VERIFY(tab()->findChild<QAction *>(u"inspectLatestAction"_s)->isEnabled());
        QVERIFY(tab()->findChild<QAction *>(u"inspectLatestAction"_s)->toolTip().contains(u"ann"_s));
        tab()->findChild<QAction *>(u"inspectLatestAction"_s)->trigger();
        QCOMPARE(tab()->input()->toPlainText(), m_gui->backend().tokenMinter().lastIssuedToken());
        QCOMPARE(banner()->verdict(), VerdictBanner::Verdict::Valid);
    }

    void aMintedTokenVerifiesAndComesWithACurlCommand()
    {
        const User zed = m_gui->fixture().createUser(u"zed"_s);
        UserChanges disable;
        disable.disabled = true;
        VERIFY_OK(
            m_gui->backend().users().update(Actor::desktopAdministrator(), zed.publicId, disable).result());
        openInspector();
        tab()->findChild<QAction *>(u"mintTokenAction"_s)->trigger();
        MintTokenDialog *dialog = GuiFixture::visible<MintTokenDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->selectUser(u"ann"_s));
        // Disabled accounts are not offered.
        QVERIFY(dialog->userChooser()->findText(u"root"_s) >= 0);
        QCOMPARE(dialog->userChooser()->findText(u"zed"_s), -1);
        QVERIFY(!dialog->selectUser(u"zed"_s)); // not found by a search either
        QCOMPARE(dialog->userChooser()->chosenUsername(), u"ann"_s);
        dialog->lifetimeEdit()->setSeconds(2 * 3600);
        QTest::keyClicks(dialog->claimsEdit(), u"{\"scope\": \"books:read\"}"_s);
        QPushButton *mint = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY(mint->isEnabled());
        QTest::mouseClick(mint, Qt::LeftButton);
        QTRY_VERIFY(!GuiFixture::visible<MintTokenDialog>());

        const QString token = tab()->input()->toPlainText();
        QVERIFY(!token.isEmpty());
        const Result<AuthenticatedToken> verified
            = m_gui->backend().tokenVerifier().verifyAccessToken(token.toLatin1());
        VERIFY_OK(verified);
        QCOMPARE(verified->claims.username, u"ann"_s);
        QCOMPARE(verified->claims.payload.value(u"scope"_s).toString(), u"books:read"_s);
        QCOMPARE(verified->claims.expiresAt - verified->claims.issuedAt, 2 * 3600);
        QCOMPARE(banner()->verdict(), VerdictBanner::Verdict::Valid);

        QCOMPARE(tab()->curlCommand(),
                 u"curl -H 'Authorization: Bearer "_s + token + u"' http://127.0.0.1:8080/api/v1/books"_s);
        tab()->findChild<QAction *>(u"copyCurlAction"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), tab()->curlCommand());
        tab()->findChild<QAction *>(u"copyTokenAction"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), token);
        // The server panel's settings decide where the command goes.
        QSettings().setValue(u"server/port"_s, 9443);
        QSettings().setValue(u"server/tls"_s, true);
        QVERIFY(tab()->curlCommand().endsWith(u"' https://127.0.0.1:9443/api/v1/books"_s));
    }

    void reservedAndInvalidClaimsAreRefusedInline()
    {
        openInspector();
        tab()->findChild<QAction *>(u"mintTokenAction"_s)->trigger();
        MintTokenDialog *dialog = GuiFixture::visible<MintTokenDialog>();
        QVERIFY(dialog);
        QPushButton *mint = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

        QTest::keyClicks(dialog->claimsEdit(), u"{\"scope\": "_s);
        QTRY_VERIFY(!mint->isEnabled());
        QVERIFY2(dialog->fieldErrors().message(u"claims"_s).startsWith(u"Line 1, column 11: "_s),
                 qPrintable(dialog->fieldErrors().message(u"claims"_s)));

        dialog->claimsEdit()->setPlainText(u"{\"sub\": \"someone else\"}"_s);
        QTRY_VERIFY(mint->isEnabled());
        QTest::mouseClick(mint, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->fieldErrors().message(u"claims"_s),
                 errorText("The claim %1 is set by Bookwarden; remove it from the extra claims.")
                     .replace(u"%1"_s, u"sub"_s));
        QVERIFY(tab()->input()->toPlainText().isEmpty());
        dialog->reject();
    }
};

QTEST_MAIN(TestInspectorUi)
#include "tst_inspectorui.moc"
