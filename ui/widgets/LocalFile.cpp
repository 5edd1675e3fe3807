#include "LocalFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

std::optional<QByteArray> LocalFile::read(const QString &path, QString *error, qint64 maximumBytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("“%1” is a folder, not a file.").arg(shown);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open “%1”: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    // Read one byte more than allowed: a file that grows while it is read is still refused.
    QByteArray content = file.read(maximumBytes + 1);
    if (content.size() > maximumBytes) {
        content.fill('\0');
        *error = tr("“%1” is larger than %2: that is not a key or token.")
                     .arg(shown, QLocale().formattedDataSize(maximumBytes));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Could not read “%1”: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    return content;
}
