#include "ledgerdocument.h"

#include "advisory/ledger.h"
#include "calendar/eradate.h"
#include "documentfonts.h"
#include "documentwriter.h"
#include "htmltext.h"

namespace Kansa::LedgerDocument {

QString title(Column column)
{
    switch (column) {
    case Column::Letter: return QStringLiteral("勧告書番号");
    case Column::Ordinal: return QStringLiteral("項");
    case Column::Contractor: return QStringLiteral("事業者");
    case Column::Clause: return QStringLiteral("条項");
    case Column::Severity: return QStringLiteral("区分");
    case Column::Finding: return QStringLiteral("指摘事項");
    case Column::Improvement: return QStringLiteral("改善を要する事項");
    case Column::Deadline: return QStringLiteral("改善期限");
    case Column::DaysLeft: return QStringLiteral("残日数");
    case Column::State: return QStringLiteral("状況");
    case Column::ReportedOn: return QStringLiteral("報告日");
    case Column::Report: return QStringLiteral("報告内容");
    case Column::VerifiedOn: return QStringLiteral("確認日");
    case Column::VerifiedBy: return QStringLiteral("確認者");
    case Column::LastStep: return QStringLiteral("最終対応");
    }
    return {};
}

QString stateJapanese(const AdvisoryItem &i)
{
    if (i.notRequired())
        return QStringLiteral("対応不要");
    switch (i.state) {
    case FollowUpState::Open: return QStringLiteral("未対応");
    case FollowUpState::Responded: return QStringLiteral("報告受領");
    case FollowUpState::Verified: return QStringLiteral("確認済");
    case FollowUpState::Returned: return QStringLiteral("差戻し");
    case FollowUpState::Closed: return QStringLiteral("完了");
    }
    return {};
}

QString severityJapanese(AdvisorySeverity severity)
{
    return severity == AdvisorySeverity::Major ? QStringLiteral("重大")
        : severity == AdvisorySeverity::Minor  ? QStringLiteral("軽微")
                                               : QStringLiteral("推奨");
}

std::unique_ptr<QTextDocument> build(const QList<DueItem> &rows, const QDate &today, const DocumentSettings &s)
{
    const EraDate::Digits digits = s.digits();
    auto esc = [](const QString &t) { return HtmlText::para(t); };
    int overdue = 0, pending = 0;
    for (const DueItem &d : rows) {
        overdue += Ledger::isOverdue(d) ? 1 : 0;
        pending += Ledger::isPending(d) ? 1 : 0;
    }
    QString h = QStringLiteral("<html><body style=\"font-family:'%1'; font-size:9pt;\">").arg(DocumentFonts::mincho());
    h += QStringLiteral("<p align=\"center\" style=\"font-size:13pt; margin-bottom:6pt;\">改善勧告事項フォローアップ台帳</p>");
    h += QStringLiteral("<p align=\"right\">%1<br>%2現在</p>")
             .arg(esc(QString(s.municipality + QStringLiteral("　") + s.department).trimmed()),
                 EraDate::format(today, digits));
    h += QStringLiteral("<p>掲載 %1 件（うち未完了 %2 件、期限超過 %3 件）</p>")
             .arg(EraDate::number(int(rows.size()), digits), EraDate::number(pending, digits),
                 EraDate::number(overdue, digits));
    // A4 landscape. Dates, references, severity and state never break inside a cell (「令和８年
    // １２月７/日」 before). The contractor's latest report and its verification are the office's
    // record of the follow-up.
    const QString nowrap = QStringLiteral(" style=\"white-space:nowrap;\"");
    auto date = [&](const QDate &d) { return EraDate::format(d, digits); };
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                        "style=\"border-collapse:collapse; border-color:#000000; font-size:8pt;\">"
                        "<thead><tr style=\"background-color:#e8e8e8;\">");
    // Width in per cent, nowrap, title: the report and its verification with their dates.
    const auto th = [&](int width, bool unbroken, const QString &text) {
        h += QStringLiteral("<th width=\"%1%\"%2>%3</th>").arg(width).arg(unbroken ? nowrap : QString(), text);
    };
    const auto both = [](Column a, Column b) -> QString { return title(a) + u'・' + title(b); };
    th(13, false, title(Column::Letter));
    th(3, true, title(Column::Ordinal));
    th(10, false, title(Column::Contractor));
    th(7, true, title(Column::Clause));
    th(4, true, title(Column::Severity));
    th(13, false, title(Column::Finding));
    th(13, false, title(Column::Improvement));
    th(10, true, title(Column::Deadline));
    th(12, false, both(Column::ReportedOn, Column::Report));
    th(10, false, both(Column::VerifiedOn, Column::VerifiedBy));
    th(5, true, title(Column::State));
    h += QStringLiteral("</tr></thead>");
    for (const DueItem &d : rows) {
        const AdvisoryItem &i = d.item;
        const QString severity = severityJapanese(i.severity);
        QString deadline = i.deadline.isValid() ? date(i.deadline) : QStringLiteral("（期限なし）");
        if (Ledger::isOverdue(d))
            deadline += QStringLiteral("<br><b>（%1日超過）</b>").arg(EraDate::number(-d.daysLeft, digits));
        const QString report = d.reportedOn.isValid()
            ? QStringLiteral("<p style=\"white-space:nowrap; margin:0;\">%1</p>%2").arg(date(d.reportedOn), esc(d.report)) : QString();
        const QString verified = d.verifiedOn.isValid()
            ? QStringLiteral("<p style=\"white-space:nowrap; margin:0;\">%1</p>%2").arg(date(d.verifiedOn), esc(d.verifiedBy)) : QString();
        h += QStringLiteral("<tr><td>%1</td><td align=\"center\"%2>%3</td><td>%4</td><td%2>%5</td><td%2>%6</td>"
                            "<td>%7</td><td>%8</td><td%2>%9</td>")
                 .arg(HtmlText::unbreakable(d.documentNumber), nowrap, EraDate::number(i.ordinal, digits), esc(d.contractor),
                     esc(s.digitsOf(i.clause)), severity, esc(i.finding), esc(i.improvement), deadline);
        h += QStringLiteral("<td>%1</td><td>%2</td><td%3>%4</td></tr>").arg(report, verified, nowrap, stateJapanese(i));
    }
    h += QStringLiteral("</table></body></html>");
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(DocumentFonts::mincho(), 9));
    doc->setHtml(h);
    return doc;
}

int writePdf(const QList<DueItem> &rows, const QDate &today, const DocumentSettings &settings,
    const QString &path, QString *error)
{
    if (!DocumentFonts::ensureLoaded(error))
        return 0;
    auto doc = build(rows, today, settings);
    return DocumentWriter::writePdf(*doc, path, { QStringLiteral("改善勧告事項フォローアップ台帳"), true, true }, error);
}

QString baseName(const QDate &today)
{
    return QStringLiteral("フォローアップ台帳_%1").arg(today.toString(QStringLiteral("yyyyMMdd")));
}

} // namespace Kansa::LedgerDocument
