#include "ImportKeyDialog.h"

#include "ErrorMessage.h"
#include "Icons.h"
#include "InlineFieldErrors.h"
#include "KeyTableModel.h"
#include "LocalFile.h"
#include "tokens/SigningKeyService.h"
#include "users/Actor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString fileFieldName = u"file"_s;
} // namespace

ImportKeyDialog::ImportKeyDialog(SigningKeyService &keys, QWidget *parent)
    : BusyDialog(u"importKeyDialog"_s, parent)
    , m_keys(keys)
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(Icons::glyph(Icons::Glyph::Open), QString(), this))
    , m_fileRow(new QHBoxLayout)
    , m_algorithm(new QComboBox(this))
    , m_makeActive(new QCheckBox(this))
{
    m_intro->setWordWrap(true);
    m_file->setObjectName(u"file"_s);
    m_file->setClearButtonEnabled(true);
    m_browse->setObjectName(u"browseButton"_s);
    m_algorithm->setObjectName(u"algorithm"_s);
    // A PEM file holds an asymmetric key; HMAC secrets are generated, not imported.
    for (const JwsAlgorithm algorithm : JwsAlgorithms::all()) {
        if (!JwsAlgorithms::isHmac(algorithm))
            m_algorithm->addItem(QString(), int(algorithm));
    }
    m_makeActive->setObjectName(u"makeActive"_s);
    m_makeActive->setChecked(true);

    auto *fileLabel = new QLabel(this);
    fileLabel->setObjectName(u"fileLabel"_s);
    fileLabel->setBuddy(m_file);
    auto *algorithmLabel = new QLabel(this);
    algorithmLabel->setObjectName(u"algorithmLabel"_s);
    algorithmLabel->setBuddy(m_algorithm);
    m_fileRow->addWidget(m_file, 1);
    m_fileRow->addWidget(m_browse);
    m_form->addRow(fileLabel, m_fileRow);
    m_form->addRow(algorithmLabel, m_algorithm);
    m_form->addRow(QString(), m_makeActive);
    m_errors = new InlineFieldErrors(m_form, this);
    m_errors->addField(fileFieldName, m_file);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(m_form);
    addFooter(layout, QDialogButtonBox::Ok | QDialogButtonBox::Cancel, QT_TR_NOOP("Storing the key…"),
              {m_file, m_browse, m_algorithm, m_makeActive});

    connect(m_browse, &QPushButton::clicked, this, &ImportKeyDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_errors->showMessage(fileFieldName, QString());
        buttons()->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });

    retranslateUi();
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);
    setMinimumWidth(540);
    m_file->setFocus();
}

void ImportKeyDialog::selectAlgorithm(JwsAlgorithm algorithm)
{
    m_algorithm->setCurrentIndex(qMax(0, m_algorithm->findData(int(algorithm))));
}

void ImportKeyDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Import Private Key"));
    dialog->setObjectName(u"keyFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM keys (*.pem *.key)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { m_file->setText(path); });
    dialog->open();
}

void ImportKeyDialog::accept()
{
    if (isBusy())
        return;
    m_errors->clear();
    const QString path = m_file->text().trimmed();
    QString error;
    std::optional<QByteArray> pem = LocalFile::read(path, &error);
    if (!pem) {
        m_errors->showMessage(fileFieldName, error);
        m_file->setFocus();
        return;
    }
    const auto algorithm = JwsAlgorithm(m_algorithm->currentData().toInt());
    setBusy(true);
    QFuture<Result<StoredSigningKey>> imported
        = m_keys.importPrivatePem(Actor::desktopAdministrator(), *pem, algorithm, m_makeActive->isChecked());
    // Core has read the key by now; the file's copy in memory goes.
    pem->fill('\0');
    imported.then(this, [this](const Result<StoredSigningKey> &stored) {
        setBusy(false);
        if (!stored) {
            m_errors->showMessage(fileFieldName, ErrorMessage::describe(stored.error()));
            m_file->setFocus();
            return;
        }
        emit keyImported(stored.value());
        QDialog::accept();
    });
}

void ImportKeyDialog::retranslateUi()
{
    setWindowTitle(tr("Import Private Key"));
    m_intro->setText(tr("A private key in PEM form (PKCS #8, or a traditional RSA or EC key), not encrypted. "
                        "Bookwarden keeps a copy in its database; the file itself is not changed."));
    findChild<QLabel *>(u"fileLabel"_s)->setText(tr("&File:"));
    findChild<QLabel *>(u"algorithmLabel"_s)->setText(tr("&Algorithm:"));
    m_file->setPlaceholderText(tr("Path of a .pem or .key file"));
    m_browse->setText(tr("&Browse..."));
    for (int i = 0; i < m_algorithm->count(); ++i) {
        const auto algorithm = JwsAlgorithm(m_algorithm->itemData(i).toInt());
        m_algorithm->setItemText(i,
                                 tr("%1 — %2").arg(JwsAlgorithms::name(algorithm),
                                                   KeyTableModel::algorithmDescription(algorithm)));
    }
    m_algorithm->setToolTip(tr("The algorithm the key is meant for: an RSA key for RS256 signs RS256 only."));
    m_makeActive->setText(tr("&Make it the active key"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
}
