#include "auditcommands.h"

#include "calendar/today.h"
#include "settings/documentsettings.h"

#include "inspection/auditjson.h"
#include "audits/auditrepository.h"
#include "clauses/clausesetrepository.h"
#include "storage/database.h"
#include "evidence/evidencestore.h"
#include "audits/findingrepository.h"
#include "disposal/auditdisposal.h"
#include "disposalrecorddocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kansa::Cli {

namespace {

int newAudit(Context &ctx)
{
    bool missing = false;
    const auto setArg = ctx.takeOption(QStringLiteral("--clause-set"), &missing);
    const auto contractor = ctx.takeOption(QStringLiteral("--contractor"), &missing);
    const auto dateArg = ctx.takeOption(QStringLiteral("--date"), &missing);
    const auto typeArg = ctx.takeOption(QStringLiteral("--type"), &missing);
    const auto place = ctx.takeOption(QStringLiteral("--place"), &missing);
    const auto inspector = ctx.takeOption(QStringLiteral("--inspector"), &missing);
    if (missing || !setArg || !contractor || contractor->trimmed().isEmpty() || !ctx.args.isEmpty())
        return fail(ctx, Usage,
            tr("usage: kansa-cli audit new --clause-set ID --contractor NAME "
               "[--date YYYY-MM-DD] [--type periodic|adhoc] [--place TEXT] [--inspector NAME]"));
    Audit audit;
    audit.contractor.name = contractor->trimmed();
    audit.date = dateArg ? QDate::fromString(*dateArg, Qt::ISODate) : Today::date();
    if (!audit.date.isValid())
        return fail(ctx, BadInput, badDate(*dateArg));
    if (typeArg) {
        const auto kind = AuditKinds::fromKey(*typeArg);
        if (!kind)
            return fail(
                ctx, BadInput, tr("The type must be periodic or adhoc, not %1.").arg(*typeArg));
        audit.kind = *kind;
    }
    audit.workPlace = place.value_or(QString());
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    // Without --inspector, the office's default lead inspector (settings audit.default_lead).
    audit.leadInspector = inspector.value_or(DocumentSettings::load(db.connection()).defaultLead);
    const auto setId = parseId(*setArg);
    const std::optional<ClauseSet> set = ClauseSetRepository(db.connection()).load(setId);
    if (!set)
        return fail(ctx, BadInput,
            tr("There is no clause set %1 (see: kansa-cli clauses list).").arg(*setArg));
    QString error;
    const qint64 id = AuditRepository(db.connection()).create(audit, *set, &error);
    if (!id)
        return fail(ctx, BadInput, tr("The audit could not be stored: %1").arg(error));
    ctx.out << id << Qt::endl;
    return Ok;
}

QJsonObject summaryJson(const AuditSummary &s)
{
    return QJsonObject {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("contractor"), s.contractor },
        { QStringLiteral("date"), s.date.toString(Qt::ISODate) },
        { QStringLiteral("kind"), AuditKinds::key(s.kind) },
        { QStringLiteral("status"), AuditStatuses::key(s.status) },
        { QStringLiteral("archived"), s.archived },
        { QStringLiteral("clause_set"), s.clauseSetTitle },
        { QStringLiteral("progress"),
            QJsonObject { { QStringLiteral("answered"), s.answered },
                { QStringLiteral("total"), s.total } } },
        { QStringLiteral("major"), s.major },
        { QStringLiteral("minor"), s.minor },
    };
}

