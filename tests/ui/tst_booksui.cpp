// The Books tab: live updates from other actors (a REST client simulated by core calls from another
// thread), stale edits, the add/edit dialog's field messages, filters and deleting several books.
#include "BookDeletionJob.h"
#include "BookDialog.h"
#include "BookTableModel.h"
#include "BooksTab.h"
#include "GuiFixture.h"
#include "InlineFieldErrors.h"
#include "ResultAssertions.h"
#include "UserTableModel.h"
#include "UsersTab.h"
#include "books/BookService.h"
#include "users/UserService.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFuture>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QThread>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {
BookDraft draft(const QString &title, const QString &author, qint64 priceCents = 1299)
{
    BookDraft book;
    book.title = title;
    book.author = author;
    book.publisher = u"Ace"_s;
    book.priceCents = priceCents;
    return book;
}

// Runs `work` on a thread of its own, as an HTTP worker would, and waits for it.
void onAnotherThread(std::function<void()> work)
{
    QThread *thread = QThread::create(std::move(work));
    thread->start();
    if (!thread->wait(30000))
        QTest::qFail("the other thread did not finish", __FILE__, __LINE__);
    delete thread;
}
} // namespace

class TestBooksUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_gui;
    User m_ann;
    User m_bob;
    Book m_dune;
    Book m_neuromancer;
    Book m_refactoring;

    BooksTab *tab() { return m_gui->window().booksTab(); }
    BookTableModel &model() { return tab()->model(); }
    BookService &books() { return m_gui->backend().books(); }

    Book create(const Actor &actor, BookDraft book, const User &owner)
    {
        book.ownerPublicId = owner.publicId;
        const Result<Book> created = books().create(actor, book).result();
        if (!created) {
            QTest::qFail(qPrintable(describeError(created.error())), __FILE__, __LINE__);
            return {};
        }
        return created.value();
    }

    int viewRowOf(qint64 id)
    {
        const QAbstractItemModel *view = tab()->view()->model();
        for (int row = 0; row < view->rowCount(); ++row) {
            if (view->index(row, 0).data(BookTableModel::IdRole).toLongLong() == id)
                return row;
        }
        return -1;
    }

    void selectOnly(const QList<qint64> &ids)
    {
        tab()->view()->clearSelection();
        for (const qint64 id : ids) {
            const int row = viewRowOf(id);
            QVERIFY(row >= 0);
            tab()->view()->selectionModel()->select(tab()->view()->model()->index(row, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    BookDialog *openEditDialog(const Book &book)
    {
        if (!tab()->selectBook(book.id))
            QTest::qFail("the book is not in the table", __FILE__, __LINE__);
        tab()->findChild<QAction *>(u"editBookAction"_s)->trigger();
        return GuiFixture::visible<BookDialog>();
    }

    static void clickSave(BookDialog *dialog)
    {
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    }

    void verifySelectionIsStill(const Book &book)
    {
        const QList<Book> selected = tab()->selectedBooks();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().id, book.id);
    }

private slots:
    void init()
    {
        m_gui = std::make_unique<GuiFixture>();
        m_ann = m_gui->fixture().createUser(u"ann"_s);
        m_bob = m_gui->fixture().createUser(u"bob"_s);
        const Actor admin = Actor::desktopAdministrator();
        m_dune = create(admin, draft(u"Dune"_s, u"Frank Herbert"_s, 1899), m_ann);
        m_neuromancer = create(admin, draft(u"Neuromancer"_s, u"William Gibson"_s, 1150), m_ann);
        m_refactoring = create(admin, draft(u"Refactoring"_s, u"Martin Fowler"_s, 4450), m_bob);
        m_gui->openWindow();
        m_gui->window().tabs()->setCurrentWidget(tab());
    }
    void cleanup() { m_gui.reset(); }

    void showsEveryOwnersBooksWithLocalizedPrices()
    {
        QCOMPARE(model().rowCount(), 3);
        const int row = model().rowOf(m_dune.id);
        QCOMPARE(model().index(row, BookTableModel::OwnerColumn).data().toString(), u"ann"_s);
        QCOMPARE(model().index(row, BookTableModel::PriceColumn).data().toString(),
                 QLocale().toCurrencyString(18.99, QString(), 2));
        QLocale::setDefault(QLocale(u"de_DE"_s));
        QCOMPARE(BookTableModel::formatPrice(1899), u"18,99\u00a0€"_s);
        QCOMPARE(BookTableModel::formatPrice(100000000), u"1.000.000,00\u00a0€"_s); // exact, however large
        QLocale::setDefault(QLocale(u"en_US"_s));
        QCOMPARE(BookTableModel::formatPrice(1899), u"$18.99"_s);
        QCOMPARE(BookTableModel::formatPrice(5), u"$0.05"_s);
    }

    void aBookCreatedByAnotherActorAppearsLiveKeepingTheSelection()
    {
        QVERIFY(tab()->selectBook(m_dune.id));
        Book created;
        onAnotherThread([&] {
            created = create(Actor::forUser(m_ann), draft(u"Kindred"_s, u"Octavia E. Butler"_s), m_ann);
        });
        QTRY_VERIFY_WITH_TIMEOUT(model().rowOf(created.id) >= 0, 1000);
        QCOMPARE(model().index(model().rowOf(created.id), BookTableModel::TitleColumn).data().toString(),
                 u"Kindred"_s);
        verifySelectionIsStill(m_dune);
    }

    void anUpdateAndADeleteByAnotherActorAppearLiveKeepingTheSelection()
    {
        QVERIFY(tab()->selectBook(m_dune.id));
        onAnotherThread([&] {
            BookChanges changes;
            changes.title = u"Neuromancer (Sprawl 1)"_s;
            VERIFY_OK(books().update(Actor::forUser(m_ann), m_neuromancer.id, changes).result());
        });
        QTRY_COMPARE_WITH_TIMEOUT(
            model().index(model().rowOf(m_neuromancer.id), BookTableModel::TitleColumn).data().toString(),
            u"Neuromancer (Sprawl 1)"_s, 1000);
        verifySelectionIsStill(m_dune);

        // The selected book itself changes: still selected, showing the new price.
        onAnotherThread([&] {
            BookChanges changes;
            changes.priceCents = 999;
            VERIFY_OK(books().update(Actor::forUser(m_ann), m_dune.id, changes).result());
        });
        QTRY_COMPARE_WITH_TIMEOUT(model().book(m_dune.id)->priceCents, qint64(999), 1000);
        verifySelectionIsStill(m_dune);

        onAnotherThread([&] { VERIFY_OK(books().remove(Actor::forUser(m_bob), m_refactoring.id).result()); });
        QTRY_COMPARE_WITH_TIMEOUT(model().rowOf(m_refactoring.id), -1, 1000);
        QCOMPARE(model().rowCount(), 2);
        verifySelectionIsStill(m_dune);
    }

    void aBurstOfChangesIsAppliedInFewSteps()
    {
        QVERIFY(tab()->selectBook(m_neuromancer.id));
        QSignalSpy inserted(&model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model(), &QAbstractItemModel::modelReset);
        constexpr int burst = 300;
        onAnotherThread([&] {
            QList<QFuture<Result<Book>>> pending;
            for (int i = 0; i < burst; ++i) {
                BookDraft book = draft(u"Load test %1"_s.arg(i), u"wrk"_s);
                book.ownerPublicId = m_bob.publicId;
                pending << books().create(Actor::forUser(m_bob), book);
            }
            for (QFuture<Result<Book>> &future : pending)
                VERIFY_OK(future.result());
        });
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 3 + burst, 2000);
        QVERIFY2(inserted.count() <= 3,
                 qPrintable(u"%1 insertions for %2 books"_s.arg(inserted.count()).arg(burst)));
        QCOMPARE(reset.count(), 0);
        verifySelectionIsStill(m_neuromancer);
        // The owner's book count in the Users tab follows, from one read per owner.
        UserTableModel &users = m_gui->window().usersTab()->model();
        QTRY_COMPARE(users.user(m_bob.publicId)->bookCount, qint64(1 + burst));
    }

    void anAccountDeletedElsewhereTakesItsBooksAlong()
    {
        const User root = m_gui->fixture().createUser(u"root"_s, Role::Admin);
        onAnotherThread([&] {
            VERIFY_OK(m_gui->backend().users().remove(Actor::forUser(root), m_ann.publicId).result());
        });
        QTRY_COMPARE(model().rowCount(), 1);
        QCOMPARE(model().rowOf(m_refactoring.id), 0);
        QCOMPARE(tab()->ownerFilter()->findData(m_ann.publicId), -1);
    }

    void whenTheChosenOwnerIsDeletedEveryOwnersBooksShowAgain()
    {
        QComboBox *owners = tab()->ownerFilter();
        owners->setCurrentIndex(owners->findData(m_bob.publicId));
        QTRY_COMPARE(tab()->view()->model()->rowCount(), 1);
        const User root = m_gui->fixture().createUser(u"root"_s, Role::Admin);
        onAnotherThread([&] {
            VERIFY_OK(m_gui->backend().users().remove(Actor::forUser(root), m_bob.publicId).result());
        });
        QTRY_COMPARE(owners->findData(m_bob.publicId), -1);
        QCOMPARE(owners->currentIndex(), 0);
        // The chooser falls back as soon as the account is gone; its books leave with the book model's
        // next batch of changes.
        QTRY_COMPARE(tab()->findChild<QLabel *>(u"count"_s)->text(), u"2 books"_s);
        QCOMPARE(tab()->view()->model()->rowCount(), model().rowCount());
    }

    void aStaleEditIsDetectedAndOffersAReload()
    {
        BookDialog *dialog = openEditDialog(m_dune);
        QVERIFY(dialog);
        auto *price = dialog->findChild<QLineEdit *>(u"price"_s);
        QCOMPARE(price->text(), u"18.99"_s);
        price->clear();
        QTest::keyClicks(price, u"15.00"_s);

        // Meanwhile a REST client changes the book.
        onAnotherThread([&] {
            BookChanges changes;
            changes.title = u"Dune Messiah"_s;
            VERIFY_OK(books().update(Actor::forUser(m_ann), m_dune.id, changes).result());
        });
        clickSave(dialog);
        const QString stale = QCoreApplication::translate(
            "Error", "The book was changed by someone else in the meantime; reload it and try again.");
        QTRY_COMPARE(dialog->staleMessage(), stale);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->reloadButton()->isVisible());
        // Nothing was overwritten.
        Result<Book> stored = books().get(Actor::desktopAdministrator(), m_dune.id);
        VERIFY_OK(stored);
        QCOMPARE(stored->title, u"Dune Messiah"_s);
        QCOMPARE(stored->priceCents, qint64(1899));

        QTest::mouseClick(dialog->reloadButton(), Qt::LeftButton);
        QVERIFY(dialog->staleMessage().isEmpty());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"title"_s)->text(), u"Dune Messiah"_s);
        QCOMPARE(price->text(), u"18.99"_s);
        price->setText(u"15"_s);
        QPointer<BookDialog> watched(dialog);
        clickSave(dialog);
        QTRY_VERIFY(watched.isNull() || !watched->isVisible());
        stored = books().get(Actor::desktopAdministrator(), m_dune.id);
        QCOMPARE(stored->title, u"Dune Messiah"_s);
        QCOMPARE(stored->priceCents, qint64(1500));
        QTRY_COMPARE(model().book(m_dune.id)->priceCents, qint64(1500));
    }

    void theEditDialogWarnsAsSoonAsTheBookChangesElsewhere()
    {
        BookDialog *dialog = openEditDialog(m_dune);
        QVERIFY(dialog);
        QVERIFY(dialog->staleMessage().isEmpty());
        onAnotherThread([&] {
            BookChanges changes;
            changes.priceCents = 100;
            VERIFY_OK(books().update(Actor::forUser(m_ann), m_dune.id, changes).result());
        });
        QTRY_VERIFY(dialog->staleMessage().contains(u"Someone else changed this book"_s));
        QVERIFY(dialog->reloadButton()->isVisible());

        onAnotherThread([&] { VERIFY_OK(books().remove(Actor::forUser(m_ann), m_dune.id).result()); });
        QTRY_VERIFY(dialog->staleMessage().contains(u"deleted"_s));
        QVERIFY(!dialog->reloadButton()->isVisible());
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    }

    void addingABookForAnOwner()
    {
        tab()->findChild<QAction *>(u"addBookAction"_s)->trigger();
        BookDialog *dialog = GuiFixture::visible<BookDialog>();
        QVERIFY(dialog);
        auto *owner = dialog->findChild<QComboBox *>(u"owner"_s);
        QCOMPARE(owner->currentIndex(), -1); // nobody is chosen for the administrator
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"title"_s), u"Kindred"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"author"_s), u"Octavia E. Butler"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"publisher"_s), u"Doubleday"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"price"_s), u"13,25"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"isbn"_s), u"978-0-8070-8305-5"_s);
        dialog->findChild<QSpinBox *>(u"year"_s)->setValue(1979);
        clickSave(dialog);
        // Core asks whose book it is, next to the owner field.
        QTRY_COMPARE(dialog->fieldErrors().message(u"owner"_s),
                     QCoreApplication::translate("Error", "Choose whose book this is."));

        owner->setCurrentIndex(owner->findText(u"bob"_s));
        QPointer<BookDialog> watched(dialog);
        clickSave(dialog);
        QTRY_VERIFY(watched.isNull() || !watched->isVisible());
        const Result<BookPage> bobs = [&] {
            BookQuery query;
            query.ownerPublicId = m_bob.publicId;
            return books().list(Actor::desktopAdministrator(), query);
        }();
        VERIFY_OK(bobs);
        QCOMPARE(bobs->total, 2);
        Book kindred;
        for (const Book &book : bobs->items) {
            if (book.title == u"Kindred")
                kindred = book;
        }
        QCOMPARE(kindred.priceCents, qint64(1325));
        QCOMPARE(kindred.isbn, u"9780807083055"_s); // normalised by core
        QCOMPARE(kindred.year, std::optional<int>(1979));
        QVERIFY(model().rowOf(kindred.id) >= 0);
        verifySelectionIsStill(kindred);
    }

    void everyInvalidFieldIsShownAtOnce()
    {
        tab()->findChild<QAction *>(u"addBookAction"_s)->trigger();
        BookDialog *dialog = GuiFixture::visible<BookDialog>();
        QVERIFY(dialog);
        auto *owner = dialog->findChild<QComboBox *>(u"owner"_s);
        owner->setCurrentIndex(owner->findText(u"ann"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"author"_s), u"Somebody"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"publisher"_s), u"Somewhere"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"price"_s), u"12.999"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"isbn"_s), u"12345"_s);
        clickSave(dialog);
        const InlineFieldErrors &errors = dialog->fieldErrors();
        QCOMPARE(errors.message(u"title"_s), QCoreApplication::translate("Error", "Enter a title."));
        QCOMPARE(errors.message(u"price"_s),
                 QCoreApplication::translate("Error", "Enter a price such as 19.99 (at most two decimals)."));
        QVERIFY(!errors.message(u"isbn"_s).isEmpty());
        QVERIFY(errors.message(u"author"_s).isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(model().rowCount(), 3);
    }

    void aDuplicateTitleIsShownAtTheTitle()
    {
        tab()->findChild<QAction *>(u"addBookAction"_s)->trigger();
        BookDialog *dialog = GuiFixture::visible<BookDialog>();
        auto *owner = dialog->findChild<QComboBox *>(u"owner"_s);
        owner->setCurrentIndex(owner->findText(u"ann"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"title"_s), u"dune"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"author"_s), u"Frank Herbert"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"publisher"_s), u"Ace"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"price"_s), u"9"_s);
        clickSave(dialog);
        QTRY_COMPARE(dialog->fieldErrors().message(u"title"_s),
                     QCoreApplication::translate("Error", "Its owner already has a book with this title."));
        QVERIFY(dialog->isVisible());
    }

    void filteringByOwnerAndText()
    {
        QComboBox *owners = tab()->ownerFilter();
        QCOMPARE(owners->count(), 3); // all, ann, bob
        owners->setCurrentIndex(owners->findData(m_ann.publicId));
        QTRY_COMPARE(tab()->view()->model()->rowCount(), 2);
        QTest::keyClicks(tab()->searchField(), u"GIBSON"_s);
        QTRY_COMPARE(tab()->view()->model()->rowCount(), 1);
        QCOMPARE(tab()->findChild<QLabel *>(u"count"_s)->text(), u"1 of 3 books"_s);
        owners->setCurrentIndex(0);
        tab()->searchField()->clear();
        WAIT_UNTIL_READ(&model());
        QCOMPARE(tab()->view()->model()->rowCount(), 3);
        QCOMPARE(tab()->findChild<QLabel *>(u"count"_s)->text(), u"3 books"_s);
        // A new account becomes a choice at once.
        m_gui->fixture().createUser(u"carol"_s);
        QTRY_COMPARE(owners->count(), 4);
    }

    void deletingSeveralBooksRunsOffTheGuiThreadWithProgress()
    {
        selectOnly({m_dune.id, m_refactoring.id});
        QVERIFY(tab()->findChild<QAction *>(u"deleteBooksAction"_s)->isEnabled());
        tab()->findChild<QAction *>(u"deleteBooksAction"_s)->trigger();
        QMessageBox *confirmation = GuiFixture::visible<QMessageBox>(u"confirmDeleteBooks"_s);
        QVERIFY(confirmation);
        QCOMPARE(confirmation->text(), u"Delete 2 books?"_s);
        QVERIFY(confirmation->detailedText().contains(u"“Dune” (ann)"_s));
        QTest::mouseClick(confirmation->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);

        // The deletes are queued for the writer thread; nothing is gone yet when the click returns.
        BookDeletionJob *job = tab()->runningDeletion();
        QVERIFY(job);
        QCOMPARE(job->total(), 2);
        QVERIFY(model().rowOf(m_dune.id) >= 0);
        QVERIFY(!tab()->findChild<QAction *>(u"deleteBooksAction"_s)->isEnabled());
        QTRY_VERIFY(tab()->runningDeletion() == nullptr);
        QCOMPARE(model().rowCount(), 1);
        QCOMPARE(model().rowOf(m_dune.id), -1);
        QCOMPARE(model().rowOf(m_refactoring.id), -1);
        QCOMPARE(books().get(Actor::desktopAdministrator(), m_dune.id).error().kind(), ErrorKind::NotFound);
        QVERIFY(books().get(Actor::desktopAdministrator(), m_neuromancer.id).ok());
    }

    void aBookChangedAfterItWasSelectedIsNotDeletedUnseen()
    {
        selectOnly({m_dune.id, m_refactoring.id});
        tab()->findChild<QAction *>(u"deleteBooksAction"_s)->trigger();
        QMessageBox *confirmation = GuiFixture::visible<QMessageBox>(u"confirmDeleteBooks"_s);
        QVERIFY(confirmation);
        // While the question is open, a REST client edits one of them.
        onAnotherThread([&] {
            BookChanges changes;
            changes.priceCents = 1;
            VERIFY_OK(books().update(Actor::forUser(m_bob), m_refactoring.id, changes).result());
        });
        QTest::mouseClick(confirmation->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QMessageBox *failures = nullptr;
        QTRY_VERIFY((failures = GuiFixture::visible<QMessageBox>(u"deletionFailures"_s)));
        QVERIFY2(failures->informativeText().startsWith(u"“Refactoring”: "_s),
                 qPrintable(failures->informativeText()));
        QVERIFY(books().get(Actor::desktopAdministrator(), m_refactoring.id).ok());
        QCOMPARE(books().get(Actor::desktopAdministrator(), m_dune.id).error().kind(), ErrorKind::NotFound);
    }
};

QTEST_MAIN(TestBooksUi)
#include "tst_booksui.moc"
