#include "settingscommands.h"

#include "settings/documentsettings.h"
#include "storage/database.h"

namespace Kansa::Cli {

int runSettings(Context &ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    Database db;
    int code = Ok;
    if (sub == QLatin1String("set") && ctx.args.size() == 2) {
        if (!openDatabase(ctx, db, &code))
            return code;
        QString error;
        return DocumentSettings::set(db.connection(), ctx.args.at(0), ctx.args.at(1), &error)
            ? Ok
            : fail(ctx, BadInput, error);
    }
    if (sub == QLatin1String("list") && ctx.args.isEmpty()) {
        if (!openDatabase(ctx, db, &code))
            return code;
        const DocumentSettings s = DocumentSettings::load(db.connection());
        for (const QString &key : DocumentSettings::keys())
            ctx.out << key << QLatin1Char('\t') << s.value(key) << Qt::endl;
        return Ok;
    }
    return fail(ctx, Usage, tr("usage: kansa-cli settings list | settings set KEY VALUE"));
}

} // namespace Kansa::Cli
