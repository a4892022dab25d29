#include "advisoryletter.h"

#include "advisory/advisoryrepository.h"
#include "audits/auditrepository.h"
#include "documentfonts.h"
#include "documentnames.h"
#include "calendar/eradate.h"
#include "htmltext.h"
#include "calendar/japanesenumerals.h"

#include <QCoreApplication>
#include <QTextDocument>

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
    return Input { *advisory, *audit, DocumentSettings::load(db),
        authorityOf(audits.checkItems(audit->id)) };
}

std::unique_ptr<QTextDocument> build(const Input &in)
{
    const Advisory &adv = in.advisory;
    const Audit &a = in.audit;
    const EraDate::Digits digits = in.settings.digits();
    auto esc = [](const QString &s) { return HtmlText::para(s); };
    auto num = [&](const QString &s) {
        return digits == EraDate::Digits::FullWidth ? JapaneseNumerals::toFullWidthDigits(s) : s;
    };

    QString h;
    // pre-wrap keeps the ideographic spaces Japanese letters indent with and put between names.
    h += QStringLiteral("<html><body style=\"font-family:'%1'; font-size:10.5pt; white-space:pre-wrap;\">")
             .arg(DocumentFonts::mincho());
    h += QStringLiteral("<p align=\"right\">%1<br>%2</p>")
             .arg(esc(adv.documentNumber), EraDate::format(adv.issuedOn, digits));
    QStringList addressee = adv.addressee.split(u'\n');
    addressee.last() += QStringLiteral("　") + adv.honorific;
    h += QStringLiteral("<p style=\"margin-top:12pt; font-size:11pt;\">%1</p>")
             .arg(esc(addressee.join(u'\n')));
    const DocumentSettings &s = in.settings;
    QString issuer = s.head.isEmpty() ? s.municipality : s.head;
    h += QStringLiteral("<p align=\"right\" style=\"margin-top:12pt;\">%1%2</p>")
             .arg(esc(issuer),
                 s.department.isEmpty() ? QString()
                                        : QStringLiteral("<br>（%1）").arg(esc(s.department)));
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:18pt; margin-bottom:12pt; "
                        "font-size:12pt;\">情報セキュリティ特記事項に係る実地調査の結果について（改善勧告）</p>");

    QString contract = a.contract.title.isEmpty() ? QStringLiteral("委託業務")
                                                  : QStringLiteral("「%1」").arg(a.contract.title);
    if (!a.contract.number.isEmpty())
        contract += QStringLiteral("（契約番号%1）").arg(a.contract.number);
    const QString place = a.workPlace.isEmpty() ? QStringLiteral("業務履行場所")
                                                : QStringLiteral("業務履行場所（%1）").arg(a.workPlace);
    const QString authority = in.authority.isEmpty()
        ? QStringLiteral("同特記事項の規定により")
        : QStringLiteral("同特記事項%1の規定により").arg(in.authority);
    h += QStringLiteral("<p>　%1に%2において実施した%3に係る情報セキュリティ特記事項の遵守状況の"
                        "実地調査の結果、下記のとおり改善を要する事項が認められました。</p>")
             .arg(EraDate::format(a.date, digits), esc(place), esc(num(contract)));
    h += QStringLiteral("<p>　つきましては、%1、下記のとおり期限を定めて改善を勧告します。"
                        "各改善期限までに必要な措置を講じ、その内容を改善報告書により報告してください。</p>")
             .arg(esc(authority));
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:12pt; margin-bottom:12pt;\">記</p>");

    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                        "style=\"border-collapse:collapse; border-color:#000000; font-size:9.5pt;\">"
                        "<thead><tr style=\"background-color:#e8e8e8;\">"
                        "<th width=\"6%\">番号</th><th width=\"11%\">条項</th><th width=\"10%\">区分</th>"
                        "<th width=\"26%\">指摘事項</th><th width=\"26%\">改善を要する事項</th>"
                        "<th width=\"21%\">改善期限</th></tr></thead>");
    bool anyRecommendation = false;
    for (const AdvisoryItem &i : adv.items) {
        const bool rec = i.severity == AdvisorySeverity::Recommendation;
        anyRecommendation = anyRecommendation || rec;
        h += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td>"
                            "<td>%5</td><td align=\"center\" style=\"white-space:nowrap;\">%6</td></tr>")
                 .arg(EraDate::number(i.ordinal, digits), esc(i.clause),
                     AdvisorySeverities::japanese(i.severity), esc(i.finding), esc(i.improvement),
                     rec ? QStringLiteral("（期限なし）") : EraDate::format(i.deadline, digits));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p style=\"margin-top:10pt;\">１　改善報告書には、講じた措置の内容及びそれを確認できる資料"
                        "（写真、規程類の写し等）を添付してください。</p>");
    h += QStringLiteral("<p>２　改善期限までに措置を完了できない事項は、その理由と完了の見込み時期を"
                        "改善期限までに報告してください。</p>");
    if (anyRecommendation)
        h += QStringLiteral("<p>３　区分が推奨事項のものは、現時点で特記事項違反とは認められませんが、"
                            "リスク低減のため改善を推奨する事項です（期限は定めません）。</p>");
    h += QStringLiteral("<p align=\"right\" style=\"margin-top:10pt;\">以上</p>");

    QStringList contact;
    if (!s.department.isEmpty() || !s.contactPerson.isEmpty())
        contact << QStringLiteral("担当　%1　%2").arg(esc(s.department), esc(s.contactPerson));
    if (!s.contactPhone.isEmpty())
        contact << QStringLiteral("電話　%1").arg(esc(s.contactPhone));
    if (!s.contactEmail.isEmpty())
        contact << QStringLiteral("メール　%1").arg(esc(s.contactEmail));
    if (!contact.isEmpty())
        h += QStringLiteral("<table align=\"right\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                            "style=\"border-collapse:collapse; margin-top:18pt;\"><tr><td>%1</td></tr></table>")
                 .arg(contact.join(QStringLiteral("<br>")));
    h += QStringLiteral("</body></html>");

    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(DocumentFonts::mincho(), 10));
    doc->setHtml(h);
    return doc;
}

QString baseName(const Input &in)
{
    return DocumentNames::baseName(QStringLiteral("改善勧告書"), in.audit.contractor.name,
        in.advisory.issuedOn);
}

} // namespace Kansa::AdvisoryLetter
