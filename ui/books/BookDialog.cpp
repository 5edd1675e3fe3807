#include "BookDialog.h"

#include "AccountChooser.h"
#include "BookTableModel.h"
#include "BuddyLabel.h"
#include "ErrorMessage.h"
#include "InlineFieldErrors.h"
#include "books/BookRules.h"
#include "books/BookService.h"
#include "books/Money.h"
#include "common/Clock.h"
#include "users/Actor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// The desktop administrator edits every field at once, as a replacement of the whole book.
constexpr int noYear = 0;
} // namespace

BookDialog::BookDialog(BookService &books, const Clock &clock, QWidget *parent)
    : BusyDialog(u"bookDialog"_s, parent)
    , m_books(books)
    , m_clock(clock)
{ }

BookDialog::BookDialog(BookService &books, const Clock &clock, UserService &users,
                       const QString &preferredOwner, QWidget *parent)
    : BookDialog(books, clock, parent)
{
    m_owner = new AccountChooser(users, AccountChooser::Offer::OneAccount, this);
    m_owner->setObjectName(u"owner"_s);
    if (!preferredOwner.isEmpty())
        m_owner->choose(preferredOwner);
    buildUi();
    m_year->setValue(noYear);
    (m_owner->chosenPublicId().isEmpty() ? static_cast<QWidget *>(m_owner) : static_cast<QWidget *>(m_title))
        ->setFocus();
}

BookDialog::BookDialog(BookService &books, const Clock &clock, const Book &book, QWidget *parent)
    : BookDialog(books, clock, parent)
{
    m_book = book;
    m_ownerName = new QLabel(this);
    m_ownerName->setObjectName(u"owner"_s);
    buildUi();
    fillFrom(book);
    m_title->setFocus();
    m_title->selectAll();

    // Noticed while the dialog is open, so the user learns of it before typing more.
    connect(&books, &BookService::bookUpdated, this, &BookDialog::noteBookChanged, Qt::QueuedConnection);
    connect(&books, &BookService::bookDeleted, this, &BookDialog::noteBookDeleted, Qt::QueuedConnection);
}

void BookDialog::buildUi()
{
    m_form = new QFormLayout;
    buildStaleBanner();
    buildFields();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_staleBanner);
    layout->addLayout(m_form);
    addFooter(layout, QDialogButtonBox::Save | QDialogButtonBox::Cancel, QT_TR_NOOP("Saving…"),
              {m_title, m_author, m_publisher, m_price, m_isbn, m_year, m_reload, m_owner});
    retranslateUi();
    setMinimumWidth(500);
}

void BookDialog::buildStaleBanner()
{
    m_staleBanner = new QFrame(this);
    m_staleBanner->setObjectName(u"staleBanner"_s);
    m_staleBanner->setFrameShape(QFrame::StyledPanel);
    m_staleBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_staleBanner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::AlternateBase));
    m_staleBanner->setPalette(bannerPalette);
    auto *bannerIcon = new QLabel(m_staleBanner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 2;
    bannerIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    bannerIcon->setAlignment(Qt::AlignTop);
    m_staleText = new QLabel(m_staleBanner);
    m_staleText->setObjectName(u"staleMessage"_s);
    m_staleText->setWordWrap(true);
    m_reload = new QPushButton(m_staleBanner);
    m_reload->setObjectName(u"reloadButton"_s);
    connect(m_reload, &QPushButton::clicked, this, &BookDialog::reloadBook);
    auto *bannerLayout = new QHBoxLayout(m_staleBanner);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_staleText, 1);
    bannerLayout->addWidget(m_reload, 0, Qt::AlignTop);
    m_staleBanner->hide();
}

void BookDialog::buildFields()
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"title"_s);
    m_author = new QLineEdit(this);
    m_author->setObjectName(u"author"_s);
    m_publisher = new QLineEdit(this);
    m_publisher->setObjectName(u"publisher"_s);
    m_price = new QLineEdit(this);
    m_price->setObjectName(u"price"_s);
    m_price->setAlignment(Qt::AlignRight);
    m_isbn = new QLineEdit(this);
    m_isbn->setObjectName(u"isbn"_s);
    m_year = new QSpinBox(this);
    m_year->setObjectName(u"year"_s);
    // Core decides which years are valid; 0 stands for "not known".
    m_year->setRange(noYear, 9999);
    m_year->setGroupSeparatorShown(false);

    QWidget *owner = m_owner ? static_cast<QWidget *>(m_owner) : static_cast<QWidget *>(m_ownerName);
    m_form->addRow(new BuddyLabel(owner, this), owner);
    m_form->addRow(new BuddyLabel(m_title, this), m_title);
    m_form->addRow(new BuddyLabel(m_author, this), m_author);
    m_form->addRow(new BuddyLabel(m_publisher, this), m_publisher);
    m_form->addRow(new BuddyLabel(m_price, this), m_price);
    m_form->addRow(new BuddyLabel(m_isbn, this), m_isbn);
    m_form->addRow(new BuddyLabel(m_year, this), m_year);
    m_errors = new InlineFieldErrors(m_form, this);
    m_errors->addField(u"owner"_s, owner);
    m_errors->addField(u"title"_s, m_title);
    m_errors->addField(u"author"_s, m_author);
    m_errors->addField(u"publisher"_s, m_publisher);
    m_errors->addField(u"price"_s, m_price);
    m_errors->addField(u"isbn"_s, m_isbn);
    m_errors->addField(u"year"_s, m_year);
}

QString BookDialog::staleMessage() const
{
    return m_staleBanner->isVisible() ? m_staleText->text() : QString();
}

