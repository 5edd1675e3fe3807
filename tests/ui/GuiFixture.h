#pragma once

#include "BackendFixture.h"
#include "LiveTableModel.h"
#include "Localization.h"
#include "MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The GUI reads pages and counts off its thread: after a filter, an order, a scroll or a reload, a test waits
// until the table model's reads are in (`model`: a LiveTableModel, as a pointer to any QObject).
#define WAIT_UNTIL_READ(model) QTRY_VERIFY(!GuiFixture::isReading(model))

// A main window over a BackendFixture (real SQLite in a temporary directory, cheap Argon2, FakeClock), with
// QSettings redirected to a temporary directory so that no test reads or writes the user's settings, and
// the English translation installed (for its plural forms: "1 book", "3 books").
class GuiFixture
{
public:
    GuiFixture()
        : m_backend(std::make_unique<BackendFixture>())
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings().clear();
        m_localization.apply(QStringLiteral("en"));
    }

    ~GuiFixture()
    {
        // The embedded server stops, and the tables stop reading, before the backend they use; then the
        // backend: it lets pending writes finish while the window their continuations go to exists.
        if (m_window)
            m_window->stopUsingBackend();
        m_backend.reset();
        m_window.reset();
    }

    static bool isReading(const QObject *model)
    {
        const auto *live = qobject_cast<const LiveTableModel *>(model);
        return live && live->isReading();
    }

    BackendFixture &fixture() { return *m_backend; }
    Backend &backend() { return m_backend->backend(); }
    Localization &localization() { return m_localization; }

    MainWindow &openWindow()
    {
        m_window = std::make_unique<MainWindow>(backend(), m_localization);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            QTest::qFail("the main window was not exposed", __FILE__, __LINE__);
        // The tables' first pages are in.
        if (!QTest::qWaitFor([this] { return !LiveTableModel::anyReading(m_window.get()); }))
            QTest::qFail("the tables' first pages did not arrive", __FILE__, __LINE__);
        return *m_window;
    }
    MainWindow &window() { return *m_window; }
    void closeWindow() { m_window.reset(); }

    // The row of a model whose `column` shows `text`, or -1.
    static int rowWithText(const QAbstractItemModel *model, int column, const QString &text)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, column).data().toString() == text)
                return row;
        }
        return -1;
    }

    // A visible top-level or child widget of type T with this object name (the newest when several).
    template<typename T>
    static T *visible(const QString &objectName = QString())
    {
        T *found = nullptr;
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            QList<T *> candidates = window->findChildren<T *>(objectName);
            if (auto *self = qobject_cast<T *>(window);
                self && (objectName.isEmpty() || self->objectName() == objectName))
                candidates.prepend(self);
            for (T *candidate : std::as_const(candidates)) {
                if (candidate->isVisible())
                    found = candidate;
            }
        }
        return found;
    }

private:
    QTemporaryDir m_settings;
    std::unique_ptr<BackendFixture> m_backend;
    Localization m_localization;
    std::unique_ptr<MainWindow> m_window;
};
