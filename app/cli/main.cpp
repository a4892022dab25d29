// kansa-cli: the Kansa core from the command line (scripts, tests, benchmarks, administrators).
#include "platform/consolestreams.h"
#include "platform/regexjit.h"
#include "platform/datafolder.h"
#include "auditcommands.h"
#include "clausecommands.h"
#include "clicontext.h"
#include "history/historylog.h"
#include "storage/database.h"
#include "advisorycommands.h"
#include "exportcommands.h"
#include "followupcommands.h"
#include "settingscommands.h"
#include "keycommands.h"
#include "historycommands.h"
#include "packagecommands.h"
#include "signoffcommands.h"
#include "inspectioncommands.h"
#include "text/translations.h"
#include "kansaversion.h"

#include <QGuiApplication>

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
        "  clauses import FILE [--structure S.json]\n"
        "                                store a clause document as a clause set; prints its id\n"
        "                                (with S.json, the parse corrected by hand: a new version)\n"
        "  clauses list                  list the clause sets\n"
        "  clauses diff OLD NEW [--json] what changed between two versions (ids or files)\n"
        "  clauses show ID [--json]      show one clause set\n"
        "  audit new --clause-set ID --contractor NAME [--date YYYY-MM-DD]\n"
        "            [--type periodic|adhoc] [--place TEXT] [--inspector NAME]\n"
        "                                create an audit; prints its id\n"
        "  audit list [--json]           list the audits with progress\n"
        "  audit show AUDIT [--json]     show an audit's check items and findings\n"
        "  audit reinspect AUDIT [--clause-set ID] [--date YYYY-MM-DD]\n"
        "                                a re-inspection (with --clause-set, against a newer\n"
        "                                version: items marked new or changed); prints its id\n"
        "  audit dispose AUDIT --by NAME --approved-by NAME --reason TEXT [--record FILE.pdf]\n"
        "              [--force]         dispose of an audit for good (cryptographic erase);\n"
        "                                leaves a signed disposal record (--force: even with\n"
        "                                advisory items open)\n"
        "  audit disposals [--json]      the disposal records\n"
        "  audit disposal-record ID --out FILE.pdf\n"
        "                                print a disposal record again\n"
        "  finding set AUDIT ITEM --verdict conforming|major|minor|observation|na [--note TEXT]\n"
        "              [--scored yes|no]\n"
        "                                record a verdict (and a note) for a check item\n"
        "                                (--scored yes: a （参考） paragraph becomes one)\n"
        "  evidence add AUDIT ITEM FILE... [--caption TEXT]\n"
        "                                store photos or PDFs as evidence of a check item\n"
        "  search QUERY [--json]         search audits, findings, captions and follow-up texts\n"
        "  demo                          create a demo audit with photos\n"
        "  sign AUDIT --role inspector|contractor --name NAME --image FILE.png [--title TITLE]\n"
        "       [--strict]               sign the checklist (locks it); --strict refuses an\n"
        "                                incomplete one\n"
        "  verify AUDIT                  exit 0 if the signed content is unchanged, 3 if not (and what),\n"
        "                                2 if the checklist is not signed\n"
        "  reopen AUDIT --by NAME --reason TEXT\n"
        "                                void the signatures so the checklist can change again\n"
        "  advisory create AUDIT [--date YYYY-MM-DD] [--observations] [--unsigned]\n"
        "                                draft the improvement recommendation letter; prints its id\n"
        "  advisory item ITEM [--deadline YYYY-MM-DD] [--finding TEXT] [--improvement TEXT]\n"
        "                [--include | --leave-out]\n"
        "                                edit an item of the draft letter\n"
        "  advisory issue ADVISORY [--by NAME] [--drafted-by NAME] [--approved-by NAME]\n"
        "                 [--approved-on YYYY-MM-DD]\n"
        "                                issue the draft after 起案 and 決裁 (both default to\n"
        "                                --by; the approval date, default the draft's, is the\n"
        "                                letter's): takes its number; it never changes again\n"
        "  advisory correct ADVISORY [--date YYYY-MM-DD]\n"
        "                                draft a correction (訂正) of an issued letter; prints its id\n"
        "  advisory show AUDIT [--json]  the audit's draft letter, else its latest issued one\n"
        "  pdf advisory|report|checklist AUDIT --out FILE\n"
        "                                write a document as PDF (the letter also as .odt)\n"
        "  export xlsx AUDIT --out FILE.xlsx\n"
        "                                the checklist, advisory items and photos as an Excel workbook\n"
        "  followup respond|verify|return|close|not-required ITEM --date YYYY-MM-DD\n"
        "           [--text T] [--note T] [--attach F]... [--by NAME]\n"
        "  followup list [--all] [--overdue] [--json | --csv FILE | --pdf FILE | --xlsx FILE]\n"
        "                                follow advisory items up until they are closed\n"
        "  keys new --out KEYFILE [--passphrase-file F]\n"
        "                                the office's key pair for audit packages (age format);\n"
        "                                prints the public key age1…\n"
        "  keys show KEYFILE [--passphrase-file F]\n"
        "                                the public key of a key file\n"
        "  keys office [add|remove age1…]\n"
        "                                the office keys packages are encrypted to\n"
        "  package export AUDIT... --out FILE [--recipient age1…]... [--passphrase-file F]\n"
        "                                encrypt audits with their evidence and history into a\n"
        "                                package (to the office keys unless told otherwise)\n"
        "  package import FILE [--identity KEYFILE]... [--passphrase-file F]\n"
        "                                import a package; prints the ids of the audits imported\n"
        "  package conflicts [--json]    audits a package brought that differ from ours\n"
        "  package resolve CONFLICT keep|replace|both\n"
        "                                keep ours, replace it with the package's, or keep both\n"
        "  history AUDIT [--json]        the audit's tamper-evident history (AUDIT may be\n"
        "                                \"installation\")\n"
        "  history verify AUDIT          exit 0 if the history is intact, 3 if not (and where)\n"
        "  settings list | settings set KEY VALUE\n"
        "                                issuer, contact, document number and deadline settings\n"
        "\n"
        "The database is KANSA_DB, or kansa.sqlite in the application data folder.\n"
        "--by NAME (any command): who acts, as the history records it; without it, the\n"
        "settings' default lead inspector, else your account's full name.\n"
        "--wait SECONDS (any command): how long to wait for other kansa-cli commands using the\n"
        "database (default 60); a Kansa window holding it is reported at once.\n"
        "Exit codes: 0 success, 1 wrong usage, 2 bad input, 3 signed content or history changed,\n"
        "4 the database is in use by a Kansa window (or still by another command after --wait).");
}

} // namespace

