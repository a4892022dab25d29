// kansa-cli: the Kansa core from the command line (scripts, tests, benchmarks, administrators).
#include "auditcommands.h"
#include "clausecommands.h"
#include "clicontext.h"
#include "database.h"
#include "inspectioncommands.h"
#include "translations.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Kansa;

namespace {

QString usage()
{
    return QCoreApplication::translate("Kansa::Cli",
        "usage: kansa-cli [--db PATH] COMMAND\n"
        "\n"
        "commands:\n"
        "  clauses parse FILE [--json]   parse a clause document (text or PDF) without storing it\n"
        "  clauses import FILE           store a clause document as a clause set; prints its id\n"
        "  clauses list                  list the clause sets\n"
        "  clauses show ID [--json]      show one clause set\n"
        "  audit new --clause-set ID --contractor NAME [--date YYYY-MM-DD]\n"
        "            [--type periodic|adhoc] [--place TEXT] [--inspector NAME]\n"
        "                                create an audit; prints its id\n"
        "  audit list [--json]           list the audits with progress\n"
        "  audit show AUDIT [--json]     show an audit's check items and findings\n"
        "  finding set AUDIT ITEM --verdict conforming|major|minor|observation|na [--note TEXT]\n"
        "                                record a verdict (and a note) for a check item\n"
        "  evidence add AUDIT ITEM FILE... [--caption TEXT]\n"
        "                                store photos or PDFs as evidence of a check item\n"
        "  search QUERY [--json]         search audits, findings and captions\n"
        "  demo                          create a demo audit with photos\n"
        "\n"
        "The database is KANSA_DB, or kansa.sqlite in the application data folder.\n"
        "Exit codes: 0 success, 1 wrong usage, 2 bad input.");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kansa"));
    QCoreApplication::setApplicationName(QStringLiteral("Kansa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KANSA_VERSION));
    Translations::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::Context ctx { QCoreApplication::arguments().mid(1), Database::defaultPath(), out, err };

    const qsizetype db = ctx.args.indexOf(QStringLiteral("--db"));
    if (db >= 0) {
        if (db + 1 >= ctx.args.size())
            return Cli::fail(ctx, Cli::Usage, usage());
        ctx.dbPath = ctx.args.at(db + 1);
        ctx.args.remove(db, 2);
    }
    if (ctx.takeFlag(QStringLiteral("--version"))) {
        out << QStringLiteral("kansa-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
        return Cli::Ok;
    }
    if (ctx.takeFlag(QStringLiteral("--help")) || ctx.takeFlag(QStringLiteral("-h"))) {
        out << usage() << Qt::endl;
        return Cli::Ok;
    }
    if (ctx.args.isEmpty())
        return Cli::fail(ctx, Cli::Usage, usage());
    const QString command = ctx.args.takeFirst();
    if (command == QStringLiteral("clauses"))
        return Cli::runClauses(ctx);
    if (command == QStringLiteral("audit"))
        return Cli::runAudit(ctx);
    if (command == QStringLiteral("finding"))
        return Cli::runFinding(ctx);
    if (command == QStringLiteral("evidence"))
        return Cli::runEvidence(ctx);
    if (command == QStringLiteral("search"))
        return Cli::runSearch(ctx);
    if (command == QStringLiteral("demo"))
        return Cli::runDemo(ctx);
    return Cli::fail(ctx, Cli::Usage, usage());
}
