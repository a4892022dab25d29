#include "storage/sqlrows.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Kansa::SqlRows {

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return QJsonObject { { QStringLiteral("base64"), QString::fromLatin1(v.toByteArray().toBase64()) } };
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return double(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

QJsonArray read(QSqlDatabase db, const QString &sql, const QVariantList &binds, QString *error)
{
    QJsonArray rows;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        const QSqlRecord r = q.record();
        QJsonObject row;
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), toJson(q.value(i)));
        rows.append(row);
    }
    return rows;
}

} // namespace Kansa::SqlRows
