#pragma once

#include "storage/databaselock.h"
#include "storage/migration.h"

#include <QSqlDatabase>
#include <QString>

namespace Kansa {

/// Why a database could not be opened; message() is in the user's language.
struct DatabaseError
{
    enum Code {
        None,
        CannotOpen,
        NotADatabase,
        Corrupt,
        NewerVersion,
        BackupFailed,
        MigrationFailed,
        InUse
    };
    Code code = None;
    QString path;
    QString detail;
    int foundVersion = 0;
    int knownVersion = 0;
    DatabaseLock::Holder holder; // InUse: the process that has the database open

    bool isError() const { return code != None; }
    QString message() const;
};

/// The SQLite database (WAL, foreign keys on, schema migrated). Opening checks the file first
/// and refuses, without writing anything, a database from a newer Kansa or a damaged one; an
/// older one is backed up (VACUUM INTO) before it is upgraded.
class Database
{
public:
    explicit Database(const QString &connectionName = QStringLiteral("kansa"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Takes Kansa's lock on the file first (see DatabaseLock), waiting up to lockWaitMs for
    /// another Kansa process to finish; InUse when it does not.
    /// The schema (its ladder and hooks) comes from the floor that knows it: standardSchema().
    DatabaseError open(const QString &path, const Schema &schema);
    static constexpr int LockWaitMs = 2000;
    /// How long open() waits for a window or for another command holding the file (the
    /// command line queues behind other commands; a window is reported at once).
    void setLockWait(int windowMs, int commandMs)
    {
        m_lockWindowMs = windowMs;
        m_lockCommandMs = commandMs;
    }
    void close();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    QString lastBackupPath() const { return m_backupPath; }
    /// The safeguard triggers found missing or altered at open (SchemaGuards); while any is,
    /// the connection refuses every write with a message saying why.
    QStringList brokenGuards() const { return m_brokenGuards; }

    /// Files up to this size get PRAGMA integrity_check before they are opened (about 0.3 s
    /// per 50 MB); larger ones are checked after start with checkIntegrity() on a thread.
    static constexpr qint64 IntegrityCheckAtOpenLimit = 64LL * 1024 * 1024;
    /// PRAGMA integrity_check through its own read-only connection (thread-safe); returns
    /// an empty string when the database is sound, else what SQLite reported.
    static QString checkIntegrity(const QString &path);

    /// KANSA_DB if set, else kansa.sqlite in the platform's app-data location.
    static QString defaultPath();
    static int currentVersion(const MigrationLadder &ladder);

private:
    DatabaseError inspect(const QString &path, const MigrationLadder &ladder, int *version);
    bool configure(const QString &path, DatabaseError *err);
    DatabaseError migrate(int fromVersion, const MigrationLadder &ladder);
    QString backupPathFor(int fromVersion) const;

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    QStringList m_brokenGuards;
    std::shared_ptr<DatabaseLock> m_lock;
    int m_lockWindowMs = LockWaitMs;
    int m_lockCommandMs = LockWaitMs;
};

} // namespace Kansa