int listAudits(Context &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.args.isEmpty())
        return fail(ctx, Usage, tr("usage: kansa-cli audit list [--json]"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    const QList<AuditSummary> audits = AuditRepository(db.connection()).list();
    if (json) {
        QJsonArray array;
        for (const AuditSummary &s : audits)
            array.append(summaryJson(s));
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const AuditSummary &s : audits)
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4\t%5/%6\t%7")
                       .arg(s.id)
                       .arg(s.date.toString(Qt::ISODate), s.contractor,
                           AuditStatuses::label(s.status))
                       .arg(s.answered)
                       .arg(s.total)
                       .arg(tr("major %1, minor %2").arg(s.major).arg(s.minor))
                << Qt::endl;
    return Ok;
}

int showAudit(Context &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const auto id = ctx.args.size() == 1 ? parseId(ctx.args.first()) : 0;
    if (!id)
        return fail(ctx, Usage, tr("usage: kansa-cli audit show AUDIT [--json]"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    const QJsonObject audit = AuditJson::audit(db.connection(), store, id);
    if (audit.isEmpty())
        return noAudit(ctx, id);
    if (json) {
        ctx.out << QJsonDocument(audit).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QJsonObject progress = audit.value(QStringLiteral("progress")).toObject();
    ctx.out << audit.value(QStringLiteral("contractor")).toString() << QStringLiteral("  ")
            << audit.value(QStringLiteral("date")).toString() << Qt::endl
            << tr("Progress: %1 of %2 items have a verdict")
                   .arg(progress.value(QStringLiteral("answered")).toInt())
                   .arg(progress.value(QStringLiteral("total")).toInt())
            << Qt::endl;
    const QJsonArray items = audit.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const auto verdict = Verdicts::fromKey(item.value(QStringLiteral("verdict")).toString());
        const QString since = item.value(QStringLiteral("since_previous")).toString();
        if (since == QStringLiteral("new") || since == QStringLiteral("changed"))
            ctx.out << (since == QStringLiteral("new") ? tr("[new] ") : tr("[changed] "));
        ctx.out << QStringLiteral("%1\t%2 %3 %4\t%5")
                       .arg(item.value(QStringLiteral("id")).toInteger())
                       .arg(item.value(QStringLiteral("article")).toString())
                       .arg(item.value(QStringLiteral("paragraph")).toInt())
                       .arg(item.value(QStringLiteral("item")).toString(),
                           // a paragraph not checked in this audit, as the documents mark it
                           !item.value(QStringLiteral("scored")).toBool() && verdict.value_or(Verdict::Unchecked) == Verdict::Unchecked
                               ? tr("(reference)")
                               : Verdicts::label(verdict.value_or(Verdict::Unchecked)))
                << Qt::endl;
    }
    return Ok;
}

// A re-inspection: the same contractor and header, the same check items, or with --clause-set
// those of a newer version of the clause document (each then marked new or changed).
int reinspect(Context &ctx)
{
    bool missing = false;
    const auto setArg = ctx.takeOption(QStringLiteral("--clause-set"), &missing);
    const auto dateArg = ctx.takeOption(QStringLiteral("--date"), &missing);
    const auto id = ctx.args.size() == 1 ? parseId(ctx.args.first()) : 0;
    if (missing || !id)
        return fail(ctx, Usage,
            tr("usage: kansa-cli audit reinspect AUDIT [--clause-set ID] [--date YYYY-MM-DD]"));
    const QDate date = dateArg ? QDate::fromString(*dateArg, Qt::ISODate) : Today::date();
    if (!date.isValid())
        return fail(ctx, BadInput, badDate(*dateArg));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    AuditRepository audits(db.connection());
    if (!audits.load(id))
        return noAudit(ctx, id);
    QString error;
    qint64 created = 0;
    if (setArg) {
        const std::optional<ClauseSet> set = ClauseSetRepository(db.connection()).load(parseId(*setArg));
        if (!set)
            return fail(ctx, BadInput,
                tr("There is no clause set %1 (see: kansa-cli clauses list).").arg(*setArg));
        created = audits.reinspect(id, date, *set, &error);
    } else {
        created = audits.duplicate(id, date, &error);
    }
    if (!created)
        return fail(ctx, BadInput, tr("The audit could not be stored: %1").arg(error));
    ctx.out << created << Qt::endl;
    return Ok;
}

QString inventoryText(const DisposalInventory &v)
{
    return tr("Audit %1: %2, %3\n  check items %4, findings %5, photos %6, documents %7, certificates %8,\n"
              "  signatures %9, letters %10, follow-up events %11 (files %12)")
        .arg(v.auditId)
        .arg(v.contractor, v.auditDate.toString(Qt::ISODate))
        .arg(v.checkItems)
        .arg(v.findings)
        .arg(v.photos)
        .arg(v.documents)
        .arg(v.certificates)
        .arg(v.signatures)
        .arg(v.letters)
        .arg(v.followUpEvents)
        .arg(v.followUpFiles);
}

int writeRecord(Context &ctx, Database &db, const DisposalRecord &record, const QString &path)
{
    QString error;
    if (!DisposalRecordDocument::writePdf(record, DocumentSettings::load(db.connection()), path, &error))
        return fail(ctx, BadInput,
            tr("The disposal record could not be written to %1: %2\nPrint it again with: kansa-cli audit "
               "disposal-record %3 --out FILE.pdf")
                .arg(path, error)
                .arg(record.id));
    return Ok;
}

// Issue 13: an audit disposed of for good, leaving a signed record.
int dispose(Context &ctx)
{
    bool missing = false;
    const auto by = ctx.takeOption(QStringLiteral("--by"), &missing);
    const auto approved = ctx.takeOption(QStringLiteral("--approved-by"), &missing);
    const auto reason = ctx.takeOption(QStringLiteral("--reason"), &missing);
    const auto recordPath = ctx.takeOption(QStringLiteral("--record"), &missing);
    const bool force = ctx.takeFlag(QStringLiteral("--force"));
    const auto id = ctx.args.size() == 1 ? parseId(ctx.args.first()) : 0;
    if (missing || !id || !by || !approved || !reason)
        return fail(ctx, Usage,
            tr("usage: kansa-cli audit dispose AUDIT --by NAME --approved-by NAME --reason TEXT "
               "[--record FILE.pdf] [--force]"));
    if (recordPath && QFileInfo::exists(*recordPath))
        return fail(ctx, BadInput, tr("%1 exists already; give another file for the record.").arg(*recordPath));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    AuditDisposal disposal(db.connection(), store);
    QString error;
    const auto inventory = disposal.inventory(id, &error);
    if (!inventory)
        return fail(ctx, BadInput, error);
    const DisposalRequest request { id, *by, *approved, *reason, force };
    if (const QString why = AuditDisposal::refusal(request, *inventory); !why.isEmpty())
        return fail(ctx, BadInput,
            inventoryText(*inventory) + QLatin1Char('\n') + why
                + (AuditDisposal::refusal({ id, *by, *approved, *reason, true }, *inventory).isEmpty()
                        ? tr(" (--force)")
                        : QString()));
    ctx.err << tr("Disposing of:") << QLatin1Char(' ') << inventoryText(*inventory) << Qt::endl;
    const auto record = disposal.dispose(request, &error);
    if (!record)
        return fail(ctx, BadInput, tr("Nothing was disposed of: %1").arg(error));
    if (!error.isEmpty()) // disposed; the rest is finished at the next start
        ctx.err << error << Qt::endl;
    ctx.out << tr("Audit %1 disposed of; disposal record %2").arg(id).arg(record->id) << Qt::endl;
    return recordPath ? writeRecord(ctx, db, *record, *recordPath) : Ok;
}

int disposals(Context &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.args.isEmpty())
        return fail(ctx, Usage, tr("usage: kansa-cli audit disposals [--json]"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    QJsonArray all;
    for (const DisposalRecord &r : AuditDisposal(db.connection(), store).records()) {
        if (!json) {
            ctx.out << QStringLiteral("%1\t%2\t%3\t%4")
                           .arg(r.id)
                           .arg(r.disposedAt().toLocalTime().toString(Qt::ISODate),
                               r.content.value(QStringLiteral("audit")).toObject().value(QStringLiteral("contractor")).toString(),
                               r.signatureValid() ? tr("signature valid") : tr("SIGNATURE INVALID"))
                    << Qt::endl;
            continue;
        }
        QJsonObject o = r.content;
        o.insert(QStringLiteral("id"), r.id);
        o.insert(QStringLiteral("record_sha256"), r.recordSha256());
        o.insert(QStringLiteral("signature_valid"), r.signatureValid());
        o.insert(QStringLiteral("finished"), r.finishedAt.isValid());
        all.append(o);
    }
    if (json)
        ctx.out << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return Ok;
}

int disposalRecord(Context &ctx)
{
    bool missing = false;
    const auto out = ctx.takeOption(QStringLiteral("--out"), &missing);
    const auto id = ctx.args.size() == 1 ? parseId(ctx.args.first()) : 0;
    if (missing || !id || !out)
        return fail(ctx, Usage, tr("usage: kansa-cli audit disposal-record ID --out FILE.pdf"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    const auto record = AuditDisposal(db.connection(), store).record(id);
    if (!record)
        return fail(ctx, BadInput, tr("There is no disposal record %1 (see: kansa-cli audit disposals).").arg(id));
    return writeRecord(ctx, db, *record, *out);
}

} // namespace

int runAudit(Context &ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QStringLiteral("new"))
        return newAudit(ctx);
    if (sub == QStringLiteral("list"))
        return listAudits(ctx);
    if (sub == QStringLiteral("show"))
        return showAudit(ctx);
    if (sub == QStringLiteral("reinspect"))
        return reinspect(ctx);
    if (sub == QStringLiteral("dispose"))
        return dispose(ctx);
    if (sub == QStringLiteral("disposals"))
        return disposals(ctx);
    if (sub == QStringLiteral("disposal-record"))
        return disposalRecord(ctx);
    return fail(ctx, Usage, tr("usage: kansa-cli audit new|list|show|reinspect|dispose|disposals|disposal-record …"));
}

int runFinding(Context &ctx)
{
    bool missing = false;
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    const auto verdictArg = ctx.takeOption(QStringLiteral("--verdict"), &missing);
    const auto note = ctx.takeOption(QStringLiteral("--note"), &missing);
    const auto scoredArg = ctx.takeOption(QStringLiteral("--scored"), &missing);
    const auto auditId = ctx.args.size() == 2 ? parseId(ctx.args.at(0)) : 0;
    const auto itemId = ctx.args.size() == 2 ? parseId(ctx.args.at(1)) : 0;
    const bool scoredValid = !scoredArg || *scoredArg == QStringLiteral("yes") || *scoredArg == QStringLiteral("no");
    if (sub != QStringLiteral("set") || missing || !auditId || !itemId || (!verdictArg && !note && !scoredArg) || !scoredValid)
        return fail(ctx, Usage,
            tr("usage: kansa-cli finding set AUDIT ITEM --verdict "
               "conforming|major|minor|observation|na [--note TEXT] [--scored yes|no]"));
    const Verdict verdict = verdictArg ? Verdicts::fromKey(*verdictArg).value_or(Verdict::Unchecked)
                                       : Verdict::Unchecked;
    if (verdictArg && verdict == Verdict::Unchecked)
        return fail(ctx, BadInput,
            tr("The verdict must be conforming, major, minor, observation or na, not %1.")
                .arg(*verdictArg));
    Database db;
    int code = Ok;
    if (!openAudit(ctx, db, auditId, &code))
        return code;
    const QList<CheckItem> items = AuditRepository(db.connection()).checkItems(auditId);
    const auto item = std::find_if(items.begin(), items.end(), [&](const CheckItem &c) { return c.id == itemId; });
    if (item == items.end())
        return fail(ctx, BadInput,
            tr("Audit %1 has no check item %2 (see: kansa-cli audit show %1).")
                .arg(auditId)
                .arg(itemId));
    QString error;
    // Whether the paragraph is checked at all comes first (--scored yes makes a （参考）
    // paragraph a check item of this audit); a verdict for one that will not be is refused
    // before anything changes.
    const bool scored = scoredArg ? *scoredArg == QStringLiteral("yes") : item->scored;
    if (verdictArg && scoredArg && !scored)
        return fail(ctx, BadInput, tr("A verdict and --scored no contradict each other: a paragraph that is not checked takes no verdict."));
    if (verdictArg && !scored)
        return fail(ctx, BadInput,
            tr("%1 is （参考） in this audit, not a check item, so it takes no verdict. If it is to be checked, make "
               "it a check item: kansa-cli finding set %2 %3 --scored yes --verdict %4")
                .arg(item->citation())
                .arg(auditId)
                .arg(itemId)
                .arg(*verdictArg));
    if (scoredArg && !AuditRepository(db.connection()).setScored(itemId, scored, &error))
        return fail(ctx, BadInput, tr("The finding could not be saved: %1").arg(error));
    FindingRepository findings(db.connection());
    if ((verdictArg && !findings.setVerdict(auditId, itemId, verdict, &error))
        || (note && !findings.setText(auditId, itemId, FindingField::Note, *note, &error)))
        return fail(ctx, BadInput, tr("The finding could not be saved: %1").arg(error));
    return Ok;
}

} // namespace Kansa::Cli
