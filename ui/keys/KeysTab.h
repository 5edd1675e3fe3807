#pragma once

#include "Icons.h"
#include "WindowTab.h"
#include "tokens/StoredSigningKey.h"

#include <optional>

class Clock;
class KeyTableModel;
class QAction;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class SigningKeyService;

// The Keys tab: the keys that sign and verify access tokens, with their life cycle — generate or import a
// key, make a key active (rotation), retire a key that no longer verifies anything (or, when it leaked, at
// once), and publish the public keys as a JWKS (saved to a file or copied). The selected key's public facts
// are spelled out below the list; secret and private material is never shown.
class KeysTab : public WindowTab
{
    Q_OBJECT

public:
    KeysTab(SigningKeyService &keys, const Clock &clock, QWidget *parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QIcon icon() const override;
    QString settingsKey() const override;
    QMenu *menu() const override { return m_menu; }
    QList<QAction *> toolBarActions() const override;
    void reload() override;
    void focusSearch() override;
    void focusContent() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    KeyTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
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
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void showDetails();
    void setDetailsHtml(const QString &html);
    void retire(const StoredSigningKey &key, bool force);
    void offerForcedRetirement(const StoredSigningKey &key, const Error &refusal);
    QString emptyJwksNote() const;
    QAction *createAction(Icons::Glyph glyph, const char *name);

    SigningKeyService &m_keys;
    const Clock &m_clock;
    KeyTableModel *m_model;
    QSortFilterProxyModel *m_proxy;

    QLabel *m_intro;
    QLabel *m_count;
    QSplitter *m_splitter;
    QTableView *m_view;
    QTextBrowser *m_details;
    QString m_detailsHtml;
    QMenu *m_menu;
    QAction *m_generate;
    QAction *m_import;
    QAction *m_activate;
    QAction *m_retire;
    QAction *m_exportJwks;
    QAction *m_copyJwks;
};
