#include "keycommands.h"

#include "crypto/agekeyfile.h"
#include "package/packagesettings.h"
#include "storage/database.h"

#include <QFile>

namespace Kansa::Cli {

namespace {

int newKey(Context &ctx)
{
    bool missing = false;
    const auto out = ctx.takeOption(QStringLiteral("--out"), &missing);
    const auto passphraseFile = ctx.takeOption(QStringLiteral("--passphrase-file"), &missing);
    if (missing || !out || !ctx.args.isEmpty())
        return fail(ctx, Usage, tr("usage: kansa-cli keys new --out KEYFILE [--passphrase-file FILE]"));
    if (QFile::exists(*out))
        return fail(ctx, BadInput, tr("%1 exists already; a key file is never overwritten.").arg(*out));
    int code = Ok;
    const auto passphrase = passphraseFromFile(ctx, passphraseFile, &code);
    if (!passphrase)
        return code;
    const AgeIdentity identity = AgeIdentity::generate();
    if (const QString error = AgeKeyFile::write(*out, identity, *passphrase); !error.isEmpty())
        return fail(ctx, BadInput, error);
    ctx.out << identity.recipient().toString() << Qt::endl;
    if (passphrase->isEmpty())
        ctx.err << tr("The secret key is in %1 in clear: keep it where only the office can read it, "
                      "or make it again with --passphrase-file.").arg(*out)
                << Qt::endl;
    return Ok;
}

int showKey(Context &ctx)
{
    bool missing = false;
    const auto passphraseFile = ctx.takeOption(QStringLiteral("--passphrase-file"), &missing);
    if (missing || ctx.args.size() != 1)
        return fail(ctx, Usage, tr("usage: kansa-cli keys show KEYFILE [--passphrase-file FILE]"));
    int code = Ok;
    const auto passphrase = passphraseFromFile(ctx, passphraseFile, &code);
    if (!passphrase)
        return code;
    QString error;
    const auto ids = AgeKeyFile::read(ctx.args.first(), *passphrase, &error);
    if (!ids)
        return fail(ctx, BadInput, error);
    for (const AgeIdentity &id : *ids)
        ctx.out << id.recipient().toString() << Qt::endl;
    return Ok;
}

// The office keys packages are encrypted to: listed, added, removed.
int officeKeys(Context &ctx)
{
    const QString verb = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (!(verb.isEmpty() && ctx.args.isEmpty())
        && !((verb == QStringLiteral("add") || verb == QStringLiteral("remove")) && ctx.args.size() == 1))
        return fail(ctx, Usage, tr("usage: kansa-cli keys office [add|remove age1…]"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    QString error;
    if (verb == QStringLiteral("add") && !PackageSettings::addRecipient(db.connection(), ctx.args.first(), &error))
        return fail(ctx, BadInput, error);
    if (verb == QStringLiteral("remove") && !PackageSettings::removeRecipient(db.connection(), ctx.args.first(), &error))
        return fail(ctx, BadInput, error);
    for (const AgeRecipient &r : PackageSettings::recipients(db.connection()))
        ctx.out << r.toString() << Qt::endl;
    return Ok;
}

} // namespace

int runKeys(Context &ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QStringLiteral("new"))
        return newKey(ctx);
    if (sub == QStringLiteral("show"))
        return showKey(ctx);
    if (sub == QStringLiteral("office"))
        return officeKeys(ctx);
    return fail(ctx, Usage, tr("usage: kansa-cli keys new|show|office …"));
}

} // namespace Kansa::Cli
