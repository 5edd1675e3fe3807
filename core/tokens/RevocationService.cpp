#include "tokens/RevocationService.h"

#include "storage/WriteTransaction.h"
#include "tokens/RevocationList.h"
#include "tokens/RevocationRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
void apply(RevocationList &list, const RevocationRow &row)
{
    switch (row.kind) {
    case RevocationRow::Kind::Token:
        list.revokeToken(row.value, row.keepUntilMs);
        break;
    case RevocationRow::Kind::Session:
        list.revokeSession(row.value, row.keepUntilMs);
        break;
    case RevocationRow::Kind::Subject:
        list.revokeSubject(row.value, row.validAfterMs, row.keepUntilMs);
        break;
    }
}

Status store(RevocationList &list, WriteTransaction &transaction, const RevocationRow &row)
{
    if (Status stored = RevocationRepository::upsert(transaction.connection(), row); !stored)
        return stored;
    transaction.afterCommit([&list, row] { apply(list, row); });
    const QJsonObject published {{QStringLiteral("kind"), RevocationRepository::kindName(row.kind)},
                                 {QStringLiteral("value"), row.value},
                                 {QStringLiteral("valid_after"), double(row.validAfterMs)},
                                 {QStringLiteral("keep_until"), double(row.keepUntilMs)}};
    return transaction.publish(RevocationService::changeKind(),
                               QString::fromUtf8(QJsonDocument(published).toJson(QJsonDocument::Compact)));
}
} // namespace

RevocationService::RevocationService(RevocationList &list)
    : m_list(list)
{ }

Status RevocationService::revokeToken(WriteTransaction &transaction, const QString &jti, qint64 keepUntilMs)
{
    return store(m_list, transaction,
                 RevocationRow {RevocationRow::Kind::Token, jti, transaction.nowMs(), keepUntilMs});
}

Status RevocationService::revokeSession(WriteTransaction &transaction, const QString &sessionId,
                                        qint64 keepUntilMs)
{
    return store(m_list, transaction,
                 RevocationRow {RevocationRow::Kind::Session, sessionId, transaction.nowMs(), keepUntilMs});
}

Status RevocationService::revokeSubject(WriteTransaction &transaction, const QString &subject,
                                        qint64 validAfterMs, qint64 keepUntilMs)
{
    return store(m_list, transaction,
                 RevocationRow {RevocationRow::Kind::Subject, subject, validAfterMs, keepUntilMs});
}

Status RevocationService::load(SqlConnection &connection, qint64 nowMs)
{
    const Result<QList<RevocationRow>> rows = RevocationRepository::listUnexpired(connection, nowMs);
    if (!rows)
        return rows.error();
    for (const RevocationRow &row : rows.value())
        apply(m_list, row);
    return {};
}

QString RevocationService::changeKind()
{
    return QStringLiteral("revocation");
}

Status RevocationService::applyPublished(const QString &payload)
{
    const QJsonObject published = QJsonDocument::fromJson(payload.toUtf8()).object();
    const QString kindName = published.value(QStringLiteral("kind")).toString();
    const std::optional<RevocationRow::Kind> kind = RevocationRepository::kindFromName(kindName);
    if (!kind)
        return Error::internal(
            QStringLiteral("A revocation of an unknown kind was published: %1").arg(kindName));
    RevocationRow row;
    row.kind = *kind;
    row.value = published.value(QStringLiteral("value")).toString();
    row.validAfterMs = qint64(published.value(QStringLiteral("valid_after")).toDouble());
    row.keepUntilMs = qint64(published.value(QStringLiteral("keep_until")).toDouble());
    apply(m_list, row);
    return {};
}

Result<qint64> RevocationService::prune(WriteTransaction &transaction)
{
    const qint64 now = transaction.nowMs();
    const Result<qint64> deleted = RevocationRepository::deleteExpired(transaction.connection(), now);
    if (!deleted)
        return deleted;
    transaction.afterCommit([this, now] { m_list.prune(now); });
    return deleted;
}
