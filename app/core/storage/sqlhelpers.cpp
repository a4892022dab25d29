#include "storage/sqlhelpers.h"

#include "storage/connectionstate.h"

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

void refuseWrites(QSqlDatabase &db, const QString &why)
{
    if (why.isEmpty()) {
        ConnectionState::update(db, [](ConnectionState &s) { s.writeRefusal.clear(); });
        return;
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
    ConnectionState::update(db, [&why](ConnectionState &s) { s.writeRefusal = why; });
}

QString writeRefusal(const QSqlDatabase &db)
{
    return ConnectionState::of(db).writeRefusal;
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error) {
        const QString text = q.lastError().text();
        if (text.contains(QLatin1String("readonly database"))) { // query_only: say why
            if (const QString why = ConnectionState::anyWriteRefusal(); !why.isEmpty()) {
                *error = why;
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

// How deep the connection is in inTransaction(), so that an inner call nests as a savepoint.
int adjustDepth(const QSqlDatabase &db, int by)
{
    int depth = 0;
    ConnectionState::update(db, [&](ConnectionState &s) { depth = s.transactionDepth = std::max(0, s.transactionDepth + by); });
    return depth;
}

bool runBeforeCommit(QSqlDatabase &db, QString *error)
{
    const ConnectionState::BeforeCommit hook = ConnectionState::of(db).beforeCommit;
    return !hook || hook(db, error);
}

} // namespace

void setBeforeCommit(const QSqlDatabase &db, const std::function<bool(QSqlDatabase &, QString *)> &hook)
{
    ConnectionState::update(db, [&hook](ConnectionState &s) { s.beforeCommit = hook; });
}

bool inTransaction(QSqlDatabase &db, QString *error, const std::function<bool(QString *)> &work)
{
    if (const QString refused = writeRefusal(db); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    const int depth = adjustDepth(db, +1);
    const auto leave = qScopeGuard([&] { adjustDepth(db, -1); });
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
