// bookwarden-screenshots OUTPUT_DIR [--language CODE] [--size WIDTHxHEIGHT]
//
// Opens Bookwarden's real main window on a temporary database filled with demo data (DemoData), and saves
// users.png, books.png, activity.png, sessions.png, keys.png, inspector.png, server.png and a few dialogs
// into OUTPUT_DIR (with a -CODE suffix for languages other than English). Settings go to a temporary
// directory: the user's own are neither read nor changed.
#include "Backend.h"
#include "DemoClock.h"
#include "DemoData.h"
#include "Icons.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "common/Version.h"
#include "storage/DatabaseUrl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Options
{
    QDir output;
    QString language;
    QSize windowSize;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Saves screenshots of Bookwarden's main window with demo data."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"directory"_s, u"Where the PNG files go."_s);
    parser.addOption({u"language"_s, u"en, de or fr (default: en)."_s, u"code"_s, u"en"_s});
    parser.addOption({u"size"_s, u"Window size (default: 1280x800)."_s, u"WxH"_s, u"1280x800"_s});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QStringList size = parser.value(u"size"_s).split(u'x');
    return Options {QDir(parser.positionalArguments().constFirst()), parser.value(u"language"_s),
                    size.size() == 2 ? QSize(size.at(0).toInt(), size.at(1).toInt()) : QSize(1280, 800)};
}

// A backend on a new database in `directory`, filled with the demo library and its history.
Result<std::unique_ptr<Backend>> openDemoBackend(const QString &directory, DemoClock &clock)
{
    BackendOptions options;
    options.database = DatabaseUrl::sqliteFile(QDir(directory).filePath(u"bookwarden.db"_s));
    options.argon2 = Argon2Parameters {1024, 1, 1}; // demo accounts: no need to spend real hashing time
    options.clock = &clock;
    Result<std::unique_ptr<Backend>> opened = Backend::open(options);
    if (!opened)
        return opened;
    if (Status filled = DemoData::fill(*opened.value(), clock); !filled)
        return filled.error();
    if (Status filled = DemoData::fillTokens(*opened.value(), clock); !filled)
        return filled.error();
    return opened;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(Bookwarden::organizationName));
    QCoreApplication::setApplicationName(u"bookwarden-screenshots"_s);
    QApplication::setApplicationDisplayName(QLatin1String(Bookwarden::applicationName));
    QApplication::setWindowIcon(Icons::application());
    const Options options = parseOptions(app);
    if (!options.output.exists() && !QDir().mkpath(options.output.path())) {
        std::fprintf(stderr, "bookwarden-screenshots: cannot create %s\n", qPrintable(options.output.path()));
        return 1;
    }

    QTemporaryDir settings;
    QTemporaryDir data;
    if (!settings.isValid() || !data.isValid())
        return 1;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    Localization localization;
    localization.apply(options.language);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The demo history spans about five and a half days; starting a week back keeps all of it in the past,
    // so the tables agree with the request log, which shows the real time.
    DemoClock clock(now - 7 * 24 * 3600 * 1000LL);
    Result<std::unique_ptr<Backend>> opened = openDemoBackend(data.path(), clock);
    if (!opened) {
        std::fprintf(stderr, "bookwarden-screenshots: %s\n", qPrintable(opened.error().detailedMessage()));
        return 1;
    }
    std::unique_ptr<Backend> backend = std::move(opened).value();
    clock.setNowMs(qMax(now, clock.nowMs() + 60 * 1000));

    auto window = std::make_unique<MainWindow>(*backend, localization);
    window->resize(options.windowSize);
    window->show();
    ScreenshotTour tour(*window, *backend, clock, options.output, options.language);
    tour.takeTabsAndDialogs();
    if (options.language == u"en") // the other pictures once, in English, are enough for the documentation
        tour.takeEnglishOnlyPictures();

    window->stopUsingBackend();
    window->close();
    backend.reset();
    window.reset();
    return tour.succeeded() ? 0 : 1;
}
