#include "auditdocumentdata.h"
#include "history/historylog.h"

#include "audits/auditrepository.h"
#include "documentfonts.h"
#include "documentimages.h"
#include "calendar/eradate.h"
#include "evidence/evidencerepository.h"
#include "audits/findingrepository.h"
#include "htmltext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTimeZone>

namespace Kansa {

std::optional<AuditDocumentData> AuditDocumentData::load(
    QSqlDatabase db, EvidenceStore &store, qint64 auditId, QString *error)
{
    AuditRepository audits(db);
    const std::optional<Audit> audit = audits.load(auditId);
    if (!audit) {
        if (error)
            *error = AuditRepository::noSuchAudit(auditId);
        return std::nullopt;
    }
    AuditDocumentData d;
    d.audit = *audit;
    d.items = audits.checkItems(auditId);
    d.findings = FindingRepository(db).forAudit(auditId);
    for (const Evidence &e : EvidenceRepository(db, store).forAudit(auditId))
        d.evidence[e.checkItemId].append(e);
    SignOff signOff(db, store);
    d.signatures = signOff.standing(auditId);
    d.check = signOff.check(auditId);
    d.settings = DocumentSettings::load(db);
    d.historyAnchor = anchorOf(db, auditId, !d.signatures.isEmpty());
    return d;
}

QString AuditDocumentData::anchorOf(QSqlDatabase db, qint64 auditId, bool isSigned)
{
    const QString origin = HistoryLog::auditOrigin(db, auditId);
    if (const auto signedAt = HistoryLog::checkpointFor(db, origin, QStringLiteral("signed")); signedAt && isSigned)
        return HistoryLog::anchor(*signedAt);
    if (!origin.isEmpty()) {
        const HistoryLog::Check now = HistoryLog::verify(db, origin);
        if (now.entries > 0)
            return HistoryLog::anchor({ origin, quint64(now.entries), now.head, {}, HistoryLog::installationKey(db).publicKey, {} });
    }
    return {};
}

namespace AuditDocumentParts {

QString signedState(const QList<Signature> &standing)
{
    if (standing.isEmpty())
        return QStringLiteral("未署名");
    QStringList who;
    for (const Signature &s : standing)
        who << QStringLiteral("%1 %2（%3）")
                   .arg(s.role == SignatureRole::Contractor ? QStringLiteral("受託者") : QStringLiteral("調査担当"), s.name,
                       s.signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return QStringLiteral("署名済：") + who.join(QStringLiteral("、"));
}

} // namespace AuditDocumentParts

namespace AuditDocumentParts {

QString referenceMark()
{
    return QStringLiteral("（参考）");
}

QString verdictShown(const CheckItem &item, Verdict v)
{
    return !item.scored && v == Verdict::Unchecked ? referenceMark() : verdictJapanese(v);
}

QString verdictJapanese(Verdict v)
{
    switch (v) {
    case Verdict::Conforming: return QStringLiteral("適合");
    case Verdict::Major: return QStringLiteral("重大な不適合");
    case Verdict::Minor: return QStringLiteral("軽微な不適合");
    case Verdict::Observation: return QStringLiteral("観察事項");
    case Verdict::NotApplicable: return QStringLiteral("該当なし");
    case Verdict::Unchecked: return QStringLiteral("未確認");
    }
    return {};
}

QString kindJapanese(AuditKind k)
{
    return k == AuditKind::Adhoc ? QStringLiteral("臨時") : QStringLiteral("定期");
}

QString documentStyle()
{
    return QStringLiteral("font-family:'%1'; font-size:10pt; white-space:pre-wrap;").arg(DocumentFonts::mincho());
}

QStringList inspectors(const Audit &a)
{
    // The lead inspector first, once, even when the members' list names them too.
    auto same = [](QString x, QString y) {
        static const QRegularExpression space(QStringLiteral("[\\s\u3000]"));
        return x.remove(space) == y.remove(space);
    };
    QStringList names { a.leadInspector };
    for (const QString &m : a.members)
        if (!std::any_of(names.begin(), names.end(), [&](const QString &i) { return same(i, m); }))
            names << m;
    names.removeAll(QString());
    return names;
}

QString headerTable(const AuditDocumentData &d)
{
    const Audit &a = d.audit;
    const EraDate::Digits digits = d.settings.digits();
    auto esc = [](const QString &s) { return HtmlText::para(s); };
    QList<std::pair<QString, QString>> rows {
        { QStringLiteral("受託者"), a.contractor.name },
        { QStringLiteral("代表者"),
            QString(a.contractor.representativeTitle + QStringLiteral("　") + a.contractor.representative).trimmed() },
        // Digits as set, as in the letter (「令和８年度 第０１４２号」 beside 「令和８年」).
        { QStringLiteral("契約"),
            d.settings.digitsOf(QString(a.contract.title + QStringLiteral("　") + a.contract.number).trimmed()) },
        { QStringLiteral("特記事項"), a.clauseSetTitle },
        { QStringLiteral("実施日"), EraDate::format(a.date, digits) + QStringLiteral("（%1）").arg(kindJapanese(a.kind)) },
        { QStringLiteral("業務履行場所"), d.settings.digitsOf(a.workPlace) },
        { QStringLiteral("調査担当"),
            inspectors(a).join(QStringLiteral("、")) },
        { QStringLiteral("受託者側立会者"), a.attendees.join(QStringLiteral("、")) },
    };
    QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "style=\"border-collapse:collapse;\">");
    for (const auto &[label, value] : rows)
        h += QStringLiteral("<tr><td width=\"22%\" style=\"background-color:#eeeeee;\">%1</td><td>%2</td></tr>")
                 .arg(label, esc(value));
    return h + QStringLiteral("</table>");
}

QString signatureBlock(const AuditDocumentData &d, DocumentImages &doc)
{
    const EraDate::Digits digits = d.settings.digits();
    QString h = QStringLiteral("<h3 style=\"font-family:'%1';\">署名</h3>").arg(DocumentFonts::gothic());
    const QString anchor = d.historyAnchor.isEmpty() ? QString() : QStringLiteral("<br>") + d.historyAnchor;
    if (d.signatures.isEmpty())
        return h + QStringLiteral("<p>この文書の作成時点で、チェックリストは署名されていません。</p>")
            + (anchor.isEmpty() ? QString() : QStringLiteral("<p style=\"font-size:8pt;\">%1</p>").arg(d.historyAnchor));
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                        "style=\"border-collapse:collapse;\"><tr style=\"background-color:#eeeeee;\">"
                        "<th width=\"18%\">区分</th><th width=\"27%\">氏名・職</th><th width=\"25%\">署名日時</th>"
                        "<th width=\"30%\">署名</th></tr>");
    for (const Signature &s : d.signatures) {
        QImage drawn;
        drawn.loadFromData(s.png, "PNG");
        // PDF/A-1 allows no transparency: put the strokes on white.
        QImage flat(drawn.size().isValid() ? drawn.size() : QSize(4, 2), QImage::Format_RGB32);
        flat.fill(Qt::white);
        {
            QPainter p(&flat);
            p.drawImage(0, 0, drawn);
        }
        const QString name = doc.addImage(QStringLiteral("signature-%1").arg(s.id), flat);
        const int w = 150, hgt = flat.width() > 0 ? qMax(1, 180 * flat.height() / flat.width()) : 60;
        const QDateTime local = s.signedAt.toLocalTime();
        h += QStringLiteral("<tr><td width=\"18%\">%1</td><td width=\"27%\">%2</td><td width=\"25%\">%3<br>%4</td><td width=\"30%\"><img src=\"%5\" width=\"%6\" "
                            "height=\"%7\"></td></tr>")
                 .arg(s.role == SignatureRole::Inspector ? QStringLiteral("調査責任者") : QStringLiteral("受託者代表者"),
                     HtmlText::para(QString(s.name + u'\n' + s.title).trimmed()),
                     EraDate::format(local.date(), digits),
                     d.settings.digitsOf(local.time().toString(QStringLiteral("H:mm"))), name)
                 .arg(w)
                 .arg(hgt);
    }
    // The hash and the statement are the table's last row, so they never go alone to a page
    // of their own (the table is kept on one page).
    h += QStringLiteral("<tr><td colspan=\"4\" style=\"font-size:8pt;\">署名対象内容のSHA-256：%1<br>%2%3</td></tr>")
             .arg(d.check.signedHash,
                 d.check.unchanged ? QStringLiteral("この文書の作成時点で、署名後の変更はありません。")
                                   : QStringLiteral("注意：署名後に内容が変更されています（%1件）。")
                                         .arg(d.check.changes.size()),
                 anchor);
    h += QStringLiteral("</table>");
    return h;
}

} // namespace AuditDocumentParts
} // namespace Kansa
