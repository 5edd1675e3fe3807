#include "TemporaryDataDirectory.h"

#include <QDebug>

TemporaryDataDirectory::TemporaryDataDirectory()
{
    if (qEnvironmentVariableIsSet("BOOKWARDEN_KEEP_TEST_DATA")) {
        m_directory.setAutoRemove(false);
        qInfo() << "test data kept in" << m_directory.path();
    }
}

TemporaryDataDirectory::~TemporaryDataDirectory() = default;
