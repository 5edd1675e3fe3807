#pragma once

#include <QString>
#include <QTemporaryDir>

// A fresh, empty data directory removed when the test ends (kept, with its path printed, when the
// environment variable BOOKWARDEN_KEEP_TEST_DATA is set, for looking at a failure).
class TemporaryDataDirectory
{
public:
    TemporaryDataDirectory();
    ~TemporaryDataDirectory();

    bool isValid() const { return m_directory.isValid(); }
    QString path() const { return m_directory.path(); }
    QString filePath(const QString &name) const { return m_directory.filePath(name); }
    QString databasePath() const { return filePath(QStringLiteral("bookwarden.db")); }
    QString databaseUrl() const { return QStringLiteral("sqlite://") + databasePath(); }

private:
    QTemporaryDir m_directory;
};