namespace {
// The offscreen platform warns about XDG_RUNTIME_DIR on machines without a session; that
// says nothing to a command-line user.
QtMessageHandler previousHandler = nullptr;

void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QtMessageHandler previous = previousHandler;
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    if (previous)
        previous(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    Kansa::RegexJit::configure(); // first: before any regular expression is used
    // Documents need fonts, which need a GUI application; the command line never shows a
    // window, so it runs on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietMessages);
    QGuiApplication app(argc, argv);
    DataFolder::nameApplication();
    QCoreApplication::setApplicationVersion(QStringLiteral(KANSA_VERSION_FULL));
    Translations::install();

    ConsoleStreams::makeBinary();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::Context ctx { QCoreApplication::arguments().mid(1), Database::defaultPath(), out, err, std::nullopt };

    const qsizetype db = ctx.args.indexOf(QStringLiteral("--db"));
    if (db >= 0) {
        if (db + 1 >= ctx.args.size())
            return Cli::fail(ctx, Cli::Usage, usage());
        ctx.dbPath = ctx.args.at(db + 1);
        ctx.args.remove(db, 2);
    }
    // Who acts, for every command's history entries: --by, else the settings' default lead
    // inspector, else the account's full name (HistoryLog).
    bool missingBy = false;
    ctx.by = ctx.takeOption(QStringLiteral("--by"), &missingBy);
    if (missingBy || (ctx.by && ctx.by->trimmed().isEmpty()))
        return Cli::fail(ctx, Cli::Usage, QCoreApplication::translate("Kansa::Cli", "--by needs the name of the person acting."));
    if (ctx.by)
        HistoryLog::setActor(ctx.by->trimmed());
    bool missingWait = false;
    if (const std::optional<QString> wait = ctx.takeOption(QStringLiteral("--wait"), &missingWait)) {
        bool ok = false;
        const double seconds = wait->toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            missingWait = true;
        else
            ctx.waitMs = int(seconds * 1000);
    }
    if (missingWait)
        return Cli::fail(ctx, Cli::Usage,
            QCoreApplication::translate("Kansa::Cli", "--wait needs a number of seconds (0 to 86400)."));
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
    if (command == QStringLiteral("sign"))
        return Cli::runSign(ctx);
    if (command == QStringLiteral("verify"))
        return Cli::runVerify(ctx);
    if (command == QStringLiteral("reopen"))
        return Cli::runReopen(ctx);
    if (command == QStringLiteral("pdf"))
        return Cli::runPdf(ctx);
    if (command == QStringLiteral("advisory"))
        return Cli::runAdvisory(ctx);
    if (command == QStringLiteral("followup"))
        return Cli::runFollowUp(ctx);
    if (command == QStringLiteral("settings"))
        return Cli::runSettings(ctx);
    if (command == QStringLiteral("keys"))
        return Cli::runKeys(ctx);
    if (command == QStringLiteral("history"))
        return Cli::runHistory(ctx);
    if (command == QStringLiteral("export"))
        return Cli::runExport(ctx);
    if (command == QStringLiteral("package"))
        return Cli::runPackage(ctx);
    return Cli::fail(ctx, Cli::Usage, usage());
}
