#pragma once

#include "TableTab.h"
#include "tokens/StoredSigningKey.h"

#include <optional>

class Clock;
class KeyTableModel;
class QAction;
class QLabel;
class QMenu;
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

    QString title() const override;
    QString menuTitle() const override;
    QMenu *menu() const override { return m_menu; }
    QList<QAction *> toolBarActions() const override;
    void reload() override;

    KeyTableModel *model() const { return m_model; }
    std::optional<StoredSigningKey> selectedKey() const;
    bool selectKey(const QString &kid);
    QString detailsText() const;

    // The public keys as a JWK Set (RFC 7517), indented.
    QByteArray jwksJson() const;
    // Writes jwksJson() to `path` atomically; false with *error saying why.
    bool saveJwks(const QString &path, QString *error) const;

    QAction *generateAction() const { return m_generate; }
    QAction *importAction() const { return m_import; }
    QAction *activateAction() const { return m_activate; }
    QAction *retireAction() const { return m_retire; }
    QAction *exportJwksAction() const { return m_exportJwks; }
    QAction *copyJwksAction() const { return m_copyJwks; }

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
    QMenu *m_menu = nullptr;
    QAction *m_generate = nullptr;
    QAction *m_import = nullptr;
    QAction *m_activate = nullptr;
    QAction *m_retire = nullptr;
    QAction *m_exportJwks = nullptr;
    QAction *m_copyJwks = nullptr;
};
