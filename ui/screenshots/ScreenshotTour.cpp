#include "ScreenshotTour.h"

#include "ActivityTab.h"
#include "AddUserDialog.h"
#include "Backend.h"
#include "BookDialog.h"
#include "BookTableModel.h"
#include "BooksTab.h"
#include "ClaimTableModel.h"
#include "DemoClock.h"
#include "DemoData.h"
#include "GenerateKeyDialog.h"
#include "GeneratedPasswordDialog.h"
#include "KeyTableModel.h"
#include "KeysTab.h"
#include "MainWindow.h"
#include "MintTokenDialog.h"
#include "OpenDatabaseDialog.h"
#include "SecurityEventModel.h"
#include "ServerTab.h"
#include "SessionTableModel.h"
#include "SessionsTab.h"
#include "TokenInput.h"
#include "TokenInspectorTab.h"
#include "UsersTab.h"
#include "VerificationSourceEdit.h"
#include "books/BookService.h"
#include "events/SecurityEventLog.h"
#include "users/UserService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
void settle(int ms = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

int rowWithText(QTableView *view, int column, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

// The newest visible top-level widget of type T with this object name.
template<typename T>
T *visibleWindow(const QString &objectName)
{
    T *found = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *candidate = qobject_cast<T *>(widget);
            candidate && candidate->isVisible() && candidate->objectName() == objectName)
            found = candidate;
    }
    return found;
}

// What a few REST clients would ask the embedded server, one connection each (so the log shows a mix).
void sendRequests(quint16 port, const QList<QByteArray> &paths)
{
    for (const QByteArray &path : paths) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        if (!socket.waitForConnected(2000))
            continue;
        socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        socket.waitForBytesWritten(2000);
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(2000))
            socket.readAll();
    }
}

void selectRow(QTableView *view, int row)
{
    if (row < 0)
        return;
    view->setCurrentIndex(view->model()->index(row, 0));
    view->selectRow(row);
    view->scrollTo(view->model()->index(row, 0));
}
// Waits up to five seconds for a dialog's work to end.
template<typename Dialog>
void waitWhileBusy(Dialog *dialog)
{
    QElapsedTimer waiting;
    waiting.start();
    while (dialog->isBusy() && waiting.elapsed() < 5000)
        settle(50);
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, Backend &backend, const DemoClock &clock,
                               const QDir &output, const QString &language)
    : m_window(window)
    , m_backend(backend)
    , m_clock(clock)
    , m_output(output)
    , m_suffix(language == u"en" ? QString() : u"-"_s + language)
{ }

void ScreenshotTour::save(QWidget *widget, const QString &name)
{
    settle();
    const QString file = m_output.filePath(name);
    if (!widget->grab().save(file)) {
        std::fprintf(stderr, "bookwarden-screenshots: could not write %s\n", qPrintable(file));
        m_ok = false;
        return;
    }
    std::printf("%s\n", qPrintable(file));
}

QString ScreenshotTour::localized(const QString &name) const
{
    return name + m_suffix + u".png"_s;
}

void ScreenshotTour::takeTabsAndDialogs()
{
    settle(800); // the window's first paint and its tables' first fill
    users();
    books();
    activity();
    sessions();
    keys();
    inspector();
    server();
    addUserRefused();
    staleBookEdit();
}

void ScreenshotTour::takeEnglishOnlyPictures()
{
    mintAndTamper();
    keyDialogs();
    settingsAboutAndFirstStart();
    openDatabase();
}

void ScreenshotTour::users()
{
    UsersTab *users = m_window.usersTab();
    m_window.tabs()->setCurrentWidget(users);
    selectRow(users->view(), rowWithText(users->view(), 0, u"bob"_s));
    save(&m_window, localized(u"users"_s));
}

void ScreenshotTour::books()
{
    BooksTab *books = m_window.booksTab();
    m_window.tabs()->setCurrentWidget(books);
    selectRow(books->view(), rowWithText(books->view(), BookTableModel::TitleColumn, u"Dune"_s));
    save(&m_window, localized(u"books"_s));
}

void ScreenshotTour::activity()
{
    ActivityTab *activity = m_window.activityTab();
    m_window.tabs()->setCurrentWidget(activity);
    for (int row = 0; row < activity->model()->rowCount(); ++row) {
        if (activity->model()->eventAt(row).type == SecurityEventType::roleChanged)
            selectRow(activity->view(), row);
    }
    save(&m_window, localized(u"activity"_s));
}

