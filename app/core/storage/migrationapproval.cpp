#include "storage/migration.h"

namespace Kansa {

// Version 12 (issue 25): a letter goes through the office's 起案 → 決裁 before it is issued.
// Who drafted it is stored beside who approved it (issued_by, whose approval date is the
// letter's date), and the history's entry for an issued letter names both.
bool addLetterApproval(QSqlDatabase &db, QString *error)
{
    return addColumn(db, QStringLiteral("advisories"), QStringLiteral("drafted_by"),
               QStringLiteral("TEXT NOT NULL DEFAULT ''"), error)
        && execAll(db,
            {
                QStringLiteral("DROP TRIGGER IF EXISTS history_advisory_issued"),
                QStringLiteral("CREATE TRIGGER IF NOT EXISTS history_advisory_issued AFTER UPDATE ON advisories FOR EACH ROW "
                               "WHEN OLD.status = 'draft' AND NEW.status = 'issued' BEGIN "
                               "INSERT INTO history_pending (audit_id, action, entity, content, actor) VALUES (NEW.audit_id, "
                               "'advisory.issued', 'advisory:' || NEW.sequence, json_object('status', NEW.status, "
                               "'document_number', NEW.document_number, 'issued_on', NEW.issued_on, 'addressee', NEW.addressee, "
                               "'honorific', NEW.honorific, 'body', NEW.body, 'corrects_id', NEW.corrects_id, 'snapshot', "
                               "NEW.snapshot, 'drafted_by', NEW.drafted_by, 'approved_by', NEW.issued_by, "
                               "'items', json((SELECT json_group_array(json(x)) FROM (SELECT json_object('ordinal', "
                               "ordinal, 'severity', severity, 'clause', clause, 'finding', finding, 'improvement', improvement, "
                               "'deadline', deadline, 'included', included) AS x FROM advisory_items WHERE advisory_id = NEW.id "
                               "ORDER BY ordinal)))), NEW.issued_by); END"),
            },
            error);
}

} // namespace Kansa
