#include "KeysTab.h"

#include "ConfirmationBox.h"
#include "DetailsTable.h"
#include "ErrorMessage.h"
#include "GenerateKeyDialog.h"
#include "ImportKeyDialog.h"
#include "KeyTableModel.h"
#include "SecurityEventModel.h"
#include "common/Clock.h"
#include "tokens/SigningKeyService.h"
#include "users/Actor.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;

KeysTab::KeysTab(SigningKeyService &keys, const Clock &clock, QWidget *parent)
    : TableTab(u"keys"_s, Icons::Glyph::Keys, QT_TR_NOOP("Keys"), QT_TR_NOOP("&Keys"), parent)
    , m_keys(keys)
    , m_clock(clock)
    , m_model(new KeyTableModel(keys, clock, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"keysTab"_s);
    buildHeader();
    buildTable();
    buildActions();
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KeysTab::showDetails);
    applyTexts();
}

void KeysTab::buildHeader()
{
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"intro"_s);
    m_intro->setWordWrap(true);
    addHeaderWidget(m_intro, 1);
    addHeaderSpacing();
    setCountAlignment(Qt::AlignTop);
}

void KeysTab::buildTable()
{
    m_proxy->setSortRole(KeyTableModel::SortRole);
    setTableModel(m_model, m_proxy);
    view()->setObjectName(u"keysView"_s);
    view()->setSelectionMode(QAbstractItemView::SingleSelection);
    view()->sortByColumn(KeyTableModel::CreatedColumn, Qt::DescendingOrder);
    view()->horizontalHeader()->setStretchLastSection(true);
    m_details = addDetailsPane(u"keyDetails"_s, 2, 3, {180, 360});
    // Public key members are long base64url strings without spaces.
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void KeysTab::buildActions()
{
    m_generate->setShortcut(QKeySequence::New);
    m_import->setShortcut(QKeySequence::Open);
    m_retire->setShortcut(QKeySequence::Delete);
    m_exportJwks->setShortcut(QKeySequence::Save);
    createMenu("keysMenu",
               {m_generate, m_import, nullptr, m_activate, m_retire, nullptr, m_exportJwks, m_copyJwks});
    setToolBarActions({m_generate, m_import, m_activate, m_retire, m_exportJwks, m_copyJwks});
    view()->addActions({m_activate, m_retire});
}

void KeysTab::reload()
{
    (void)m_model->reload();
    emit statusMessage(tr("Reloaded %n signing key(s).", nullptr, m_model->rowCount()));
}

void KeysTab::fitColumns()
{
    const QString padding = u"MMMM"_s;
    const QString time = SecurityEventModel::formatTime(
        QDateTime(QDate(2026, 12, 30), QTime(22, 59, 59)).toMSecsSinceEpoch());
    fitColumn(KeyTableModel::KidColumn, {u"hs256-20261230-mmmmmm"_s}, padding);
    fitColumn(KeyTableModel::AlgorithmColumn, {u"EdDSA"_s}, padding);
    fitColumn(KeyTableModel::StatusColumn,
              {KeyTableModel::statusName(KeyStatus::Active) + u"MM"_s,
               KeyTableModel::statusName(KeyStatus::Passive), KeyTableModel::statusName(KeyStatus::Retired)},
              padding);
    fitColumn(KeyTableModel::CreatedColumn, {time}, padding);
    fitColumn(KeyTableModel::StatusChangedColumn, {time}, padding);
}

std::optional<StoredSigningKey> KeysTab::selectedKey() const
{
    const QModelIndexList rows = selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->key(rows.constFirst().data(KeyTableModel::KidRole).toString());
}

bool KeysTab::selectKey(const QString &kid)
{
    return selectModelRow(m_model->rowOf(kid));
}

QString KeysTab::detailsText() const
{
    return m_details->toPlainText();
}

QByteArray KeysTab::jwksJson() const
{
    return QJsonDocument(m_keys.jwks()).toJson(QJsonDocument::Indented);
}

bool KeysTab::saveJwks(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(jwksJson());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void KeysTab::generateKey()
{
    auto *dialog = new GenerateKeyDialog(m_keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenerateKeyDialog::keyGenerated, this, [this](const StoredSigningKey &key) {
        showNewKey(key,
                   key.status == KeyStatus::Active ? tr("Generated the %1 key %2; it signs new tokens now.")
                                                         .arg(JwsAlgorithms::name(key.algorithm), key.kid)
                                                   : tr("Generated the %1 key %2 as a passive key.")
                                                         .arg(JwsAlgorithms::name(key.algorithm), key.kid));
    });
    dialog->open();
}

void KeysTab::showNewKey(const StoredSigningKey &key, const QString &message)
{
    (void)m_model->reload();
    selectKey(key.kid);
    emit statusMessage(message);
}

void KeysTab::importKey()
{
    auto *dialog = new ImportKeyDialog(m_keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportKeyDialog::keyImported, this, [this](const StoredSigningKey &key) {
        showNewKey(key, tr("Imported the %1 key %2.").arg(JwsAlgorithms::name(key.algorithm), key.kid));
    });
    dialog->open();
}

void KeysTab::activateKey()
{
    const std::optional<StoredSigningKey> key = selectedKey();
    if (!key || !m_activate->isEnabled())
        return;
    ConfirmationBox::ask(
        this,
        {u"confirmActivateKey"_s, tr("Make Key Active"), tr("Make the key %1 active?").arg(key->kid),
         tr("It signs every new access token from now on. The key that signs now becomes passive: it keeps "
            "verifying the tokens it signed until they have expired, so nobody is signed out."),
         tr("&Make Active")},
        [this, kid = key->kid] {
            m_keys.activate(Actor::desktopAdministrator(), kid)
                .then(this, [this, kid](const Result<StoredSigningKey> &activated) {
                    if (!activated) {
                        ErrorMessage::show(this, tr("Could not make the key %1 active.").arg(kid),
                                           activated.error());
                        return;
                    }
                    (void)m_model->reload();
                    emit statusMessage(tr("The key %1 signs new tokens now.").arg(kid));
                });
        });
}

void KeysTab::retireKey()
{
    const std::optional<StoredSigningKey> key = selectedKey();
    if (!key || !m_retire->isEnabled())
        return;
    ConfirmationBox::ask(this,
                         {u"confirmRetireKey"_s, tr("Retire Key"), tr("Retire the key %1?").arg(key->kid),
                          tr("A retired key verifies no token any more. This cannot be undone."),
                          tr("&Retire Key")},
                         [this, key = *key] { retire(key, false); });
}

void KeysTab::retire(const StoredSigningKey &key, bool force)
{
    m_keys.retire(Actor::desktopAdministrator(), key.kid, force)
        .then(this, [this, key, force](const Result<StoredSigningKey> &retired) {
            if (!retired) {
                if (!force && retired.error().code() == ErrorCode::KeyStillVerifying)
                    offerForcedRetirement(key, retired.error());
                else
                    ErrorMessage::show(this, tr("Could not retire the key %1.").arg(key.kid),
                                       retired.error());
                return;
            }
            (void)m_model->reload();
            emit statusMessage(
                force ? tr("Retired the key %1 at once; the tokens it signed no longer work.").arg(key.kid)
                      : tr("Retired the key %1.").arg(key.kid));
        });
}

void KeysTab::offerForcedRetirement(const StoredSigningKey &key, const Error &refusal)
{
    // Core's explanation (with the time in UTC) first, then what forcing means and the same time here.
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Key Still in Use"),
                          tr("The key %1 may still be needed.").arg(key.kid), QMessageBox::NoButton, this);
    box->setObjectName(u"retireStillVerifying"_s);
    QString details = refusal.localizedMessage();
    if (const qint64 retirable = m_model->retirableAtMs(key); retirable > 0)
        details += u"\n"_s
            + tr("That is %1 on this computer's clock.").arg(SecurityEventModel::formatTime(retirable));
    details += u"\n\n"_s
        + tr("Retire it now anyway only if it was compromised: every token signed with it stops working at "
             "once, and their holders have to sign in again.");
    box->setInformativeText(details);
    QPushButton *force = box->addButton(tr("Retire &Now Anyway"), QMessageBox::DestructiveRole);
    force->setObjectName(u"forceButton"_s);
    QPushButton *keep = box->addButton(tr("&Keep the Key"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, force, key](QAbstractButton *clicked) {
        if (clicked == force)
            retire(key, true);
    });
    box->open();
}

void KeysTab::exportJwks()
{
    auto *dialog = new QFileDialog(this, tr("Export Public Keys (JWKS)"));
    dialog->setObjectName(u"jwksFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->setNameFilters({tr("JSON Web Key Sets (*.json)"), tr("All files (*)")});
    dialog->selectFile(u"jwks.json"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!saveJwks(path, &error)) {
            ErrorMessage::showWarning(this, u"jwksSaveFailed"_s, tr("Export Public Keys (JWKS)"),
                                      tr("Could not save “%1”.").arg(QDir::toNativeSeparators(path)), error);
            return;
        }
        const QString note = emptyJwksNote();
        emit statusMessage(
            note.isEmpty() ? tr("Saved the public keys to “%1”.").arg(QDir::toNativeSeparators(path)) : note);
    });
    dialog->open();
}