// Sessions, with the ended ones and why they ended.
void ScreenshotTour::sessions()
{
    SessionsTab *sessions = m_window.sessionsTab();
    m_window.tabs()->setCurrentWidget(sessions);
    sessions->showEndedBox()->setChecked(true);
    settle(); // the rows with the ended sessions are read off the GUI thread
    selectRow(sessions->view(),
              rowWithText(sessions->view(), SessionTableModel::UserAgentColumn,
                          u"BookwardenMobile/2.3.1 (Android 14; Pixel 7)"_s));
    save(&m_window, localized(u"sessions"_s));
}

// Keys: the passive RSA key selected, with its public details.
void ScreenshotTour::keys()
{
    KeysTab *keys = m_window.keysTab();
    m_window.tabs()->setCurrentWidget(keys);
    for (const StoredSigningKey &key : keys->model()->keys()) {
        if (key.status == KeyStatus::Passive)
            keys->selectKey(key.kid);
    }
    save(&m_window, localized(u"keys"_s));
}

// The inspector with a tutorial's token, checked with the tutorial's secret: valid, and worrying.
void ScreenshotTour::inspector()
{
    TokenInspectorTab *inspector = m_window.tokenInspectorTab();
    m_window.tabs()->setCurrentWidget(inspector);
    inspector->verification()->setMode(VerificationSourceEdit::Mode::SecretText);
    inspector->verification()->secretField()->setText(u"your_secret_key"_s);
    inspector->inspectToken(DemoData::tutorialToken(m_clock.nowMs()));
    const int expRow = inspector->claims()->rowOfClaim(u"exp"_s);
    if (expRow >= 0)
        inspector->claimsView()->selectRow(expRow);
    save(&m_window, localized(u"inspector"_s));
}

// The server, serving on a free port of 127.0.0.1 after a few seconds of traffic.
void ScreenshotTour::server()
{
    ServerTab *server = m_window.serverTab();
    m_window.tabs()->setCurrentWidget(server);
    server->portField()->setValue(0);
    if (!server->startServer())
        return;
    const quint16 port = quint16(server->localUrl().port());
    const QList<QByteArray> paths {"/healthz",      "/api/v1/books", "/.well-known/jwks.json",
                                   "/openapi.json", "/healthz",      "/api/v1/users/me",
                                   "/favicon.ico"};
    // A burst every half second, so that every second of the chart (and "now") has some.
    for (int burstIndex = 0; burstIndex < 16; ++burstIndex) {
        QList<QByteArray> burst;
        for (int i = 0; i < 3 + (burstIndex * 7) % 9; ++i)
            burst.append(paths.at((i + burstIndex) % paths.size()));
        sendRequests(port, burst);
        settle(500);
    }
    save(&m_window, localized(u"server"_s));
    m_window.stopServer();
}

// The add-user dialog refusing a taken name, with core's message under the field.
void ScreenshotTour::addUserRefused()
{
    m_window.tabs()->setCurrentWidget(m_window.usersTab());
    m_window.usersTab()->addUser();
    settle();
    auto *dialog = m_window.findChild<AddUserDialog *>();
    if (!dialog)
        return;
    dialog->findChild<QLineEdit *>(u"username"_s)->setText(u"ann"_s);
    dialog->findChild<QLineEdit *>(u"password"_s)->setText(u"a long enough password"_s);
    dialog->findChild<QLineEdit *>(u"repeat"_s)->setText(u"a long enough password"_s);
    dialog->accept();
    waitWhileBusy(dialog);
    save(dialog, localized(u"add-user"_s));
    dialog->reject();
}

// An edit that went stale: someone changed the book over REST while the dialog was open.
void ScreenshotTour::staleBookEdit()
{
    BooksTab *books = m_window.booksTab();
    m_window.tabs()->setCurrentWidget(books);
    selectRow(books->view(), rowWithText(books->view(), BookTableModel::TitleColumn, u"Neuromancer"_s));
    books->editBook();
    settle();
    auto *dialog = m_window.findChild<BookDialog *>();
    if (!dialog)
        return;
    dialog->findChild<QLineEdit *>(u"price"_s)->setText(u"9.99"_s);
    const std::optional<Book> book = books->currentBook();
    const Result<User> owner = m_backend.users().get(Actor::desktopAdministrator(), book->ownerPublicId);
    BookChanges changes;
    changes.priceCents = 1275;
    (void)m_backend.books().update(Actor::forUser(owner.value()), book->id, changes).result();
    settle(600);
    dialog->accept();
    waitWhileBusy(dialog);
    save(dialog, localized(u"edit-book-stale"_s));
    dialog->reject();
}

