#pragma once

#include "common/Result.h"

#include <QString>

// Starts the real desktop application on a database, on Qt's offscreen platform, and measures how long it
// takes from exec to the main window's first paint (the app reports it when BOOKWARDEN_REPORT_FIRST_PAINT
// is set, see app/FirstPaintReporter.h), to the tables' first rows (read off the GUI thread, so after the
// paint), and how much memory the process holds once it has settled.
class FirstPaintProbe
{
public:
    struct Settings
    {
        QString executable;
        QString databaseUrl;
        QString configDirectory; // XDG_CONFIG_HOME for the app, so that no real settings are read or written
        int timeoutMs = 120000;
        int settleMs = 3000; // after the first paint, before memory is read (the rows come within it)
    };

    struct Measurement
    {
        bool painted = false;
        double sinceExecMs = 0; // measured here, from QProcess::start to the app's line on stderr
        double sinceMainMs = 0; // measured by the app, from main()
        double rowsSinceMainMs = -1; // the tables' first pages in, from main(); -1 when not seen
        qint64 rssKiB = 0; // VmRSS after settling (or at the timeout)
        qint64 peakRssKiB = 0; // VmHWM after settling (or at the timeout)
    };

    explicit FirstPaintProbe(Settings settings);
    Result<Measurement> run();

private:
    Settings m_settings;
};
