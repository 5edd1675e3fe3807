#include "storage/WriteTransaction.h"

#include "storage/InstanceChanges.h"

Status WriteTransaction::publish(const QString &kind, const QString &payload)
{
    return InstanceChanges::record(m_connection, m_origin, kind, payload, m_nowMs);
}