// Minting a test token (a claim Bookwarden sets itself is refused under the field), then the same token
// with its role changed from user to admin: the signature gives it away.
void ScreenshotTour::mintAndTamper()
{
    TokenInspectorTab *inspector = m_window.tokenInspectorTab();
    m_window.tabs()->setCurrentWidget(inspector);
    inspector->mintToken();
    settle();
    if (auto *mint = visibleWindow<MintTokenDialog>(u"mintTokenDialog"_s)) {
        mint->selectUser(u"ann"_s);
        mint->claimsEdit()->setPlainText(u"{\n  \"sub\": \"someone-else\"\n}"_s);
        settle();
        mint->accept();
        save(mint, u"mint-token.png"_s);
        // Without it the token is minted and inspected against the server's keys.
        mint->claimsEdit()->setPlainText(u"{\n  \"scope\": \"books:read\"\n}"_s);
        settle();
        mint->accept();
    }
    if (inspector->claims()->rowOfClaim(u"exp"_s) >= 0)
        inspector->claimsView()->selectRow(inspector->claims()->rowOfClaim(u"exp"_s));
    save(&m_window, u"inspector-valid.png"_s);

    QList<QByteArray> parts = inspector->input()->toPlainText().toLatin1().split('.');
    if (parts.size() != 3)
        return;
    QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
    payload.replace("\"role\":\"user\"", "\"role\":\"admin\"");
    parts[1] = payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    inspector->inspectToken(QString::fromLatin1(parts.join('.')));
    if (inspector->claims()->rowOfClaim(u"role"_s) >= 0)
        inspector->claimsView()->selectRow(inspector->claims()->rowOfClaim(u"role"_s));
    save(&m_window, u"inspector-tampered.png"_s);
}

// Generating a key; retiring a key that may still be needed.
void ScreenshotTour::keyDialogs()
{
    KeysTab *keys = m_window.keysTab();
    m_window.tabs()->setCurrentWidget(keys);
    keys->generateKey();
    settle();
    if (auto *generate = visibleWindow<GenerateKeyDialog>(u"generateKeyDialog"_s)) {
        generate->selectAlgorithm(JwsAlgorithm::RS256);
        save(generate, u"generate-key.png"_s);
        generate->reject();
    }
    for (const StoredSigningKey &key : keys->model()->keys()) {
        if (key.status == KeyStatus::Passive)
            keys->selectKey(key.kid);
    }
    keys->retireKey();
    settle();
    auto *confirm = visibleWindow<QMessageBox>(u"confirmRetireKey"_s);
    if (!confirm)
        return;
    confirm->findChild<QAbstractButton *>(u"confirmButton"_s)->click();
    QElapsedTimer waiting;
    waiting.start();
    while (!visibleWindow<QMessageBox>(u"retireStillVerifying"_s) && waiting.elapsed() < 5000)
        settle(50);
    if (auto *warning = visibleWindow<QMessageBox>(u"retireStillVerifying"_s)) {
        save(warning, u"retire-key.png"_s);
        warning->findChild<QAbstractButton *>(u"keepButton"_s)->click();
    }
}

void ScreenshotTour::settingsAboutAndFirstStart()
{
    m_window.showSettings();
    settle();
    if (auto *settingsDialog = m_window.findChild<QDialog *>(u"settingsDialog"_s)) {
        save(settingsDialog, u"settings.png"_s);
        settingsDialog->reject();
    }
    m_window.showAbout();
    settle();
    if (auto *about = m_window.findChild<QWidget *>(u"aboutBox"_s)) {
        save(about, u"about.png"_s);
        about->close();
    }
    auto *welcome = new GeneratedPasswordDialog(GeneratedPasswordDialog::Purpose::InitialAdministrator,
                                                u"admin"_s, u"Xq7mPz3kTr9WvHn2cLbD"_s, &m_window);
    welcome->open();
    save(welcome, u"first-start.png"_s);
    welcome->accept();
}

// The dialog as a refused password leaves it: nothing connects, the refusal is libpq's words.
void ScreenshotTour::openDatabase()
{
    auto *dialog = new OpenDatabaseDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Result<DatabaseUrl> url
        = DatabaseUrl::parse(u"postgresql://bookwarden@db.example.org:5432/bookwarden?sslmode=verify-full"_s);
    if (!url) {
        m_ok = false;
        return;
    }
    dialog->setDatabaseUrl(url.value());
    dialog->findChild<QLineEdit *>(u"password"_s)->setText(u"not-the-password"_s);
    dialog->open();
    dialog->showOpenFailure(Error(ErrorKind::Storage, ErrorCode::DatabaseUnreachable,
                                  u"Cannot connect to the PostgreSQL database %1: %2"_s,
                                  {url->displayName(),
                                   u"connection to server at \"db.example.org\" (192.0.2.7), "
                                   "port 5432 failed: FATAL:  password authentication "
                                   "failed for user \"bookwarden\""_s}));
    save(dialog, u"open-database.png"_s);
    dialog->reject();
}
