#include "BooksTab.h"

#include "BookDeletionJob.h"
#include "BookDialog.h"
#include "BookFilterProxyModel.h"
#include "BookTableModel.h"
#include "ConfirmationBox.h"
#include "ErrorMessage.h"
#include "UserTableModel.h"
#include "books/BookService.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

BooksTab::BooksTab(BookService &books, const Clock &clock, BookTableModel &model, UserTableModel &users,
                   QWidget *parent)
    : WindowTab(parent)
    , m_books(books)
    , m_clock(clock)
    , m_model(model)
    , m_users(users)
    , m_proxy(new BookFilterProxyModel(this))
    , m_owner(new QComboBox(this))
    , m_ownerLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_menu(new QMenu(this))
{
    setObjectName(u"booksTab"_s);
    m_proxy->setSourceModel(&model);

    m_owner->setObjectName(u"ownerFilter"_s);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->setMinimumContentsLength(12);
    m_ownerLabel->setBuddy(m_owner);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::glyph(Icons::Glyph::Search), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(360);
    m_count->setObjectName(u"count"_s);

    m_view->setObjectName(u"booksView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BookTableModel::TitleColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_add = createAction(Icons::Glyph::AddBook, "addBookAction");
    m_add->setShortcut(QKeySequence::New);
    m_edit = createAction(Icons::Glyph::EditBook, "editBookAction");
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete = createAction(Icons::Glyph::DeleteBooks, "deleteBooksAction");
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_add, &QAction::triggered, this, &BooksTab::addBook);
    connect(m_edit, &QAction::triggered, this, &BooksTab::editBook);
    connect(m_delete, &QAction::triggered, this, &BooksTab::deleteBooks);
    m_menu->setObjectName(u"booksMenu"_s);
    m_menu->addAction(m_add);
    m_menu->addAction(m_edit);
    m_menu->addSeparator();
    m_menu->addAction(m_delete);
    connect(m_menu, &QMenu::triggered, this, &WindowTab::showRequested);
    m_view->addActions({m_add, m_edit, m_delete});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_ownerLabel);
    bar->addWidget(m_owner);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOwnerPublicId(m_owner->currentData().toString());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_view, &QTableView::activated, this, &BooksTab::editBook);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BooksTab::updateActions);
    connect(&m_model, &BookTableModel::changesApplied, this, &BooksTab::updateCount);
    connect(&m_model, &BookTableModel::changesApplied, this, &BooksTab::updateActions);
    connect(&m_users, &UserTableModel::changesApplied, this, &BooksTab::refreshOwners);

    retranslateUi();
    refreshOwners();
    updateActions();
    updateCount();
}

QString BooksTab::title() const
{
    return tr("Books");
}

QString BooksTab::menuTitle() const
{
    return tr("&Books");
}

QIcon BooksTab::icon() const
{
    return Icons::glyph(Icons::Glyph::Books);
}

QString BooksTab::settingsKey() const
{
    return u"books"_s;
}

QList<QAction *> BooksTab::toolBarActions() const
{
    return {m_add, m_edit, m_delete};
}

void BooksTab::reload()
{
    if (Status loaded = m_model.reload(); !loaded)
        ErrorMessage::show(this, tr("Could not read the books."), loaded.error());
    else
        emit statusMessage(tr("Reloaded %n book(s).", nullptr, m_model.rowCount()));
}

void BooksTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BooksTab::focusContent()
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void BooksTab::saveState(QSettings &settings) const
{
    settings.setValue(u"books/header"_s, m_view->horizontalHeader()->saveState());
}

void BooksTab::restoreState(QSettings &settings)
{
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray saved = settings.value(u"books/header"_s).toByteArray();
    if (!saved.isEmpty() && header->restoreState(saved))
        return;
    // First start: room for the content there is (within reason: one long title must not push the other
    // columns away) and for typical values; the title takes what is left.
    m_view->resizeColumnsToContents();
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(u"M"_s);
    const int padding = metrics.horizontalAdvance(u"MM"_s);
    const auto fit = [&](int column, int maximum, const QStringList &samples = {}) {
        int width
            = qMin(qMax(header->sectionSizeHint(column), m_view->columnWidth(column) + padding / 2), maximum);
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample) + padding);
        m_view->setColumnWidth(column, width);
    };
    const QString time
        = QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(22, 59)), QLocale::ShortFormat);
    fit(BookTableModel::AuthorColumn, 15 * em);
    fit(BookTableModel::PublisherColumn, 15 * em);
    fit(BookTableModel::OwnerColumn, 9 * em);
    fit(BookTableModel::PriceColumn, 8 * em, {BookTableModel::formatPrice(99999)});
    fit(BookTableModel::IsbnColumn, 10 * em, {u"9780000000000"_s});
    fit(BookTableModel::YearColumn, 5 * em, {u"0000"_s});
    fit(BookTableModel::UpdatedColumn, 14 * em, {time});
    header->setSectionResizeMode(BookTableModel::TitleColumn, QHeaderView::Stretch);
}

