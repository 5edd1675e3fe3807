// bookwarden-screenshots OUTPUT_DIR [--language CODE] [--size WIDTHxHEIGHT]
//
// Opens Bookwarden's real main window on a temporary database filled with demo data (DemoData), and saves
// users.png, books.png, activity.png, sessions.png, keys.png, inspector.png, server.png and a few dialogs
// into OUTPUT_DIR (with a -CODE suffix for languages other than English). Settings go to a temporary
// directory: the user's own are neither read nor changed.
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
#include "Icons.h"
#include "KeyTableModel.h"
#include "KeysTab.h"
#include "Localization.h"
#include "MainWindow.h"
#include "MintTokenDialog.h"
#include "SecurityEventModel.h"
#include "ServerTab.h"
#include "SessionTableModel.h"
#include "SessionsTab.h"
#include "TokenInput.h"
#include "TokenInspectorTab.h"
#include "UsersTab.h"
#include "VerificationSourceEdit.h"
#include "books/BookService.h"
#include "common/Version.h"
#include "events/SecurityEventLog.h"
#include "storage/DatabaseUrl.h"
#include "users/UserService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>

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

bool save(QWidget *widget, const QDir &directory, const QString &name)
{
    settle();
    const QString file = directory.filePath(name);
    if (!widget->grab().save(file)) {
        std::fprintf(stderr, "bookwarden-screenshots: could not write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
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
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(Bookwarden::organizationName));
    QCoreApplication::setApplicationName(u"bookwarden-screenshots"_s);
    QApplication::setApplicationDisplayName(QLatin1String(Bookwarden::applicationName));
    QApplication::setWindowIcon(Icons::application());

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Saves screenshots of Bookwarden's main window with demo data."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"directory"_s, u"Where the PNG files go."_s);
    parser.addOption({u"language"_s, u"en, de or fr (default: en)."_s, u"code"_s, u"en"_s});
    parser.addOption({u"size"_s, u"Window size (default: 1280x800)."_s, u"WxH"_s, u"1280x800"_s});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QDir output(parser.positionalArguments().constFirst());
    if (!output.exists() && !QDir().mkpath(output.path())) {
        std::fprintf(stderr, "bookwarden-screenshots: cannot create %s\n", qPrintable(output.path()));
        return 1;
    }
    const QString language = parser.value(u"language"_s);
    const QStringList size = parser.value(u"size"_s).split(u'x');
    const QSize windowSize
        = size.size() == 2 ? QSize(size.at(0).toInt(), size.at(1).toInt()) : QSize(1280, 800);
    const QString suffix = language == u"en" ? QString() : u"-"_s + language;

    QTemporaryDir settings;
    QTemporaryDir data;
    if (!settings.isValid() || !data.isValid())
        return 1;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());

    Localization localization;
    localization.apply(language);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The demo history spans about five and a half days; starting a week back keeps all of it in the past,
    // so the tables agree with the request log, which shows the real time.
    DemoClock clock(now - 7 * 24 * 3600 * 1000LL);
    BackendOptions options;
    options.database = DatabaseUrl::sqliteFile(data.filePath(u"bookwarden.db"_s));
    options.argon2 = Argon2Parameters {1024, 1, 1}; // demo accounts: no need to spend real hashing time
    options.clock = &clock;
    Result<std::unique_ptr<Backend>> opened = Backend::open(options);
    if (!opened) {
        std::fprintf(stderr, "bookwarden-screenshots: %s\n", qPrintable(opened.error().detailedMessage()));
        return 1;
    }
    std::unique_ptr<Backend> backend = std::move(opened).value();
    if (Status filled = DemoData::fill(*backend, clock); !filled) {
        std::fprintf(stderr, "bookwarden-screenshots: demo data: %s\n",
                     qPrintable(filled.error().detailedMessage()));
        return 1;
    }
    if (Status filled = DemoData::fillTokens(*backend, clock); !filled) {
        std::fprintf(stderr, "bookwarden-screenshots: demo tokens: %s\n",
                     qPrintable(filled.error().detailedMessage()));
        return 1;
    }
    clock.setNowMs(qMax(now, clock.nowMs() + 60 * 1000));

    auto window = std::make_unique<MainWindow>(*backend, localization);
    window->resize(windowSize);
    window->show();
    settle(800);
    bool ok = true;

    UsersTab *users = window->usersTab();
    window->tabs()->setCurrentWidget(users);
    selectRow(users->view(), rowWithText(users->view(), 0, u"bob"_s));
    ok &= save(window.get(), output, u"users"_s + suffix + u".png"_s);

    BooksTab *books = window->booksTab();
    window->tabs()->setCurrentWidget(books);
    selectRow(books->view(), rowWithText(books->view(), BookTableModel::TitleColumn, u"Dune"_s));
    ok &= save(window.get(), output, u"books"_s + suffix + u".png"_s);

    ActivityTab *activity = window->activityTab();
    window->tabs()->setCurrentWidget(activity);
    for (int row = 0; row < activity->model()->rowCount(); ++row) {
        if (activity->model()->eventAt(row).type == SecurityEventType::roleChanged)
            selectRow(activity->view(), row);
    }
    ok &= save(window.get(), output, u"activity"_s + suffix + u".png"_s);

    // Sessions, with the ended ones and why they ended.
    SessionsTab *sessions = window->sessionsTab();
    window->tabs()->setCurrentWidget(sessions);
    sessions->showEndedBox()->setChecked(true);
    selectRow(sessions->view(),
              rowWithText(sessions->view(), SessionTableModel::UserAgentColumn,
                          u"BookwardenMobile/2.3.1 (Android 14; Pixel 7)"_s));
    ok &= save(window.get(), output, u"sessions"_s + suffix + u".png"_s);

    // Keys: the passive RSA key selected, with its public details.
    KeysTab *keys = window->keysTab();
    window->tabs()->setCurrentWidget(keys);
    for (const StoredSigningKey &key : keys->model()->keys()) {
        if (key.status == KeyStatus::Passive)
            keys->selectKey(key.kid);
    }
    ok &= save(window.get(), output, u"keys"_s + suffix + u".png"_s);

    // The inspector with a tutorial's token, checked with the tutorial's secret: valid, and worrying.
    TokenInspectorTab *inspector = window->tokenInspectorTab();
    window->tabs()->setCurrentWidget(inspector);
    inspector->verification()->setMode(VerificationSourceEdit::Mode::SecretText);
    inspector->verification()->secretField()->setText(u"your_secret_key"_s);
    inspector->inspectToken(DemoData::tutorialToken(clock.nowMs()));
    const int expRow = inspector->claims()->rowOfClaim(u"exp"_s);
    if (expRow >= 0)
        inspector->claimsView()->selectRow(expRow);
    ok &= save(window.get(), output, u"inspector"_s + suffix + u".png"_s);

    // The server, serving on a free port of 127.0.0.1 after a few seconds of traffic.
    ServerTab *server = window->serverTab();
    window->tabs()->setCurrentWidget(server);
    server->portField()->setValue(0);
    if (server->startServer()) {
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
        ok &= save(window.get(), output, u"server"_s + suffix + u".png"_s);
        window->stopServer();
    }

    // The add-user dialog refusing a taken name, with core's message under the field.
    window->tabs()->setCurrentWidget(users);
    users->addUser();
    settle();
    if (auto *dialog = window->findChild<AddUserDialog *>()) {
        dialog->findChild<QLineEdit *>(u"username"_s)->setText(u"ann"_s);
        dialog->findChild<QLineEdit *>(u"password"_s)->setText(u"a long enough password"_s);
        dialog->findChild<QLineEdit *>(u"repeat"_s)->setText(u"a long enough password"_s);
        dialog->accept();
        QElapsedTimer waiting;
        waiting.start();
        while (dialog->isBusy() && waiting.elapsed() < 5000)
            settle(50);
        ok &= save(dialog, output, u"add-user"_s + suffix + u".png"_s);
        dialog->reject();
    }

    // An edit that went stale: someone changed the book over REST while the dialog was open.
    window->tabs()->setCurrentWidget(books);
    selectRow(books->view(), rowWithText(books->view(), BookTableModel::TitleColumn, u"Neuromancer"_s));
    books->editBook();
    settle();
    if (auto *dialog = window->findChild<BookDialog *>()) {
        dialog->findChild<QLineEdit *>(u"price"_s)->setText(u"9.99"_s);
        const std::optional<Book> book = books->currentBook();
        const Result<User> owner = backend->users().get(Actor::desktopAdministrator(), book->ownerPublicId);
        BookChanges changes;
        changes.priceCents = 1275;
        (void)backend->books().update(Actor::forUser(owner.value()), book->id, changes).result();
        settle(600);
        dialog->accept();
        QElapsedTimer waiting;
        waiting.start();
        while (dialog->isBusy() && waiting.elapsed() < 5000)
            settle(50);
        ok &= save(dialog, output, u"edit-book-stale"_s + suffix + u".png"_s);
        dialog->reject();
    }

    if (language != u"en") {
        // The dialogs once, in English, are enough for the documentation.
        window->stopServer();
        window->close();
        backend.reset();
        window.reset();
        return ok ? 0 : 1;
    }

    // Minting a test token: a claim Bookwarden sets itself is refused under the field…
    window->tabs()->setCurrentWidget(inspector);
    inspector->mintToken();
    settle();
    if (auto *mint = visibleWindow<MintTokenDialog>(u"mintTokenDialog"_s)) {
        mint->selectUser(u"ann"_s);
        mint->claimsEdit()->setPlainText(u"{\n  \"sub\": \"someone-else\"\n}"_s);
        settle();
        mint->accept();
        ok &= save(mint, output, u"mint-token.png"_s);
        // … and without it the token is minted and inspected against the server's keys.
        mint->claimsEdit()->setPlainText(u"{\n  \"scope\": \"books:read\"\n}"_s);
        settle();
        mint->accept();
    }
    if (inspector->claims()->rowOfClaim(u"exp"_s) >= 0)
        inspector->claimsView()->selectRow(inspector->claims()->rowOfClaim(u"exp"_s));
    ok &= save(window.get(), output, u"inspector-valid.png"_s);

    // The same token with its role changed from user to admin: the signature gives it away.
    QList<QByteArray> parts = inspector->input()->toPlainText().toLatin1().split('.');
    if (parts.size() == 3) {
        QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
        payload.replace("\"role\":\"user\"", "\"role\":\"admin\"");
        parts[1] = payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        inspector->inspectToken(QString::fromLatin1(parts.join('.')));
        if (inspector->claims()->rowOfClaim(u"role"_s) >= 0)
            inspector->claimsView()->selectRow(inspector->claims()->rowOfClaim(u"role"_s));
        ok &= save(window.get(), output, u"inspector-tampered.png"_s);
    }

    // Generating a key; retiring a key that may still be needed.
    window->tabs()->setCurrentWidget(keys);
    keys->generateKey();
    settle();
    if (auto *generate = visibleWindow<GenerateKeyDialog>(u"generateKeyDialog"_s)) {
        generate->selectAlgorithm(JwsAlgorithm::RS256);
        ok &= save(generate, output, u"generate-key.png"_s);
        generate->reject();
    }
    for (const StoredSigningKey &key : keys->model()->keys()) {
        if (key.status == KeyStatus::Passive)
            keys->selectKey(key.kid);
    }
    keys->retireKey();
    settle();
    if (auto *confirm = visibleWindow<QMessageBox>(u"confirmRetireKey"_s)) {
        confirm->findChild<QAbstractButton *>(u"confirmButton"_s)->click();
        QElapsedTimer waiting;
        waiting.start();
        while (!visibleWindow<QMessageBox>(u"retireStillVerifying"_s) && waiting.elapsed() < 5000)
            settle(50);
        if (auto *warning = visibleWindow<QMessageBox>(u"retireStillVerifying"_s)) {
            ok &= save(warning, output, u"retire-key.png"_s);
            warning->findChild<QAbstractButton *>(u"keepButton"_s)->click();
        }
    }

    window->showSettings();
    settle();
    if (auto *settingsDialog = window->findChild<QDialog *>(u"settingsDialog"_s)) {
        ok &= save(settingsDialog, output, u"settings.png"_s);
        settingsDialog->reject();
    }
    window->showAbout();
    settle();
    if (auto *about = window->findChild<QWidget *>(u"aboutBox"_s)) {
        ok &= save(about, output, u"about.png"_s);
        about->close();
    }

    auto *welcome = new GeneratedPasswordDialog(GeneratedPasswordDialog::Purpose::InitialAdministrator,
                                                u"admin"_s, u"Xq7mPz3kTr9WvHn2cLbD"_s, window.get());
    welcome->open();
    ok &= save(welcome, output, u"first-start.png"_s);
    welcome->accept();

    window->stopServer();
    window->close();
    backend.reset();
    window.reset();
    return ok ? 0 : 1;
}
