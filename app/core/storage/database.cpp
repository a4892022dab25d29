#include "storage/database.h"
#include "storage/connectionstate.h"
#include "platform/datafolder.h"
#include "storage/privatefiles.h"
#include "storage/schemaguards.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace Kansa {

QString DatabaseError::message() const
{
    auto tr = [](const char *s) { return QCoreApplication::translate("Kansa::DatabaseError", s); };
    QString text;
    switch (code) {
    case None:
        return {};
    case CannotOpen:
        text = tr("The database %1 could not be opened. Check that the folder exists and that "
                  "you may write to it.")
                   .arg(path);
        break;
    case NotADatabase:
        text = tr("%1 is not a Kansa database. Choose another file; this one was left "
                  "untouched.")
                   .arg(path);
        break;
    case Corrupt:
        text = tr("The database %1 is damaged (the integrity check failed). It was not changed. "
                  "Restore it from a backup copy, or ask your administrator.")
                   .arg(path);
        break;
    case NewerVersion:
        text = tr("The database %1 was made by a newer version of Kansa (schema %2; this version "
                  "knows up to %3). It was not changed. Install the newer Kansa to open it.")
                   .arg(path)
                   .arg(foundVersion)
                   .arg(knownVersion);
        break;
    case BackupFailed:
        text = tr("Before upgrading the database %1, Kansa could not make a backup copy, so "
                  "nothing was changed. Free some disk space and try again.")
                   .arg(path);
        break;
    case InUse:
        if (holder.pid > 0)
            text = tr("The database %1 is in use by another Kansa program (%2, process %3 on "
                      "%4). Only one program may use a database at a time, so that nothing is "
                      "lost. Close the other Kansa window, or wait for the command to finish, "
                      "and try again.")
                       .arg(path, holder.application.isEmpty() ? QStringLiteral("?") : holder.application)
                       .arg(holder.pid)
                       .arg(holder.host.isEmpty() ? QStringLiteral("?") : holder.host);
        else
            text = tr("The database %1 is in use by another program. Only one program may use "
                      "a database at a time, so that nothing is lost. Close the other Kansa "
                      "window, or wait for the command to finish, and try again.")
                       .arg(path);
        break;
    case MigrationFailed:
        text = tr("Upgrading the database %1 failed and was undone; the database is as it was. "
                  "Check that the disk has free space; if it has, report this to your "
                  "administrator.")
                   .arg(path);
        break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral("\n(") + detail + QLatin1Char(')');
    return text;
}

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            ConnectionState::forget(db); // its refusal, hook and guards go with it
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("KANSA_DB");
    if (!env.isEmpty())
        return env;
    return DataFolder::path() + QStringLiteral("/kansa.sqlite");
}

QString Database::checkIntegrity(const QString &path)
{
    static std::atomic_int counter = 0;
    const QString name = QStringLiteral("kansa-integrity-%1").arg(counter++);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open())
            problem = db.lastError().text();
        else if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
            problem = q.lastError().text();
        else if (q.value(0).toString() != QStringLiteral("ok"))
            problem = q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

