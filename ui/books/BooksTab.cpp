#include "BooksTab.h"

#include "AccountChooser.h"
#include "BookDeletionJob.h"
#include "BookDialog.h"
#include "BookTableModel.h"
#include "ConfirmationBox.h"
#include "ErrorMessage.h"
#include "books/BookService.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalBlocker>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

BooksTab::BooksTab(BookService &books, const Clock &clock, BookTableModel &model, UserService &users,
                   QWidget *parent)
    : TableTab(u"books"_s, Icons::Glyph::Books, QT_TR_NOOP("Books"), QT_TR_NOOP("&Books"), parent)
    , m_books(books)
    , m_clock(clock)
    , m_model(model)
    , m_users(users)
{
    setObjectName(u"booksTab"_s);
    buildFilters();
    buildTable();
    buildActions();
    applyTexts();
}

void BooksTab::buildFilters()
{
    m_owner = new AccountChooser(m_users, AccountChooser::Offer::EveryoneOrOneAccount, this);
    m_owner->setObjectName(u"ownerFilter"_s);
    m_ownerLabel = addLabeledHeaderWidget(m_owner);
    addHeaderSpacing();
    m_search = addSearchField(360);
    connect(m_owner, &AccountChooser::chosenChanged, this,
            [this](const QString &publicId) { filter(publicId, m_model.text()); });
    searchAsTyped([this](const QString &text) { filter(m_model.ownerPublicId(), text); });
}

void BooksTab::filter(const QString &ownerPublicId, const QString &text)
{
    m_model.setFilter(ownerPublicId, text);
}

void BooksTab::buildTable()
{
    setTableModel(&m_model);
    view()->setObjectName(u"booksView"_s);
    view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view()->sortByColumn(BookTableModel::TitleColumn, Qt::AscendingOrder);
    view()->setTextElideMode(Qt::ElideRight);
    view()->horizontalHeader()->setStretchLastSection(false);
    connect(view(), &QTableView::activated, this, &BooksTab::editBook);
}

void BooksTab::buildActions()
{
    m_add->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    createMenu("booksMenu", {m_add, m_edit, nullptr, m_delete});
    setToolBarActions({m_add, m_edit, m_delete});
    view()->addActions({m_add, m_edit, m_delete});
}

void BooksTab::reload()
{
    reloadRows();
}

QString BooksTab::reloadedText() const
{
    return tr("Reloaded %Ln book(s).", nullptr, int(m_model.totalCount()));
}

QString BooksTab::loadErrorText() const
{
    return tr("Could not read the books.");
}

QComboBox *BooksTab::ownerFilter() const
{
    return m_owner;
}

void BooksTab::fitColumns()
{
    // First start: room for the content there is (within reason: one long title must not push the other
    // columns away) and for typical values; the title takes what is left.
    QTableView *table = view();
    QHeaderView *header = table->horizontalHeader();
    table->resizeColumnsToContents();
    const QFontMetrics metrics = table->fontMetrics();
    const int em = metrics.horizontalAdvance(u"M"_s);
    const int padding = metrics.horizontalAdvance(u"MM"_s);
    const auto fit = [&](int column, int maximum, const QStringList &samples = {}) {
        int width
            = qMin(qMax(header->sectionSizeHint(column), table->columnWidth(column) + padding / 2), maximum);
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample) + padding);
        table->setColumnWidth(column, width);
    };
    const QString time
        = QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(22, 59)), QLocale::ShortFormat);
    fit(BookTableModel::AuthorColumn, 15 * em);
    fit(BookTableModel::PublisherColumn, 15 * em);
    fit(BookTableModel::OwnerColumn, 9 * em);
    fit(BookTableModel::PriceColumn, 8 * em, {BookTableModel::formatPrice(99999)});
    fit(BookTableModel::IsbnColumn, 10 * em, {u"9780000000000"_s});
    fit(BookTableModel::YearColumn, 5 * em, {u"0000"_s});
    fit(BookTableModel::AddedColumn, 14 * em, {time});
    header->setSectionResizeMode(BookTableModel::TitleColumn, QHeaderView::Stretch);
}

QList<Book> BooksTab::selectedBooks() const
{
    QList<Book> books;
    const QModelIndexList rows = selectedRows();
    for (const QModelIndex &row : rows) {
        if (const std::optional<Book> book = m_model.book(row.data(BookTableModel::IdRole).toLongLong()))
            books.append(*book);
    }
    return books;
}

std::optional<Book> BooksTab::currentBook() const
{
    const QModelIndex current = view()->currentIndex();
    if (current.isValid() && view()->selectionModel()->isRowSelected(current.row(), current.parent()))
        return m_model.book(current.data(BookTableModel::IdRole).toLongLong());
    const QList<Book> selected = selectedBooks();
    if (selected.size() == 1)
        return selected.constFirst();
    return std::nullopt;
}

bool BooksTab::selectBook(qint64 id)
{
    return selectModelRow(m_model.rowOf(id));
}

