#include "advisory/ledger.h"

#include <QCoreApplication>

namespace Kansa::Ledger {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Kansa::Ledger", text, nullptr, n);
}

QString csvField(QString s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()) && !(s.size() > 1 && s.at(1).isDigit()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char('"')) || s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\''))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

} // namespace

bool isPending(const DueItem &row)
{
    const FollowUpState s = row.item.state;
    return s == FollowUpState::Open || s == FollowUpState::Responded || s == FollowUpState::Returned;
}

bool isNotClosed(const DueItem &row)
{
    return isPending(row) || row.item.state == FollowUpState::Verified;
}

bool isOverdue(const DueItem &row)
{
    return isPending(row) && row.item.deadline.isValid() && row.daysLeft < 0;
}

bool isDueWithin(const DueItem &row, int days)
{
    return isPending(row) && row.item.deadline.isValid() && row.daysLeft >= 0 && row.daysLeft <= days;
}

QString dueText(const DueItem &row)
{
    if (!isPending(row) || !row.item.deadline.isValid())
        return {};
    if (row.daysLeft < 0)
        return tr("%n day(s) overdue", -row.daysLeft);
    if (row.daysLeft == 0)
        return tr("due today");
    return tr("%n day(s) left", row.daysLeft);
}

QStringList columnTitles()
{
    return { tr("Item"), tr("Letter"), tr("Issued on"), tr("Contractor"), tr("No."), tr("Clause"),
        tr("Severity"), tr("Finding"), tr("Improvement required"), tr("Deadline"), tr("Due"),
        tr("State"), tr("Reported on"), tr("Report"), tr("Verified on"), tr("Verified by"), tr("Last step") };
}

QStringList cells(const DueItem &row)
{
    const AdvisoryItem &i = row.item;
    return { QString::number(i.id), row.documentNumber, row.issuedOn.toString(Qt::ISODate),
        row.contractor, QString::number(i.ordinal), i.clause, AdvisorySeverities::label(i.severity),
        i.finding, i.improvement, i.deadline.toString(Qt::ISODate), dueText(row), i.stateLabel(),
        row.reportedOn.toString(Qt::ISODate), row.report, row.verifiedOn.toString(Qt::ISODate), row.verifiedBy,
        row.lastEventOn.toString(Qt::ISODate) };
}

bool writeCsv(const QList<DueItem> &rows, QIODevice &out, QString *error)
{
    QByteArray data("\xEF\xBB\xBF");
    auto line = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        data += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(columnTitles());
    for (const DueItem &r : rows)
        line(cells(r));
    if (out.write(data) != data.size()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace Kansa::Ledger
