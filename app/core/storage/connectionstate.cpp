#include "storage/connectionstate.h"

#include <QHash>
#include <QMutex>

namespace Kansa {

namespace {

QMutex mutex;

QHash<QString, ConnectionState> &states()
{
    static QHash<QString, ConnectionState> byConnection;
    return byConnection;
}

} // namespace

ConnectionState ConnectionState::of(const QSqlDatabase &db)
{
    const QMutexLocker guard(&mutex);
    return states().value(db.connectionName());
}

void ConnectionState::update(const QSqlDatabase &db, const std::function<void(ConnectionState &)> &change)
{
    const QMutexLocker guard(&mutex);
    change(states()[db.connectionName()]);
}

QString ConnectionState::anyWriteRefusal()
{
    const QMutexLocker guard(&mutex);
    for (const ConnectionState &s : std::as_const(states()))
        if (!s.writeRefusal.isEmpty())
            return s.writeRefusal;
    return {};
}

void ConnectionState::forget(const QSqlDatabase &db)
{
    const QMutexLocker guard(&mutex);
    states().remove(db.connectionName());
}

} // namespace Kansa
