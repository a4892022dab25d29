#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QVariant>

/// Rows of a query as JSON objects (column → value), as packages carry an audit and the history's
/// replay compares it: integers as numbers, NULL as null, BLOBs as {"base64": …}.
namespace Kansa::SqlRows {

QJsonValue toJson(const QVariant &value);

/// Every row of sql with binds; *error (when given) says why on failure, and no rows come back.
QJsonArray read(QSqlDatabase db, const QString &sql, const QVariantList &binds, QString *error = nullptr);

} // namespace Kansa::SqlRows
