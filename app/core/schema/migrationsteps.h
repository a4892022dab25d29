#pragma once

#include "storage/migration.h"

// The steps of Kansa's schema ladder (standardMigrations()), one function per version, each
// idempotent and run inside the migration's transaction.
namespace Kansa {

bool createClauseLibrary(QSqlDatabase &db, QString *error); // 1, migrationbase.cpp
bool createAudits(QSqlDatabase &db, QString *error); // 2
bool createSignOff(QSqlDatabase &db, QString *error); // 3
bool createIssuedLetters(QSqlDatabase &db, QString *error); // 4, migrationletters.cpp
bool indexFollowUpTexts(QSqlDatabase &db, QString *error); // 5, migrationsearch.cpp
bool recordSourceHashes(QSqlDatabase &db, QString *error); // 6, migrationbase.cpp
bool createHistory(QSqlDatabase &db, QString *error); // 7, migrationhistory.cpp
bool createEvidenceKeys(QSqlDatabase &db, QString *error); // 8, migrationkeys.cpp
bool addPhotoMarkup(QSqlDatabase &db, QString *error); // 9, migrationbase.cpp
bool keepReplacedFiles(QSqlDatabase &db, QString *error); // 10
bool addStableIdentities(QSqlDatabase &db, QString *error); // 11, migrationidentities.cpp
bool addLetterApproval(QSqlDatabase &db, QString *error); // 12, migrationapproval.cpp

/// The history's trigger for a letter issued (schema 11; schema 12 adds moreFields, JSON
/// key/value pairs each followed by ", ", before the items).
QString advisoryIssuedTrigger(const QString &moreFields);

} // namespace Kansa
