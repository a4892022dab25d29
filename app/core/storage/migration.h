#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Kansa {

/// One step of the schema ladder: brings a database from version-1 to version. Runs inside a
/// transaction and must be idempotent (CREATE … IF NOT EXISTS), so a half-known state heals.
struct Migration
{
    int version = 0;
    QString description;
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
};

using MigrationLadder = QList<Migration>;

/// The ladder this build of Kansa knows; its last version is the current schema version.
MigrationLadder standardMigrations();

/// Runs every statement; stops at and reports the first failure.
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error);

/// ALTER TABLE … ADD COLUMN unless the column is there (a step may run again after an
/// interrupted upgrade).
bool addColumn(QSqlDatabase &db, const QString &table, const QString &column,
    const QString &definition, QString *error);

/// The history's trigger for a letter issued (schema 11; schema 12 adds moreFields, JSON
/// key/value pairs each followed by ", ", before the items).
QString advisoryIssuedTrigger(const QString &moreFields);

} // namespace Kansa
