#include "VerificationSourceEdit.h"

#include "Icons.h"
#include "LocalFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
enum Page { ServerPage, SecretPage, KeyPage };
} // namespace

VerificationSourceEdit::VerificationSourceEdit(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_serverNote(new QLabel(m_pages))
    , m_secret(new QLineEdit(m_pages))
    , m_showSecret(new QCheckBox(m_pages))
    , m_key(new QPlainTextEdit(m_pages))
    , m_openFile(new QPushButton(Icons::glyph(Icons::Glyph::Open), QString(), m_pages))
{
    setObjectName(u"verificationSource"_s);
    m_mode->setObjectName(u"verifyWith"_s);
    for (const Mode mode :
         {Mode::ServerKeys, Mode::SecretText, Mode::SecretBase64Url, Mode::PublicPem, Mode::Jwk})
        m_mode->addItem(QString(), int(mode));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_mode);

    m_serverNote->setObjectName(u"serverNote"_s);
    m_serverNote->setWordWrap(true);
    m_serverNote->setForegroundRole(QPalette::PlaceholderText);
    auto *serverPage = new QWidget(m_pages);
    auto *serverLayout = new QHBoxLayout(serverPage);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    serverLayout->addWidget(m_serverNote, 1);

    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    m_showSecret->setObjectName(u"showSecret"_s);
    auto *secretPage = new QWidget(m_pages);
    auto *secretLayout = new QHBoxLayout(secretPage);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_showSecret);

    m_key->setObjectName(u"key"_s);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setTabChangesFocus(true);
    m_key->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_key->setFixedHeight(m_key->fontMetrics().lineSpacing() * 3 + 10);
    m_openFile->setObjectName(u"openKeyFile"_s);
    auto *keyPage = new QWidget(m_pages);
    auto *keyLayout = new QHBoxLayout(keyPage);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_key, 1);
    keyLayout->addWidget(m_openFile, 0, Qt::AlignTop);

    m_pages->addWidget(serverPage);
    m_pages->addWidget(secretPage);
    m_pages->addWidget(keyPage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 0, Qt::AlignTop);
    layout->addWidget(m_mode, 0, Qt::AlignTop);
    layout->addWidget(m_pages, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        showPage();
        emit changed();
    });
    connect(m_secret, &QLineEdit::textChanged, this, &VerificationSourceEdit::changed);
    connect(m_key, &QPlainTextEdit::textChanged, this, &VerificationSourceEdit::changed);
    connect(m_showSecret, &QCheckBox::toggled, this,
            [this](bool shown) { m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_openFile, &QPushButton::clicked, this, &VerificationSourceEdit::openKeyFile);
    retranslateUi();
    showPage();
}

VerificationSourceEdit::Mode VerificationSourceEdit::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void VerificationSourceEdit::setMode(Mode mode)
{
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(int(mode))));
}

VerificationSource VerificationSourceEdit::source() const
{
    switch (mode()) {
    case Mode::ServerKeys:
        break;
    case Mode::SecretText:
        if (!m_secret->text().isEmpty())
            return VerificationSource::secretText(m_secret->text());
        break;
    case Mode::SecretBase64Url:
        if (!m_secret->text().trimmed().isEmpty())
            return VerificationSource::secretBase64Url(m_secret->text().trimmed());
        break;
    case Mode::PublicPem:
        if (!m_key->toPlainText().trimmed().isEmpty())
            return VerificationSource::publicPem(m_key->toPlainText().toUtf8());
        break;
    case Mode::Jwk:
        if (!m_key->toPlainText().trimmed().isEmpty())
            return VerificationSource::jwk(m_key->toPlainText().toUtf8());
        break;
    }
    return VerificationSource::none();
}

void VerificationSourceEdit::openKeyFile()
{
    auto *dialog = new QFileDialog(this, mode() == Mode::Jwk ? tr("Open JWK") : tr("Open Public Key"));
    dialog->setObjectName(u"verificationKeyFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(mode() == Mode::Jwk
                               ? QStringList {tr("JSON Web Keys (*.json *.jwk)"), tr("All files (*)")}
                               : QStringList {tr("PEM keys and certificates (*.pem *.crt *.cer *.pub *.key)"),
                                              tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &VerificationSourceEdit::loadKeyFile);
    dialog->open();
}

void VerificationSourceEdit::loadKeyFile(const QString &path)
{
    QString error;
    const std::optional<QByteArray> content = LocalFile::read(path, &error);
    if (!content) {
        emit fileProblem(error);
        return;
    }
    m_key->setPlainText(QString::fromUtf8(*content));
}

void VerificationSourceEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void VerificationSourceEdit::retranslateUi()
{
    m_label->setText(tr("&Verify with:"));
    const QStringList names {tr("The server's keys and rules"), tr("A secret (text)"),
                             tr("A secret (base64url)"), tr("A public key (PEM)"), tr("A JWK or JWK Set")};
    for (int i = 0; i < m_mode->count() && i < names.size(); ++i)
        m_mode->setItemText(i, names.at(i));
    m_serverNote->setText(tr("Bookwarden's active and passive signing keys, its issuer and audience, and the "
                             "revocations: exactly what the REST server checks."));
    m_secret->setPlaceholderText(mode() == Mode::SecretBase64Url ? tr("The HMAC secret in base64url")
                                                                 : tr("The HMAC secret, as typed"));
    m_secret->setAccessibleName(tr("Secret"));
    m_showSecret->setText(tr("S&how"));
    m_key->setPlaceholderText(mode() == Mode::Jwk ? tr("{\"kty\": …} or {\"keys\": […]}")
                                                  : tr("-----BEGIN PUBLIC KEY----- …"));
    m_key->setAccessibleName(mode() == Mode::Jwk ? tr("JWK") : tr("Public key"));
    m_openFile->setText(tr("Open &File..."));
}

void VerificationSourceEdit::showPage()
{
    switch (mode()) {
    case Mode::ServerKeys:
        m_pages->setCurrentIndex(ServerPage);
        break;
    case Mode::SecretText:
    case Mode::SecretBase64Url:
        m_pages->setCurrentIndex(SecretPage);
        break;
    case Mode::PublicPem:
    case Mode::Jwk:
        m_pages->setCurrentIndex(KeyPage);
        break;
    }
    // Only the current page counts for the height: the key field is taller than the others.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                          i == m_pages->currentIndex() ? QSizePolicy::Preferred
                                                                       : QSizePolicy::Ignored);
    m_pages->adjustSize();
    retranslateUi(); // placeholders depend on the mode
}
