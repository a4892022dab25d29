#include "schema/migrationsteps.h"
#include "search/searchindex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kansa {

// Version 5: follow-up texts (the contractor's improvement report, a verification note, the
// reason for a return) are searchable like findings. Steps recorded before the upgrade are
// indexed here; FollowUp indexes every later one as it is recorded.
bool indexFollowUpTexts(QSqlDatabase &db, QString *error)
{
    struct Text
    {
        qint64 eventId, auditId;
        QString text;
    };
    QList<Text> texts;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT e.id, a.audit_id, e.text FROM followup_events e "
            "JOIN advisory_items i ON i.id = e.advisory_item_id "
            "JOIN advisories a ON a.id = i.advisory_id WHERE e.text <> ''"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        texts.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString() });
    SearchIndex index(db);
    for (const Text &t : texts)
        if (!index.put(SearchIndex::Source::FollowUp, t.eventId, t.auditId, t.text, error))
            return false;
    return true;
}

} // namespace Kansa
