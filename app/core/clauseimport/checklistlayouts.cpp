#include "clauseimport/checklistlayouts.h"

#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace Kansa::ChecklistLayouts {

namespace {

QString settingKey(const QString &key)
{
    return QStringLiteral("checklist.layout.") + key;
}

} // namespace

std::optional<ChecklistLayout> load(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(settingKey(key));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ChecklistLayout::fromJson(q.value(0).toString());
}

bool save(QSqlDatabase db, const QString &key, const ChecklistLayout &layout, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(settingKey(key));
    q.addBindValue(layout.toJson());
    return q.exec() || Sql::fail(q, error);
}

std::function<std::optional<ChecklistLayout>(const QString &)> lookup(QSqlDatabase db)
{
    return [db](const QString &key) { return load(db, key); };
}

} // namespace Kansa::ChecklistLayouts