QList<Book> BooksTab::selectedBooks() const
{
    QList<Book> books;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const std::optional<Book> book = m_model.book(row.data(BookTableModel::IdRole).toLongLong()))
            books.append(*book);
    }
    return books;
}

std::optional<Book> BooksTab::currentBook() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return m_model.book(current.data(BookTableModel::IdRole).toLongLong());
    const QList<Book> selected = selectedBooks();
    if (selected.size() == 1)
        return selected.constFirst();
    return std::nullopt;
}

bool BooksTab::selectBook(qint64 id)
{
    const int row = m_model.rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void BooksTab::addBook()
{
    auto *dialog = new BookDialog(m_books, m_clock, m_users.users(), m_owner->currentData().toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookDialog::bookSaved, this, [this](const Book &book) {
        m_model.applyChanged(book);
        if (!selectBook(book.id)) {
            // Hidden by the filters: show everything rather than hide what was just added.
            m_search->clear();
            m_owner->setCurrentIndex(0);
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
        if (!job->failures().isEmpty()) {
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Delete Books"),
                tr("%n book(s) could not be deleted.", nullptr, int(job->failures().size())), QMessageBox::Ok,
                this);
            box->setObjectName(u"deletionFailures"_s);
            box->setInformativeText(job->failures().join(u'\n'));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setWindowModality(Qt::WindowModal);
            box->open();
        }
        job->deleteLater();
    });
    updateActions();
    job->start();
}

void BooksTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    WindowTab::changeEvent(event);
}

void BooksTab::retranslateUi()
{
    m_ownerLabel->setText(tr("&Owner:"));
    if (m_owner->count() > 0)
        m_owner->setItemText(0, tr("All owners"));
    m_search->setPlaceholderText(tr("Search titles and authors (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search titles and authors"));
    m_view->setAccessibleName(tr("Books"));
    m_menu->setTitle(menuTitle());
    m_add->setText(tr("&Add Book..."));
    m_add->setToolTip(tr("Add a book for one of the users (Ctrl+N)"));
    m_edit->setText(tr("&Edit Book..."));
    m_edit->setToolTip(tr("Edit the selected book (F2 or Enter)"));
    m_delete->setText(tr("&Delete Books..."));
    m_delete->setToolTip(tr("Delete the selected books (Del)"));
    m_model.retranslate();
    updateCount();
    emit titleChanged();
}

void BooksTab::updateActions()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_edit->setEnabled(selected == 1);
    m_delete->setEnabled(selected > 0 && !m_deletion);
}

void BooksTab::updateCount()
{
    const int total = m_model.rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n book(s)", nullptr, total)
                                    : tr("%1 of %n book(s)", nullptr, total).arg(shown));
}

void BooksTab::refreshOwners()
{
    // Rebuilt from the accounts, keeping the chosen owner; if that account went, back to all owners.
    const QString chosen = m_owner->currentData().toString();
    QList<User> owners = m_users.users();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(owners.begin(), owners.end(), [&collator](const User &a, const User &b) {
        return collator.compare(a.username, b.username) < 0;
    });
    QStringList names;
    for (const User &owner : std::as_const(owners))
        names << owner.username;
    QStringList current;
    for (int i = 1; i < m_owner->count(); ++i)
        current << m_owner->itemText(i);
    if (m_owner->count() > 0 && names == current)
        return;

    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    for (const User &owner : std::as_const(owners))
        m_owner->addItem(owner.username, owner.publicId);
    const int index = m_owner->findData(chosen);
    m_owner->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !chosen.isEmpty()) {
        m_proxy->setOwnerPublicId(QString());
        updateCount();
    }
}

QAction *BooksTab::createAction(Icons::Glyph glyph, const char *name)
{
    auto *action = new QAction(Icons::glyph(glyph), QString(), this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}
