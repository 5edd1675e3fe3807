#pragma once

#include "TableTab.h"
#include "tokens/StoredSigningKey.h"

#include <optional>

class Clock;
class KeyTableModel;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTextBrowser;
class SigningKeyService;

// The Keys tab: the keys that sign and verify access tokens, with their life cycle — generate or import a
// key, make a key active (rotation), retire a key that no longer verifies anything (or, when it leaked, at
// once), and publish the public keys as a JWKS (saved to a file or copied). The selected key's public facts
// are spelled out below the list; secret and private material is never shown.
class KeysTab : public TableTab
{
    Q_OBJECT

public:
    KeysTab(SigningKeyService &keys, const Clock &clock, QWidget *parent = nullptr);

    void reload() override;

    KeyTableModel *model() const { return m_model; }
    std::optional<StoredSigningKey> selectedKey() const;
    bool selectKey(const QString &kid);
    QString detailsText() const;

    // The public keys as a JWK Set (RFC 7517), indented.
    QByteArray jwksJson() const;
    // Writes jwksJson() to `path` atomically; false with *error saying why.
    bool saveJwks(const QString &path, QString *error) const;

public slots:
    void generateKey();
    void importKey();
    void activateKey();
    void retireKey();
    void exportJwks();
    void copyJwks();

protected:
    QString countText() const override;
    void retranslateUi() override;
    void fitColumns() override;
    void updateActions() override;
    void showDetails() override;

private:
    void buildHeader();
    void buildTable();
    void buildActions();
    void retranslateActions();
    // After a key was generated or imported: the list shows it, selected, and the status bar says `message`.
    void showNewKey(const StoredSigningKey &key, const QString &message);
    QString detailsHtml(const StoredSigningKey &key) const;
    void retire(const StoredSigningKey &key, bool force);
    void offerForcedRetirement(const StoredSigningKey &key, const Error &refusal);
    QString emptyJwksNote() const;

    SigningKeyService &m_keys;
    const Clock &m_clock;
    KeyTableModel *m_model;
    QSortFilterProxyModel *m_proxy;

    QLabel *m_intro = nullptr;
    QTextBrowser *m_details = nullptr;
    QAction *const m_generate
        = createAction(Icons::Glyph::GenerateKey, "generateKeyAction", &KeysTab::generateKey);
    QAction *const m_import = createAction(Icons::Glyph::ImportKey, "importKeyAction", &KeysTab::importKey);
    QAction *const m_activate
        = createAction(Icons::Glyph::ActivateKey, "activateKeyAction", &KeysTab::activateKey);
    QAction *const m_retire = createAction(Icons::Glyph::RetireKey, "retireKeyAction", &KeysTab::retireKey);
    QAction *const m_exportJwks
        = createAction(Icons::Glyph::ExportKeys, "exportJwksAction", &KeysTab::exportJwks);
    QAction *const m_copyJwks = createAction(Icons::Glyph::Copy, "copyJwksAction", &KeysTab::copyJwks);
};
