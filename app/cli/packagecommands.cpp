#include "packagecommands.h"

#include "crypto/age.h"
#include "crypto/agekeyfile.h"
#include "evidence/evidencestore.h"
#include "package/packageconflicts.h"
#include "package/packageexport.h"
#include "package/packageimport.h"
#include "package/packagesettings.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kansa::Cli {

namespace {

QStringList takeAll(Context &ctx, const QString &option, bool *missing)
{
    QStringList values;
    while (const auto v = ctx.takeOption(option, missing))
        values << *v;
    return values;
}

int exportPackage(Context &ctx)
{
    bool missing = false;
    const auto out = ctx.takeOption(QStringLiteral("--out"), &missing);
    const QStringList recipients = takeAll(ctx, QStringLiteral("--recipient"), &missing);
    const auto passphraseFile = ctx.takeOption(QStringLiteral("--passphrase-file"), &missing);
    QList<qint64> ids;
    for (const QString &a : std::as_const(ctx.args))
        ids << parseId(a);
    if (missing || !out || ids.isEmpty() || ids.contains(0))
        return fail(ctx, Usage, tr("usage: kansa-cli package export AUDIT... --out FILE [--recipient age1…]... "
                                   "[--passphrase-file F]"));
    if (passphraseFile && !recipients.isEmpty())
        return fail(ctx, Usage, tr("A package is encrypted either to keys or to a passphrase, not both (the age format allows a passphrase only alone)."));
    if (QFileInfo::exists(*out))
        return fail(ctx, BadInput, tr("%1 exists already; a package is never written over another file.").arg(*out));
    int code = Ok;
    const auto passphrase = passphraseFromFile(ctx, passphraseFile, &code);
    if (!passphrase)
        return code;
    if (passphraseFile) {
        if (const QString weak = AgeKeyFile::weakness(*passphrase); !weak.isEmpty())
            return fail(ctx, BadInput, weak);
    }
    Database db;
    if (!openDatabase(ctx, db, &code))
        return code;
    Age::Writer::Recipients to;
    to.passphrase = passphrase->toUtf8();
    for (const QString &r : recipients) {
        const auto key = AgeRecipient::parse(r.trimmed());
        if (!key)
            return fail(ctx, BadInput, tr("%1 is not an age public key (age1…).").arg(r));
        to.keys << *key;
    }
    if (!passphraseFile && to.keys.isEmpty()) {
        to.keys = PackageSettings::recipients(db.connection());
        if (to.keys.isEmpty())
            return fail(ctx, BadInput, tr("No office key is set up, so the package would have no one to open it. "
                                          "Add the office's key (kansa-cli keys office add age1…), or give "
                                          "--recipient or --passphrase-file."));
    }
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    const PackageExport::Result r = PackageExport(db.connection(), store).write(ids, *out, to);
    if (!r.error.isEmpty())
        return fail(ctx, BadInput, r.error);
    ctx.out << tr("Exported %n audits with %1 evidence files to %2 (%3 bytes).", nullptr, int(ids.size()))
                   .arg(r.files)
                   .arg(*out)
                   .arg(r.bytes)
            << Qt::endl;
    return Ok;
}

int importPackage(Context &ctx)
{
    bool missing = false;
    const QStringList keyFiles = takeAll(ctx, QStringLiteral("--identity"), &missing);
    const auto passphraseFile = ctx.takeOption(QStringLiteral("--passphrase-file"), &missing);
    if (missing || ctx.args.size() != 1)
        return fail(ctx, Usage, tr("usage: kansa-cli package import FILE [--identity KEYFILE]... [--passphrase-file F]"));
    const QString path = ctx.args.first();
    const QFileInfo file(path);
    if (!file.exists())
        return fail(ctx, BadInput, tr("There is no file %1.").arg(path));
    if (file.isDir())
        return fail(ctx, BadInput, tr("%1 is a folder, not a package.").arg(path));
    if (keyFiles.isEmpty() && !passphraseFile)
        return fail(ctx, Usage, tr("Give the office's key file (--identity) or the package's passphrase (--passphrase-file)."));
    int code = Ok;
    const auto passphrase = passphraseFromFile(ctx, passphraseFile, &code);
    if (!passphrase)
        return code;
    // The passphrase opens a protected key file, or the package itself: the package's header
    // says which (a passphrase package needs no key file).
    const Age::Protection protection = Age::protectionOf(path);
    QList<AgeIdentity> identities;
    for (const QString &f : keyFiles) {
        if (protection == Age::Protection::Passphrase)
            break;
        QString error;
        const auto ids = AgeKeyFile::read(f, *passphrase, &error);
        if (!ids)
            return fail(ctx, BadInput, error);
        identities << *ids;
    }
    Database db;
    if (!openDatabase(ctx, db, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    const QList<QByteArray> passphrases = passphrase->isEmpty() || protection == Age::Protection::Keys
        ? QList<QByteArray>()
        : QList<QByteArray> { passphrase->toUtf8() };
    const PackageImport::Result r = PackageImport(db.connection(), store).read(path, identities, passphrases);
    if (!r.error.isEmpty())
        return fail(ctx, BadInput, r.error);
    // The screen and print copies of the new photos, so that the first report is as fast as ever.
    PackageImport::makeCopies(store, r.newFiles);
    for (const PackageImport::Outcome &o : r.audits) {
        switch (o.kind) {
        case PackageImport::Outcome::Imported:
            ctx.out << o.auditId << Qt::endl;
            ctx.err << tr("Audit %1 (%2) imported; its history was signed by the key %3 (compare it with "
                          "“This computer's key” in Audit ▸ History… on the computer it came from).")
                           .arg(o.auditId)
                           .arg(o.contractor, o.signedBy)
                    << Qt::endl;
            if (o.disposedBefore.isValid())
                ctx.err << tr("Audit %1 (%2) was disposed of here on %3; it is back from the package. Dispose of it "
                              "again if it should not be here.")
                               .arg(o.auditId)
                               .arg(o.contractor, o.disposedBefore.toLocalTime().toString(Qt::ISODate))
                        << Qt::endl;
            break;
        case PackageImport::Outcome::Unchanged:
            ctx.err << tr("Audit %1 (%2) is here already with everything the package holds of it; nothing changed.").arg(o.auditId).arg(o.contractor)
                    << Qt::endl;
            break;
        case PackageImport::Outcome::Updated:
            ctx.out << o.auditId << Qt::endl;
            ctx.err << tr("Audit %1 (%2) was updated: the package continues the audit held here.").arg(o.auditId).arg(o.contractor)
                    << Qt::endl;
            break;
        case PackageImport::Outcome::Conflict:
            ctx.err << tr("Audit %1 (%2) differs from the package's; nothing was overwritten. Conflict %3 waits "
                          "for you: kansa-cli package resolve %3 keep|replace|both")
                           .arg(o.auditId)
                           .arg(o.contractor)
                           .arg(o.conflictId)
                    << Qt::endl;
            for (const QString &d : o.differences)
                ctx.err << QStringLiteral("  ") << d << Qt::endl;
            break;
        }
    }
    ctx.err << tr("%n new evidence files stored; %1 were here already.", nullptr, r.filesStored).arg(r.filesKnown) << Qt::endl;
    return Ok;
}

int listConflicts(Context &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.args.isEmpty())
        return fail(ctx, Usage, tr("usage: kansa-cli package conflicts [--json]"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    const QList<PackageConflicts::Conflict> conflicts = PackageConflicts::list(db.connection());
    if (json) {
        QJsonArray a;
        for (const auto &c : conflicts)
            a.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("audit"), c.auditId },
                { QStringLiteral("contractor"), c.contractor }, { QStringLiteral("received_at"), c.receivedAt },
                { QStringLiteral("source"), c.source }, { QStringLiteral("differences"), QJsonArray::fromStringList(c.differences) },
                { QStringLiteral("forked"), c.forked } });
        ctx.out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const auto &c : conflicts) {
        ctx.out << tr("conflict %1: audit %2 (%3), from %4").arg(c.id).arg(c.auditId).arg(c.contractor, c.source) << Qt::endl;
        for (const QString &d : c.differences)
            ctx.out << QStringLiteral("  ") << d << Qt::endl;
    }
    return Ok;
}

int resolveConflict(Context &ctx)
{
    const qint64 id = ctx.args.size() == 2 ? parseId(ctx.args.at(0)) : 0;
    const auto resolution = ctx.args.size() == 2 ? PackageConflicts::resolutionFromKey(ctx.args.at(1)) : std::nullopt;
    if (!id || !resolution)
        return fail(ctx, Usage, tr("usage: kansa-cli package resolve CONFLICT keep|replace|both"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    // What a replacement overwrites is said, item by item with both values (it stays in the
    // audit's history).
    QStringList replaced;
    if (*resolution == PackageConflicts::Resolution::Replace)
        for (const PackageConflicts::Conflict &c : PackageConflicts::list(db.connection()))
            if (c.id == id)
                replaced = c.differences;
    QString error;
    const qint64 audit = PackageConflicts::resolve(db.connection(), id, *resolution, &error);
    if (!audit)
        return fail(ctx, BadInput, error);
    ctx.out << audit << Qt::endl;
    if (!replaced.isEmpty()) {
        ctx.err << tr("Replaced in audit %1 (the replaced version stays in its history: kansa-cli history %1):").arg(audit) << Qt::endl;
        for (const QString &d : std::as_const(replaced))
            ctx.err << QStringLiteral("  ") << d << Qt::endl;
    }
    return Ok;
}

} // namespace

int runPackage(Context &ctx)
{
    const QString verb = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (verb == QStringLiteral("export"))
        return exportPackage(ctx);
    if (verb == QStringLiteral("import"))
        return importPackage(ctx);
    if (verb == QStringLiteral("conflicts"))
        return listConflicts(ctx);
    if (verb == QStringLiteral("resolve"))
        return resolveConflict(ctx);
    return fail(ctx, Usage, tr("usage: kansa-cli package export|import|conflicts|resolve …"));
}

} // namespace Kansa::Cli