void KeysTab::copyJwks()
{
    // Public keys only: no need for SecretClipboard's clearing.
    QGuiApplication::clipboard()->setText(QString::fromUtf8(jwksJson()));
    const QString note = emptyJwksNote();
    emit statusMessage(note.isEmpty() ? tr("Copied the public keys (JWKS).") : note);
}

QString KeysTab::emptyJwksNote() const
{
    if (!m_keys.jwks().value(u"keys"_s).toArray().isEmpty())
        return {};
    return tr("The key set is empty: HMAC keys are secrets and never published. Generate an RS, PS, ES or "
              "EdDSA key for clients that check tokens themselves.");
}

void KeysTab::retranslateUi()
{
    m_intro->setText(
        tr("The active key signs new access tokens. When another key takes over, the old one "
           "turns passive and still verifies the tokens it signed; once they have all expired, it "
           "can be retired."));
    view()->setAccessibleName(tr("Signing keys"));
    m_details->setAccessibleName(tr("Key details"));
    retranslateActions();
    m_model->retranslate();
}

void KeysTab::retranslateActions()
{
    setTexts(m_generate, tr("&Generate Key..."), tr("Generate"), tr("Generate a new signing key (Ctrl+N)"));
    setTexts(m_import, tr("&Import Key..."), tr("Import"),
             tr("Import a private key from a PEM file (Ctrl+O)"));
    setTexts(m_activate, tr("&Make Active..."), tr("Make Active"));
    setTexts(m_retire, tr("&Retire Key..."), tr("Retire"));
    setTexts(m_exportJwks, tr("&Export Public Keys (JWKS)..."), tr("Export JWKS"),
             tr("Save the public keys as a JSON Web Key Set, for clients that check tokens "
                "themselves (Ctrl+S)"));
    setTexts(m_copyJwks, tr("&Copy Public Keys (JWKS)"), tr("Copy JWKS"),
             tr("Copy the JSON Web Key Set of the public keys"));
}

