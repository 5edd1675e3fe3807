#pragma once

#include "Icons.h"

#include <QAction>
#include <QIcon>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QMenu;
class QSettings;

// A page of the main window (Users, Books, Activity, Sessions, Keys, Token Inspector, Server). MainWindow
// shows each one as a tab, puts its menu in the menu bar and its actions on the toolbar while it is the
// current tab, and saves its state: adding a page is one class and one line in MainWindow. A page says what
// is its own; what every page has (titles, menu, toolbar actions) is kept here, and where a page has nothing
// to say (no menu, no state to keep) the defaults here apply.
class WindowTab : public QWidget
{
    Q_OBJECT

public:
    // The title, translated in the tab's context ("Books").
    QString title() const;
    // The title with a keyboard mnemonic, for the menu bar and the View menu ("&Users", "Bü&cher").
    QString menuTitle() const;
    QIcon icon() const { return m_icon; }
    QString settingsKey() const { return m_settingsKey; }
    // The tab's own menu in the menu bar, if it has one (createMenu()).
    QMenu *menu() const { return m_menu; }
    QList<QAction *> toolBarActions() const { return m_toolBarActions; }

    // Reads everything again (View ▸ Reload); live updates make this rarely necessary.
    virtual void reload() = 0;
    // Edit ▸ Find: where a tab without a search field has nothing better, its content.
    virtual void focusSearch() { focusContent(); }
    virtual void focusContent() = 0;

    virtual void saveState(QSettings &settings) const = 0;
    virtual void restoreState(QSettings &settings) = 0;

signals:
    void statusMessage(const QString &message);
    // The title changed (a language switch): MainWindow relabels the tab.
    void titleChanged();
    // One of the tab's actions was triggered from elsewhere (the menu bar): show the tab it acts on.
    void showRequested();

protected:
    // `settingsKey`: a stable name for QSettings and for remembering the last open tab ("users").
    // `title` and `menuTitle`: untranslated, marked with QT_TR_NOOP in the tab's context.
    WindowTab(const QString &settingsKey, Icons::Glyph glyph, const char *title, const char *menuTitle,
              QWidget *parent = nullptr);

    // An action of this tab: its shortcut works while the focus is in the tab, so that other tabs can use
    // the same keys for theirs.
    QAction *createAction(std::optional<Icons::Glyph> glyph, const char *name);
    // The same, triggering the tab's `slot`; `Tab` is the tab's own class.
    template<typename Tab>
    QAction *createAction(std::optional<Icons::Glyph> glyph, const char *name, void (Tab::*slot)())
    {
        QAction *action = createAction(glyph, name);
        connect(action, &QAction::triggered, static_cast<Tab *>(this), slot);
        return action;
    }
    // The tab's menu of `actions` (nullptr for a separator), titled menuTitle(); triggering one shows the
    // tab.
    void createMenu(const char *name, const QList<QAction *> &actions);
    void setToolBarActions(const QList<QAction *> &actions) { m_toolBarActions = actions; }
    // What a person reads on `action`: the menu text, the shorter toolbar text and the tooltip. An empty
    // `iconText` or `toolTip` is not set: Qt derives it from the text.
    static void setTexts(QAction *action, const QString &text, const QString &iconText = {},
                         const QString &toolTip = {});

    // A language switch retitles the menu.
    void changeEvent(QEvent *event) override;

private:
    QString m_settingsKey;
    QIcon m_icon;
    const char *m_title;
    const char *m_menuTitle;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_toolBarActions;
};
