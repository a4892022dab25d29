#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace Kansa::Sql {

bool fail(const QSqlQuery &q, QString *error)
{
    if (error) {
        const QString text = q.lastError().text();
        // The triggers of a signed audit (migration 3) speak to the user through this.
        *error = text.contains(QLatin1String("kansa: the checklist is signed"))
            ? QCoreApplication::translate("Kansa::Sql",
                  "This checklist is signed and cannot be changed. Reopen it first; reopening "
                  "voids the signatures, and both parties must sign again.")
            : text;
    }
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
