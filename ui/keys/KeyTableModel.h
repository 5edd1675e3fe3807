#pragma once

#include "tokens/StoredSigningKey.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <optional>

class Clock;
class SigningKeyService;

// The signing keys with their life cycle: which one signs (active), which still verify what they signed
// (passive) and when they may be retired, which are retired. Kept current from SigningKeyService::keysChanged
// (the GUI's own changes and the REST API's), applied row by row. Key material stays inside the keys; the
// model shows none of it.
class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KidColumn,
        AlgorithmColumn,
        StatusColumn,
        CreatedColumn,
        StatusChangedColumn,
        RetirableColumn,
        ColumnCount
    };
    enum DataRole { SortRole = Qt::UserRole + 1, KidRole };

    static constexpr int coalescingMs = 100;
    // "Can be retired" turns from a time into "now" as time passes.
    static constexpr int clockTickMs = 30 * 1000;

    KeyTableModel(SigningKeyService &keys, const Clock &clock, QObject *parent = nullptr);

    // Reads the key list again (from the store's memory) and applies the differences row by row.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const StoredSigningKey &keyAt(int row) const { return m_keys.at(row); }
    std::optional<StoredSigningKey> key(const QString &kid) const;
    int rowOf(const QString &kid) const { return m_rowByKid.value(kid, -1); }
    QList<StoredSigningKey> keys() const { return m_keys; }

    // When a passive key may be retired without force (ms since the epoch), 0 for other states.
    qint64 retirableAtMs(const StoredSigningKey &key) const;
    bool isRetirableNow(const StoredSigningKey &key) const;

    void retranslate();

    static QString statusName(KeyStatus status);
    // What the status means for tokens, in one sentence.
    static QString statusExplanation(KeyStatus status);
    // "ECDSA with P-256 and SHA-256": what an algorithm is, in words.
    static QString algorithmDescription(JwsAlgorithm algorithm);
    QString retirableText(const StoredSigningKey &key) const;

signals:
    void changesApplied();

private:
    void rebuildIndex();

    SigningKeyService &m_store;
    const Clock &m_clock;
    QList<StoredSigningKey> m_keys;
    QHash<QString, int> m_rowByKid;
    QTimer m_flushTimer;
    QTimer m_tickTimer;
};
