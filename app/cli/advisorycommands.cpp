#include "advisorycommands.h"

#include "calendar/today.h"
#include "advisoryjson.h"
#include "advisory/advisorylifecycle.h"
#include "advisory/advisoryrepository.h"
#include "settings/documentsettings.h"
#include "calendar/businesscalendar.h"
#include "storage/sqlhelpers.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kansa::Cli {

namespace {

QString usage()
{
    return tr("usage: kansa-cli advisory create AUDIT [--date YYYY-MM-DD] [--observations] [--unsigned]\n"
              "       kansa-cli advisory show AUDIT [--json]\n"
              "       kansa-cli advisory item ITEM [--deadline YYYY-MM-DD] [--finding TEXT] [--improvement TEXT]\n"
              "                               [--include | --leave-out]\n"
              "       kansa-cli advisory issue ADVISORY [--by NAME]\n"
              "       kansa-cli advisory correct ADVISORY [--date YYYY-MM-DD]");
}

QJsonObject itemJson(const AdvisoryItem &i)
{
    QJsonObject o = advisoryItemJson(i);
    o.insert(QStringLiteral("included"), i.included);
    return o;
}

void show(Context &ctx, const Advisory &a, bool json)
{
    if (json) {
        QJsonArray items;
        for (const AdvisoryItem &i : a.items)
            items.append(itemJson(i));
        ctx.out << QJsonDocument(QJsonObject {
                                     { QStringLiteral("id"), a.id },
                                     { QStringLiteral("audit"), a.auditId },
                                     { QStringLiteral("status"), AdvisoryStatuses::key(a.status) },
                                     { QStringLiteral("number"), a.documentNumber },
                                     { QStringLiteral("issued_on"), a.issuedOn.toString(Qt::ISODate) },
                                     { QStringLiteral("drafted_by"), a.draftedBy },
                                     { QStringLiteral("approved_by"), a.issuedBy },
                                     { QStringLiteral("corrects"), a.correctsId ? QJsonValue(a.correctsId) : QJsonValue() },
                                     { QStringLiteral("items"), items } })
                       .toJson(QJsonDocument::Indented);
        return;
    }
    ctx.out << a.id << QLatin1Char('\t') << AdvisoryStatuses::label(a.status) << QLatin1Char('\t')
            << (a.documentNumber.isEmpty() ? tr("(no number until issued)") : a.documentNumber)
            << QLatin1Char('\t') << a.issuedOn.toString(Qt::ISODate) << Qt::endl;
    for (const AdvisoryItem &i : a.items)
        ctx.out << i.id << QLatin1Char('\t') << i.clause << QLatin1Char('\t')
                << AdvisorySeverities::label(i.severity) << QLatin1Char('\t')
                << i.deadline.toString(Qt::ISODate) << QLatin1Char('\t')
                << (i.included ? i.stateLabel() : tr("left out")) << Qt::endl;
}

QDate dateOr(const std::optional<QString> &text, const QDate &fallback)
{
    return text ? QDate::fromString(*text, Qt::ISODate) : fallback;
}

} // namespace

