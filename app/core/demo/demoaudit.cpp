#include "demo/demoaudit.h"

#include "calendar/today.h"
#include "settings/documentsettings.h"
#include "audits/auditrepository.h"
#include "clauseimport/builtinclausesets.h"
#include "clauses/clausesetrepository.h"
#include "evidence/evidencepreparer.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "audits/findingrepository.h"
#include "demo/syntheticphoto.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>

namespace Kansa::DemoAudit {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Kansa::DemoAudit", s);
}

std::optional<ClauseSet> clauseSet000(QSqlDatabase db)
{
    ClauseSetRepository sets(db);
    const QList<ClauseSetSummary> all = sets.list();
    for (const ClauseSetSummary &s : all)
        if (s.builtin && s.sourceName.startsWith(QLatin1String("000_")))
            return sets.load(s.id);
    return std::nullopt;
}

Audit demoHeader()
{
    Audit a;
    a.contractor = { QStringLiteral("株式会社しなのデータサービス"),
        QStringLiteral("長野県小諸市相生町三丁目1番地"), QStringLiteral("浅間　一郎"),
        QStringLiteral("代表取締役") };
    a.contract = { QStringLiteral("住民情報システム運用保守業務委託"),
        QStringLiteral("令和8年度 第0142号"), QDate(2026, 4, 1), QDate(2027, 3, 31) };
    a.clientDepartment = QStringLiteral("総務部 情報政策課");
    a.workPlace = QStringLiteral("株式会社しなのデータサービス 本社 3階 運用センター");
    a.kind = AuditKind::Periodic;
    a.date = Today::date();
    a.leadInspector = QStringLiteral("小林　真理");
    a.members = { QStringLiteral("田中　健"), QStringLiteral("佐藤　由美") };
    a.attendees = { QStringLiteral("浅間　一郎（代表取締役）"),
        QStringLiteral("高橋　修（運用センター長・情報セキュリティ責任者）") };
    a.responsibility = { QStringLiteral("運用センター"), QStringLiteral("高橋　修（センター長）"),
        QStringLiteral("従事者 6名（名簿 令和8年4月1日提出）"),
        QStringLiteral("0267-22-0000（平日 8:30–17:15）"),
        QStringLiteral("090-0000-0000（高橋、24時間）"),
        QStringLiteral("本社 3階 運用センター、データセンター（長野市）") };
    return a;
}

// Writes the demo's rows; runs inside one transaction (see create()).
qint64 createParts(QSqlDatabase db, EvidenceStore &store, const ClauseSet &set,
    const QList<PreparedEvidence> &photos, QString *error)
{
    AuditRepository audits(db);
    const qint64 id = audits.create(demoHeader(), set, error);
    if (!id)
        return 0;
    const QList<CheckItem> items = audits.checkItems(id);
    FindingRepository findings(db);
    // Verdicts for most scored items; a few left for the visitor to try. The findings sit on
    // the clauses they are about: the USB memory taken out on 第７ (持出禁止), the list of
    // workers on 第３(1) (責任体制), the paper-only entry log on 第８ (保管).
    auto isItem = [](const CheckItem &c, int article, const QString &label, int paragraph) {
        return c.articleNumber.normalized(QString::NormalizationForm_KC) == QStringLiteral("第%1").arg(article)
            && c.itemLabel.normalized(QString::NormalizationForm_KC) == label && c.paragraphOrdinal == paragraph;
    };
    int scoredSeen = 0;
    QList<qint64> photoItems(4);
    for (const CheckItem &c : items) {
        if (!c.scored)
            continue;
        ++scoredSeen;
        Verdict v = Verdict::Conforming;
        QString note = QStringLiteral("書面及び現場で確認した。");
        QString problem, improvement;
        int photo = -1;
        if (isItem(c, 7, {}, 1)) {
            v = Verdict::Major;
            note = QStringLiteral("持ち出し記録簿に記載のないUSBメモリ1本が作業机上にあった。");
            problem = QStringLiteral("情報資産の持ち出しが許可及び記録なく行われている。");
            improvement
                = QStringLiteral("持ち出しの許可手続を改善し、媒体を鍵付きの書庫に保管すること。"
                                 "従事者に再教育を実施し、実施記録を提出すること。");
            photo = 1;
        } else if (isItem(c, 3, QStringLiteral("(1)"), 1)) {
            v = Verdict::Minor;
            note = QStringLiteral("従事者名簿が4月以降更新されていない（異動1名）。");
            problem = QStringLiteral("従事者の変更が委託者に届け出られていない。");
            improvement = QStringLiteral("名簿を更新し、変更届を提出すること。");
            photo = 2;
        } else if (isItem(c, 8, {}, 1)) {
            v = Verdict::Observation;
            note = QStringLiteral("サーバ室の入退室記録は紙のみで、記録の確認に時間を要している。");
            improvement = QStringLiteral("入退室記録の電子化を検討されたい。");
            photo = 3;
        } else if (scoredSeen > 14) {
            continue;
        } else if (scoredSeen == 1) {
            photo = 0; // the entrance's lock, for 基本的事項
        }
        if (!findings.setVerdict(id, c.id, v, error)
            || !findings.setText(id, c.id, FindingField::Note, note, error)
            || (!problem.isEmpty()
                && !findings.setText(id, c.id, FindingField::Problem, problem, error))
            || (!improvement.isEmpty()
                && !findings.setText(id, c.id, FindingField::Improvement, improvement, error)))
            return 0;
        if (photo >= 0)
            photoItems[photo] = c.id;
    }
    static const char *captions[] = { "運用センター入口の施錠状況", "作業机上のUSBメモリ",
        "従事者名簿（掲示）", "サーバ室入退室記録簿" };
    EvidenceRepository evidence(db, store);
    for (int i = 0; i < photos.size(); ++i) {
        if (i >= photoItems.size() || !photoItems.at(i)) { // a clause set without that clause
            store.discardStaged(photos.at(i));
            continue;
        }
        Evidence e;
        e.auditId = id;
        e.checkItemId = photoItems.at(i);
        e.caption = QString::fromUtf8(captions[i % 4]);
        if (!evidence.add(e, &photos.at(i), error))
            return 0;
    }
    photoItems.removeAll(0);
    if (!photoItems.isEmpty()) {
        Evidence cert;
        cert.auditId = id;
        cert.checkItemId = photoItems.first();
        cert.kind = EvidenceKind::Certificate;
        cert.caption = QStringLiteral("ISMS認証登録証（写し）");
        cert.certificate
            = { QStringLiteral("一般財団法人 日本品質保証機構"), QStringLiteral("JQA-IM0000"),
                  QStringLiteral("住民情報システムの運用保守"), Today::date().addYears(1) };
        if (!evidence.add(cert, nullptr, error))
            return 0;
    }
    return id;
}

} // namespace

