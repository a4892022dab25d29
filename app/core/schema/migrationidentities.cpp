#include "schema/migrationsteps.h"

#include <QSqlQuery>

namespace Kansa {

namespace {

// The item a row of evidence belongs to, by its number in the checklist (the same in every
// installation), for the history's content.
QString itemOf(const char *row)
{
    return QStringLiteral("(SELECT ordinal FROM check_items WHERE id = %1.check_item_id)").arg(QLatin1String(row));
}

QString trigger(const QString &name, const QString &event, const QString &condition, const QString &audit,
    const QString &action, const QString &entity, const QString &content)
{
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS history_%1 AFTER %2 FOR EACH ROW %3 BEGIN "
                          "INSERT INTO history_pending (audit_id, action, entity, content, actor) "
                          "VALUES (%4, %5, %6, %7, ''); END")
        .arg(name, event, condition.isEmpty() ? QString() : QStringLiteral("WHEN ") + condition, audit, action, entity, content);
}

} // namespace

QString advisoryIssuedTrigger(const QString &moreFields)
{
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS history_advisory_issued AFTER UPDATE ON advisories FOR EACH ROW "
                          "WHEN OLD.status = 'draft' AND NEW.status = 'issued' BEGIN "
                          "INSERT INTO history_pending (audit_id, action, entity, content, actor) VALUES (NEW.audit_id, "
                          "'advisory.issued', 'advisory:' || NEW.sequence, json_object('status', NEW.status, "
                          "'document_number', NEW.document_number, 'issued_on', NEW.issued_on, 'addressee', NEW.addressee, "
                          "'honorific', NEW.honorific, 'body', NEW.body, 'corrects_id', NEW.corrects_id, 'snapshot', "
                          "NEW.snapshot, %1'items', json((SELECT json_group_array(json(x)) FROM (SELECT json_object('ordinal', "
                          "ordinal, 'severity', severity, 'clause', clause, 'finding', finding, 'improvement', improvement, "
                          "'deadline', deadline, 'included', included) AS x FROM advisory_items WHERE advisory_id = NEW.id "
                          "ORDER BY ordinal)))), NEW.issued_by); END")
        .arg(moreFields);
}

// Version 11 (issue 24): the history names what it records by keys that are the same in every
// installation, so that a package's data can be replayed against its history wherever it goes.
// Evidence gets a uid (set by Kansa when it stores a row; rows from before get one here) and
// its entries carry it, the file and the check item's number; a check item's entry records it
// whole when it is made. Resolved package conflicts stay (marked), so that a conflict's number is
// never given twice; what they held is dropped at resolution.
bool addStableIdentities(QSqlDatabase &db, QString *error)
{
    const QString evidenceContent = QStringLiteral(
        "json_object('uid', %1.uid, 'item', %2, 'kind', %1.kind, 'sha256', %1.sha256, 'original_name', %1.original_name, "
        "'caption', %1.caption, 'cert_issuer', %1.cert_issuer, 'cert_number', %1.cert_number, 'cert_scope', %1.cert_scope, "
        "'cert_valid_until', %1.cert_valid_until)");
    const QString editable = QStringLiteral(
        "json_object('%1', OLD.%1, 'caption', OLD.caption, 'cert_issuer', OLD.cert_issuer, 'cert_number', OLD.cert_number, "
        "'cert_scope', OLD.cert_scope, 'cert_valid_until', OLD.cert_valid_until) IS NOT json_object('%1', NEW.%1, "
        "'caption', NEW.caption, 'cert_issuer', NEW.cert_issuer, 'cert_number', NEW.cert_number, 'cert_scope', "
        "NEW.cert_scope, 'cert_valid_until', NEW.cert_valid_until)")
                                 .arg(QStringLiteral("check_item_id"));
    // Rows of signed audits get their uid too: the guard that refuses changes to what was signed
    // steps aside for this one statement (and is put back as it was, word for word).
    QString guard;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'signed_evidence_update'")) && q.next())
            guard = q.value(0).toString();
    }
    QStringList uids { QStringLiteral("UPDATE evidence SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL") };
    if (!guard.isEmpty())
        uids = QStringList { QStringLiteral("DROP TRIGGER signed_evidence_update") } + uids + QStringList { guard };
    return addColumn(db, QStringLiteral("evidence"), QStringLiteral("uid"), QStringLiteral("TEXT"), error)
        && addColumn(db, QStringLiteral("package_conflicts"), QStringLiteral("resolved_at"), QStringLiteral("TEXT"), error)
        && addColumn(db, QStringLiteral("package_conflicts"), QStringLiteral("resolution"), QStringLiteral("TEXT NOT NULL DEFAULT ''"), error)
        && execAll(db, uids, error)
        && execAll(db,
            {
                QStringLiteral("DROP TRIGGER IF EXISTS history_evidence_added"),
                QStringLiteral("DROP TRIGGER IF EXISTS history_evidence_removed"),
                QStringLiteral("DROP TRIGGER IF EXISTS history_caption"),
                trigger(QStringLiteral("evidence_added"), QStringLiteral("INSERT ON evidence"), {}, QStringLiteral("NEW.audit_id"),
                    QStringLiteral("'evidence.added'"), QStringLiteral("'evidence:' || coalesce(NEW.uid, NEW.id)"),
                    evidenceContent.arg(QStringLiteral("NEW"), itemOf("NEW"))),
                trigger(QStringLiteral("evidence_removed"), QStringLiteral("DELETE ON evidence"), {}, QStringLiteral("OLD.audit_id"),
                    QStringLiteral("'evidence.removed'"), QStringLiteral("'evidence:' || coalesce(OLD.uid, OLD.id)"),
                    QStringLiteral("json_object('uid', OLD.uid, 'kind', OLD.kind, 'sha256', OLD.sha256)")),
                trigger(QStringLiteral("caption"), QStringLiteral("UPDATE ON evidence"), editable, QStringLiteral("NEW.audit_id"),
                    QStringLiteral("'caption'"), QStringLiteral("'evidence:' || coalesce(NEW.uid, NEW.id)"),
                    evidenceContent.arg(QStringLiteral("NEW"), itemOf("NEW"))),
                // An issued letter's items as they were issued (they never change after).
                QStringLiteral("DROP TRIGGER IF EXISTS history_advisory_issued"),
                advisoryIssuedTrigger({}),
                trigger(QStringLiteral("item_added"), QStringLiteral("INSERT ON check_items"), {}, QStringLiteral("NEW.audit_id"),
                    QStringLiteral("'item.added'"), QStringLiteral("'item:' || NEW.ordinal"),
                    QStringLiteral("json_object('article_number', NEW.article_number, 'paragraph_ordinal', NEW.paragraph_ordinal, "
                                   "'item_label', NEW.item_label, 'paragraph_text', NEW.paragraph_text, 'item_text', "
                                   "NEW.item_text, 'obligation', NEW.obligation, 'scored', NEW.scored)")),
            },
            error);
}

} // namespace Kansa
