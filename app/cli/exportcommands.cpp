#include "exportcommands.h"

#include "calendar/today.h"
#include "checklistworkbook.h"
#include "evidence/evidencestore.h"
#include "storage/database.h"

#include <QElapsedTimer>

namespace Kansa::Cli {

int runExport(Context &ctx)
{
    bool missing = false;
    const auto out = ctx.takeOption(QStringLiteral("--out"), &missing);
    const bool xlsx = !ctx.args.isEmpty() && ctx.args.first() == QLatin1String("xlsx");
    const qint64 auditId = ctx.args.size() == 2 ? parseId(ctx.args.at(1)) : 0;
    if (missing || !out || !xlsx || !auditId)
        return fail(ctx, Usage, tr("usage: kansa-cli export xlsx AUDIT --out FILE.xlsx"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!ChecklistWorkbook::write(db.connection(), store, auditId, Today::date(), *out, &error))
        return fail(ctx, BadInput, tr("Could not write %1: %2").arg(*out, error));
    ctx.out << tr("%1: written in %2 ms").arg(*out).arg(timer.elapsed()) << Qt::endl;
    return Ok;
}

} // namespace Kansa::Cli
