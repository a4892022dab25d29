#include "sqlhelpers.h"

#include <QDateTime>
#include <QSqlError>

namespace Kansa::Sql {

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool inTransaction(QSqlDatabase &db, QString *error, const std::function<bool(QString *)> &work)
{
    QString reason;
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (work(&reason) && db.commit())
        return true;
    if (reason.isEmpty())
        reason = db.lastError().text();
    db.rollback();
    if (error)
        *error = reason;
    return false;
}

} // namespace Kansa::Sql
