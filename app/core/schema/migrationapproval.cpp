#include "schema/migrationsteps.h"

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
                advisoryIssuedTrigger(QStringLiteral("'drafted_by', NEW.drafted_by, 'approved_by', NEW.issued_by, ")),
            },
            error);
}

} // namespace Kansa