void BooksTab::addBook()
{
    auto *dialog = new BookDialog(m_books, m_clock, m_users, m_owner->chosenPublicId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookDialog::bookSaved, this, [this](const Book &book) {
        m_model.applyChanged(book);
        if (!selectBook(book.id)) {
            // Hidden by the filters: show everything rather than hide what was just added.
            {
                const QSignalBlocker quietSearch(m_search);
                const QSignalBlocker quietOwner(m_owner);
                m_search->clear();
                m_owner->chooseEveryone();
            }
            filter({}, {});
            m_model.applyChanged(book);
            selectBook(book.id);
        }
        emit statusMessage(tr("Added “%1” for %2.").arg(book.title, book.ownerName));
    });
    dialog->open();
}

void BooksTab::editBook()
{
    const std::optional<Book> book = currentBook();
    if (!book)
        return;
    auto *dialog = new BookDialog(m_books, m_clock, *book, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookDialog::bookSaved, this, [this](const Book &saved) {
        m_model.applyChanged(saved);
        emit statusMessage(tr("Saved “%1”.").arg(saved.title));
    });
    dialog->open();
}

void BooksTab::deleteBooks()
{
    const QList<Book> books = selectedBooks();
    if (books.isEmpty() || m_deletion)
        return;
    ConfirmationBox::Question question;
    question.objectName = u"confirmDeleteBooks"_s;
    question.title = tr("Delete Books");
    if (books.size() == 1) {
        question.text
            = tr("Delete “%1” (owned by %2)?").arg(books.constFirst().title, books.constFirst().ownerName);
    } else {
        question.text = tr("Delete %n book(s)?", nullptr, int(books.size()));
    }
    question.informativeText = tr("This cannot be undone.");
    question.confirmText = tr("&Delete");
    QMessageBox *box = ConfirmationBox::ask(this, question, [this, books] { startDeletion(books); });
    if (books.size() > 1) {
        QStringList titles;
        for (const Book &book : books)
            titles << tr("“%1” (%2)").arg(book.title, book.ownerName);
        box->setDetailedText(titles.join(u'\n'));
    }
}

void BooksTab::startDeletion(const QList<Book> &books)
{
    auto *job = new BookDeletionJob(m_books, books, this);
    m_deletion = job;
    auto *progress = new QProgressDialog(this);
    m_progress = progress;
    progress->setObjectName(u"deletionProgress"_s);
    progress->setWindowTitle(tr("Delete Books"));
    progress->setLabelText(tr("Deleting %n book(s)…", nullptr, job->total()));
    progress->setCancelButtonText(tr("&Stop"));
    progress->setRange(0, job->total());
    progress->setMinimumDuration(400); // a quick delete finishes without a flashing window
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, job, &BookDeletionJob::cancel);
    connect(job, &BookDeletionJob::progressed, progress, &QProgressDialog::setValue);
    connect(job, &BookDeletionJob::bookDeleted, &m_model, &BookTableModel::applyRemoved);
    connect(job, &BookDeletionJob::finished, this, [this, job] {
        if (m_progress)
            m_progress->close();
        updateActions();
        emit statusMessage(
            job->wasCancelled()
                ? tr("Stopped: deleted %1 of %n book(s).", nullptr, job->total()).arg(job->deletedCount())
                : tr("Deleted %n book(s).", nullptr, job->deletedCount()));
        if (!job->failures().isEmpty())
            ErrorMessage::showWarning(
                this, u"deletionFailures"_s, tr("Delete Books"),
                tr("%n book(s) could not be deleted.", nullptr, int(job->failures().size())),
                job->failures().join(u'\n'));
        job->deleteLater();
    });
    updateActions();
    job->start();
}

void BooksTab::retranslateUi()
{
    m_ownerLabel->setText(tr("&Owner:"));
    m_owner->setEveryoneText(tr("All owners"));
    m_search->setPlaceholderText(tr("Search titles and authors (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search titles and authors"));
    view()->setAccessibleName(tr("Books"));
    setTexts(m_add, tr("&Add Book..."), {}, tr("Add a book for one of the users (Ctrl+N)"));
    setTexts(m_edit, tr("&Edit Book..."), {}, tr("Edit the selected book (F2 or Enter)"));
    setTexts(m_delete, tr("&Delete Books..."), {}, tr("Delete the selected books (Del)"));
    m_model.retranslate();
}

void BooksTab::updateActions()
{
    const int selected = int(selectedRows().size());
    m_edit->setEnabled(selected == 1);
    m_delete->setEnabled(selected > 0 && !m_deletion);
}

QString BooksTab::countText() const
{
    const qint64 shown = m_model.totalCount();
    if (!m_model.isFiltered())
        return tr("%Ln book(s)", nullptr, int(shown));
    if (!m_model.totalIsExact())
        return tr("More than %1 of %Ln book(s)", nullptr, int(m_model.unfilteredCount()))
            .arg(QLocale().toString(shown));
    return tr("%1 of %Ln book(s)", nullptr, int(m_model.unfilteredCount())).arg(QLocale().toString(shown));
}
