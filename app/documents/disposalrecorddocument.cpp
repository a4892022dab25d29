#include "disposalrecorddocument.h"

#include "calendar/eradate.h"
#include "documentfonts.h"
#include "documentwriter.h"
#include "history/checkpoint.h"
#include "htmltext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Kansa::DisposalRecordDocument {

namespace {

// A hash in groups of four, two lines of 32: readable aloud and comparable by eye.
QString grouped(const QString &hex)
{
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    QString out;
    for (int i = 0; i < groups.size(); ++i)
        out += groups.at(i) + (i == groups.size() - 1 ? QString() : i % 8 == 7 ? QStringLiteral("<br>") : QStringLiteral(" "));
    return out;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"26%\" style=\"background-color:#eeeeee;\">%1</td><td>%2</td></tr>").arg(label, value);
}

} // namespace

std::unique_ptr<QTextDocument> build(const DisposalRecord &r, const DocumentSettings &s)
{
    const EraDate::Digits digits = s.digits();
    auto esc = [](const QString &t) { return HtmlText::para(t); };
    auto n = [&](const char *key) { return EraDate::number(r.content.value(QStringLiteral("counts")).toObject().value(QLatin1String(key)).toInt(), digits); };
    const QJsonObject audit = r.content.value(QStringLiteral("audit")).toObject();
    const QJsonObject method = r.content.value(QStringLiteral("method")).toObject();
    auto a = [&](const char *key) { return audit.value(QLatin1String(key)).toString(); };
    // Local time, as every other date Kansa shows (the office's laptops run on Japan time).
    const QDateTime at = r.disposedAt().toLocalTime();
    const QString when = EraDate::format(at.date(), digits)
        + QStringLiteral("　%1時%2分").arg(EraDate::number(at.time().hour(), digits), EraDate::number(at.time().minute(), digits));
    const QString table = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                                         "style=\"border-collapse:collapse; border-color:#000000;\">");

    QString h = QStringLiteral("<html><body style=\"font-family:'%1'; font-size:9pt;\">").arg(DocumentFonts::mincho());
    h += QStringLiteral("<p align=\"right\">消去記録 第%1号<br>%2</p>")
             .arg(EraDate::number(int(r.id), digits), EraDate::format(at.date(), digits));
    h += QStringLiteral("<p align=\"center\" style=\"font-size:14pt; margin-top:0pt; margin-bottom:4pt;\">データ消去証明書（消去記録）</p>");
    h += QStringLiteral("<p align=\"right\">%1</p>").arg(esc(QString(s.municipality + QStringLiteral("　") + s.department).trimmed()));
    h += QStringLiteral("<p>下記の実地調査の記録（所見、写真、文書、署名、改善勧告書及びフォローアップを含む。）を、"
                        "監査支援システム Kansa から完全に消去したことを記録する。</p>");
    h += QStringLiteral("<p align=\"center\">記</p>");

    h += QStringLiteral("<p style=\"margin-top:5pt; margin-bottom:2pt;\"><b>１　対象の実地調査</b></p>") + table;
    h += row(QStringLiteral("事業者"), esc(a("contractor")));
    h += row(QStringLiteral("契約件名"), esc(a("contract_title").isEmpty() ? QStringLiteral("（記載なし）") : a("contract_title")));
    if (!a("contract_number").isEmpty())
        h += row(QStringLiteral("契約番号"), esc(a("contract_number")));
    const QDate auditDate = QDate::fromString(a("audit_date"), Qt::ISODate);
    h += row(QStringLiteral("調査日"), auditDate.isValid() ? EraDate::format(auditDate, digits) : QString());
    QString inspectors = a("lead_inspector");
    const QString members = a("members").split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts).join(QStringLiteral("、"));
    if (!members.isEmpty())
        inspectors += (inspectors.isEmpty() ? QString() : QStringLiteral("、")) + members;
    h += row(QStringLiteral("調査担当者"), esc(inspectors.isEmpty() ? QStringLiteral("（記載なし）") : inspectors));
    h += row(QStringLiteral("特記事項"), esc(a("clause_set")));
    h += row(QStringLiteral("調査の識別子"), QStringLiteral("<span style=\"font-family:'%1';\">%2</span>").arg(DocumentFonts::gothic(), a("uid")));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<p style=\"margin-top:5pt; margin-bottom:2pt;\"><b>２　消去した記録</b></p>") + table;
    h += row(QStringLiteral("確認項目・所見"), QStringLiteral("確認項目%1件、所見%2件").arg(n("check_items"), n("findings")));
    const int kept = r.content.value(QStringLiteral("counts")).toObject().value(QStringLiteral("files_kept_shared")).toInt();
    h += row(QStringLiteral("証跡"), QStringLiteral("写真%1枚、文書%2件、証明書%3件（保存ファイル%4件%5）")
                                       .arg(n("photos"), n("documents"), n("certificates"), n("files"),
                                           kept ? QStringLiteral("。うち%1件は他の実地調査でも使用しているため、その調査の鍵で残した").arg(EraDate::number(kept, digits))
                                                : QString()));
    h += row(QStringLiteral("署名・勧告書"), QStringLiteral("署名%1件、改善勧告書%2通").arg(n("signatures"), n("letters")));
    h += row(QStringLiteral("フォローアップ"), QStringLiteral("記録%1件（添付ファイル%2件）").arg(n("followup_events"), n("followup_files")));
    h += row(QStringLiteral("消去前の内容の<br>ハッシュ値（SHA-256）"),
        QStringLiteral("<span style=\"font-family:'%1'; font-size:8pt;\">%2</span>")
            .arg(DocumentFonts::gothic(), grouped(r.content.value(QStringLiteral("manifest_sha256")).toString())));
    h += QStringLiteral("</table>");
    if (r.content.value(QStringLiteral("forced")).toBool())
        h += QStringLiteral("<p>※ 消去の時点で未完了の改善勧告事項が%1件あったが、承認者の判断により消去した。</p>").arg(n("open_advisory_items"));

    h += QStringLiteral("<p style=\"margin-top:5pt; margin-bottom:2pt;\"><b>３　消去の方法</b></p>") + table;
    h += row(QStringLiteral("方法"),
        QStringLiteral("暗号化消去（暗号鍵の破棄による消去）。証跡ファイルは保存時から調査ごとのデータ鍵で暗号化されており、"
                       "そのデータ鍵（識別子 %1）を破棄し、端末の保管鍵を更新（更新前の識別子 %2）して鍵の写しも復号できない状態とした上で、"
                       "暗号化されたファイルを削除した。データベース上の記録は上書き消去（secure_delete）で削除し、"
                       "検索索引を再構成し、更新ログ（WAL）を切り詰めた。")
            .arg(method.value(QStringLiteral("data_key_id")).toString().isEmpty() ? QStringLiteral("なし：ファイルはすべて他の調査と共有")
                                                                               : method.value(QStringLiteral("data_key_id")).toString(),
                method.value(QStringLiteral("storage_key_id")).toString()));
    h += row(QStringLiteral("消去日時"), when);
    h += row(QStringLiteral("理由"), esc(r.content.value(QStringLiteral("reason")).toString()));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<p style=\"margin-top:5pt; margin-bottom:2pt;\"><b>４　本記録の対象外の複製（所管課で別途処分すること）</b></p>");
    QStringList exports;
    const QJsonArray exported = r.content.value(QStringLiteral("exports")).toArray();
    for (qsizetype i = exported.size() - 1; i >= 0 && exports.size() < 2; --i) // the latest two by name (one page)
        exports << esc(exported.at(i).toString());
    if (exported.size() > 2)
        exports << QStringLiteral("ほか%1件").arg(EraDate::number(int(exported.size()) - 2, digits));
    h += QStringLiteral("<p>書き出した調査パッケージ%1及びその送付先の写し、印刷した報告書・チェックリスト・改善勧告書、"
                        "PDF 等として保存した文書、端末やサーバのバックアップ。</p>")
             .arg(exports.isEmpty() ? QString() : QStringLiteral("（%1）").arg(exports.join(QStringLiteral("、"))));

    h += QStringLiteral("<p style=\"margin-top:5pt; margin-bottom:2pt;\"><b>５　電子署名</b></p>") + table;
    h += row(QStringLiteral("端末鍵・検証"), InstallationKey::fingerprint(r.publicKey) + QStringLiteral("　")
            + (r.signatureValid() ? QStringLiteral("署名は有効") : QStringLiteral("<b>署名は無効（記録が改変されている）</b>")));
    h += row(QStringLiteral("記録のハッシュ値"),
        QStringLiteral("<span style=\"font-family:'%1'; font-size:8pt;\">%2</span>").arg(DocumentFonts::gothic(), grouped(r.recordSha256())));
    h += QStringLiteral("</table>");

    // Room to sign and stamp by hand beside each name.
    h += QStringLiteral("<p style=\"margin-top:5pt; margin-bottom:2pt;\"><b>６　実施者及び承認者</b></p>") + table;
    const QString signRow = QStringLiteral("<tr><td width=\"26%\" style=\"background-color:#eeeeee;\">%1</td><td>%2</td>"
                                           "<td width=\"30%\">署名<br><br></td><td width=\"10%\" align=\"center\">印</td></tr>");
    h += signRow.arg(QStringLiteral("実施者"), esc(r.content.value(QStringLiteral("performed_by")).toString()));
    h += signRow.arg(QStringLiteral("承認者"), esc(r.content.value(QStringLiteral("approved_by")).toString()));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p align=\"right\">以上</p></body></html>");

    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(DocumentFonts::mincho(), 9));
    doc->setHtml(h);
    return doc;
}

int writePdf(const DisposalRecord &record, const DocumentSettings &settings, const QString &path, QString *error)
{
    if (!DocumentFonts::ensureLoaded(error))
        return 0;
    auto doc = build(record, settings);
    return DocumentWriter::writePdf(*doc, path, { QStringLiteral("データ消去証明書（消去記録）"), true, false }, error);
}

QString baseName(const DisposalRecord &record)
{
    QString contractor = record.content.value(QStringLiteral("audit")).toObject().value(QStringLiteral("contractor")).toString();
    contractor.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]")), QStringLiteral("_"));
    return QStringLiteral("消去記録_%1_%2").arg(record.disposedAt().toLocalTime().toString(QStringLiteral("yyyyMMdd")), contractor.left(40));
}

} // namespace Kansa::DisposalRecordDocument
