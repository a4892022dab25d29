#include "storage/schemaguards.h"
#include "storage/connectionstate.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QUuid>

namespace Kansa::SchemaGuards {

namespace {

QHash<QString, QString> triggersOf(QSqlDatabase db)
{
    QHash<QString, QString> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

// The triggers a database built by the ladder has, built once per ladder in memory.
QHash<QString, QString> expected(const MigrationLadder &ladder)
{
    static QMutex mutex;
    static QHash<QString, QHash<QString, QString>> cache;
    QStringList steps;
    for (const Migration &m : ladder)
        steps << QString::number(m.version) + m.description;
    const QString key = steps.join(u'\n');
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QHash<QString, QString> triggers;
    const QString name = QStringLiteral("kansa-guards-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            bool ok = db.transaction();
            for (const Migration &m : ladder) {
                QString error;
                ok = ok && m.apply(db, &error);
            }
            ok = ok && db.commit();
            if (ok)
                triggers = triggersOf(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    cache.insert(key, triggers);
    return triggers;
}

} // namespace

QStringList foundOn(const QSqlDatabase &db)
{
    return ConnectionState::of(db).brokenGuards;
}

QStringList broken(QSqlDatabase db, const MigrationLadder &ladder)
{
    const QHash<QString, QString> want = expected(ladder);
    const QHash<QString, QString> have = triggersOf(db);
    QStringList out;
    for (auto it = want.cbegin(); it != want.cend(); ++it)
        if (have.value(it.key()) != it.value())
            out << it.key();
    out.sort();
    ConnectionState::update(db, [&out](ConnectionState &s) { s.brokenGuards = out; });
    return out;
}

QString message(const QStringList &broken)
{
    return QCoreApplication::translate("Kansa::SchemaGuards",
        "The database's safeguards were changed outside Kansa (%1 missing or altered): changes could be "
        "made without being recorded in the history. Kansa will not write to this database; it can still be "
        "read, printed and verified. Restore the database from a backup, or ask your administrator.")
        .arg(broken.size() > 3 ? QStringLiteral("%1 …").arg(broken.mid(0, 3).join(QStringLiteral(", "))) : broken.join(QStringLiteral(", ")));
}

} // namespace Kansa::SchemaGuards
