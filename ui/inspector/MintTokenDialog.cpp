#include "MintTokenDialog.h"

#include "AccountChooser.h"
#include "DurationEdit.h"
#include "ErrorMessage.h"
#include "InlineFieldErrors.h"
#include "JsonHighlighter.h"
#include "jose/StrictJson.h"
#include "tokens/TokenMinter.h"
#include "users/Actor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString lifetimeField = u"lifetime"_s;
const QString claimsField = u"claims"_s;
constexpr qint64 defaultLifetimeSeconds = 15 * 60;
} // namespace

MintTokenDialog::MintTokenDialog(TokenMinter &tokens, UserService &users, QWidget *parent)
    : QDialog(parent)
    , m_tokens(tokens)
    , m_form(new QFormLayout)
    , m_intro(new QLabel(this))
    // Disabled accounts are left out: a token for someone who may not sign in tests nothing useful.
    , m_user(new AccountChooser(users, AccountChooser::Offer::OneEnabledAccount, this))
    , m_lifetime(new DurationEdit(
          {DurationEdit::Unit::Seconds, DurationEdit::Unit::Minutes, DurationEdit::Unit::Hours}, this))
    , m_claims(new QPlainTextEdit(this))
    , m_claimsHint(new QLabel(this))
    , m_generalError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"mintTokenDialog"_s);
    m_intro->setWordWrap(true);

    m_user->setObjectName(u"user"_s);
    m_user->setCurrentIndex(0); // the first account by name, as a plain list would start

    m_lifetime->setObjectName(u"lifetime"_s);
    m_lifetime->setMaximumSeconds(TokenSettings::maximumAccessLifetimeSeconds);
    m_lifetime->setSeconds(defaultLifetimeSeconds);
    m_claims->setObjectName(u"claims"_s);
    m_claims->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_claims->setTabChangesFocus(true);
    m_claims->setFixedHeight(m_claims->fontMetrics().lineSpacing() * 6 + 12);
    new JsonHighlighter(m_claims->document());
    m_claimsHint->setWordWrap(true);
    m_claimsHint->setForegroundRole(QPalette::PlaceholderText);
    m_generalError->setObjectName(u"generalError"_s);
    m_generalError->setWordWrap(true);
    InlineFieldErrors::styleAsError(m_generalError);
    m_generalError->hide();

    const auto label = [this](QWidget *field, const char *name) {
        auto *text = new QLabel(this);
        text->setObjectName(QString::fromLatin1(name));
        text->setBuddy(field);
        return text;
    };
    m_form->addRow(label(m_user, "userLabel"), m_user);
    m_form->addRow(label(m_lifetime, "lifetimeLabel"), m_lifetime);
    m_form->addRow(label(m_claims, "claimsLabel"), m_claims);
    m_form->addRow(QString(), m_claimsHint);
    m_errors = new InlineFieldErrors(m_form, this);
    m_errors->addField(lifetimeField, m_lifetime);
    m_errors->addField(claimsField, m_claims);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(m_form);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_typing.setSingleShot(true);
    m_typing.setInterval(300);
    connect(&m_typing, &QTimer::timeout, this, &MintTokenDialog::checkClaims);
    connect(m_claims, &QPlainTextEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_lifetime, &DurationEdit::valueChanged, this,
            [this] { m_errors->showMessage(lifetimeField, QString()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MintTokenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MintTokenDialog::reject);

    retranslateUi();
    if (m_user->count() == 0) {
        m_generalError->setText(tr("There is no enabled account to mint a token for."));
        m_generalError->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    setMinimumWidth(520);
    m_user->setFocus();
}

bool MintTokenDialog::selectUser(const QString &username)
{
    return m_user->chooseByName(username);
}

void MintTokenDialog::accept()
{
    m_typing.stop();
    m_errors->clear();
    m_generalError->hide();
    QString problem;
    const std::optional<QJsonObject> claims = parsedClaims(&problem);
    if (!claims) {
        m_errors->showMessage(claimsField, problem);
        m_claims->setFocus();
        return;
    }
    if (m_user->chosenPublicId().isEmpty()) {
        m_generalError->setText(tr("Choose the account the token is for."));
        m_generalError->show();
        m_user->setFocus();
        return;
    }
    const QString username = m_user->chosenUsername();
    const qint64 lifetime = m_lifetime->seconds();
    const Result<QString> token
        = m_tokens.mint(Actor::desktopAdministrator(), m_user->chosenPublicId(), lifetime, *claims);
    if (!token) {
        if (m_errors->show(token.error()) == 0) {
            m_generalError->setText(ErrorMessage::describe(token.error()));
            m_generalError->show();
        }
        return;
    }
    emit tokenMinted(token.value(), username, lifetime);
    QDialog::accept();
}

void MintTokenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MintTokenDialog::retranslateUi()
{
    setWindowTitle(tr("Mint Test Token"));
    m_intro->setText(tr("An access token for testing a client, signed with the active key like any other and "
                        "recorded in the security log. Anyone who holds it acts as the chosen account until "
                        "it expires."));
    findChild<QLabel *>(u"userLabel"_s)->setText(tr("&Account:"));
    m_user->setPromptText(tr("Type a name to search"));
    findChild<QLabel *>(u"lifetimeLabel"_s)->setText(tr("&Valid for:"));
    findChild<QLabel *>(u"claimsLabel"_s)->setText(tr("E&xtra claims:"));
    m_lifetime->setToolTip(tr("At most 24 hours"));
    m_claims->setPlaceholderText(u"{\"scope\": \"books:read\"}"_s);
    m_claimsHint->setText(tr("A JSON object of claims to add, or nothing. The claims Bookwarden sets itself "
                             "(iss, sub, exp and the like) cannot be overridden."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mint Token"));
    checkClaims();
}

void MintTokenDialog::checkClaims()
{
    QString problem;
    const bool valid = parsedClaims(&problem).has_value();
    m_errors->showMessage(claimsField, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && m_user->count() > 0);
}

std::optional<QJsonObject> MintTokenDialog::parsedClaims(QString *problem) const
{
    problem->clear();
    const QString text = m_claims->toPlainText();
    if (text.trimmed().isEmpty())
        return QJsonObject();
    // Core's strict parser: the same rules as for the JSON inside tokens (no duplicate names, …).
    const QByteArray utf8 = text.toUtf8();
    StrictJson::Failure failure;
    const std::optional<QJsonObject> object = StrictJson::parseObject(utf8, &failure);
    if (object)
        return object;
    // Where, as a person counts: line and column, from the byte offset.
    const QByteArray before = utf8.first(qBound<qsizetype>(0, failure.offset, utf8.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    QString what = StrictJson::describeLocalized(failure);
    if (failure.problem == StrictJson::Problem::DuplicateMember)
        what = tr("%1: “%2”").arg(what, failure.memberName);
    *problem = tr("Line %1, column %2: %3").arg(line).arg(column).arg(what);
    return std::nullopt;
}
