#include "KeyTableModel.h"

#include "Icons.h"
#include "SecurityEventModel.h"
#include "common/Clock.h"
#include "tokens/SigningKeyService.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

KeyTableModel::KeyTableModel(SigningKeyService &keys, const Clock &clock, QObject *parent)
    : KeyedTableModel(ColumnCount, Loading::EveryPage, parent)
    , m_store(keys)
    , m_clock(clock)
{
    readAgainOn(&keys, &SigningKeyService::keysChanged);
    m_tickTimer.setInterval(clockTickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, RetirableColumn), index(rowCount() - 1, RetirableColumn));
    });
    m_tickTimer.start();
    reload(); // from memory: at once, and it cannot fail
}

KeyTableModel::PageSource KeyTableModel::pageSource() const
{
    return [&keys = m_store](const QString &) -> Result<Page> {
        return Page {keys.keys(), QString(), std::nullopt};
    };
}

bool KeyTableModel::applyPendingChanges()
{
    if (!takeReadAgain())
        return false;
    reload(); // from memory: it cannot fail
    return false; // reload() said so itself
}

QVariant KeyTableModel::cellValue(const StoredSigningKey &key, int column, bool sortKey) const
{
    switch (column) {
    case KidColumn:
        return key.kid;
    case AlgorithmColumn:
        return JwsAlgorithms::name(key.algorithm);
    case StatusColumn:
        return sortKey ? QVariant(int(key.status)) : QVariant(statusName(key.status));
    case CreatedColumn:
        return sortKey ? QVariant(key.createdAtMs)
                       : QVariant(SecurityEventModel::formatTime(key.createdAtMs));
    case StatusChangedColumn:
        return sortKey ? QVariant(key.statusChangedAtMs)
                       : QVariant(SecurityEventModel::formatTime(key.statusChangedAtMs));
    case RetirableColumn:
        return sortKey ? QVariant(retirableAtMs(key)) : QVariant(retirableText(key));
    default:
        return {};
    }
}

QVariant KeyTableModel::rowData(const StoredSigningKey &key, int column, int role) const
{
    switch (role) {
    case Qt::FontRole:
        if (key.status == KeyStatus::Active) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (key.status == KeyStatus::Retired)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn && key.status == KeyStatus::Active)
            return Icons::glyph(Icons::Glyph::ActivateKey);
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn)
            return statusExplanation(key.status);
        if (column == AlgorithmColumn)
            return algorithmDescription(key.algorithm);
        if (column == RetirableColumn && key.status == KeyStatus::Active)
            return tr("The active key cannot be retired: make another key active first.");
        return {};
    default:
        return {};
    }
}

QStringList KeyTableModel::columnTitles() const
{
    return {tr("Key ID"),  tr("Algorithm"),    tr("Status"),
            tr("Created"), tr("Status Since"), tr("Can Be Retired")};
}

qint64 KeyTableModel::retirableAtMs(const StoredSigningKey &key) const
{
    return m_store.retirableAtMs(key);
}

bool KeyTableModel::isRetirableNow(const StoredSigningKey &key) const
{
    return key.status == KeyStatus::Passive && retirableAtMs(key) <= m_clock.nowMs();
}

QString KeyTableModel::statusName(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return tr("Active");
    case KeyStatus::Passive:
        return tr("Passive");
    case KeyStatus::Retired:
        return tr("Retired");
    }
    return {};
}

QString KeyTableModel::statusExplanation(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return tr("Signs every new access token.");
    case KeyStatus::Passive:
        return tr("Signs nothing new, but still verifies the tokens it signed until they have expired.");
    case KeyStatus::Retired:
        return tr("Verifies nothing any more; kept only for the record.");
    }
    return {};
}

QString KeyTableModel::algorithmDescription(JwsAlgorithm algorithm)
{
    switch (algorithm) {
    case JwsAlgorithm::HS256:
        return tr("HMAC with SHA-256 (a shared secret)");
    case JwsAlgorithm::HS384:
        return tr("HMAC with SHA-384 (a shared secret)");
    case JwsAlgorithm::HS512:
        return tr("HMAC with SHA-512 (a shared secret)");
    case JwsAlgorithm::RS256:
        return tr("RSA PKCS #1 v1.5 with SHA-256");
    case JwsAlgorithm::RS384:
        return tr("RSA PKCS #1 v1.5 with SHA-384");
    case JwsAlgorithm::RS512:
        return tr("RSA PKCS #1 v1.5 with SHA-512");
    case JwsAlgorithm::PS256:
        return tr("RSA-PSS with SHA-256");
    case JwsAlgorithm::ES256:
        return tr("ECDSA with P-256 and SHA-256");
    case JwsAlgorithm::ES384:
        return tr("ECDSA with P-384 and SHA-384");
    case JwsAlgorithm::EdDSA:
        return tr("Ed25519 (EdDSA)");
    }
    return {};
}

QString KeyTableModel::retirableText(const StoredSigningKey &key) const
{
    if (key.status != KeyStatus::Passive)
        return {};
    if (isRetirableNow(key))
        return tr("Now");
    return SecurityEventModel::formatTime(retirableAtMs(key));
}
