#include "followupcommands.h"

#include "calendar/today.h"
#include "advisoryjson.h"
#include "settings/documentsettings.h"
#include "advisory/followup.h"
#include "advisory/ledger.h"
#include "ledgerdocument.h"
#include "ledgerworkbook.h"
#include "evidence/evidencestore.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Kansa::Cli {

namespace {

QString usage()
{
    return tr("usage: kansa-cli followup respond ITEM --date YYYY-MM-DD --text TEXT [--attach FILE]... [--by NAME]\n"
              "       kansa-cli followup verify ITEM --date YYYY-MM-DD [--note HOW] [--attach FILE]... [--by NAME]\n"
              "       kansa-cli followup return ITEM --date YYYY-MM-DD --note REASON [--by NAME]\n"
              "       kansa-cli followup close ITEM --date YYYY-MM-DD [--note TEXT] [--by NAME]\n"
              "       kansa-cli followup not-required ITEM --date YYYY-MM-DD --note REASON [--by NAME]\n"
              "       kansa-cli followup list [--all] [--overdue] [--date YYYY-MM-DD] [--json | --csv FILE | --pdf FILE | --xlsx FILE]\n"
              "--xlsx writes the whole ledger (every item of every letter, as --all) as an Excel workbook.\n"
              "Without --by, the step is recorded as done by the default lead inspector of the\n"
              "settings, else by the signed-in user.");
}

QJsonObject rowJson(const DueItem &d)
{
    QJsonObject o = advisoryItemJson(d.item);
    o.insert(QStringLiteral("audit"), d.auditId);
    o.insert(QStringLiteral("contractor"), d.contractor);
    o.insert(QStringLiteral("number"), d.documentNumber);
    o.insert(QStringLiteral("days_left"), d.daysLeft);
    o.insert(QStringLiteral("overdue"), Ledger::isOverdue(d));
    return o;
}

QString actorOf(const std::optional<QString> &by, QSqlDatabase db)
{
    if (by)
        return *by;
    const QString lead = DocumentSettings::load(db).defaultLead;
    if (!lead.isEmpty())
        return lead;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user;
}

int list(Context &ctx, Database &db, const QDate &today, bool all, bool overdue, bool json,
    const std::optional<QString> &csv, const std::optional<QString> &pdf, const std::optional<QString> &xlsx)
{
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    FollowUp followUp(db.connection(), store);
    all = all || xlsx; // the ledger's workbook is the whole ledger
    // Without --all: what is not closed, as the window's 未完了 shows it (a verified item still
    // waits for the office to close it).
    QList<DueItem> rows = followUp.ledger(today);
    if (overdue)
        rows.removeIf([](const DueItem &d) { return !Ledger::isOverdue(d); });
    else if (!all)
        rows.removeIf([](const DueItem &d) { return !Ledger::isNotClosed(d); });
    if (csv) {
        QSaveFile file(*csv);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || !Ledger::writeCsv(rows, file, &error) || !file.commit())
            return fail(ctx, BadInput,
                tr("Could not write %1: %2").arg(*csv, error.isEmpty() ? file.errorString() : error));
        ctx.out << tr("%n item(s) written to %1", nullptr, int(rows.size())).arg(*csv) << Qt::endl;
        return Ok;
    }
    if (xlsx) {
        QString error;
        if (!LedgerWorkbook::write(rows, today, DocumentSettings::load(db.connection()), *xlsx, &error))
            return fail(ctx, BadInput, tr("Could not write %1: %2").arg(*xlsx, error));
        ctx.out << tr("%n item(s) written to %1", nullptr, int(rows.size())).arg(*xlsx) << Qt::endl;
        return Ok;
    }
    if (pdf) {
        QString error;
        const int pages = LedgerDocument::writePdf(rows, today, DocumentSettings::load(db.connection()), *pdf, &error);
        if (!pages)
            return fail(ctx, BadInput, error);
        ctx.out << tr("%n item(s) written to %1", nullptr, int(rows.size())).arg(*pdf) << Qt::endl;
        return Ok;
    }
    if (json) {
        QJsonArray array;
        for (const DueItem &d : rows)
            array.append(rowJson(d));
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const DueItem &d : rows)
        ctx.out << d.item.id << QLatin1Char('\t') << d.item.deadline.toString(Qt::ISODate)
                << QLatin1Char('\t') << Ledger::dueText(d) << QLatin1Char('\t') << d.contractor
                << QLatin1Char('\t') << d.item.clause << QLatin1Char('\t') << d.item.stateLabel() << Qt::endl;
    return Ok;
}

} // namespace

int runFollowUp(Context &ctx)
{
    bool missing = false;
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    const auto date = ctx.takeOption(QStringLiteral("--date"), &missing);
    const auto text = ctx.takeOption(QStringLiteral("--text"), &missing);
    const auto note = ctx.takeOption(QStringLiteral("--note"), &missing);
    const auto by = ctx.takeOption(QStringLiteral("--by"), &missing);
    const auto csv = ctx.takeOption(QStringLiteral("--csv"), &missing);
    const auto pdf = ctx.takeOption(QStringLiteral("--pdf"), &missing);
    const auto xlsx = ctx.takeOption(QStringLiteral("--xlsx"), &missing);
    QStringList attachments;
    for (;;) {
        const auto a = ctx.takeOption(QStringLiteral("--attach"), &missing);
        if (!a)
            break;
        attachments << *a;
    }
    const bool overdue = ctx.takeFlag(QStringLiteral("--overdue"));
    const bool all = ctx.takeFlag(QStringLiteral("--all"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (missing)
        return fail(ctx, Usage, usage());
    const QDate day = date ? QDate::fromString(*date, Qt::ISODate) : Today::date();
    if (!day.isValid())
        return fail(ctx, Usage, badDate(*date));
    Database db;
    int code = Ok;
    if (sub == QLatin1String("list")) {
        if (!ctx.args.isEmpty() || int(json) + int(bool(csv)) + int(bool(pdf)) + int(bool(xlsx)) > 1)
            return fail(ctx, Usage, usage());
        if (!openDatabase(ctx, db, &code))
            return code;
        return list(ctx, db, day, all, overdue, json, csv, pdf, xlsx);
    }
    const qint64 itemId = ctx.args.size() == 1 ? parseId(ctx.args.at(0)) : 0;
    if (!itemId || !date)
        return fail(ctx, Usage, usage());
    if (!openDatabase(ctx, db, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    FollowUp followUp(db.connection(), store);
    const QString actor = actorOf(by, db.connection());
    QString error;
    bool ok = false;
    if (sub == QLatin1String("respond"))
        ok = followUp.respond(itemId, day, actor, text.value_or(QString()), attachments, &error);
    else if (sub == QLatin1String("verify"))
        ok = followUp.verify(itemId, day, actor, note.value_or(QString()), attachments, &error);
    else if (sub == QLatin1String("return"))
        ok = followUp.returnItem(itemId, day, actor, note.value_or(QString()), &error);
    else if (sub == QLatin1String("close"))
        ok = followUp.close(itemId, day, actor, note.value_or(QString()), &error);
    else if (sub == QLatin1String("not-required"))
        ok = followUp.notRequired(itemId, day, actor, note.value_or(QString()), &error);
    else
        return fail(ctx, Usage, usage());
    return ok ? Ok : fail(ctx, BadInput, error);
}

} // namespace Kansa::Cli