void KeysTab::updateActions()
{
    const std::optional<StoredSigningKey> key = selectedKey();
    m_activate->setEnabled(key && key->status == KeyStatus::Passive);
    m_retire->setEnabled(key && key->status == KeyStatus::Passive);
    if (!key) {
        m_activate->setToolTip(tr("Make the selected key sign new tokens"));
        m_retire->setToolTip(tr("Stop the selected passive key from verifying tokens"));
    } else if (key->status == KeyStatus::Active) {
        m_activate->setToolTip(tr("This key is already active."));
        m_retire->setToolTip(tr("The active key cannot be retired: make another key active first."));
    } else if (key->status == KeyStatus::Retired) {
        m_activate->setToolTip(tr("A retired key cannot sign again."));
        m_retire->setToolTip(tr("This key is retired already."));
    } else {
        m_activate->setToolTip(tr("Make %1 sign new tokens; the active key becomes passive").arg(key->kid));
        m_retire->setToolTip(m_model->isRetirableNow(*key)
                                 ? tr("Retire %1: no token it signed is still valid").arg(key->kid)
                                 : tr("Tokens signed with %1 may still be valid until %2")
                                       .arg(key->kid, m_model->retirableText(*key)));
    }
}

QString KeysTab::countText() const
{
    int verifying = 0;
    for (const StoredSigningKey &each : m_model->keys())
        verifying += each.status != KeyStatus::Retired;
    return tr("%n key(s), %1 of them in use", nullptr, m_model->rowCount()).arg(verifying);
}

void KeysTab::showDetails()
{
    const std::optional<StoredSigningKey> key = selectedKey();
    setDetailsHtml(key ? detailsHtml(*key)
                       : DetailsTable::paragraph(tr("Select a key to see its public details.")));
}

QString KeysTab::detailsHtml(const StoredSigningKey &key) const
{
    DetailsTable table;
    table.addCode(tr("Key ID"), key.kid);
    table.add(tr("Algorithm"),
              tr("%1 — %2").arg(JwsAlgorithms::name(key.algorithm),
                                KeyTableModel::algorithmDescription(key.algorithm)));
    table.add(tr("Size"), tr("%n bit(s)", nullptr, key.key.sizeInBits()));
    table.add(tr("Status"),
              KeyTableModel::statusName(key.status) + u" — "_s
                  + KeyTableModel::statusExplanation(key.status));
    table.add(tr("Created"), SecurityEventModel::formatTime(key.createdAtMs));
    table.add(tr("Status since"), SecurityEventModel::formatTime(key.statusChangedAtMs));
    if (key.status == KeyStatus::Passive)
        table.add(tr("Can be retired"),
                  m_model->isRetirableNow(key)
                      ? tr("now: every token it signed has expired")
                      : tr("from %1, when the last token it may have signed has expired")
                            .arg(m_model->retirableText(key)));
    if (key.key.isSymmetric()) {
        table.add(
            tr("Secret"),
            tr("Kept in Bookwarden's database and never shown. An HMAC secret is not published: only this "
               "server can check the tokens it signs."));
    } else {
        table.addCode(tr("Thumbprint"), key.key.thumbprint());
        table.add(tr("Published"),
                  key.status == KeyStatus::Retired
                      ? tr("No: retired keys are left out of the JWKS.")
                      : tr("Yes: its public half is in the JWKS. The private half is never shown."));
    }
    QString html = table.html();
    if (!key.key.isSymmetric()) {
        const QByteArray jwk = QJsonDocument(key.key.publicJwk()).toJson(QJsonDocument::Indented);
        // pre-wrap rather than <pre>: the modulus is one long word that must wrap to stay readable.
        html += u"<p><b>"_s + tr("Public key (JWK)").toHtmlEscaped()
            + u"</b></p><p style=\"white-space: pre-wrap; font-family: monospace\">"_s
            + QString::fromUtf8(jwk).trimmed().toHtmlEscaped() + u"</p>"_s;
    }
    return html;
}
