#include "OpenDatabaseDialog.h"

#include "BuddyLabel.h"
#include "ErrorMessage.h"
#include "InlineFieldErrors.h"
#include "common/Futures.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// libpq's sslmode values; the first entry (empty) leaves the mode to libpq's default, prefer.
const QStringList sslModes
    = {QString(), u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
constexpr int defaultPort = 5432;
} // namespace

OpenDatabaseDialog::OpenDatabaseDialog(QWidget *parent)
    : BusyDialog(u"openDatabaseDialog"_s, parent)
    , m_intro(new QLabel(this))
    , m_sources(new QButtonGroup(this))
    , m_sqliteSource(new QRadioButton(this))
    , m_postgresqlSource(new QRadioButton(this))
    , m_urlSource(new QRadioButton(this))
    , m_pages(new QStackedWidget(this))
{
    m_intro->setWordWrap(true);
    m_sqliteSource->setObjectName(u"sqliteSource"_s);
    m_postgresqlSource->setObjectName(u"postgresqlSource"_s);
    m_urlSource->setObjectName(u"urlSource"_s);
    m_sources->addButton(m_sqliteSource, int(Source::SqliteFile));
    m_sources->addButton(m_postgresqlSource, int(Source::PostgresqlServer));
    m_sources->addButton(m_urlSource, int(Source::Url));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sqliteSource);
    sourceRow->addWidget(m_postgresqlSource);
    sourceRow->addWidget(m_urlSource);
    sourceRow->addStretch();

    // Page order follows Source.
    m_pages->addWidget(buildSqlitePage());
    m_pages->addWidget(buildPostgresqlPage());
    m_pages->addWidget(buildUrlPage());

    m_passwordPart = new QWidget(this);
    m_passwordForm = new QFormLayout(m_passwordPart);
    m_passwordForm->setContentsMargins(0, 0, 0, 0);
    m_passwordErrors = new InlineFieldErrors(m_passwordForm, this);
    m_password = new QLineEdit(m_passwordPart);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordForm->addRow(new BuddyLabel(m_password, m_passwordPart), m_password);
    m_passwordErrors->addField(u"password"_s, m_password);
    m_passwordNote = new QLabel(m_passwordPart);
    m_passwordNote->setWordWrap(true);
    m_passwordForm->addRow(QString(), m_passwordNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(sourceRow);
    layout->addWidget(m_pages);
    layout->addWidget(m_passwordPart);
    addFooter(layout, QDialogButtonBox::Open | QDialogButtonBox::Cancel, QT_TR_NOOP("Opening the database…"),
              {m_sqliteSource, m_postgresqlSource, m_urlSource, m_file, m_browse, m_host, m_port,
               m_databaseName, m_user, m_sslMode, m_url, m_password});
    connect(m_sources, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            showSource();
    });

    retranslateUi();
    setMinimumWidth(520);
    setSource(Source::SqliteFile);
}

