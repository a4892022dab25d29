#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace Kansa::Sql {

/// A null QString binds as SQL NULL; Kansa's tables store "no text" as ''.
inline QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

inline QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString(QLatin1String(""));
}

inline QDate toDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

/// What the user is told when a write meets the triggers of a signed checklist.
QString signedLockMessage();
bool isSignedLock(const QString &error);

/// Records the query's error in *error and returns false, for `return q.exec() || fail(q, e)`.
bool fail(const QSqlQuery &q, QString *error);

/// Makes the connection read-only (PRAGMA query_only) and every later write fail with why
/// (the database's safeguards are broken: Database, SchemaGuards); an empty why forgets it
/// (the connection closes).
void refuseWrites(QSqlDatabase &db, const QString &why);
/// Why writes to the connection are refused; empty when they are not.
QString writeRefusal(const QSqlDatabase &db);

/// Now, as stored: UTC ISO 8601 with milliseconds.
QString now();

/// Runs work inside one transaction: commits when it returns true, rolls back otherwise.
/// On failure *error holds the reason (work's own, or the database's). Called inside another
/// inTransaction() on the same connection it nests as a savepoint.
bool inTransaction(QSqlDatabase &db, QString *error, const std::function<bool(QString *)> &work);
/// What inTransaction runs on db's connection after the work and before the commit (Database
/// sets the schema's Schema::beforeCommit at open; empty removes it).
void setBeforeCommit(const QSqlDatabase &db, const std::function<bool(QSqlDatabase &, QString *)> &hook);

} // namespace Kansa::Sql
