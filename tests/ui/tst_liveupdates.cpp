// Live updates end to end: a REST client on the real server (127.0.0.1, a free port) registers, signs in and
// adds a book while the Users tab is shown with a row selected; within a second the new account's row shows
// what happened — every column the change affects — and the selection stays where it was.
#include "ApiServer.h"
#include "GuiFixture.h"
#include "RawHttpClient.h"
#include "ServerOptions.h"
#include "UserTableModel.h"
#include "UsersTab.h"

#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTableView>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_gui;
    RawHttpClient m_client;
    User m_root;

    UsersTab *tab() { return m_gui->window().usersTab(); }
    UserTableModel &model() { return tab()->model(); }

    // One JSON request over the client's keep-alive connection; the status and the body.
    std::pair<int, QJsonObject> post(const QByteArray &path, const QJsonObject &body,
                                     const QString &token = {})
    {
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!token.isEmpty())
            request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size())
            + "\r\n\r\n" + json;
        const std::optional<RawHttpClient::Response> response = m_client.request(request, 10000);
        if (!response)
            return {0, {}};
        return {response->status, QJsonDocument::fromJson(response->body).object()};
    }

    QString cell(const QString &publicId, int column)
    {
        const int row = model().rowOf(publicId);
        return row < 0 ? QString() : model().index(row, column).data().toString();
    }

private slots:
    void init()
    {
        m_gui = std::make_unique<GuiFixture>();
        m_root = m_gui->fixture().createUser(u"root"_s, Role::Admin);
        m_gui->openWindow();
        m_gui->window().tabs()->setCurrentWidget(tab());

        ServerOptions options;
        options.port = 0;
        options.threads = 1;
        const Result<quint16> started = m_gui->window().server().start(options);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message()));
        QVERIFY(m_client.connectTo(started.value()));
    }

    void cleanup()
    {
        m_client.close();
        m_gui.reset();
    }

    void aRestClientsAccountShowsItsBooksAndSignInWithoutReload()
    {
        QTableView *view = tab()->view();
        view->selectRow(0);
        QCOMPARE(tab()->selectedUser()->publicId, m_root.publicId);

        const QJsonObject credentials {{u"username"_s, u"reader"_s},
                                       {u"password"_s, u"correct horse battery"_s}};
        const auto [registered, account] = post("/api/v1/auth/register", credentials);
        QCOMPARE(registered, 201);
        const QString publicId = account.value(u"user"_s).toObject().value(u"id"_s).toString();
        QVERIFY(!publicId.isEmpty());
        const auto [signedIn, tokens] = post("/api/v1/auth/login", credentials);
        QCOMPARE(signedIn, 200);
        const QString token = tokens.value(u"access_token"_s).toString();
        QVERIFY(!token.isEmpty());
        // Signing in changes no account signal's worth of data, but the row's Last Sign-In and Sessions.
        QTRY_COMPARE_WITH_TIMEOUT(cell(publicId, UserTableModel::SessionsColumn), u"1"_s, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(cell(publicId, UserTableModel::LastLoginColumn) != u"never"_s, 1000);
        QVERIFY(!cell(publicId, UserTableModel::LastLoginColumn).isEmpty());

        const auto [created, book] = post("/api/v1/books",
                                          {{u"title"_s, u"Dune"_s},
                                           {u"author"_s, u"Frank Herbert"_s},
                                           {u"publisher"_s, u"Chilton"_s},
                                           {u"price"_s, 9.99}},
                                          token);
        QCOMPARE(created, 201);
        QTRY_COMPARE_WITH_TIMEOUT(cell(publicId, UserTableModel::BooksColumn), u"1"_s, 1000);
        QCOMPARE(tab()->selectedUser()->publicId, m_root.publicId);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
