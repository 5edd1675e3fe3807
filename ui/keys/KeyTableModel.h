#pragma once

#include "KeyedTableModel.h"
#include "tokens/StoredSigningKey.h"

#include <QTimer>

#include <optional>

class Clock;
class SigningKeyService;

// The signing keys with their life cycle: which one signs (active), which still verify what they signed
// (passive) and when they may be retired, which are retired. Kept current from SigningKeyService::keysChanged
// (the GUI's own changes and the REST API's), applied row by row (KeyedTableModel; the keys come from the
// store's memory, as one page). Key material stays inside the keys; the model shows none of it.
class KeyTableModel : public KeyedTableModel<StoredSigningKey, QString>
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
    enum DataRole { KidRole = KeyRole };

    // "Can be retired" turns from a time into "now" as time passes.
    static constexpr int clockTickMs = 30 * 1000;

    KeyTableModel(SigningKeyService &keys, const Clock &clock, QObject *parent = nullptr);

    const StoredSigningKey &keyAt(int row) const { return rowAt(row); }
    std::optional<StoredSigningKey> key(const QString &kid) const { return find(kid); }
    QList<StoredSigningKey> keys() const { return rows(); }

    // When a passive key may be retired without force (ms since the epoch), 0 for other states.
    qint64 retirableAtMs(const StoredSigningKey &key) const;
    bool isRetirableNow(const StoredSigningKey &key) const;

    static QString statusName(KeyStatus status);
    // What the status means for tokens, in one sentence.
    static QString statusExplanation(KeyStatus status);
    // "ECDSA with P-256 and SHA-256": what an algorithm is, in words.
    static QString algorithmDescription(JwsAlgorithm algorithm);
    QString retirableText(const StoredSigningKey &key) const;

protected:
    QStringList columnTitles() const override;
    QString keyOf(const StoredSigningKey &key) const override { return key.kid; }
    QVariant cellValue(const StoredSigningKey &key, int column, bool sortKey) const override;
    QVariant rowData(const StoredSigningKey &key, int column, int role) const override;
    // keysChanged carries no keys: they are all read again (from memory).
    bool applyPendingChanges() override;
    PageSource pageSource() const override;

private:
    SigningKeyService &m_store;
    const Clock &m_clock;
    QTimer m_tickTimer;
};
