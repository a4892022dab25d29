#include "schema/standardschema.h"

#include "history/historylog.h"
#include "schema/migrationsteps.h"

#include <QJsonArray>

namespace Kansa {

MigrationLadder standardMigrations()
{
    return {
        { 1, QStringLiteral("clause library"), createClauseLibrary },
        { 2, QStringLiteral("audits, findings, evidence, search"), createAudits },
        { 3, QStringLiteral("signatures, advisories, follow-up, settings"), createSignOff },
        { 4, QStringLiteral("draft and issued letters, corrections, not-required items"),
            createIssuedLetters },
        { 5, QStringLiteral("follow-up texts in the search index"), indexFollowUpTexts },
        { 6, QStringLiteral("source file hash of corrected clause sets"), recordSourceHashes },
        { 7, QStringLiteral("audit identities, tamper-evident history, installation key"), createHistory },
        { 8, QStringLiteral("evidence keys (encryption at rest) and disposal records"), createEvidenceKeys },
        { 9, QStringLiteral("markup drawn on photos"), addPhotoMarkup },
        { 10, QStringLiteral("files of audit versions replaced by a package"), keepReplacedFiles },
        { 11, QStringLiteral("stable identities in the history, resolved conflicts kept"), addStableIdentities },
        { 12, QStringLiteral("who drafted and who approved a letter (起案・決裁)"), addLetterApproval },
    };
}

Schema standardSchema()
{
    return standardSchema(standardMigrations());
}

Schema standardSchema(const MigrationLadder &ladder)
{
    Schema schema;
    schema.ladder = ladder;
    // The history entries of what a transaction changed are chained in the same transaction.
    schema.beforeCommit = [](QSqlDatabase &db, QString *error) { return HistoryLog::seal(db, error); };
    schema.filesTightened = [](QSqlDatabase &db, const QStringList &widened, QString *error) {
        return HistoryLog::record(db, 0, QStringLiteral("permissions.tightened"), QStringLiteral("database"),
            { { QStringLiteral("before"), QJsonArray::fromStringList(widened) },
                { QStringLiteral("after"), QStringLiteral("owner only") } },
            error);
    };
    return schema;
}

} // namespace Kansa
