#include "storage/sqlhelpers.h"

#include <QHash>
#include <QMutex>
#include <QScopeGuard>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace Kansa::Sql {

QString signedLockMessage()
{
    return QCoreApplication::translate("Kansa::Sql",
        "This checklist is signed and cannot be changed. Reopen it first; reopening voids the "
        "signatures, and both parties must sign again.");
}

bool isSignedLock(const QString &error)
{
    return error == signedLockMessage();
}

namespace {

QMutex refusalMutex;

QHash<QString, QString> &refusals()
{
    static QHash<QString, QString> byConnection;
    return byConnection;
}

} // namespace

void refuseWrites(QSqlDatabase &db, const QString &why)
{
    if (why.isEmpty()) { // the connection is closing
        const QMutexLocker guard(&refusalMutex);
        refusals().remove(db.connectionName());
        return;
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
    const QMutexLocker guard(&refusalMutex);
    refusals().insert(db.connectionName(), why);
}

QString writeRefusal(const QSqlDatabase &db)
{
    const QMutexLocker guard(&refusalMutex);
    return refusals().value(db.connectionName());
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error) {
        const QString text = q.lastError().text();
        if (text.contains(QLatin1String("readonly database"))) { // query_only: say why
            const QMutexLocker guard(&refusalMutex);
            if (!refusals().isEmpty()) {
                *error = refusals().cbegin().value();
                return false;
            }
        }
        // The triggers of a signed audit (migration 3) speak to the user through this.
        *error = text.contains(QLatin1String("kansa: the checklist is signed")) ? signedLockMessage()
                                                                               : text;
    }
    return false;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

namespace {

QMutex depthMutex;

// How deep each connection is in inTransaction(), so that an inner call nests as a savepoint.
int adjustDepth(const QString &connection, int by)
{
    static QHash<QString, int> depths;
    const QMutexLocker guard(&depthMutex);
    const int depth = depths.value(connection) + by;
    if (depth <= 0)
        depths.remove(connection);
    else
        depths.insert(connection, depth);
    return depth;
}

QMutex hookMutex;

QHash<QString, std::function<bool(QSqlDatabase &, QString *)>> &beforeCommitHooks()
{
    static QHash<QString, std::function<bool(QSqlDatabase &, QString *)>> byConnection;
    return byConnection;
}

bool runBeforeCommit(QSqlDatabase &db, QString *error)
{
    std::function<bool(QSqlDatabase &, QString *)> hook;
    {
        const QMutexLocker guard(&hookMutex);
        hook = beforeCommitHooks().value(db.connectionName());
    }
    return !hook || hook(db, error);
}

} // namespace

void setBeforeCommit(const QSqlDatabase &db, const std::function<bool(QSqlDatabase &, QString *)> &hook)
{
    const QMutexLocker guard(&hookMutex);
    if (hook)
        beforeCommitHooks().insert(db.connectionName(), hook);
    else
        beforeCommitHooks().remove(db.connectionName());
}

bool inTransaction(QSqlDatabase &db, QString *error, const std::function<bool(QString *)> &work)
{
    const QString connection = db.connectionName();
    if (const QString refused = writeRefusal(db); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    const int depth = adjustDepth(connection, +1);
    const auto leave = qScopeGuard([&] { adjustDepth(connection, -1); });
    QString reason;
    if (depth > 1) {
        // Inside another inTransaction(): a savepoint, so that the outer work decides whether
        // any of it is kept.
        const QString savepoint = QStringLiteral("kansa_%1").arg(depth);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SAVEPOINT ") + savepoint))
            return fail(q, error);
        if (work(&reason) && q.exec(QStringLiteral("RELEASE ") + savepoint))
            return true;
        if (reason.isEmpty())
            reason = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        q.exec(QStringLiteral("RELEASE ") + savepoint);
        if (error)
            *error = reason;
        return false;
    }
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // The schema's work before a commit (the history chains the entries of what work changed)
    // in the same transaction.
    if (work(&reason) && runBeforeCommit(db, &reason) && db.commit())
        return true;
    if (reason.isEmpty())
        reason = db.lastError().text();
    db.rollback();
    if (error)
        *error = reason;
    return false;
}

} // namespace Kansa::Sql
