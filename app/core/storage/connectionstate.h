#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Kansa {

/// What Kansa keeps about an open connection beyond Qt's own: why it refuses writes, the work a
/// transaction runs before it commits, how deeply transactions are nested on it, and the
/// safeguards found broken when it was opened. One registry keyed by the connection's name (a
/// QSqlDatabase is a handle, copied freely), guarded by one lock; Database::close() forgets it.
struct ConnectionState
{
    using BeforeCommit = std::function<bool(QSqlDatabase &, QString *)>;

    QString writeRefusal; // empty: writes are allowed
    BeforeCommit beforeCommit;
    int transactionDepth = 0;
    QStringList brokenGuards;

    /// A copy of the connection's state (default when nothing was recorded).
    static ConnectionState of(const QSqlDatabase &db);
    /// Changes the connection's state under the lock.
    static void update(const QSqlDatabase &db, const std::function<void(ConnectionState &)> &change);
    /// The first refusal of any connection (a failed statement does not name its connection).
    static QString anyWriteRefusal();
    static void forget(const QSqlDatabase &db);
};

} // namespace Kansa
