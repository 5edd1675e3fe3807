#include "KeyTableModel.h"

#include "Icons.h"
#include "SecurityEventModel.h"
#include "common/Clock.h"
#include "tokens/SigningKeyService.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
bool sameKey(const StoredSigningKey &a, const StoredSigningKey &b)
{
    return a.kid == b.kid && a.algorithm == b.algorithm && a.status == b.status
        && a.createdAtMs == b.createdAtMs && a.statusChangedAtMs == b.statusChangedAtMs;
}
} // namespace

KeyTableModel::KeyTableModel(SigningKeyService &keys, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(keys)
    , m_clock(clock)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(coalescingMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &KeyTableModel::reload);
    // Emitted on the writer thread after each commit: queued to this (the GUI) thread.
    connect(
        &keys, &SigningKeyService::keysChanged, this,
        [this] {
            if (!m_flushTimer.isActive())
                m_flushTimer.start();
        },
        Qt::QueuedConnection);
    m_tickTimer.setInterval(clockTickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] {
        if (!m_keys.isEmpty())
            emit dataChanged(index(0, RetirableColumn), index(int(m_keys.size()) - 1, RetirableColumn));
    });
    m_tickTimer.start();
    reload();
}

void KeyTableModel::reload()
{
    m_flushTimer.stop();
    const QList<StoredSigningKey> fresh = m_store.keys();
    QSet<QString> seen;
    for (const StoredSigningKey &key : fresh)
        seen.insert(key.kid);

    // Gone first (keys are never deleted today, but the model does not rely on it), bottom up.
    for (int row = int(m_keys.size()) - 1; row >= 0; --row) {
        if (seen.contains(m_keys.at(row).kid))
            continue;
        beginRemoveRows({}, row, row);
        m_keys.remove(row);
        endRemoveRows();
    }
    rebuildIndex();

    QList<StoredSigningKey> additions;
    for (const StoredSigningKey &key : fresh) {
        const int row = rowOf(key.kid);
        if (row < 0) {
            additions.append(key);
            continue;
        }
        if (!sameKey(m_keys.at(row), key)) {
            m_keys[row] = key;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (!additions.isEmpty()) {
        const int first = int(m_keys.size());
        beginInsertRows({}, first, first + int(additions.size()) - 1);
        for (const StoredSigningKey &key : std::as_const(additions)) {
            m_rowByKid.insert(key.kid, int(m_keys.size()));
            m_keys.append(key);
        }
        endInsertRows();
    }
    emit changesApplied();
}

int KeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const StoredSigningKey &key = m_keys.at(index.row());
    switch (role) {
    case KidRole:
        return key.kid;
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
        if (index.column() == StatusColumn && key.status == KeyStatus::Active)
            return Icons::glyph(Icons::Glyph::ActivateKey);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return statusExplanation(key.status);
        if (index.column() == AlgorithmColumn)
            return algorithmDescription(key.algorithm);
        if (index.column() == RetirableColumn && key.status == KeyStatus::Active)
            return tr("The active key cannot be retired: make another key active first.");
        return {};
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case KidColumn:
        return key.kid;
    case AlgorithmColumn:
        return JwsAlgorithms::name(key.algorithm);
    case StatusColumn:
        return sort ? QVariant(int(key.status)) : QVariant(statusName(key.status));
    case CreatedColumn:
        return sort ? QVariant(key.createdAtMs) : QVariant(SecurityEventModel::formatTime(key.createdAtMs));
    case StatusChangedColumn:
        return sort ? QVariant(key.statusChangedAtMs)
                    : QVariant(SecurityEventModel::formatTime(key.statusChangedAtMs));
    case RetirableColumn:
        return sort ? QVariant(retirableAtMs(key)) : QVariant(retirableText(key));
    default:
        return {};
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KidColumn:
        return tr("Key ID");
    case AlgorithmColumn:
        return tr("Algorithm");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case StatusChangedColumn:
        return tr("Status Since");
    case RetirableColumn:
        return tr("Can Be Retired");
    default:
        return {};
    }
}

std::optional<StoredSigningKey> KeyTableModel::key(const QString &kid) const
{
    const int row = rowOf(kid);
    if (row < 0)
        return std::nullopt;
    return m_keys.at(row);
}

qint64 KeyTableModel::retirableAtMs(const StoredSigningKey &key) const
{
    return m_store.retirableAtMs(key);
}

bool KeyTableModel::isRetirableNow(const StoredSigningKey &key) const
{
    return key.status == KeyStatus::Passive && retirableAtMs(key) <= m_clock.nowMs();
}

void KeyTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
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

void KeyTableModel::rebuildIndex()
{
    m_rowByKid.clear();
    for (int row = 0; row < m_keys.size(); ++row)
        m_rowByKid.insert(m_keys.at(row).kid, row);
}
