#include "GenerateKeyDialog.h"

#include "ErrorMessage.h"
#include "KeyTableModel.h"
#include "tokens/SigningKeyService.h"
#include "users/Actor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
bool isRsa(JwsAlgorithm algorithm)
{
    return algorithm == JwsAlgorithm::RS256 || algorithm == JwsAlgorithm::RS384
        || algorithm == JwsAlgorithm::RS512 || algorithm == JwsAlgorithm::PS256;
}
} // namespace

GenerateKeyDialog::GenerateKeyDialog(SigningKeyService &keys, QWidget *parent)
    : BusyDialog(u"generateKeyDialog"_s, parent)
    , m_keys(keys)
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_algorithm(new QComboBox(this))
    , m_algorithmHint(new QLabel(this))
    , m_rsaBits(new QComboBox(this))
    , m_makeActive(new QCheckBox(this))
    , m_makeActiveHint(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_algorithm->setObjectName(u"algorithm"_s);
    for (const JwsAlgorithm algorithm : JwsAlgorithms::all())
        m_algorithm->addItem(QString(), int(algorithm));
    m_algorithmHint->setObjectName(u"algorithmHint"_s);
    m_algorithmHint->setWordWrap(true);
    m_algorithmHint->setForegroundRole(QPalette::PlaceholderText);
    m_rsaBits->setObjectName(u"rsaBits"_s);
    m_rsaBits->addItem(QString(), 2048);
    m_rsaBits->addItem(QString(), 3072);
    m_makeActive->setObjectName(u"makeActive"_s);
    m_makeActive->setChecked(true);
    m_makeActiveHint->setWordWrap(true);
    m_makeActiveHint->setForegroundRole(QPalette::PlaceholderText);

    auto *algorithmLabel = new QLabel(this);
    algorithmLabel->setObjectName(u"algorithmLabel"_s);
    algorithmLabel->setBuddy(m_algorithm);
    auto *bitsLabel = new QLabel(this);
    bitsLabel->setObjectName(u"rsaBitsLabel"_s);
    bitsLabel->setBuddy(m_rsaBits);
    m_form->addRow(algorithmLabel, m_algorithm);
    m_form->addRow(QString(), m_algorithmHint);
    m_form->addRow(bitsLabel, m_rsaBits);
    m_form->addRow(QString(), m_makeActive);
    m_form->addRow(QString(), m_makeActiveHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(m_form);
    addFooter(layout, QDialogButtonBox::Ok | QDialogButtonBox::Cancel, QT_TR_NOOP("Generating the key…"),
              {m_algorithm, m_makeActive});

    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &GenerateKeyDialog::updateHints);
    connect(m_makeActive, &QCheckBox::toggled, this, &GenerateKeyDialog::updateHints);

    selectAlgorithm(JwsAlgorithm::ES256); // small, fast and published in the JWKS
    retranslateUi();
    setMinimumWidth(520);
    m_algorithm->setFocus();
}

void GenerateKeyDialog::selectAlgorithm(JwsAlgorithm algorithm)
{
    m_algorithm->setCurrentIndex(qMax(0, m_algorithm->findData(int(algorithm))));
}

void GenerateKeyDialog::accept()
{
    if (isBusy())
        return;
    hideGeneralError();
    const JwsAlgorithm algorithm = currentAlgorithm();
    const int bits = m_rsaBits->currentData().toInt();
    setBusy(true);
    m_keys.generate(Actor::desktopAdministrator(), algorithm, bits, m_makeActive->isChecked())
        .then(this, [this](const Result<StoredSigningKey> &generated) {
            setBusy(false);
            if (!generated) {
                showGeneralError(ErrorMessage::describe(generated.error()));
                return;
            }
            m_generated = generated.value();
            emit keyGenerated(generated.value());
            QDialog::accept();
        });
}

void GenerateKeyDialog::retranslateUi()
{
    setWindowTitle(tr("Generate Signing Key"));
    m_intro->setText(
        tr("A new key from the operating system's random number generator. Its secret or private "
           "half stays in Bookwarden's database and is never shown."));
    findChild<QLabel *>(u"algorithmLabel"_s)->setText(tr("&Algorithm:"));
    findChild<QLabel *>(u"rsaBitsLabel"_s)->setText(tr("&Key size:"));
    for (int i = 0; i < m_algorithm->count(); ++i) {
        const auto algorithm = JwsAlgorithm(m_algorithm->itemData(i).toInt());
        m_algorithm->setItemText(i,
                                 tr("%1 — %2").arg(JwsAlgorithms::name(algorithm),
                                                   KeyTableModel::algorithmDescription(algorithm)));
    }
    m_rsaBits->setItemText(0, tr("%1 bits").arg(2048));
    m_rsaBits->setItemText(1, tr("%1 bits (slower to generate)").arg(3072));
    m_makeActive->setText(tr("&Make it the active key"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Generate"));
    updateHints();
}

void GenerateKeyDialog::updateHints()
{
    const JwsAlgorithm algorithm = currentAlgorithm();
    QString hint;
    if (JwsAlgorithms::isHmac(algorithm))
        hint = tr("A shared secret: only this server can check the tokens. It is not published in the JWKS.");
    else if (isRsa(algorithm))
        hint = tr("Published in the JWKS, so that clients can check tokens themselves. Understood by every "
                  "JWT library; generating an RSA key takes a few seconds.");
    else if (algorithm == JwsAlgorithm::EdDSA)
        hint
            = tr("Published in the JWKS. Fast with small signatures, but not every JWT library supports it.");
    else
        hint = tr("Published in the JWKS, so that clients can check tokens themselves. Small keys and "
                  "signatures, widely supported.");
    m_algorithmHint->setText(hint);
    m_rsaBits->setEnabled(isRsa(algorithm) && !isBusy());
    m_rsaBits->setToolTip(isRsa(algorithm) ? QString() : tr("Only RSA keys have a choice of size."));
    m_makeActiveHint->setText(
        m_makeActive->isChecked()
            ? tr(
                "The new key signs every token from now on. The current active key becomes passive: it keeps "
                "verifying the tokens it signed until they have expired.")
            : tr("The new key waits as a passive key until you make it active; the current key keeps "
                 "signing."));
}

JwsAlgorithm GenerateKeyDialog::currentAlgorithm() const
{
    return JwsAlgorithm(m_algorithm->currentData().toInt());
}
