#pragma once

#include "BackendOpener.h"
#include "BusyDialog.h"
#include "common/Result.h"
#include "storage/DatabaseUrl.h"

class InlineFieldErrors;
class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

// File ▸ Open Database…, and the password prompt at start-up: an SQLite file (typed or chosen), a PostgreSQL
// server described field by field, or a pasted URL. DatabaseUrl::parse checks what was entered and its
// message appears next to the field. Opening first asks the server whether it answers and takes the
// credentials (Database::checkReachable), off the GUI thread, since an unreachable host takes seconds to
// say so; then the backend is opened (BackendOpener) and the dialog closes. Whatever goes wrong (a refused
// password, an unreachable host, not a Bookwarden database, one another program serves) is shown in the
// dialog, which stays open. The password lives in its field and the opened backend's connections only:
// nothing here stores it.
class OpenDatabaseDialog : public BusyDialog
{
    Q_OBJECT

public:
    enum class Source { SqliteFile, PostgresqlServer, Url };

    explicit OpenDatabaseDialog(QWidget *parent = nullptr);

    Source source() const;
    void setSource(Source source);
    // Fills the fields from `url` (never its password): on the PostgreSQL page when its fields can say all
    // the URL says, otherwise on the URL page. The other pages keep what they hold.
    void setDatabaseUrl(const DatabaseUrl &url);
    // Why opening failed, above the buttons; when the server asked for a password (or refused the one it
    // got), also says so at the password field and puts the cursor there. Start-up shows the dialog this
    // way when the database it was to open did not open.
    void showOpenFailure(const Error &error);

    // The database as the fields describe it, with the typed password; an Invalid error whose field
    // messages name this dialog's fields (file, host, databaseName, user, url) otherwise.
    Result<DatabaseUrl> databaseUrl() const;

    // Once accepted: the database opened and where it is (with the password it was opened with).
    OpenedBackend takeOpened() { return std::move(m_opened); }
    DatabaseUrl openedUrl() const { return m_openedUrl; }

    // The message shown under a field ("file", "host", "databaseName", "user", "url", "password"), empty
    // when none.
    QString fieldMessage(const QString &field) const;

public slots:
    // Checks the fields, then opens the database; the dialog closes once it is open.
    void accept() override;

protected:
    void retranslateUi() override;

private:
    QWidget *buildSqlitePage();
    QWidget *buildPostgresqlPage();
    QWidget *buildUrlPage();
    Result<DatabaseUrl> sqliteUrl() const;
    Result<DatabaseUrl> postgresqlUrl() const;
    Result<DatabaseUrl> pastedUrl() const;
    void chooseFile();
    void showSource();
    void clearFieldErrors();
    InlineFieldErrors *errorsFor(const QString &field) const;

    OpenedBackend m_opened;
    DatabaseUrl m_openedUrl;

    QLabel *m_intro;
    QButtonGroup *m_sources;
    QRadioButton *m_sqliteSource;
    QRadioButton *m_postgresqlSource;
    QRadioButton *m_urlSource;
    QStackedWidget *m_pages;

    QFormLayout *m_sqliteForm = nullptr;
    InlineFieldErrors *m_sqliteErrors = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;

    QFormLayout *m_postgresqlForm = nullptr;
    InlineFieldErrors *m_postgresqlErrors = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;

    QFormLayout *m_urlForm = nullptr;
    InlineFieldErrors *m_urlErrors = nullptr;
    QLineEdit *m_url = nullptr;

    QWidget *m_passwordPart = nullptr;
    QFormLayout *m_passwordForm = nullptr;
    InlineFieldErrors *m_passwordErrors = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordNote = nullptr;
};
