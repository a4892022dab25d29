#include "inspectionreport.h"

#include "calendar/today.h"
#include "documentfonts.h"
#include "documentimages.h"
#include "documentnames.h"
#include "calendar/eradate.h"
#include "htmltext.h"

namespace Kansa::InspectionReport {

namespace {

using namespace AuditDocumentParts;

constexpr int PhotoCssWidth = 300; // ≈ 79 mm on paper
constexpr int PhotoPixels = 800; // ≈ 250 dpi at that width; half the derivative, which the JPEG decoder scales for free

QString summary(const AuditDocumentData &d)
{
    QHash<Verdict, int> counts;
    int scored = 0, answered = 0;
    for (const CheckItem &c : d.items) {
        if (!c.scored)
            continue; // informational paragraphs are shown, not counted
        const Verdict v = d.findings.value(c.id).verdict;
        ++counts[v];
        ++scored;
        answered += v != Verdict::Unchecked;
    }
    const EraDate::Digits digits = d.settings.digits();
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "style=\"border-collapse:collapse;\"><tr style=\"background-color:#eeeeee;\">");
    const Verdict order[] = { Verdict::Conforming, Verdict::Major, Verdict::Minor, Verdict::Observation,
        Verdict::NotApplicable, Verdict::Unchecked };
    for (Verdict v : order)
        h += QStringLiteral("<th>%1</th>").arg(verdictJapanese(v));
    h += QStringLiteral("</tr><tr>");
    for (Verdict v : order)
        h += QStringLiteral("<td align=\"center\">%1</td>").arg(EraDate::number(counts.value(v), digits));
    h += QStringLiteral("</tr></table>");
    h += QStringLiteral("<p>確認対象%1項目のうち%2項目について判定を記録した。</p>")
             .arg(EraDate::number(scored, digits), EraDate::number(answered, digits));
    return h;
}

QString responsibility(const AuditDocumentData &d)
{
    const ResponsibilityStructure &r = d.audit.responsibility;
    const std::pair<const char *, QString> rows[] = {
        { "取扱部署", r.department }, { "責任者", r.manager }, { "業務従事者", r.workers },
        { "連絡先（通常時）", r.normalContact }, { "連絡先（緊急時）", r.emergencyContact },
        { "作業場所", r.workPlaces },
    };
    QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "style=\"border-collapse:collapse;\">");
    for (const auto &[label, value] : rows)
        h += QStringLiteral("<tr><td width=\"22%\" style=\"background-color:#eeeeee;\">%1</td><td>%2</td></tr>")
                 .arg(QString::fromUtf8(label), value.isEmpty() ? QStringLiteral("（記録なし）") : HtmlText::para(value));
    return h + QStringLiteral("</table>");
}

QString evidenceHtml(const QList<Evidence> &list, const DocumentSettings &s)
{
    QString photos, others;
    int column = 0;
    for (const Evidence &e : list) {
        const QString caption = HtmlText::para(e.caption.isEmpty() ? e.originalName : e.caption);
        if (e.kind == EvidenceKind::Photo && !e.sha256.isEmpty()) {
            const int w = PhotoCssWidth;
            const int h = e.width > 0 ? qMax(1, w * e.height / e.width) : w * 3 / 4;
            if (column == 0)
                photos += QStringLiteral("<tr>");
            photos += QStringLiteral("<td width=\"50%\" valign=\"top\"><img src=\"%1\" width=\"%2\" height=\"%3\"><br>"
                                     "<span style=\"font-size:8.5pt;\">%4</span></td>")
                          .arg(DocumentImages::photoName(e.sha256, PhotoPixels,
                              s.photoMarkup && !e.markup.isEmpty() ? e.id : 0))
                          .arg(w)
                          .arg(qMin(h, 400))
                          .arg(caption);
            if (++column == 2) {
                photos += QStringLiteral("</tr>");
                column = 0;
            }
        } else if (e.kind == EvidenceKind::Certificate) {
            // 有効期限 kept whole on its line; its date in the digits set (it was always half-width).
            others += QStringLiteral("<li>認証等：%1　番号 %2　範囲 %3　%4</li>")
                          .arg(HtmlText::para(e.certificate.issuer), HtmlText::para(e.certificate.number),
                              HtmlText::para(s.digitsOf(e.certificate.scope)),
                              HtmlText::unbreakable(QStringLiteral("有効期限 ")
                                  + EraDate::format(e.certificate.validUntil, s.digits())));
        } else {
            others += QStringLiteral("<li>資料：%1（SHA-256 %2…）</li>").arg(caption, e.sha256.left(16));
        }
    }
    if (column == 1)
        photos += QStringLiteral("<td></td></tr>");
    QString h;
    if (!photos.isEmpty())
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(photos);
    if (!others.isEmpty())
        h += QStringLiteral("<ul style=\"font-size:9pt;\">%1</ul>").arg(others);
    return h;
}

