#include "WindowTab.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>

WindowTab::WindowTab(const QString &settingsKey, Icons::Glyph glyph, const char *title, const char *menuTitle,
                     QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_icon(Icons::glyph(glyph))
    , m_title(title)
    , m_menuTitle(menuTitle)
{ }

QString WindowTab::title() const
{
    return QCoreApplication::translate(metaObject()->className(), m_title);
}

QString WindowTab::menuTitle() const
{
    return QCoreApplication::translate(metaObject()->className(), m_menuTitle);
}

QAction *WindowTab::createAction(std::optional<Icons::Glyph> glyph, const char *name)
{
    auto *action = new QAction(glyph ? Icons::glyph(*glyph) : QIcon(), QString(), this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void WindowTab::setTexts(QAction *action, const QString &text, const QString &iconText,
                         const QString &toolTip)
{
    action->setText(text);
    if (!iconText.isEmpty())
        action->setIconText(iconText);
    if (!toolTip.isEmpty())
        action->setToolTip(toolTip);
}

void WindowTab::createMenu(const char *name, const QList<QAction *> &actions)
{
    m_menu = new QMenu(menuTitle(), this);
    m_menu->setObjectName(QString::fromLatin1(name));
    for (QAction *action : actions) {
        if (action)
            m_menu->addAction(action);
        else
            m_menu->addSeparator();
    }
    connect(m_menu, &QMenu::triggered, this, &WindowTab::showRequested);
}

void WindowTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_menu)
        m_menu->setTitle(menuTitle());
    QWidget::changeEvent(event);
}
