#include "events/SecurityEventLog.h"

#include "common/PageCursor.h"
#include "common/WholeNumber.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QJsonDocument>

QStringList SecurityEventType::all()
{
    return {loginSucceeded, loginFailed,        loginThrottled, userRegistered,  userCreated,   roleChanged,
            userDisabled,   userEnabled,        userDeleted,    passwordChanged, passwordReset, tokensRevoked,
            sessionRevoked, refreshTokenReused, keyCreated,     keyRotated,      keyRetired,    tokenMinted};
}

SecurityEventLog::SecurityEventLog(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<SecurityEvent>();
}

Status SecurityEventLog::record(WriteTransaction &transaction, SecurityEvent event)
{
    if (event.occurredAtMs == 0)
        event.occurredAtMs = transaction.nowMs();
    SqlStatement insert(
        transaction.connection(),
        QStringLiteral("INSERT INTO events (occurred_at, type, actor, subject_id, subject_name,"
                       " client_address, details) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        "insertEvent");
    insert.bind(event.occurredAtMs)
        .bind(event.type)
        .bind(event.actor)
        .bind(event.subjectId.isEmpty() ? QVariant() : QVariant(event.subjectId))
        .bind(event.subjectName.isEmpty() ? QVariant() : QVariant(event.subjectName))
        .bind(event.clientAddress.isEmpty() ? QVariant() : QVariant(event.clientAddress))
        .bind(QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
    if (Status run = insert.execute(); !run)
        return run;
    if (insert.next())
        event.id = insert.int64(0);
    transaction.afterCommit([this, event] { emit eventRecorded(event); });
    return {};
}

QFuture<Result<qint64>> SecurityEventLog::recordAsync(SecurityEvent event)
{
    return m_database.writer().submit<qint64>([this, event](WriteTransaction &transaction) -> Result<qint64> {
        if (Status recorded = record(transaction, event); !recorded)
            return recorded.error();
        return qint64(1);
    });
}

Result<SecurityEventPage> SecurityEventLog::list(const SecurityEventQuery &query)
{
    const QStringList known = SecurityEventType::all();
    for (const QString &type : query.types) {
        if (!known.contains(type))
            return Error::invalidField(QStringLiteral("type"),
                                       QStringLiteral(QT_TRANSLATE_NOOP("Error", "Unknown event type.")));
    }
    std::optional<qint64> beforeId;
    if (!query.cursor.isEmpty()) {
        const std::optional<QJsonArray> keys = PageCursor::decode(query.cursor);
        if (!keys || keys->size() != 1 || !WholeNumber::from(keys->at(0)))
            return Error::invalidField(
                QStringLiteral("cursor"),
                QStringLiteral(QT_TRANSLATE_NOOP("Error", "The cursor is not valid.")));
        beforeId = WholeNumber::from(keys->at(0));
    }

    // Only fixed fragments and placeholders go into the SQL text; every value is bound.
    QString sql
        = QStringLiteral("SELECT id, occurred_at, type, actor, subject_id, subject_name, client_address,"
                         " details FROM events WHERE 1 = 1");
    if (!query.types.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < query.types.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND type IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!query.user.isEmpty())
        sql += QStringLiteral(" AND (subject_id = ? OR subject_name = ? OR actor = ?)");
    if (query.fromMs)
        sql += QStringLiteral(" AND occurred_at >= ?");
    if (query.toMs)
        sql += QStringLiteral(" AND occurred_at < ?");
    if (beforeId)
        sql += QStringLiteral(" AND id < ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");

    SqlStatement select(m_database.connection(), sql, "listEvents");
    for (const QString &type : query.types)
        select.bind(type);
    if (!query.user.isEmpty())
        select.bind(query.user).bind(query.user).bind(query.user);
    if (query.fromMs)
        select.bind(*query.fromMs);
    if (query.toMs)
        select.bind(*query.toMs);
    if (beforeId)
        select.bind(*beforeId);
    const int limit = qBound(1, query.limit, 1000);
    select.bind(limit + 1);
    if (Status run = select.execute(); !run)
        return run.error();

    SecurityEventPage page;
    while (select.next()) {
        SecurityEvent event;
        event.id = select.int64(0);
        event.occurredAtMs = select.int64(1);
        event.type = select.text(2);
        event.actor = select.text(3);
        event.subjectId = select.text(4);
        event.subjectName = select.text(5);
        event.clientAddress = select.text(6);
        event.details = QJsonDocument::fromJson(select.text(7).toUtf8()).object();
        page.items.append(event);
    }
    if (page.items.size() > limit) {
        page.items.removeLast();
        page.nextCursor = PageCursor::encode(QJsonArray {double(page.items.constLast().id)});
    }
    return page;
}

QFuture<Result<qint64>> SecurityEventLog::pruneOlderThan(qint64 cutoffMs)
{
    return m_database.writer().submit<qint64>([cutoffMs](WriteTransaction &transaction) -> Result<qint64> {
        SqlStatement prune(transaction.connection(),
                           QStringLiteral("DELETE FROM events WHERE occurred_at < ?"), "pruneEvents");
        prune.bind(cutoffMs);
        if (Status run = prune.execute(); !run)
            return run.error();
        return qint64(prune.numRowsAffected());
    });
}