QString items(const AuditDocumentData &d)
{
    QString h;
    QString article;
    int n = 0;
    for (const CheckItem &c : d.items) {
        ++n;
        if (c.articleNumber != article) {
            article = c.articleNumber;
            h += QStringLiteral("<h3 style=\"font-family:'%1'; margin-top:12pt;\">%2（%3）</h3>")
                     .arg(DocumentFonts::gothic(), HtmlText::para(d.settings.digitsOf(c.articleNumber)),
                         HtmlText::para(c.articleHeading));
        }
        const Finding f = d.findings.value(c.id);
        QString body = QStringLiteral("<p style=\"font-size:9pt; color:#333333;\">%1</p>").arg(HtmlText::para(c.text()));
        if (!f.note.isEmpty())
            body += QStringLiteral("<p><b>所見</b>　%1</p>").arg(HtmlText::para(f.note));
        if (!f.problem.isEmpty())
            body += QStringLiteral("<p><b>指摘事項</b>　%1</p>").arg(HtmlText::para(f.problem));
        if (!f.improvement.isEmpty())
            body += QStringLiteral("<p><b>改善を要する事項</b>　%1</p>").arg(HtmlText::para(f.improvement));
        body += evidenceHtml(d.evidence.value(c.id), d.settings);
        h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                            "style=\"border-collapse:collapse; margin-top:4pt;\">"
                            "<tr style=\"background-color:#eeeeee;\"><td width=\"8%\">%1</td><td width=\"72%\">%2%3</td>"
                            "<td width=\"20%\" align=\"center\"><b>%4</b></td></tr>"
                            "<tr><td colspan=\"3\">%5</td></tr></table>")
                 .arg(EraDate::number(n, d.settings.digits()), HtmlText::para(d.settings.digitsOf(c.citation())),
                     c.scored ? QString() : referenceMark(), verdictShown(c, f.verdict),
                     body);
    }
    return h;
}

// Right: the date and who issues the report (the office in the settings). Left, when the
// setting is on: the approval boxes (決裁欄) the office stamps before filing.
QString issuerAndApproval(const AuditDocumentData &d)
{
    const DocumentSettings &s = d.settings;
    QStringList issuer { EraDate::format(Today::date(), s.digits()) };
    for (const QString &line : { s.municipality, s.department })
        if (!line.trimmed().isEmpty())
            issuer << HtmlText::para(line.trimmed());
    QString boxes;
    if (s.approvalBoxes) {
        boxes = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                               "style=\"border-collapse:collapse; font-size:8pt;\"><tr>");
        for (const char *role : { "課長", "係長", "担当" })
            boxes += QStringLiteral("<td width=\"60\" align=\"center\" style=\"background-color:#eeeeee;\">%1</td>")
                         .arg(QString::fromUtf8(role));
        boxes += QStringLiteral("</tr><tr>");
        for (int i = 0; i < 3; ++i)
            // Qt's HTML ignores a cell's height: four empty lines make the box about 15 mm
            // high, room for a 認印 (about 10 mm).
            boxes += QStringLiteral("<td>　<br>　<br>　<br>　</td>");
        boxes += QStringLiteral("</tr></table>");
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-bottom:8pt;\">"
                          "<tr><td valign=\"top\">%1</td><td valign=\"top\" align=\"right\">%2</td></tr></table>")
        .arg(boxes, issuer.join(QStringLiteral("<br>")));
}

} // namespace

