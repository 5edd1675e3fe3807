#pragma once

#include <QDir>
#include <QString>

class Backend;
class DemoClock;
class MainWindow;

// The walk through the main window that bookwarden-screenshots makes: each step shows a tab or a dialog in
// the state the documentation describes and saves it as OUTPUT_DIR/NAME[-LANGUAGE].png. A picture that
// cannot be taken or saved makes the tour fail, not stop.
class ScreenshotTour
{
public:
    ScreenshotTour(MainWindow &window, Backend &backend, const DemoClock &clock, const QDir &output,
                   const QString &language);

    // Every picture of the window's tabs and of the dialogs most pages show (in every language).
    void takeTabsAndDialogs();
    // The pictures only the English documentation shows: minting, tampering, keys, settings, first start,
    // File ▸ Open Database… asking for a PostgreSQL password.
    void takeEnglishOnlyPictures();

    bool succeeded() const { return m_ok; }

private:
    void save(QWidget *widget, const QString &name);
    QString localized(const QString &name) const;

    void users();
    void books();
    void activity();
    void sessions();
    void keys();
    void inspector();
    void server();
    void addUserRefused();
    void staleBookEdit();
    void mintAndTamper();
    void keyDialogs();
    void settingsAboutAndFirstStart();
    void openDatabase();

    MainWindow &m_window;
    Backend &m_backend;
    const DemoClock &m_clock;
    QDir m_output;
    QString m_suffix;
    bool m_ok = true;
};
