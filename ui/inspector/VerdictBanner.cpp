#include "VerdictBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

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
    switch (m_verdict) {
    case Verdict::Neutral:
        break;
    case Verdict::Valid:
        background = dark ? QColor(0x1e, 0x3d, 0x27) : QColor(0xdf, 0xf3, 0xe3);
        ink = dark ? QColor(0xb8, 0xf0, 0xc4) : QColor(0x14, 0x5a, 0x28);
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Verdict::Refused:
        background = dark ? QColor(0x4a, 0x1f, 0x1f) : QColor(0xfb, 0xe2, 0xe0);
        ink = dark ? QColor(0xff, 0xc4, 0xbe) : QColor(0x8c, 0x1d, 0x18);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Verdict::KeyProblem:
        background = dark ? QColor(0x4a, 0x38, 0x12) : QColor(0xfd, 0xf0, 0xd5);
        ink = dark ? QColor(0xff, 0xdf, 0x9e) : QColor(0x6b, 0x48, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    }
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, ink);
    setPalette(palette);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size));
}