std::unique_ptr<DocumentImages> build(const AuditDocumentData &d, const EvidenceStore &store)
{
    auto doc = std::make_unique<DocumentImages>(&store);
    doc->setDefaultFont(QFont(DocumentFonts::mincho(), 10));
    QString h = QStringLiteral("<html><body style=\"%1\">").arg(documentStyle());
    h += QStringLiteral("<p align=\"center\" style=\"font-family:'%1'; font-size:16pt; margin-bottom:12pt;\">"
                        "実地調査結果報告書</p>")
             .arg(DocumentFonts::gothic());
    h += issuerAndApproval(d);
    h += headerTable(d);
    h += QStringLiteral("<h3 style=\"font-family:'%1';\">結果の概要</h3>").arg(DocumentFonts::gothic());
    h += summary(d);
    h += QStringLiteral("<p style=\"font-size:9pt;\">本報告書は、上記の実施日に確認した事項とその結果を記載したものであり、"
                        "確認の対象としなかった事項について適合を示すものではない。</p>");
    h += QStringLiteral("<h3 style=\"font-family:'%1';\">受託者の責任体制（%2関係の届出内容）</h3>")
             .arg(DocumentFonts::gothic(), d.settings.digitsOf(QStringLiteral("第３")));
    h += responsibility(d);
    h += QStringLiteral("<h3 style=\"font-family:'%1';\">確認結果</h3>").arg(DocumentFonts::gothic());
    h += items(d);
    h += signatureBlock(d, *doc);
    h += QStringLiteral("</body></html>");
    doc->setHtml(h);
    return doc;
}

QString baseName(const AuditDocumentData &d)
{
    return DocumentNames::baseName(QStringLiteral("実地調査結果報告書"), d.audit.contractor.name, d.audit.date);
}

} // namespace Kansa::InspectionReport

namespace Kansa::ChecklistDocument {

using namespace AuditDocumentParts;

std::unique_ptr<DocumentImages> build(const AuditDocumentData &d)
{
    auto doc = std::make_unique<DocumentImages>();
    doc->setDefaultFont(QFont(DocumentFonts::mincho(), 10));
    const EraDate::Digits digits = d.settings.digits();
    QString h = QStringLiteral("<html><body style=\"%1\">").arg(documentStyle());
    h += QStringLiteral("<p align=\"center\" style=\"font-family:'%1'; font-size:16pt; margin-bottom:12pt;\">"
                        "実地調査チェックリスト</p>")
             .arg(DocumentFonts::gothic());
    h += headerTable(d);
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                        "style=\"border-collapse:collapse; margin-top:10pt; font-size:8.5pt;\">"
                        "<thead><tr style=\"background-color:#e8e8e8;\"><th width=\"5%\">番号</th>"
                        "<th width=\"12%\">条項</th><th width=\"41%\">確認事項</th><th width=\"12%\">判定</th>"
                        "<th width=\"30%\">所見・指摘事項</th></tr></thead>");
    int n = 0;
    for (const CheckItem &c : d.items) {
        const Finding f = d.findings.value(c.id);
        QStringList notes;
        if (!f.note.isEmpty())
            notes << HtmlText::para(f.note);
        if (!f.problem.isEmpty())
            notes << QStringLiteral("［指摘］") + HtmlText::para(f.problem);
        const int files = int(d.evidence.value(c.id).size());
        if (files > 0)
            notes << QStringLiteral("（証跡%1件）").arg(EraDate::number(files, digits));
        h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td align=\"center\">%4</td>"
                            "<td>%5</td></tr>")
                 .arg(EraDate::number(++n, digits), HtmlText::para(d.settings.digitsOf(c.citation())),
                     HtmlText::para(c.text()),
                     verdictShown(c, f.verdict),
                     notes.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("</table>");
    h += signatureBlock(d, *doc);
    h += QStringLiteral("</body></html>");
    doc->setHtml(h);
    return doc;
}

QString baseName(const AuditDocumentData &d)
{
    return DocumentNames::baseName(QStringLiteral("チェックリスト"), d.audit.contractor.name, d.audit.date);
}

} // namespace Kansa::ChecklistDocument
