#include "followupcommands.h"

#include "advisory/advisoryrepository.h"
#include "storage/database.h"
#include "advisory/documentsettings.h"
#include "evidence/evidencestore.h"
#include "advisory/followup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kansa::Cli {

namespace {

QDate parseDate(const std::optional<QString> &text)
{
    return text ? QDate::fromString(*text, Qt::ISODate) : QDate::currentDate();
}

QJsonObject itemJson(const AdvisoryItem &i)
{
    return QJsonObject {
        { QStringLiteral("id"), i.id },
        { QStringLiteral("ordinal"), i.ordinal },
        { QStringLiteral("clause"), i.clause },
        { QStringLiteral("severity"), AdvisorySeverities::key(i.severity) },
        { QStringLiteral("finding"), i.finding },
        { QStringLiteral("improvement"), i.improvement },
        { QStringLiteral("deadline"),
            i.deadline.isValid() ? QJsonValue(i.deadline.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("state"), FollowUpStates::key(i.state) },
    };
}

} // namespace

int runAdvisory(Context &ctx)
{
    bool missing = false;
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    const auto date = ctx.takeOption(QStringLiteral("--date"), &missing);
    const bool observations = ctx.takeFlag(QStringLiteral("--observations"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const qint64 auditId = ctx.args.size() == 1 ? parseId(ctx.args.at(0)) : 0;
    const QDate issued = parseDate(date);
    if (missing || !auditId || !issued.isValid()
        || (sub != QLatin1String("create") && sub != QLatin1String("show")))
        return fail(ctx, Usage,
            tr("usage: kansa-cli advisory create AUDIT [--date YYYY-MM-DD] [--observations]\n"
               "       kansa-cli advisory show AUDIT [--json]"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    AdvisoryRepository advisories(db.connection());
    if (sub == QLatin1String("create")) {
        QString error;
        const qint64 id = advisories.create(auditId, issued, observations, &error);
        if (!id)
            return fail(ctx, BadInput, error);
        ctx.out << id << Qt::endl;
        return Ok;
    }
    const QList<Advisory> list = advisories.forAudit(auditId);
    if (list.isEmpty())
        return fail(ctx, BadInput, tr("Audit %1 has no advisory.").arg(auditId));
    const Advisory &a = list.last();
    if (json) {
        QJsonArray items;
        for (const AdvisoryItem &i : a.items)
            items.append(itemJson(i));
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("id"), a.id },
                                     { QStringLiteral("audit"), a.auditId },
                                     { QStringLiteral("number"), a.documentNumber },
                                     { QStringLiteral("issued_on"), a.issuedOn.toString(Qt::ISODate) },
                                     { QStringLiteral("items"), items } })
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }
    ctx.out << a.documentNumber << QLatin1Char('\t') << a.issuedOn.toString(Qt::ISODate) << Qt::endl;
    for (const AdvisoryItem &i : a.items)
        ctx.out << i.id << QLatin1Char('\t') << i.clause << QLatin1Char('\t')
                << AdvisorySeverities::label(i.severity) << QLatin1Char('\t')
                << i.deadline.toString(Qt::ISODate) << QLatin1Char('\t') << FollowUpStates::label(i.state)
                << Qt::endl;
    return Ok;
}

int runFollowUp(Context &ctx)
{
    bool missing = false;
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    const auto date = ctx.takeOption(QStringLiteral("--date"), &missing);
    const auto text = ctx.takeOption(QStringLiteral("--text"), &missing);
    const auto note = ctx.takeOption(QStringLiteral("--note"), &missing);
    const auto by = ctx.takeOption(QStringLiteral("--by"), &missing);
    QStringList attachments;
    for (;;) {
        const auto a = ctx.takeOption(QStringLiteral("--attach"), &missing);
        if (!a)
            break;
        attachments << *a;
    }
    const bool overdue = ctx.takeFlag(QStringLiteral("--overdue"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const QString usage = tr(
        "usage: kansa-cli followup respond ITEM --date YYYY-MM-DD --text TEXT [--attach FILE]...\n"
        "       kansa-cli followup verify ITEM --date YYYY-MM-DD [--note TEXT] [--by NAME]\n"
        "       kansa-cli followup return ITEM --date YYYY-MM-DD --note REASON [--by NAME]\n"
        "       kansa-cli followup close ITEM --date YYYY-MM-DD [--by NAME]\n"
        "       kansa-cli followup list [--overdue] [--json]");
    if (missing)
        return fail(ctx, Usage, usage);
    Database db;
    int code = Ok;
    if (sub == QLatin1String("list")) {
        if (!ctx.args.isEmpty())
            return fail(ctx, Usage, usage);
        if (!openDatabase(ctx, db, &code))
            return code;
        EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
        const QDate today = parseDate(date);
        const QList<DueItem> due = FollowUp(db.connection(), store).due(today, overdue);
        if (json) {
            QJsonArray array;
            for (const DueItem &d : due) {
                QJsonObject o = itemJson(d.item);
                o.insert(QStringLiteral("audit"), d.auditId);
                o.insert(QStringLiteral("contractor"), d.contractor);
                o.insert(QStringLiteral("number"), d.documentNumber);
                o.insert(QStringLiteral("days_left"), d.daysLeft);
                o.insert(QStringLiteral("overdue"), d.daysLeft < 0);
                array.append(o);
            }
            ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Ok;
        }
        for (const DueItem &d : due)
            ctx.out << d.item.id << QLatin1Char('\t') << d.item.deadline.toString(Qt::ISODate)
                    << QLatin1Char('\t')
                    << (d.daysLeft < 0 ? tr("%n day(s) overdue", nullptr, -d.daysLeft)
                                       : tr("%n day(s) left", nullptr, d.daysLeft))
                    << QLatin1Char('\t') << d.contractor << QLatin1Char('\t') << d.item.clause
                    << QLatin1Char('\t') << FollowUpStates::label(d.item.state) << Qt::endl;
        return Ok;
    }
    const qint64 itemId = ctx.args.size() == 1 ? parseId(ctx.args.at(0)) : 0;
    if (!itemId || !date)
        return fail(ctx, Usage, usage);
    const QDate day = QDate::fromString(*date, Qt::ISODate);
    if (!day.isValid())
        return fail(ctx, Usage, tr("Give the date as YYYY-MM-DD, not “%1”.").arg(*date));
    if (!openDatabase(ctx, db, &code))
        return code;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
    FollowUp followUp(db.connection(), store);
    QString error;
    bool ok = false;
    if (sub == QLatin1String("respond"))
        ok = followUp.respond(itemId, day, text.value_or(QString()), attachments, &error);
    else if (sub == QLatin1String("verify"))
        ok = followUp.verify(itemId, day, by.value_or(QString()), note.value_or(QString()), &error);
    else if (sub == QLatin1String("return"))
        ok = followUp.returnItem(itemId, day, by.value_or(QString()), note.value_or(QString()), &error);
    else if (sub == QLatin1String("close"))
        ok = followUp.close(itemId, day, by.value_or(QString()), &error);
    else
        return fail(ctx, Usage, usage);
    return ok ? Ok : fail(ctx, BadInput, error);
}

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
        const QStringList values { s.municipality, s.department, s.head, s.contactPerson, s.contactPhone,
            s.contactEmail, s.numberPattern, QString::number(s.nextNumber), s.honorific,
            QString::number(s.majorDays), QString::number(s.minorDays), QString::number(int(s.fullWidthDigits)) };
        const QStringList keys = DocumentSettings::keys();
        for (qsizetype k = 0; k < keys.size(); ++k)
            ctx.out << keys.at(k) << QLatin1Char('\t') << values.value(k) << Qt::endl;
        return Ok;
    }
    return fail(ctx, Usage, tr("usage: kansa-cli settings list | settings set KEY VALUE"));
}

} // namespace Kansa::Cli
