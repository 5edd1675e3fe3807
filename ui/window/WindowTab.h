#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QMenu;
class QSettings;

// A page of the main window (Users, Books, Activity, Sessions, Keys, Token Inspector, Server). MainWindow
// shows each one as a tab, puts its menu in the menu bar and its actions on the toolbar while it is the
// current tab, and saves its state: adding a page is one class and one line in MainWindow. A page says what
// is its own; where it has nothing to say (no menu, no state to keep) the defaults here apply.
class WindowTab : public QWidget
{
    Q_OBJECT

public:
    // `settingsKey`: a stable name for QSettings and for remembering the last open tab ("users").
    WindowTab(const QString &settingsKey, const QIcon &icon, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_settingsKey(settingsKey)
        , m_icon(icon)
    { }

    virtual QString title() const = 0;
    // The title with a keyboard mnemonic, for the menu bar and the View menu ("&Users", "Bü&cher").
    virtual QString menuTitle() const = 0;
    QIcon icon() const { return m_icon; }
    QString settingsKey() const { return m_settingsKey; }
    // The tab's own menu in the menu bar, if it has one.
    virtual QMenu *menu() const { return nullptr; }
    virtual QList<QAction *> toolBarActions() const { return {}; }

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

private:
    QString m_settingsKey;
    QIcon m_icon;
};
