#include "signoffcommands.h"
#include "settings/documentsettings.h"

#include "advisory/advisorylifecycle.h"

#include "storage/database.h"
#include "documentexport.h"
#include "evidence/evidencestore.h"
#include "audits/auditrepository.h"
#include "audits/findingrepository.h"
#include "signoff/signingchecks.h"
#include "signoff/signoff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>

namespace Kansa::Cli {

int runSign(Context &ctx)
{
    bool missing = false;
    const auto role = ctx.takeOption(QStringLiteral("--role"), &missing);
    const auto name = ctx.takeOption(QStringLiteral("--name"), &missing);
    const auto title = ctx.takeOption(QStringLiteral("--title"), &missing);
    const auto image = ctx.takeOption(QStringLiteral("--image"), &missing);
    const bool strict = ctx.takeFlag(QStringLiteral("--strict"));
    const qint64 auditId = ctx.args.size() == 1 ? parseId(ctx.args.at(0)) : 0;
    const std::optional<SignatureRole> r = role ? SignatureRoles::fromKey(*role) : std::nullopt;
    if (missing || !auditId || !r || !name || !image)
        return fail(ctx, Usage,
            tr("usage: kansa-cli sign AUDIT --role inspector|contractor --name NAME "
               "--image FILE.png [--title TITLE] [--strict]"));
    QFile file(*image);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ctx, BadInput, tr("Cannot read %1: %2").arg(*image, file.errorString()));
    const QByteArray png = file.readAll();
    if (QImage::fromData(png, "PNG").isNull())
        return fail(ctx, BadInput, tr("%1 is not a PNG image.").arg(*image));
    Database db;
    int code = Ok;
    if (!openAudit(ctx, db, auditId, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    // The checks the GUI shows before signing: printed as warnings, or refused with --strict.
    if (!SignOff::isSigned(db.connection(), auditId)) {
        const DocumentSettings settings = DocumentSettings::load(db.connection());
        const QList<SigningChecks::Warning> warnings = SigningChecks::find(
            AuditRepository(db.connection()).checkItems(auditId),
            FindingRepository(db.connection()).forAudit(auditId),
            [&](const QString &ref) { return settings.digitsOf(ref); });
        if (!warnings.isEmpty()) {
            ctx.err << tr("Warning: the checklist is not complete (%n point(s)); once signed it "
                          "can only be changed by reopening it, which voids the signatures.",
                           nullptr, int(warnings.size()))
                    << Qt::endl
                    << SigningChecks::summary(warnings, 1000) << Qt::endl;
            if (strict)
                return fail(ctx, BadInput, tr("Not signed (--strict): complete the checklist first."));
        }
    }
    QString error;
    const qint64 id = SignOff(db.connection(), store)
                          .sign(auditId, *r, *name, title.value_or(QString()), png, &error);
    if (!id)
        return fail(ctx, BadInput, error);
    ctx.out << id << Qt::endl;
    return Ok;
}

int runVerify(Context &ctx)
{
    const qint64 auditId = ctx.args.size() == 1 ? parseId(ctx.args.at(0)) : 0;
    if (!auditId)
        return fail(ctx, Usage, tr("usage: kansa-cli verify AUDIT"));
    Database db;
    int code = Ok;
    if (!openAudit(ctx, db, auditId, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    const SignOffCheck check = SignOff(db.connection(), store).check(auditId);
    if (!check.signedOff)
        return fail(ctx, BadInput, tr("Audit %1 is not signed.").arg(auditId));
    if (check.unchanged) {
        ctx.out << tr("Unchanged since signing. SHA-256 %1").arg(check.signedHash) << Qt::endl;
        return Ok;
    }
    // The same content hash with changes means the evidence files on disk were altered.
    ctx.out << (check.signedHash == check.currentHash
                       ? tr("CHANGED since signing: evidence files differ from what was signed "
                            "(content SHA-256 %1):")
                             .arg(check.signedHash)
                       : tr("CHANGED since signing (signed %1, now %2):")
                             .arg(check.signedHash, check.currentHash))
            << Qt::endl;
    for (const QString &c : check.changes)
        ctx.out << QStringLiteral("  ") << c << Qt::endl;
    return Changed;
}

int runReopen(Context &ctx)
{
    bool missing = false;
    const auto by = ctx.takeOption(QStringLiteral("--by"), &missing);
    const auto reason = ctx.takeOption(QStringLiteral("--reason"), &missing);
    const qint64 auditId = ctx.args.size() == 1 ? parseId(ctx.args.at(0)) : 0;
    if (missing || !auditId || !by || !reason || reason->trimmed().isEmpty())
        return fail(ctx, Usage, tr("usage: kansa-cli reopen AUDIT --by NAME --reason TEXT"));
    Database db;
    int code = Ok;
    if (!openAudit(ctx, db, auditId, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    QString error;
    if (!SignOff(db.connection(), store).reopen(auditId, *by, *reason, &error))
        return fail(ctx, BadInput, error);
    if (const QString notice = AdvisoryLifecycle(db.connection()).reopenNotice(auditId); !notice.isEmpty())
        ctx.err << notice << Qt::endl;
    return Ok;
}

int runPdf(Context &ctx)
{
    bool missing = false;
    const auto out = ctx.takeOption(QStringLiteral("--out"), &missing);
    // A plain enum, not std::optional: GCC 12 warns (maybe-uninitialized) on the latter.
    const auto parsed = ctx.args.size() == 2 ? DocumentKinds::fromKey(ctx.args.at(0)) : std::nullopt;
    const DocumentKind kind = parsed.value_or(DocumentKind::Report);
    const qint64 auditId = ctx.args.size() == 2 ? parseId(ctx.args.at(1)) : 0;
    if (missing || !out || !parsed || !auditId)
        return fail(ctx, Usage, tr("usage: kansa-cli pdf advisory|report|checklist AUDIT --out FILE"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    DocumentExport exporter(db.connection(), store);
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (out->endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) {
        if (kind != DocumentKind::Advisory)
            return fail(ctx, Usage, tr("Only the advisory letter is written as .odt."));
        if (!exporter.writeOdt(auditId, *out, &error))
            return fail(ctx, BadInput, error);
        ctx.out << *out << Qt::endl;
        return Ok;
    }
    const int pages = exporter.writePdf(kind, auditId, *out, &error);
    if (!pages)
        return fail(ctx, BadInput, error);
    ctx.out << tr("%1: %2 pages in %3 ms").arg(*out).arg(pages).arg(timer.elapsed()) << Qt::endl;
    return Ok;
}

} // namespace Kansa::Cli
