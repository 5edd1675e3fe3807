#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

// The language of the GUI: Bookwarden's own translations (embedded under :/i18n, core's "Error" context
// included) and Qt's (qtbase_*.qm from QLibraryInfo::TranslationsPath), installed together and switched at
// run time. Installing or removing a translator sends QEvent::LanguageChange to every widget, and each
// widget retranslates itself; QLocale's default follows, so dates and prices change format with the text.
class Localization : public QObject
{
    Q_OBJECT

public:
    // The codes offered in Settings, in that order; the empty code follows the system's language.
    static QStringList languages();
    // A language's name in that language ("Deutsch"): how people look for their own language in a list.
    // Empty for the system language, which the caller names in the current language.
    static QString nativeName(const QString &code);

    // The choice saved in QSettings (empty: follow the system).
    static QString storedLanguage();
    static void storeLanguage(const QString &code);

    explicit Localization(QObject *parent = nullptr);
    ~Localization() override;

    // Installs the translators for `code` ("" = the system's language) and makes its locale the default.
    void apply(const QString &code);
    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_language;
    QLocale m_locale;
    QTranslator m_bookwarden;
    QTranslator m_qt;
    bool m_bookwardenInstalled = false;
    bool m_qtInstalled = false;
};
