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

/// What a database holds and what runs at fixed moments of its life, given to Database::open
/// by the floor that knows them (schema/standardschema.h): storage knows neither Kansa's tables
/// nor its history.
struct Schema
{
    MigrationLadder ladder;
    /// Inside every outermost Sql::inTransaction, after the work and before the commit (the
    /// history seals the entries the transaction recorded); false rolls the transaction back.
    std::function<bool(QSqlDatabase &db, QString *error)> beforeCommit;
    /// After open made files private that others could read (their paths), in a transaction.
    std::function<bool(QSqlDatabase &db, const QStringList &tightened, QString *error)> filesTightened;
};

/// Runs every statement; stops at and reports the first failure.
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error);

/// ALTER TABLE … ADD COLUMN unless the column is there (a step may run again after an
/// interrupted upgrade).
bool addColumn(QSqlDatabase &db, const QString &table, const QString &column,
    const QString &definition, QString *error);

} // namespace Kansa