QWidget *OpenDatabaseDialog::buildSqlitePage()
{
    auto *page = new QWidget(m_pages);
    m_sqliteForm = new QFormLayout(page);
    m_sqliteForm->setContentsMargins(0, 0, 0, 0);
    m_sqliteErrors = new InlineFieldErrors(m_sqliteForm, this);
    m_file = new QLineEdit(page);
    m_file->setObjectName(u"file"_s);
    m_browse = new QPushButton(page);
    m_browse->setObjectName(u"browseButton"_s);
    connect(m_browse, &QPushButton::clicked, this, &OpenDatabaseDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(m_browse);
    m_sqliteForm->addRow(new BuddyLabel(m_file, page), fileRow);
    m_sqliteErrors->addField(u"file"_s, m_file);
    return page;
}

QWidget *OpenDatabaseDialog::buildPostgresqlPage()
{
    auto *page = new QWidget(m_pages);
    m_postgresqlForm = new QFormLayout(page);
    m_postgresqlForm->setContentsMargins(0, 0, 0, 0);
    m_postgresqlErrors = new InlineFieldErrors(m_postgresqlForm, this);
    m_host = new QLineEdit(page);
    m_host->setObjectName(u"host"_s);
    m_port = new QSpinBox(page);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    m_databaseName = new QLineEdit(page);
    m_databaseName->setObjectName(u"databaseName"_s);
    m_user = new QLineEdit(page);
    m_user->setObjectName(u"user"_s);
    m_sslMode = new QComboBox(page);
    m_sslMode->setObjectName(u"sslMode"_s);
    for (const QString &mode : sslModes)
        m_sslMode->addItem(mode, mode);
    m_postgresqlForm->addRow(new BuddyLabel(m_host, page), m_host);
    m_postgresqlForm->addRow(new BuddyLabel(m_port, page), m_port);
    m_postgresqlForm->addRow(new BuddyLabel(m_databaseName, page), m_databaseName);
    m_postgresqlForm->addRow(new BuddyLabel(m_user, page), m_user);
    m_postgresqlForm->addRow(new BuddyLabel(m_sslMode, page), m_sslMode);
    m_postgresqlErrors->addField(u"host"_s, m_host);
    m_postgresqlErrors->addField(u"databaseName"_s, m_databaseName);
    m_postgresqlErrors->addField(u"user"_s, m_user);
    return page;
}

QWidget *OpenDatabaseDialog::buildUrlPage()
{
    auto *page = new QWidget(m_pages);
    m_urlForm = new QFormLayout(page);
    m_urlForm->setContentsMargins(0, 0, 0, 0);
    m_urlErrors = new InlineFieldErrors(m_urlForm, this);
    m_url = new QLineEdit(page);
    m_url->setObjectName(u"url"_s);
    m_urlForm->addRow(new BuddyLabel(m_url, page), m_url);
    m_urlErrors->addField(u"url"_s, m_url);
    return page;
}

OpenDatabaseDialog::Source OpenDatabaseDialog::source() const
{
    return Source(m_sources->checkedId());
}

void OpenDatabaseDialog::setSource(Source source)
{
    m_sources->button(int(source))->setChecked(true);
    showSource();
}

void OpenDatabaseDialog::showSource()
{
    m_pages->setCurrentIndex(int(source()));
    // Only a server asks for a password; a pasted URL may name one.
    m_passwordPart->setVisible(source() != Source::SqliteFile);
}

void OpenDatabaseDialog::setDatabaseUrl(const DatabaseUrl &url)
{
    if (!url.isPostgresql()) {
        m_file->setText(QDir::toNativeSeparators(url.path()));
        setSource(Source::SqliteFile);
        return;
    }
    m_host->setText(url.host());
    m_port->setValue(url.port());
    m_databaseName->setText(url.databaseName());
    m_user->setText(url.user());
    m_url->setText(url.toString());
    // The URL's sslmode, if it names one; the fields say nothing else (connect_timeout, sslrootcert…).
    const QString mode = QUrlQuery(QUrl(url.toString())).queryItemValue(u"sslmode"_s);
    m_sslMode->setCurrentIndex(std::max(0, int(sslModes.indexOf(mode))));
    const Result<DatabaseUrl> fromFields = postgresqlUrl();
    setSource(fromFields && fromFields->toString() == url.toString() ? Source::PostgresqlServer
                                                                     : Source::Url);
}

Result<DatabaseUrl> OpenDatabaseDialog::databaseUrl() const
{
    Result<DatabaseUrl> url = source() == Source::SqliteFile ? sqliteUrl()
        : source() == Source::PostgresqlServer               ? postgresqlUrl()
                                                             : pastedUrl();
    if (!url || !url->isPostgresql() || m_password->text().isEmpty())
        return url;
    DatabaseUrl withPassword = url.value();
    withPassword.setPassword(m_password->text());
    return withPassword;
}

Result<DatabaseUrl> OpenDatabaseDialog::sqliteUrl() const
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty())
        return Error::invalidField(u"file"_s, tr("Choose the database file, or type a new file's path."));
    // Percent-encoded, so that a '%' or '#' in a file name stays part of it.
    const Result<DatabaseUrl> url
        = DatabaseUrl::parse(u"sqlite://"_s + QString::fromUtf8(QUrl::toPercentEncoding(path, "/")));
    if (!url)
        return Error::invalidField(u"file"_s, url.error().localizedFieldMessage(u"database"_s));
    return url;
}

Result<DatabaseUrl> OpenDatabaseDialog::postgresqlUrl() const
{
    Error missing = Error::invalid(ErrorCode::InvalidInput, tr("Describe the PostgreSQL server."));
    bool complete = true;
    const auto require = [&](QLineEdit *field, const QString &name, const QString &message) {
        if (field->text().trimmed().isEmpty()) {
            missing.withField(name, message);
            complete = false;
        }
    };
    require(m_host, u"host"_s, tr("Enter the server's host name or address."));
    require(m_databaseName, u"databaseName"_s, tr("Enter the name of the database."));
    require(m_user, u"user"_s, tr("Enter the user to connect as."));
    if (!complete)
        return missing;

    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user->text().trimmed());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(u"/"_s + m_databaseName->text().trimmed());
    if (const QString mode = m_sslMode->currentData().toString(); !mode.isEmpty())
        url.setQuery(u"sslmode="_s + mode);
    // QUrl clears what it cannot represent (a host with spaces); parse() then says what is missing.
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url.toString(QUrl::FullyEncoded));
    if (!parsed)
        return Error::invalidField(u"host"_s, parsed.error().localizedFieldMessage(u"database"_s));
    return parsed;
}

Result<DatabaseUrl> OpenDatabaseDialog::pastedUrl() const
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty())
        return Error::invalidField(u"url"_s, tr("Paste a database URL."));
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    if (!url)
        return Error::invalidField(u"url"_s, url.error().localizedFieldMessage(u"database"_s));
    return url;
}

