// The German, French and English (plural forms only) translations are complete, consistent with their
// source texts, up to date with the sources, and embedded in the application.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

QString sourceDirectory()
{
    return qEnvironmentVariable("BOOKWARDEN_SOURCE_DIR");
}

QString translationFile(const QString &language)
{
    return QDir(sourceDirectory()).filePath(u"translations/bookwarden_%1.ts"_s.arg(language));
}

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(\\d|n)"_s);
    QStringList found;
    for (auto match = placeholder.globalMatch(text); match.hasNext();)
        found << match.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

// A '&' followed by a letter or digit marks a keyboard mnemonic ("&&" is a literal ampersand).
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(u"(^|[^&])&[\\w]"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
    return mnemonic.match(text).hasMatch();
}

void addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"de"_s, u"fr"_s, u"en"_s})
        QTest::newRow(qPrintable(language)) << language;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data() { addLanguages(); }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(translationFile(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + u": "_s + message.source;
            if (!message.type.isEmpty())
                problems << message.type + u" — "_s + where;
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty())
                    problems << u"empty — "_s + where;
            }
            if (message.numerus && message.translations.size() < 2)
                problems << u"missing plural forms — "_s + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void translationsKeepPlaceholdersAndMnemonics_data() { addLanguages(); }
    void translationsKeepPlaceholdersAndMnemonics()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(translationFile(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message &message : messages) {
            const QStringList expected = placeholders(message.source);
            for (const QString &translation : message.translations) {
                QStringList found = placeholders(translation);
                // A singular form may spell the number out ("ein Buch") instead of using %n.
                if (message.numerus && !found.contains(u"%n"_s) && expected.contains(u"%n"_s)) {
                    found << u"%n"_s;
                    found.sort();
                }
                if (found != expected)
                    problems << u"placeholders %1 ≠ %2 — %3: %4 → %5"_s.arg(
                        expected.join(u','), found.join(u','), message.context, message.source, translation);
                if (hasMnemonic(message.source) != hasMnemonic(translation))
                    problems << u"mnemonic — %1: %2 → %3"_s.arg(message.context, message.source, translation);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Runs lupdate over the sources into a copy of each .ts file: a string added to the code without a
    // translation shows up as unfinished there.
    void filesFollowTheSources_data() { addLanguages(); }
    void filesFollowTheSources()
    {
        QFETCH(QString, language);
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString copy = work.filePath(u"bookwarden_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(translationFile(language), copy));
        QStringList arguments {u"-locations"_s, u"none"_s,        u"-no-obsolete"_s, u"-no-ui-lines"_s,
                               u"-silent"_s,    u"-extensions"_s, u"cpp,h"_s};
        if (language == u"en")
            arguments << u"-pluralonly"_s;
        const QDir source(sourceDirectory());
        arguments << source.filePath(u"ui"_s) << source.filePath(u"core"_s)
                  << source.filePath(u"app/gui_main.cpp"_s) << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> updated = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const Message &message : updated) {
            if (message.type == u"unfinished")
                missing << message.context + u": "_s + message.source;
        }
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(u"not translated yet (run `cmake --build build --target update_translations`, then "
                       u"translate):\n"_s
                       + missing.join(u'\n')));
    }

    void translationsAreEmbedded()
    {
        QTranslator german;
        QVERIFY(german.load(u":/i18n/bookwarden_de.qm"_s));
        QCOMPARE(german.translate("UsersTab", "Users"), u"Benutzer"_s);
        // Core's error messages, marked with QT_TRANSLATE_NOOP("Error", …) in core/, are translated too.
        QCOMPARE(german.translate("Error", "That username is taken."),
                 u"Dieser Benutzername ist vergeben."_s);

        QTranslator french;
        QVERIFY(french.load(u":/i18n/bookwarden_fr.qm"_s));
        QCOMPARE(french.translate("UsersTab", "Users"), u"Utilisateurs"_s);

        QTranslator english;
        QVERIFY(english.load(u":/i18n/bookwarden_en.qm"_s));
        QCOMPARE(english.translate("BooksTab", "%Ln book(s)", nullptr, 1), u"%Ln book"_s);
        QCOMPARE(english.translate("BooksTab", "%Ln book(s)", nullptr, 3), u"%Ln books"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
