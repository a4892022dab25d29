#pragma once

#include "crypto/agekeys.h"

#include <QSqlDatabase>

/// The office public keys (age1…) audit packages are encrypted to, kept in the database's
/// settings (key "package.recipients"). Every laptop of the office holds the same list.
namespace Kansa::PackageSettings {

QList<AgeRecipient> recipients(QSqlDatabase db);
/// Adds a key given as text (age1…); refuses anything else, naming it. Adding a key already
/// there changes nothing.
bool addRecipient(QSqlDatabase db, const QString &text, QString *error);
/// Removes a key; false when it was not there.
bool removeRecipient(QSqlDatabase db, const QString &text, QString *error);

} // namespace Kansa::PackageSettings