// The photos are prepared and staged first; then every row, the photos' included, is written
// in one transaction, so a failure (a full disk) leaves no half-made audit behind.
// An office that has set nothing yet gets a fictional but complete one, so that the demo's
// letter prints as a municipality would file it. Settings someone made are left alone.
bool fillDemoSettings(QSqlDatabase db, QString *why)
{
    if (!DocumentSettings::load(db).municipality.isEmpty())
        return true;
    const std::pair<const char *, const char *> values[] = {
        { "issuer.municipality", "しなの高原市" },
        { "issuer.department", "総務部情報政策課" },
        { "issuer.head_title", "しなの高原市長" },
        { "issuer.head_name", "高原　一郎" },
        { "issuer.seal", "omitted" },
        { "contact.person", "情報セキュリティ係　小林" },
        { "contact.phone", "0267-00-0000（内線 215）" },
        { "contact.email", "joho@example.lg.jp" },
        { "advisory.number_pattern", "しなの高原市情第{n}号" },
        { "audit.default_lead", "小林　真理" },
    };
    for (const auto &[key, value] : values)
        if (!DocumentSettings::set(db, QString::fromUtf8(key), QString::fromUtf8(value), why))
            return false;
    return true;
}

qint64 create(QSqlDatabase db, EvidenceStore &store, QString *error)
{
    QString reason;
    qint64 id = 0;
    QList<PreparedEvidence> photos;
    const std::optional<ClauseSet> set
        = BuiltinClauseSets::ensurePresent(db, &reason) ? clauseSet000(db) : std::nullopt;
    if (!set && reason.isEmpty())
        reason = tr("The built-in clause set 000 is missing.");
    for (int i = 0; set && reason.isEmpty() && i < 4; ++i) {
        photos.append(EvidencePreparer::prepareData(SyntheticPhoto::jpeg(QSize(1600, 1200), i + 1),
            QStringLiteral("IMG_%1.jpg").arg(2041 + i), store.stagingDir()));
        if (photos.last().isError())
            reason = photos.last().error.message();
    }
    if (reason.isEmpty())
        Sql::inTransaction(db, &reason, [&](QString *why) {
            id = createParts(db, store, *set, photos, why);
            if (id && !fillDemoSettings(db, why))
                id = 0;
            if (!id && why->isEmpty()) // every failure has a cause the user can act on
                *why = tr("the database refused the change; check the free disk space");
            return id > 0;
        });
    if (!reason.isEmpty()) {
        id = 0;
        // Files of photos placed inside the rolled-back transaction belong to no row.
        for (const PreparedEvidence &p : std::as_const(photos)) {
            store.discardStaged(p);
            if (!p.sha256.isEmpty() && !store.hasBlob(p.sha256))
                store.discardPlaced(p.sha256);
        }
        if (error)
            *error = reason;
    }
    return id;
}

} // namespace Kansa::DemoAudit
