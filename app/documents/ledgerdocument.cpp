#include "ledgerdocument.h"

#include "advisory/ledger.h"
#include "calendar/eradate.h"
#include "documentfonts.h"
#include "documentwriter.h"
#include "htmltext.h"

namespace Kansa::LedgerDocument {

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
                        "<thead><tr style=\"background-color:#e8e8e8;\">"
                        "<th width=\"13%\">勧告書番号</th><th width=\"3%\"%1>項</th><th width=\"10%\">事業者</th>"
                        "<th width=\"7%\"%1>条項</th><th width=\"4%\"%1>区分</th><th width=\"13%\">指摘事項</th>"
                        "<th width=\"13%\">改善を要する事項</th><th width=\"10%\"%1>改善期限</th>"
                        "<th width=\"12%\">報告日・報告内容</th><th width=\"10%\">確認日・確認者</th>"
                        "<th width=\"5%\"%1>状況</th></tr></thead>")
             .arg(nowrap);
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
