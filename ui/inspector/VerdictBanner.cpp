#include "VerdictBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {
// A verdict's colours on light and on dark windows, and its icon.
struct Tint
{
    QRgb lightBackground;
    QRgb lightInk;
    QRgb darkBackground;
    QRgb darkInk;
    QStyle::StandardPixmap icon;
};

// Nothing for a neutral banner: it keeps the window's colours.
std::optional<Tint> tintOf(VerdictBanner::Verdict verdict)
{
    switch (verdict) {
    case VerdictBanner::Verdict::Neutral:
        return std::nullopt;
    case VerdictBanner::Verdict::Valid:
        return Tint {0xdff3e3, 0x145a28, 0x1e3d27, 0xb8f0c4, QStyle::SP_DialogApplyButton};
    case VerdictBanner::Verdict::Refused:
        return Tint {0xfbe2e0, 0x8c1d18, 0x4a1f1f, 0xffc4be, QStyle::SP_MessageBoxCritical};
    case VerdictBanner::Verdict::KeyProblem:
        return Tint {0xfdf0d5, 0x6b4800, 0x4a3812, 0xffdf9e, QStyle::SP_MessageBoxWarning};
    }
    return std::nullopt;
}
} // namespace

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(u"verdict"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_title->setObjectName(u"verdictTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_details->setObjectName(u"verdictDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);
    applyColors();
}

void VerdictBanner::setVerdict(Verdict verdict, const QString &title, const QStringList &details)
{
    if (m_title->text() != title)
        m_title->setText(title);
    const QString joined = details.join(u'\n');
    if (m_details->text() != joined)
        m_details->setText(joined);
    m_details->setVisible(!joined.isEmpty());
    if (verdict != m_verdict) {
        m_verdict = verdict;
        applyColors();
    }
    // Screen readers hear the verdict with its reason.
    setAccessibleName(title);
    setAccessibleDescription(joined);
}

QString VerdictBanner::title() const
{
    return m_title->text();
}

QString VerdictBanner::details() const
{
    return m_details->text();
}

void VerdictBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        applyColors();
}

void VerdictBanner::applyColors()
{
    // Tinted backgrounds with text in the same hue: legible on light and dark window colours alike.
    QPalette palette = parentWidget() ? parentWidget()->palette() : this->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    QColor background = palette.color(QPalette::AlternateBase);
    QColor ink = palette.color(QPalette::WindowText);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (const std::optional<Tint> tint = tintOf(m_verdict)) {
        background = QColor(dark ? tint->darkBackground : tint->lightBackground);
        ink = QColor(dark ? tint->darkInk : tint->lightInk);
        icon = tint->icon;
    }
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, ink);
    setPalette(palette);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size));
}
