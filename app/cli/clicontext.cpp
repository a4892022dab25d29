#include "clicontext.h"

#include "audits/auditrepository.h"
#include "schema/standardschema.h"
#include "startup/storestartup.h"
#include "evidence/evidencestore.h"

#include <QDir>
#include <QFile>

#include "clauseimport/builtinclausesets.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Kansa::Cli {

bool Context::takeFlag(const QString &flag)
{
    return args.removeAll(flag) > 0;
}

std::optional<QString> Context::takeOption(const QString &name, bool *missingValue)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0) // --by was taken for the whole command line (main) and is the command's too
        return name == QStringLiteral("--by") ? by : std::nullopt;
    if (i + 1 >= args.size()) {
        *missingValue = true;
        args.removeAt(i);
        return std::nullopt;
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

int fail(Context &ctx, ExitCode code, const QString &message)
{
    ctx.err << message << Qt::endl;
    return code;
}

bool openDatabase(Context &ctx, Database &db, int *exitCode)
{
    const bool existed = QFileInfo::exists(ctx.dbPath);
    // Queue behind other commands of a script; a window holds the database for hours, so
    // that is said at once (exit 4).
    db.setLockWait(0, ctx.waitMs);
    const DatabaseError err = db.open(ctx.dbPath, standardSchema());
    QString detail;
    if (err.isError()) {
        *exitCode = fail(ctx, err.code == DatabaseError::InUse ? InUse : BadInput, err.message());
        return false;
    }
    // Safeguards dropped outside Kansa: readable, never written; every write says why, and
    // history verify names them.
    if (!BuiltinClauseSets::ensurePresent(db.connection(), &detail)) {
        *exitCode = fail(ctx, BadInput,
            QCoreApplication::translate(
                "Kansa::Cli", "The built-in clause sets could not be stored: %1")
                .arg(detail));
        return false;
    }
    // The evidence store made ready before anything reads it (StoreStartup).
    {
        EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
        const StoreStartup::Problems problems = StoreStartup::run(db.connection(), store);
        if (!problems.encryption.isEmpty())
            ctx.err << QCoreApplication::translate("Kansa::Cli", "Evidence files were not all encrypted: %1").arg(problems.encryption)
                    << Qt::endl;
        if (!problems.storageKey.isEmpty())
            ctx.err << problems.storageKey << Qt::endl;
    }
    // A mistyped --db (or none, where KANSA_DB was meant) would otherwise go unnoticed.
    if (!existed)
        ctx.err << QCoreApplication::translate("Kansa::Cli", "Created a new database: %1").arg(QDir::toNativeSeparators(ctx.dbPath))
                << Qt::endl;
    return true;
}

QString badDate(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (form.match(text).hasMatch())
        return QCoreApplication::translate("Kansa::Cli", "%1 is not a day of the calendar.").arg(text);
    return QCoreApplication::translate("Kansa::Cli", "Give the date as YYYY-MM-DD, not “%1”.").arg(text);
}

qint64 parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace Kansa::Cli

namespace Kansa::Cli {

std::optional<QString> passphraseFromFile(Context &ctx, const std::optional<QString> &path, int *code)
{
    if (!path)
        return QString();
    QFile f(*path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 4096) {
        *code = fail(ctx, BadInput, tr("Cannot read the passphrase file %1.").arg(*path));
        return std::nullopt;
    }
    QByteArray line = f.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        *code = fail(ctx, BadInput, tr("The passphrase file %1 is empty.").arg(*path));
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

int noAudit(Context &ctx, qint64 auditId)
{
    return fail(ctx, BadInput, AuditRepository::noSuchAudit(auditId));
}

bool openAudit(Context &ctx, Database &db, qint64 auditId, int *exitCode)
{
    if (!openDatabase(ctx, db, exitCode))
        return false;
    if (AuditRepository(db.connection()).load(auditId))
        return true;
    *exitCode = noAudit(ctx, auditId);
    return false;
}

} // namespace Kansa::Cli
