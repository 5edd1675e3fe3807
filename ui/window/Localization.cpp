#include "Localization.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcLocalization, "bookwarden.ui.localization")

using namespace Qt::Literals::StringLiterals;

namespace {
const QString languageKey = u"ui/language"_s;
} // namespace

QStringList Localization::languages()
{
    return {QString(), u"en"_s, u"de"_s, u"fr"_s};
}

QString Localization::nativeName(const QString &code)
{
    if (code == u"en")
        return u"English"_s;
    if (code == u"de")
        return u"Deutsch"_s;
    if (code == u"fr")
        return u"Français"_s;
    return {};
}

QString Localization::storedLanguage()
{
    const QString code = QSettings().value(languageKey).toString();
    return languages().contains(code) ? code : QString();
}

void Localization::storeLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

Localization::Localization(QObject *parent)
    : QObject(parent)
    , m_locale(QLocale::system())
{ }

Localization::~Localization()
{
    removeTranslators();
}

void Localization::apply(const QString &code)
{
    const bool hadTranslators = m_bookwardenInstalled || m_qtInstalled;
    removeTranslators();
    m_language = code;
    m_locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Before the translators go in: their LanguageChange makes widgets reformat dates and prices too.
    QLocale::setDefault(m_locale);

    // A language without a translation gets the English one, which holds the plural forms ("1 book").
    if (m_bookwarden.load(m_locale, u"bookwarden"_s, u"_"_s, u":/i18n"_s)
        || m_bookwarden.load(u"bookwarden_en"_s, u":/i18n"_s))
        m_bookwardenInstalled = QCoreApplication::installTranslator(&m_bookwarden);
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qt.load(m_locale, u"qtbase"_s, u"_"_s, qtTranslations))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    else if (m_locale.language() != QLocale::English && m_locale.language() != QLocale::C)
        qCInfo(lcLocalization) << "no Qt translation for" << m_locale.name() << "in" << qtTranslations;

    // English to the system's "C" locale installs and removes nothing, so Qt sends no LanguageChange; the
    // widgets still have to reformat their dates and prices.
    if (!hadTranslators && !m_bookwardenInstalled && !m_qtInstalled) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    emit languageChanged(code);
}

void Localization::removeTranslators()
{
    if (m_bookwardenInstalled)
        QCoreApplication::removeTranslator(&m_bookwarden);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_bookwardenInstalled = false;
    m_qtInstalled = false;
}