int runAdvisory(Context &ctx)
{
    bool missing = false;
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    const auto date = ctx.takeOption(QStringLiteral("--date"), &missing);
    const auto deadline = ctx.takeOption(QStringLiteral("--deadline"), &missing);
    const auto finding = ctx.takeOption(QStringLiteral("--finding"), &missing);
    const auto improvement = ctx.takeOption(QStringLiteral("--improvement"), &missing);
    const auto by = ctx.takeOption(QStringLiteral("--by"), &missing);
    const auto draftedBy = ctx.takeOption(QStringLiteral("--drafted-by"), &missing);
    const auto approvedBy = ctx.takeOption(QStringLiteral("--approved-by"), &missing);
    const auto approvedOn = ctx.takeOption(QStringLiteral("--approved-on"), &missing);
    const bool observations = ctx.takeFlag(QStringLiteral("--observations"));
    const bool unsignedOk = ctx.takeFlag(QStringLiteral("--unsigned"));
    const bool include = ctx.takeFlag(QStringLiteral("--include"));
    const bool leaveOut = ctx.takeFlag(QStringLiteral("--leave-out"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const qint64 id = ctx.args.size() == 1 ? parseId(ctx.args.at(0)) : 0;
    const QDate day = dateOr(date, Today::date());
    if (missing || !id || (include && leaveOut))
        return fail(ctx, Usage, usage());
    if (!day.isValid())
        return fail(ctx, Usage, badDate(date.value_or(QString())));
    Database db;
    int code = Ok;
    QString error;
    if (sub == QLatin1String("create") || sub == QLatin1String("correct")) {
        if (!openDatabase(ctx, db, &code))
            return code;
        AdvisoryLifecycle letters(db.connection());
        const qint64 draft = sub == QLatin1String("create")
            ? letters.create(id, day, observations, unsignedOk, &error)
            : letters.correct(id, day, &error);
        if (!draft)
            return fail(ctx, BadInput, error);
        ctx.out << draft << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("issue")) {
        if (!openDatabase(ctx, db, &code))
            return code;
        // 起案 → 決裁: without the options, whoever issues drafted and approved it, on the
        // draft's date.
        const QString actor = by.value_or(DocumentSettings::load(db.connection()).defaultLead);
        const std::optional<Advisory> draft = AdvisoryRepository(db.connection()).load(id);
        const QDate approved = dateOr(approvedOn, draft ? draft->issuedOn : QDate());
        if (approvedOn && !approved.isValid())
            return fail(ctx, Usage, badDate(*approvedOn));
        const AdvisoryLifecycle::Approval approval { draftedBy.value_or(actor), approvedBy.value_or(actor), approved };
        if (!AdvisoryLifecycle(db.connection()).issue(id, approval, &error))
            return fail(ctx, BadInput, error);
        ctx.out << AdvisoryRepository(db.connection()).load(id)->documentNumber << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("item")) {
        const QDate wanted = dateOr(deadline, QDate());
        if (deadline && !wanted.isValid())
            return fail(ctx, Usage, badDate(*deadline));
        if (!deadline && !finding && !improvement && !include && !leaveOut)
            return fail(ctx, Usage, usage());
        if (!openDatabase(ctx, db, &code))
            return code;
        AdvisoryRepository advisories(db.connection());
        bool ok = true;
        QSqlDatabase c = db.connection();
        ok = Sql::inTransaction(c, &error, [&](QString *why) {
            if (finding && !advisories.setFinding(id, *finding, why))
                return false;
            if (improvement && !advisories.setImprovement(id, *improvement, why))
                return false;
            if ((include || leaveOut) && !advisories.setIncluded(id, include, why))
                return false;
            if (deadline) {
                const QDate stored = advisories.setDeadline(id, wanted, why);
                if (!stored.isValid())
                    return false;
                const QString moved = BusinessCalendar::explainShift(wanted, stored);
                if (!moved.isEmpty())
                    ctx.err << moved << Qt::endl;
            }
            return true;
        });
        if (!ok)
            return fail(ctx, BadInput, error);
        const auto item = advisories.item(id);
        ctx.out << item->id << QLatin1Char('\t') << item->deadline.toString(Qt::ISODate) << Qt::endl;
        return Ok;
    }
    if (sub != QLatin1String("show"))
        return fail(ctx, Usage, usage());
    if (!openAudit(ctx, db, id, &code))
        return code;
    const std::optional<Advisory> a = AdvisoryRepository(db.connection()).current(id);
    if (!a)
        return fail(ctx, BadInput, tr("Audit %1 has no advisory.").arg(id));
    show(ctx, *a, json);
    return Ok;
}

} // namespace Kansa::Cli
