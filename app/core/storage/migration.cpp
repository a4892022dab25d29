#include "storage/migration.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kansa {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text() + QStringLiteral(" — ") + sql.left(80);
            return false;
        }
    }
    return true;
}

bool addColumn(QSqlDatabase &db, const QString &table, const QString &column,
    const QString &definition, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        while (q.next())
            if (q.value(1).toString() == column)
                return true;
    return execAll(db, { QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, definition) },
        error);
}

} // namespace Kansa
