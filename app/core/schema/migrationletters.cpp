#include "schema/migrationsteps.h"

#include <QSqlQuery>

namespace Kansa {


// Version 4: a letter is a draft until it is issued; issuing takes its number and stores the
// issuer, contact and wording it printed with (a snapshot of the settings), so that later
// settings never change an issued letter, and triggers refuse any change to it afterwards. A
// correction is a new letter naming the one it corrects; its items name the items they
// replace. Items left out of a draft stay as rows (included = 0). A recommendation can be
// closed as not required (resolution, and the closing event's outcome).
// Letters that exist already were issued when they were created: they become 'issued', with
// the settings of the moment of the upgrade as their snapshot (the best that is known).
bool createIssuedLetters(QSqlDatabase &db, QString *error)
{
    struct Column
    {
        const char *table, *name, *definition;
    };
    const Column columns[] = {
        { "advisories", "status",
            "TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('draft', 'issued', 'superseded'))" },
        { "advisories", "snapshot", "TEXT NOT NULL DEFAULT ''" },
        { "advisories", "body", "TEXT NOT NULL DEFAULT ''" },
        { "advisories", "corrects_id", "INTEGER REFERENCES advisories(id) ON DELETE SET NULL" },
        { "advisories", "issued_at", "TEXT NOT NULL DEFAULT ''" },
        { "advisories", "issued_by", "TEXT NOT NULL DEFAULT ''" },
        { "advisory_items", "included", "INTEGER NOT NULL DEFAULT 1" },
        { "advisory_items", "replaces_item_id",
            "INTEGER REFERENCES advisory_items(id) ON DELETE SET NULL" },
        { "advisory_items", "resolution", "TEXT NOT NULL DEFAULT ''" },
        { "followup_events", "outcome", "TEXT NOT NULL DEFAULT ''" },
    };
    for (const Column &c : columns)
        if (!addColumn(db, QLatin1String(c.table), QLatin1String(c.name), QLatin1String(c.definition), error))
            return false;
    const QString refuse = QStringLiteral(
        "SELECT RAISE(ABORT, 'kansa: the letter is issued; a correction is a new letter')");
    return execAll(db,
        {
            QStringLiteral("UPDATE advisories SET snapshot = (SELECT json_group_object(key, value) "
                           "FROM settings), issued_at = created_at WHERE status = 'issued' AND snapshot = ''"),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS issued_letter_update BEFORE UPDATE OF "
                           "audit_id, sequence, document_number, issued_on, addressee, honorific, "
                           "body, snapshot, corrects_id ON advisories WHEN old.status <> 'draft' "
                           "BEGIN %1; END")
                .arg(refuse),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS issued_letter_items_update BEFORE UPDATE OF "
                           "advisory_id, ordinal, severity, clause, finding, improvement, deadline, "
                           "included ON advisory_items WHEN (SELECT status FROM advisories WHERE "
                           "id = old.advisory_id) <> 'draft' BEGIN %1; END")
                .arg(refuse),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS issued_letter_items_insert BEFORE INSERT ON "
                           "advisory_items WHEN (SELECT status FROM advisories WHERE "
                           "id = new.advisory_id) <> 'draft' BEGIN %1; END")
                .arg(refuse),
        },
        error);
}

} // namespace Kansa
