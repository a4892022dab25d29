#include "advisoryletter.h"
#include "history/historylog.h"

#include "advisory/advisoryrepository.h"
#include "audits/auditrepository.h"
#include "documentfonts.h"
#include "documentnames.h"
#include "calendar/eradate.h"
#include "htmltext.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <functional>

namespace Kansa::AdvisoryLetter {

namespace {

QString authorityOf(const QList<CheckItem> &items)
{
    for (const CheckItem &c : items)
        if (c.text().contains(QStringLiteral("改善を勧告")))
            return c.citation();
    for (const CheckItem &c : items)
        if (c.articleHeading.contains(QStringLiteral("検査"))
            || c.articleHeading.contains(QStringLiteral("実地調査")))
            return c.articleNumber;
    return {};
}

} // namespace

std::optional<Input> load(QSqlDatabase db, qint64 advisoryId, QString *error)
{
    const std::optional<Advisory> advisory = AdvisoryRepository(db).load(advisoryId);
    if (!advisory) {
        if (error)
            *error = QCoreApplication::translate("Kansa::AdvisoryLetter", "There is no advisory %1.")
                         .arg(advisoryId);
        return std::nullopt;
    }
    AuditRepository audits(db);
    const std::optional<Audit> audit = audits.load(advisory->auditId);
    if (!audit)
        return std::nullopt;
    Input in { *advisory, *audit,
        advisory->isDraft() ? DocumentSettings::load(db) : DocumentSettings::fromJson(advisory->snapshot),
        authorityOf(audits.checkItems(audit->id)), std::nullopt, {} };
    if (advisory->correctsId)
        in.corrected = AdvisoryRepository(db).load(advisory->correctsId);
    if (!advisory->isDraft())
        if (const auto c = HistoryLog::checkpointFor(db, HistoryLog::auditOrigin(db, audit->id),
                QStringLiteral("advisory issued:%1").arg(advisoryId)))
            in.historyAnchor = HistoryLog::anchor(*c);
    return in;
}

QString standardBody(const Input &in)
{
    const Audit &a = in.audit;
    const DocumentSettings &s = in.settings;
    const EraDate::Digits digits = s.digits();
    QString contract = a.contract.title.isEmpty() ? QStringLiteral("委託業務")
                                                  : QStringLiteral("「%1」").arg(s.digitsOf(a.contract.title));
    if (!a.contract.number.isEmpty())
        contract += QStringLiteral("（契約番号　%1）").arg(s.digitsOf(a.contract.number));
    const QString place = a.workPlace.isEmpty() ? QStringLiteral("業務履行場所")
                                                : QStringLiteral("業務履行場所（%1）").arg(s.digitsOf(a.workPlace));
    const QString authority = in.authority.isEmpty()
        ? QStringLiteral("同特記事項の規定により")
        : QStringLiteral("同特記事項%1の規定により").arg(s.digitsOf(in.authority));
    QString body;
    if (in.corrected)
        body += QStringLiteral("　%1付け%2で通知した改善勧告の内容を、下記のとおり訂正します。"
                               "訂正後の全事項を記載しますので、以後はこの通知によってください。\n")
                    .arg(EraDate::format(in.corrected->issuedOn, digits), s.digitsOf(in.corrected->documentNumber));
    body += QStringLiteral("　%1に%2において実施した%3に係る情報セキュリティ特記事項の遵守状況の"
                           "実地調査の結果、下記のとおり改善を要する事項が認められました。\n")
                .arg(EraDate::format(a.date, digits), place, contract);
    body += QStringLiteral("　つきましては、%1、下記のとおり期限を定めて改善を勧告します。"
                           "各改善期限までに必要な措置を講じ、その内容を改善報告書により報告してください。")
                .arg(authority);
    return body;
}

namespace {

QString issuerBlock(const DocumentSettings &s, const std::function<QString(const QString &)> &esc)
{
    QString h;
    const QString line = esc(s.issuerLine());
    if (s.seal == QLatin1String("stamp"))
        // A square beside the head's name where the official seal is pressed.
        h += QStringLiteral("<table align=\"right\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:12pt;\">"
                            "<tr><td style=\"vertical-align:middle; padding-right:8pt;\">%1</td>"
                            "<td style=\"border:1px solid #000000; padding:6pt;\">印</td></tr></table>")
                 .arg(line);
    else
        h += QStringLiteral("<p align=\"right\" style=\"margin-top:12pt;\">%1</p>").arg(line);
    if (s.seal == QLatin1String("omitted"))
        h += QStringLiteral("<p align=\"right\" style=\"font-size:9pt;\">（公印省略）</p>");
    return h;
}

QString contactBlock(const DocumentSettings &s, const std::function<QString(const QString &)> &esc)
{
    QStringList contact;
    const QString office = QString(s.municipality + s.department).trimmed();
    if (!office.isEmpty() || !s.contactPerson.isEmpty())
        contact << QStringLiteral("担当　%1%2").arg(esc(office),
            s.contactPerson.isEmpty() ? QString() : QStringLiteral("　") + esc(s.contactPerson));
    if (!s.contactPhone.isEmpty())
        contact << QStringLiteral("電話　%1").arg(esc(s.contactPhone));
    if (!s.contactEmail.isEmpty())
        contact << QStringLiteral("メール　%1").arg(esc(s.contactEmail));
    if (contact.isEmpty())
        return {};
    return QStringLiteral("<table align=\"right\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                          "style=\"border-collapse:collapse; margin-top:18pt;\"><tr><td>%1</td></tr></table>")
        .arg(contact.join(QStringLiteral("<br>")));
}

} // namespace

std::unique_ptr<QTextDocument> build(const Input &in)
{
    const Advisory &adv = in.advisory;
    const DocumentSettings &s = in.settings;
    const EraDate::Digits digits = s.digits();
    const std::function<QString(const QString &)> esc = [](const QString &t) { return HtmlText::para(t); };

    QString h;
    // pre-wrap keeps the ideographic spaces Japanese letters indent with and put between names.
    h += QStringLiteral("<html><body style=\"font-family:'%1'; font-size:10.5pt; white-space:pre-wrap;\">")
             .arg(DocumentFonts::mincho());
    if (adv.isDraft())
        h += QStringLiteral("<p style=\"font-size:12pt; color:#b00000;\">（案）</p>");
    const QString number = adv.isDraft() ? QStringLiteral("（番号は発行時に付番）") : adv.documentNumber;
    h += QStringLiteral("<p align=\"right\">%1<br>%2</p>")
             .arg(esc(number), EraDate::format(adv.issuedOn, digits));
    QStringList addressee = adv.addressee.split(u'\n');
    addressee.last() += QStringLiteral("　") + adv.honorific;
    h += QStringLiteral("<p style=\"margin-top:12pt; font-size:11pt;\">%1</p>")
             .arg(esc(addressee.join(u'\n')));
    h += issuerBlock(s, esc);
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:18pt; margin-bottom:12pt; "
                        "font-size:12pt;\">情報セキュリティ特記事項に係る実地調査の結果について（%1）</p>")
             .arg(in.corrected ? QStringLiteral("改善勧告の訂正") : QStringLiteral("改善勧告"));
    const QString body = adv.body.trimmed().isEmpty() ? standardBody(in) : adv.body;
    for (const QString &para : body.split(u'\n'))
        h += QStringLiteral("<p>%1</p>").arg(esc(para));
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:12pt; margin-bottom:12pt;\">記</p>");

    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                        "style=\"border-collapse:collapse; border-color:#000000; font-size:9.5pt;\">"
                        "<thead><tr style=\"background-color:#e8e8e8;\">"
                        // The two texts get half the width (long findings took a page per row).
                        "<th width=\"5%\" style=\"white-space:nowrap;\">番号</th><th width=\"11%\">条項</th>"
                        "<th width=\"13%\" style=\"white-space:nowrap;\">区分</th>"
                        "<th width=\"25%\">指摘事項</th><th width=\"25%\">改善を要する事項</th>"
                        "<th width=\"21%\" style=\"white-space:nowrap;\">改善期限</th></tr></thead>");
    bool anyRecommendation = false;
    int ordinal = 0;
    for (const AdvisoryItem &i : adv.items) {
        // A draft's item left out, or one with nothing to say, is not an empty row.
        if (!i.included || i.finding.trimmed().isEmpty())
            continue;
        const bool rec = i.severity == AdvisorySeverity::Recommendation;
        anyRecommendation = anyRecommendation || rec;
        // A clause reference (第１０第２項) is never broken inside the 条項 column.
        h += QStringLiteral("<tr><td align=\"center\">%1</td><td style=\"white-space:nowrap;\">%2</td>"
                            "<td style=\"white-space:nowrap;\">%3</td><td>%4</td>"
                            "<td>%5</td><td align=\"center\" style=\"white-space:nowrap;\">%6</td></tr>")
                 .arg(EraDate::number(++ordinal, digits), esc(s.digitsOf(i.clause)),
                     AdvisorySeverities::japanese(i.severity), esc(i.finding), esc(i.improvement),
                     rec ? QStringLiteral("（期限なし）") : EraDate::format(i.deadline, digits));
    }
    h += QStringLiteral("</table>");
    // The closing notes, 以上 and the contact block are one table, which the writer keeps on
    // one page (PageBreaks), so a page break never leaves the contact alone on a last page.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>");
    h += QStringLiteral("<p>%1　改善報告書には、講じた措置の内容及びそれを確認できる資料"
                        "（写真、規程類の写し等）を添付してください。</p>").arg(EraDate::number(1, digits));
    h += QStringLiteral("<p>%1　改善期限までに措置を完了できない事項は、その理由と完了の見込み時期を"
                        "改善期限までに報告してください。</p>").arg(EraDate::number(2, digits));
    if (anyRecommendation)
        h += QStringLiteral("<p>%1　区分が推奨事項のものは、現時点で特記事項違反とは認められませんが、"
                            "リスク低減のため改善を推奨する事項です（期限は定めません）。</p>")
                 .arg(EraDate::number(3, digits));
    h += QStringLiteral("<p align=\"right\" style=\"margin-top:10pt;\">以上</p>");
    h += contactBlock(s, esc);
    // The office's file copy says who drafted and who approved the letter (起案・決裁).
    if (!adv.isDraft() && !adv.issuedBy.isEmpty())
        h += QStringLiteral("<p align=\"right\" style=\"font-size:8pt; color:#333333; margin-top:8pt;\">"
                            "起案　%1　　決裁　%2（%3）</p>")
                 .arg(esc(adv.draftedBy.isEmpty() ? adv.issuedBy : adv.draftedBy), esc(adv.issuedBy),
                     EraDate::format(adv.issuedOn, digits));
    if (!in.historyAnchor.isEmpty()) // anchors the audit's history on the paper copy
        h += QStringLiteral("<p align=\"right\" style=\"font-size:7pt; color:#555555; margin-top:8pt;\">%1</p>")
                 .arg(in.historyAnchor);
    h += QStringLiteral("</td></tr></table>");
    h += QStringLiteral("</body></html>");

    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(DocumentFonts::mincho(), 10));
    doc->setHtml(h);
    // The HTML importer drops a table's top margin and a cell's first paragraph gets none: the
    // closing block (the last table) keeps its distance from the items table this way.
    const QList<QTextFrame *> frames = doc->rootFrame()->childFrames();
    if (auto *closing = frames.isEmpty() ? nullptr : qobject_cast<QTextTable *>(frames.last())) {
        QTextTableFormat f = closing->format();
        f.setTopMargin(12);
        closing->setFormat(f);
    }
    // 記 goes with the items table when the writer moves the table to the next page (it keeps
    // a heading with the table under it).
    if (frames.size() >= 2) {
        const QTextBlock above = doc->findBlock(frames.at(frames.size() - 2)->firstPosition() - 1);
        if (above.text() == QStringLiteral("記")) {
            QTextBlockFormat f = above.blockFormat();
            f.setHeadingLevel(4);
            QTextCursor(above).setBlockFormat(f);
        }
    }
    return doc;
}

QString baseName(const Input &in)
{
    return DocumentNames::baseName(QStringLiteral("改善勧告書"), in.audit.contractor.name,
        in.advisory.issuedOn);
}

} // namespace Kansa::AdvisoryLetter
