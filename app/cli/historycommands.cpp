#include "historycommands.h"
#include "settings/documentsettings.h"

#include "audits/auditrepository.h"
#include "history/historydescription.h"
#include "history/historylog.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Kansa::Cli {

namespace {

// The chain an argument names: an audit id, or "installation". Empty when there is none.
QString originOf(Context &ctx, const QString &arg, QSqlDatabase db, int *code)
{
    if (arg == QStringLiteral("installation"))
        return HistoryLog::installationOrigin(db);
    const qint64 id = parseId(arg);
    if (!id) {
        *code = fail(ctx, Usage, tr("usage: kansa-cli history AUDIT [--json] | kansa-cli history verify AUDIT"));
        return {};
    }
    const QString origin = HistoryLog::auditOrigin(db, id);
    if (origin.isEmpty())
        *code = noAudit(ctx, id);
    return origin;
}

QJsonObject entryJson(const HistoryLog::StoredEntry &s)
{
    const HistoryEntry &e = s.entry;
    return {
        { QStringLiteral("sequence"), qint64(e.sequence) },
        { QStringLiteral("time"), QString::fromLatin1(HistoryEncoding::time(e.time)) },
        { QStringLiteral("actor"), e.actor },
        { QStringLiteral("action"), e.action },
        { QStringLiteral("entity"), e.entity },
        { QStringLiteral("content"), QJsonDocument::fromJson(s.content.toUtf8()).object() },
        { QStringLiteral("content_hash"), QString::fromLatin1(e.contentHash.toHex()) },
        { QStringLiteral("previous_hash"), QString::fromLatin1(e.previousHash.toHex()) },
        { QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex()) },
    };
}

qint64 auditId(QSqlDatabase db, const QString &origin)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM audits WHERE uid = ?"));
    q.addBindValue(origin.mid(6));
    return origin.startsWith(QLatin1String("audit:")) && q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

int list(Context &ctx, QSqlDatabase db, const QString &origin, bool json)
{
    HistoryLog::seal(db, nullptr);
    const QList<HistoryLog::StoredEntry> entries = HistoryLog::entries(db, origin);
    const QList<Checkpoint> checkpoints = HistoryLog::checkpoints(db, origin);
    if (json) {
        QJsonArray e, c;
        for (const HistoryLog::StoredEntry &s : entries)
            e.append(entryJson(s));
        for (const Checkpoint &k : checkpoints)
            c.append(QJsonObject {
                { QStringLiteral("sequence"), qint64(k.sequence) },
                { QStringLiteral("head_hash"), QString::fromLatin1(k.headHash.toHex()) },
                { QStringLiteral("time"), QString::fromLatin1(HistoryEncoding::time(k.time)) },
                { QStringLiteral("key_fingerprint"), InstallationKey::fingerprint(k.publicKey) },
                { QStringLiteral("signature_valid"), k.signatureValid() },
            });
        QJsonArray before;
        for (const HistoryLog::StoredEntry &s : HistoryLog::inherited(entries))
            before.append(entryJson(s));
        QJsonObject all { { QStringLiteral("origin"), origin }, { QStringLiteral("entries"), e },
            { QStringLiteral("checkpoints"), c } };
        if (!before.isEmpty())
            all.insert(QStringLiteral("inherited"), before);
        ctx.out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (const QList<HistoryLog::StoredEntry> before = HistoryLog::inherited(entries); !before.isEmpty()) {
        ctx.out << tr("The history this copy came with (%1):").arg(before.first().entry.origin) << Qt::endl;
        for (const HistoryLog::StoredEntry &s : before)
            ctx.out << QStringLiteral("  %1  %2  %3  %4  %5")
                           .arg(s.entry.sequence, 4)
                           .arg(s.entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), s.entry.actor,
                               s.entry.action, s.entry.entity) // local time, as everything else prints
                    << Qt::endl;
        ctx.out << tr("This copy's own history:") << Qt::endl;
    }
    // Each entry in words (check items by their clause), with what it holds beyond one line.
    QHash<QString, QString> citations;
    const DocumentSettings settings = DocumentSettings::load(db);
    if (const qint64 audit = auditId(db, origin))
        for (const CheckItem &item : AuditRepository(db).checkItems(audit))
            citations.insert(QString::number(item.ordinal), settings.digitsOf(item.citation()));
    for (const HistoryLog::StoredEntry &s : entries) {
        const HistoryEntry &e = s.entry;
        const HistoryDescription::Described d = HistoryDescription::describe(s, citations);
        ctx.out << QStringLiteral("%1  %2  %3  %4  [%5]")
                       .arg(e.sequence, 4)
                       .arg(e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, d.what,
                           HistoryLog::shortHash(e.hash))
                << Qt::endl;
        for (const QString &line : d.details)
            ctx.out << QStringLiteral("        ") << line << Qt::endl;
        for (const Checkpoint &k : checkpoints)
            if (k.sequence == e.sequence)
                ctx.out << QStringLiteral("        ") << tr("checkpoint signed by key %1").arg(InstallationKey::fingerprint(k.publicKey))
                        << Qt::endl;
    }
    return Ok;
}

int verify(Context &ctx, QSqlDatabase db, const QString &origin)
{
    const HistoryLog::Check check = HistoryLog::verify(db, origin);
    if (!check.ok()) {
        ctx.out << tr("BROKEN: %1").arg(HistoryLog::describe(check)) << Qt::endl;
        return Changed;
    }
    ctx.out << tr("Intact: %n entries, head %1", nullptr, int(check.entries)).arg(HistoryLog::shortHash(check.head))
            << Qt::endl;
    ctx.out << tr("%n signed checkpoints hold.", nullptr, int(check.checkpoints)) << Qt::endl;
    return Ok;
}

} // namespace

int runHistory(Context &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const bool verifying = !ctx.args.isEmpty() && ctx.args.first() == QStringLiteral("verify");
    if (verifying)
        ctx.args.removeFirst();
    if (ctx.args.size() != 1 || (verifying && json))
        return fail(ctx, Usage, tr("usage: kansa-cli history AUDIT [--json] | kansa-cli history verify AUDIT"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    const QString origin = originOf(ctx, ctx.args.first(), db.connection(), &code);
    if (origin.isEmpty())
        return code;
    return verifying ? verify(ctx, db.connection(), origin) : list(ctx, db.connection(), origin, json);
}

} // namespace Kansa::Cli
