#pragma once

#include "WindowTab.h"

#include <QModelIndexList>

#include <functional>
#include <optional>

class Error;
class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QVBoxLayout;

// A WindowTab that is a table first (Users, Books, Sessions, Keys, Activity). It owns what they all have: a
// header row (the tab's filters, then the count of rows on the right), an optional note below it, the view
// over the tab's model (through the tab's sort/filter proxy when it has one), an optional details pane
// under the view, Find and focus, the saved column layout (and splitter), the count label following the
// rows, and the actions following the selection, which the models keep across live updates. A tab builds
// its own parts with the builders below and says what is its own: its count, its actions, its texts.
class TableTab : public WindowTab
{
    Q_OBJECT

public:
    // searchAsTyped(): how long typing pauses before a search runs, and the shortest text searched as typed.
    static constexpr int searchPauseMs = 200;
    static constexpr int minimumTypedSearch = 3;
    // How long the first page of a new question (a search, an order) may take before the count says that it
    // is being read: shorter reads would only make the label flicker.
    static constexpr int loadingNoteMs = 150;

    QTableView *view() const { return m_view; }

    void focusSearch() override;
    void focusContent() override;
    // The column layout and the splitter, under "<settingsKey>/header" and "<settingsKey>/splitter".
    void saveState(QSettings &settings) const override;
    // The saved layout; on the first start (nothing saved), fitColumns().
    void restoreState(QSettings &settings) override;

protected:
    TableTab(const QString &settingsKey, Icons::Glyph glyph, const char *title, const char *menuTitle,
             QWidget *parent = nullptr);

    // Builders, for the tabs' constructors.
    // The view shows `model`, through `proxy` when there is one (sorting then is the proxy's; without one, a
    // LiveTableModel sorts in SQL). A LiveTableModel's changesApplied() calls rowsChanged().
    void setTableModel(QAbstractItemModel *model, QSortFilterProxyModel *proxy = nullptr);
    // A widget in the header row, left of the count.
    void addHeaderWidget(QWidget *widget, int stretch = 0);
    // A widget in the header row after a label naming it (the label's buddy); the label is the tab's to
    // word in retranslateUi().
    QLabel *addLabeledHeaderWidget(QWidget *widget);
    void addHeaderSpacing();
    // Where the count sits in the header row (a tall header: at the top).
    void setCountAlignment(Qt::Alignment alignment);
    // A search field in the header row; Find focuses it. `objectName` is "search".
    QLineEdit *addSearchField(int maximumWidth);
    // Searches in SQL as the user types: `search` gets the trimmed text once typing pauses for
    // searchPauseMs, and at once on Enter. A text of fewer than minimumTypedSearch characters waits for Enter
    // (an index answers three characters or more; shorter ones scan the table) — an empty one clears at once.
    void searchAsTyped(const std::function<void(const QString &text)> &search);
    // What Find focuses when the tab has a filter other than a search field.
    void setSearchWidget(QWidget *widget) { m_searchWidget = widget; }
    // A line between the header and the table (an explanation, an error).
    void addNote(QWidget *note);
    // A pane under the table for the selected row's details, `firstSizes` high on the first start.
    QTextBrowser *addDetailsPane(const QString &objectName, int tableStretch, int detailsStretch,
                                 const QList<int> &firstSizes);

    // Reads the model's rows again (LiveTableModel reload()); when they are in, the status bar says
    // reloadedText().
    void reloadRows();

    // What each tab says.
    virtual QString countText() const = 0;
    virtual QString reloadedText() const { return {}; }
    // A read of the model's failed (a page, a count): by default a message box titled loadErrorText().
    virtual void showLoadError(const Error &error);
    virtual QString loadErrorText() const { return {}; }
    virtual void retranslateUi() = 0;
    // Column widths for the first start, when no layout was saved yet.
    virtual void fitColumns() = 0;
    // On selection changes and after the rows changed.
    virtual void updateActions() { }
    virtual void showDetails() { }

    // Helpers for the tabs.
    // Sets `column` wide enough for its header and for each of `samples` plus `padding`.
    void fitColumn(int column, const QStringList &samples, const QString &padding);
    // The selected rows as the view shows them (their data() is the model's).
    QModelIndexList selectedRows() const;
    // Selects and shows the model's `row`; false when it is not there or filtered out.
    bool selectModelRow(int row);
    // The details pane's content; unchanged content is not set again (that would reset the scrolling).
    void setDetailsHtml(const QString &html);
    void updateCount();
    // Every text (the tab's retranslateUi()) and what follows from the rows: count, actions, details.
    void applyTexts();
    // After a batch of changes to the rows (the models' changesApplied): count, actions and details.
    void rowsChanged();

    void changeEvent(QEvent *event) override;

private:
    QAbstractItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QVBoxLayout *m_layout;
    QHBoxLayout *m_header;
    QLabel *m_count;
    QTableView *m_view;
    QWidget *m_searchWidget = nullptr;
    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_details = nullptr;
    QList<int> m_firstSplitterSizes;
    int m_sortColumn = 0; // the order a model that sorts in SQL shows (no proxy)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_detailsHtml;
    QTimer *m_loadingNote;
    bool m_announceReload = false;
};