void BookDialog::accept()
{
    if (isBusy() || m_deletedMeanwhile)
        return;
    m_errors->clear();
    hideGeneralError();

    BookDraft draft;
    draft.title = m_title->text();
    draft.author = m_author->text();
    draft.publisher = m_publisher->text();
    draft.isbn = m_isbn->text();
    if (m_year->value() != noYear)
        draft.year = m_year->value();
    if (m_owner)
        draft.ownerPublicId = m_owner->chosenPublicId();

    const Result<qint64> cents = Money::centsFromText(m_price->text());
    if (!cents) {
        // Show every problem at once: core's checks of the other fields, with the price's own message.
        Error problems = cents.error();
        BookDraft probe = draft;
        probe.priceCents = 0;
        if (const Result<BookDraft> others = BookRules::check(probe, m_clock.nowMs()); !others) {
            const QMap<QString, QString> fields = others.error().fields();
            for (auto field = fields.cbegin(); field != fields.cend(); ++field)
                problems.withField(field.key(), field.value());
        }
        m_errors->show(problems);
        return;
    }
    draft.priceCents = cents.value();

    setBusy(true);
    const Actor actor = Actor::desktopAdministrator();
    QFuture<Result<Book>> saving = m_book
        ? m_books.update(actor, m_book->id, BookChanges::replacingWith(draft), m_book->version)
        : m_books.create(actor, draft);
    saving.then(this, [this](const Result<Book> &saved) { finish(saved); });
}

void BookDialog::finish(const Result<Book> &saved)
{
    setBusy(false);
    if (saved) {
        emit bookSaved(saved.value());
        QDialog::accept();
        return;
    }
    const Error &error = saved.error();
    if (error.kind() == ErrorKind::Stale) {
        showStale(error.localizedMessage(), false);
        return;
    }
    if (error.kind() == ErrorKind::NotFound && m_book) {
        showStale(tr("This book was deleted meanwhile, so your changes cannot be saved."), true);
        return;
    }
    if (error.code() == ErrorCode::DuplicateTitle)
        m_title->setFocus();
    if (m_errors->show(error) == 0) {
        showGeneralError(ErrorMessage::describe(error));
    }
}

void BookDialog::reloadBook()
{
    if (!m_book || isBusy())
        return;
    const Result<Book> current = m_books.get(Actor::desktopAdministrator(), m_book->id);
    if (!current) {
        if (current.error().kind() == ErrorKind::NotFound)
            showStale(tr("This book was deleted meanwhile, so your changes cannot be saved."), true);
        else
            showStale(ErrorMessage::describe(current.error()), false);
        return;
    }
    m_book = current.value();
    fillFrom(current.value());
    m_errors->clear();
    hideGeneralError();
    m_staleBanner->hide();
    m_title->setFocus();
}

void BookDialog::retranslateUi()
{
    setWindowTitle(m_book ? tr("Edit “%1”").arg(m_book->title) : tr("Add Book"));
    const auto setLabel = [this](QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_owner ? static_cast<QWidget *>(m_owner) : static_cast<QWidget *>(m_ownerName), tr("&Owner:"));
    setLabel(m_title, tr("&Title:"));
    setLabel(m_author, tr("&Author:"));
    setLabel(m_publisher, tr("&Publisher:"));
    setLabel(m_price, tr("P&rice (%1):").arg(QLocale().currencySymbol()));
    setLabel(m_isbn, tr("&ISBN:"));
    setLabel(m_year, tr("&Year:"));
    if (m_owner)
        m_owner->setPromptText(tr("Choose the owner"));
    m_price->setPlaceholderText(tr("for example %1").arg(QLocale().toString(19.99, 'f', 2)));
    m_isbn->setPlaceholderText(tr("optional; ISBN-10 or ISBN-13"));
    m_year->setSpecialValueText(tr("Unknown"));
    m_reload->setText(tr("&Reload"));
    m_reload->setToolTip(tr("Show the book as it is now (your changes in this dialog are discarded)"));
    buttons()->button(QDialogButtonBox::Save)->setText(m_book ? tr("&Save") : tr("&Add Book"));
}

void BookDialog::fillFrom(const Book &book)
{
    m_ownerName->setText(book.ownerName);
    m_title->setText(book.title);
    m_author->setText(book.author);
    m_publisher->setText(book.publisher);
    // Typed back in as text: the locale's decimal separator, which Money::centsFromText reads too.
    QString price = Money::toText(book.priceCents);
    if (QLocale().decimalPoint() == u",")
        price.replace(QLatin1Char('.'), QLatin1Char(','));
    m_price->setText(price);
    m_isbn->setText(book.isbn);
    m_year->setValue(book.year.value_or(noYear));
    setWindowTitle(tr("Edit “%1”").arg(book.title));
}

void BookDialog::showStale(const QString &message, bool deleted)
{
    m_deletedMeanwhile = deleted;
    m_staleText->setText(message);
    m_reload->setVisible(!deleted);
    m_staleBanner->show();
    buttons()->button(QDialogButtonBox::Save)->setEnabled(!deleted);
    if (!deleted)
        m_reload->setFocus();
}

void BookDialog::noteBookChanged(const Book &book)
{
    if (!m_book || isBusy() || book.id != m_book->id || book.version <= m_book->version)
        return;
    showStale(
        tr("Someone else changed this book while you were editing it. Reload to see the current version; "
           "saving your version now would be refused."),
        false);
}

void BookDialog::noteBookDeleted(const Book &book)
{
    if (!m_book || isBusy() || book.id != m_book->id)
        return;
    showStale(tr("This book was deleted meanwhile, so your changes cannot be saved."), true);
}