int Database::currentVersion(const MigrationLadder &ladder)
{
    return ladder.isEmpty() ? 0 : ladder.last().version;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

// Looks at an existing file through a read-only connection, so that a refusal writes nothing.
DatabaseError Database::inspect(const QString &path, const MigrationLadder &ladder, int *version)
{
    DatabaseError err;
    err.path = path;
    err.knownVersion = currentVersion(ladder);
    const QString name = m_connectionName + QStringLiteral("-inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            err.code = DatabaseError::CannotOpen;
            err.detail = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                err.code = DatabaseError::NotADatabase;
                err.detail = q.lastError().text();
            } else if ((*version = q.value(0).toInt()) > err.knownVersion) {
                err.code = DatabaseError::NewerVersion;
                err.foundVersion = *version;
            } else if (QFileInfo(path).size() <= IntegrityCheckAtOpenLimit
                && (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
                    || q.value(0).toString() != QStringLiteral("ok"))) {
                err.code = DatabaseError::Corrupt;
                err.detail = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return err;
}

DatabaseError Database::open(const QString &path, const Schema &schema)
{
    const MigrationLadder &ladder = schema.ladder;
    close();
    m_path = path;
    m_backupPath.clear();
    DatabaseError err;
    err.path = path;
    err.knownVersion = currentVersion(ladder);

    int version = 0;
    const QFileInfo info(path);
    // A folder made for the database, and the database itself, are its owner's only.
    if (!info.exists() && (!PrivateFiles::makeFolder(info.absolutePath()) || !PrivateFiles::createFile(path))) {
        err.code = DatabaseError::CannotOpen;
        return err;
    }
    // Before anything reads the file: another process may be migrating or writing it.
    m_lock = DatabaseLock::acquire(path, { m_lockWindowMs, m_lockCommandMs }, &err.holder, &err.detail);
    if (!m_lock) {
        err.code = err.detail.isEmpty() ? DatabaseError::InUse : DatabaseError::CannotOpen;
        return err;
    }
    if (info.exists() && info.size() > 0) {
        err = inspect(path, ladder, &version);
        if (err.isError()) {
            m_lock.reset();
            return err;
        }
    }

    if (!configure(path, &err)) {
        close();
        return err;
    }
    Sql::setBeforeCommit(connection(), schema.beforeCommit);
    if (version < err.knownVersion) {
        err = migrate(version, ladder);
        if (err.isError())
            close();
    }
    if (!err.isError()) {
        QSqlDatabase db = connection();
        // A database (with its log) readable by others on the machine, or in the data folder
        // that is readable by them, is tightened, and the history says so.
        QStringList widened;
        for (const QString &file : QStringList { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                 DatabaseLock::lockPathFor(path) })
            PrivateFiles::tighten(file, &widened);
        if (QFileInfo(path).absolutePath() == QFileInfo(defaultPath()).absolutePath())
            PrivateFiles::tighten(QFileInfo(path).absolutePath(), &widened);
        if (!widened.isEmpty() && schema.filesTightened)
            Sql::inTransaction(db, nullptr, [&](QString *why) { return schema.filesTightened(db, widened, why); });
        // Without every safeguard a change could go unrecorded: read, print and verify only.
        m_brokenGuards = SchemaGuards::broken(db, ladder);
        if (!m_brokenGuards.isEmpty()) {
            Sql::refuseWrites(db, SchemaGuards::message(m_brokenGuards));
            return err;
        }
        // Changes written outside a transaction by a session that ended early.
        Sql::inTransaction(db, nullptr, [](QString *) { return true; });
    }
    return err;
}

bool Database::configure(const QString &path, DatabaseError *err)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        err->code = DatabaseError::CannotOpen;
        err->detail = db.lastError().text();
        return false;
    }
    // FULL: a commit is on disk when it returns, so nothing shown as saved is lost at a power cut.
    if (!execAll(db,
            { QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA journal_mode = WAL"),
                QStringLiteral("PRAGMA synchronous = FULL"),
                QStringLiteral("PRAGMA busy_timeout = 5000") },
            &err->detail)) {
        err->code = DatabaseError::CannotOpen;
        return false;
    }
    return true;
}

QString Database::backupPathFor(int fromVersion) const
{
    const QString stem
        = QStringLiteral("%1.v%2-%3")
              .arg(m_path)
              .arg(fromVersion)
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString candidate = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2.bak").arg(stem).arg(n);
    return candidate;
}

DatabaseError Database::migrate(int fromVersion, const MigrationLadder &ladder)
{
    DatabaseError err;
    err.path = m_path;
    err.knownVersion = currentVersion(ladder);
    QSqlDatabase db = connection();
    if (fromVersion > 0) {
        m_backupPath = backupPathFor(fromVersion);
        PrivateFiles::createFile(m_backupPath); // the copy is as private as the database (an empty file is taken)
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(m_backupPath);
        if (!q.exec()) {
            err.code = DatabaseError::BackupFailed;
            err.detail = q.lastError().text();
            return err;
        }
        PrivateFiles::tighten(m_backupPath);
    }
    for (const Migration &step : ladder) {
        if (step.version <= fromVersion)
            continue;
        QString detail;
        if (!db.transaction()) {
            err.code = DatabaseError::MigrationFailed;
            err.detail = db.lastError().text();
            return err;
        }
        const bool ok = step.apply(db, &detail)
            && execAll(
                db, { QStringLiteral("PRAGMA user_version = %1").arg(step.version) }, &detail);
        if (!ok || !db.commit()) {
            if (detail.isEmpty()) // a failed COMMIT (a full disk) reports only here
                detail = db.lastError().text();
            db.rollback();
            err.code = DatabaseError::MigrationFailed;
            err.detail = QStringLiteral("%1 → %2 (%3): %4")
                             .arg(step.version - 1)
                             .arg(step.version)
                             .arg(step.description, detail);
            return err;
        }
    }
    return err;
}

} // namespace Kansa