void OpenDatabaseDialog::accept()
{
    if (isBusy())
        return;
    clearFieldErrors();
    hideGeneralError();
    const Result<DatabaseUrl> url = databaseUrl();
    if (!url) {
        InlineFieldErrors *errors = source() == Source::SqliteFile ? m_sqliteErrors
            : source() == Source::PostgresqlServer                 ? m_postgresqlErrors
                                                                   : m_urlErrors;
        if (errors->show(url.error()) == 0)
            showGeneralError(ErrorMessage::describe(url.error()));
        return;
    }

    const DatabaseUrl target = url.value();
    setBusy(true);
    Futures::run<void>([target] {
        return Database::checkReachable(target);
    }).then(this, [this, target](const Status &reachable) {
        if (!reachable) {
            setBusy(false);
            showOpenFailure(reachable.error());
            return;
        }
        // On this thread: the backend's services live here. The server has just answered, so this
        // takes what the migrations and the first reads take (milliseconds on a migrated database).
        Result<OpenedBackend> opened = BackendOpener::open(target);
        setBusy(false);
        if (!opened) {
            showOpenFailure(opened.error());
            return;
        }
        m_opened = std::move(opened).value();
        m_openedUrl = target;
        m_password->clear();
        QDialog::accept();
    });
}

void OpenDatabaseDialog::showOpenFailure(const Error &error)
{
    // The password may have come from the field, the URL, PGPASSWORD or ~/.pgpass: libpq says which case.
    const BackendOpener::PasswordProblem problem = BackendOpener::passwordProblem(error);
    if (source() != Source::SqliteFile && problem != BackendOpener::PasswordProblem::None) {
        m_passwordErrors->showMessage(u"password"_s,
                                      problem == BackendOpener::PasswordProblem::Missing
                                          ? tr("The server asks for a password.")
                                          : tr("The server refused this password."));
        m_password->selectAll();
        m_password->setFocus(Qt::OtherFocusReason);
    }
    showGeneralError(ErrorMessage::describe(error));
}

void OpenDatabaseDialog::clearFieldErrors()
{
    m_sqliteErrors->clear();
    m_postgresqlErrors->clear();
    m_urlErrors->clear();
    m_passwordErrors->clear();
}

InlineFieldErrors *OpenDatabaseDialog::errorsFor(const QString &field) const
{
    for (InlineFieldErrors *errors : {m_sqliteErrors, m_postgresqlErrors, m_urlErrors, m_passwordErrors}) {
        if (errors->fieldNames().contains(field))
            return errors;
    }
    return nullptr;
}

QString OpenDatabaseDialog::fieldMessage(const QString &field) const
{
    const InlineFieldErrors *errors = errorsFor(field);
    return errors ? errors->message(field) : QString();
}

void OpenDatabaseDialog::chooseFile()
{
    const QString current = m_file->text().trimmed();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    // A new name is welcome too (the database is created), so the save dialog, without its overwrite
    // question: an existing database is opened, never overwritten.
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Choose the Database File"), start,
                                       tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"),
                                       nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

void OpenDatabaseDialog::retranslateUi()
{
    setWindowTitle(tr("Open Database"));
    m_intro->setText(tr("Bookwarden works on one database at a time: an SQLite file on this computer, or a "
                        "PostgreSQL database that several Bookwarden servers can share."));
    m_sqliteSource->setText(tr("S&QLite file"));
    m_postgresqlSource->setText(tr("&PostgreSQL server"));
    m_urlSource->setText(tr("U&RL"));
    auto label = [](QFormLayout *form, QWidget *field) {
        return qobject_cast<QLabel *>(form->labelForField(field));
    };
    // The file's label belongs to the row's layout (the field and its button).
    if (auto *fileLabel = qobject_cast<QLabel *>(m_sqliteForm->itemAt(0, QFormLayout::LabelRole)->widget()))
        fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse..."));
    m_file->setPlaceholderText(tr("/path/to/bookwarden.db"));
    label(m_postgresqlForm, m_host)->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("db.example.org"));
    label(m_postgresqlForm, m_port)->setText(tr("Por&t:"));
    label(m_postgresqlForm, m_databaseName)->setText(tr("&Database:"));
    label(m_postgresqlForm, m_user)->setText(tr("&User:"));
    label(m_postgresqlForm, m_sslMode)->setText(tr("&SSL mode:"));
    m_sslMode->setItemText(0, tr("Default (prefer)"));
    m_sslMode->setToolTip(tr("verify-full checks the server's certificate and name: choose it for a server "
                             "reached over a network you do not control."));
    label(m_urlForm, m_url)->setText(tr("&URL:"));
    m_url->setPlaceholderText(tr("postgresql://user@host:5432/database?sslmode=verify-full"));
    label(m_passwordForm, m_password)->setText(tr("Pass&word:"));
    m_passwordNote->setText(tr("Used for this connection only and never saved. Leave it empty to use "
                               "PGPASSWORD or ~/.pgpass."));
    buttons()->button(QDialogButtonBox::Open)->setText(tr("&Open"));
}
