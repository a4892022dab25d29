// kansa-workbookbench: how long the Excel workbooks take (issue 14's figures).
//  1. The checklist workbook of a 500-item audit (every item with a verdict and notes): < 0.5 s.
//  2. The follow-up ledger workbook of the 2,000-audit database (kansa-auditbench's, with one
//     issued letter of three items per audit added to a copy): < 3 s.
// Usage: kansa-workbookbench CACHE_DIR (the large database is build/bench-cache/large.sqlite).
#include "settings/documentsettings.h"
#include "schema/standardschema.h"
#include "advisory/followup.h"
#include "audits/auditrepository.h"
#include "checklistworkbook.h"
#include "clauses/clausesetrepository.h"
#include "evidence/evidencestore.h"
#include "clauseimport/builtinclausesets.h"
#include "ledgerworkbook.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Kansa;

namespace {

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void checklist(const QString &dir)
{
    Database db(QStringLiteral("checklist"));
    const QString path = dir + QStringLiteral("/checklist.sqlite");
    if (db.open(path, standardSchema()).isError())
        return;
    BuiltinClauseSets::ensurePresent(db.connection());
    ClauseDocument doc;
    doc.title = QStringLiteral("ベンチマーク用チェックリスト");
    for (int a = 1; a <= 100; ++a) {
        Article article { QStringLiteral("第%1").arg(a), a, QStringLiteral("見出し%1").arg(a), {} };
        for (int p = 1; p <= 5; ++p)
            article.paragraphs << Paragraph { p,
                QStringLiteral("受託者は、本契約による業務に係る情報資産の取扱いについて、第%1条第%2項に定める措置を講じなければならない。").arg(a).arg(p),
                true, {} };
        doc.articles << article;
    }
    ClauseSetRepository sets(db.connection());
    const auto stored = sets.storeImported(doc, doc, QStringLiteral("bench500"), QStringLiteral("bench.xlsx"));
    Audit a;
    a.clauseSetId = stored.id;
    a.contractor.name = QStringLiteral("株式会社ベンチマーク情報");
    a.date = QDate(2026, 11, 20);
    a.leadInspector = QStringLiteral("小林　真理");
    const qint64 audit = AuditRepository(db.connection()).create(a, *sets.load(stored.id));
    QSqlDatabase c = db.connection();
    Sql::inTransaction(c, nullptr, [&](QString *) {
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO findings (check_item_id, audit_id, verdict, note, problem, improvement, updated_at) "
                                 "SELECT id, audit_id, 'minor', '書面及び現場で確認した。持ち出し記録簿の記載に一部漏れがあった。', "
                                 "'記録が不十分である。', '記録簿の様式を改め、月次で点検すること。', ? FROM check_items WHERE audit_id = ?"));
        q.addBindValue(Sql::now());
        q.addBindValue(audit);
        return q.exec();
    });
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(path));
    QList<double> runs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        ChecklistWorkbook::write(db.connection(), store, audit, QDate(2026, 11, 20), dir + QStringLiteral("/checklist.xlsx"));
        runs << t.nsecsElapsed() / 1e6;
    }
    print(QStringLiteral("   checklist workbook, %1 check items: median %2 ms of 5 (min %3, max %4); %5 KB")
              .arg(AuditRepository(db.connection()).checkItems(audit).size())
              .arg(median(runs), 0, 'f', 0)
              .arg(*std::min_element(runs.begin(), runs.end()), 0, 'f', 0)
              .arg(*std::max_element(runs.begin(), runs.end()), 0, 'f', 0)
              .arg(QFile(dir + QStringLiteral("/checklist.xlsx")).size() / 1024));
}

void ledger(const QString &cache, const QString &dir)
{
    const QString source = cache + QStringLiteral("/large.sqlite");
    if (!QFile::exists(source)) {
        print(QStringLiteral("   (no %1: run kansa-auditbench first, as ./dev bench does)").arg(source));
        return;
    }
    const QString path = dir + QStringLiteral("/ledger.sqlite");
    QFile::copy(source, path);
    for (const char *suffix : { "-wal", "-shm" })
        if (QFile::exists(source + QLatin1String(suffix)))
            QFile::copy(source + QLatin1String(suffix), path + QLatin1String(suffix));
    Database db(QStringLiteral("ledger"));
    if (db.open(path, standardSchema()).isError())
        return;
    QSqlDatabase c = db.connection();
    Sql::inTransaction(c, nullptr, [&](QString *) {
        QSqlQuery letter(c), item(c);
        letter.prepare(QStringLiteral("INSERT INTO advisories (audit_id, sequence, document_number, issued_on, addressee, "
                                      "honorific, created_at, status) SELECT id, id, '小諸市情第' || id || '号', audit_date, "
                                      "contractor_name, '様', ?, 'draft' FROM audits"));
        letter.addBindValue(Sql::now());
        if (!letter.exec())
            print(letter.lastError().text());
        for (int n = 1; n <= 3; ++n) {
            item.prepare(QStringLiteral("INSERT INTO advisory_items (advisory_id, ordinal, severity, clause, finding, improvement, "
                                        "deadline, state, updated_at) SELECT id, ?, ?, '第１１第３項', "
                                        "'持ち出し記録簿に記載のないUSBメモリが作業机上にあった。', "
                                        "'持ち出しの許可手続を改善し、媒体を鍵付きの書庫に保管すること。', "
                                        "date(issued_on, '+' || (14 * ?) || ' days'), ?, ? FROM advisories"));
            item.addBindValue(n);
            item.addBindValue(n == 1 ? QStringLiteral("major") : QStringLiteral("minor"));
            item.addBindValue(n);
            item.addBindValue(n == 3 ? QStringLiteral("closed") : QStringLiteral("open"));
            item.addBindValue(Sql::now());
            if (!item.exec())
                print(item.lastError().text());
        }
        QSqlQuery issue(c);
        if (!issue.exec(QStringLiteral("UPDATE advisories SET status = 'issued', issued_at = created_at")))
            print(issue.lastError().text());
        return true;
    });
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(path));
    const DocumentSettings settings = DocumentSettings::load(db.connection());
    QList<double> reads, writes;
    qsizetype rows = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const QList<DueItem> ledger = FollowUp(db.connection(), store).ledger(QDate(2026, 11, 20));
        reads << t.nsecsElapsed() / 1e6;
        t.restart();
        LedgerWorkbook::write(ledger, QDate(2026, 11, 20), settings, dir + QStringLiteral("/ledger.xlsx"));
        writes << t.nsecsElapsed() / 1e6;
        rows = ledger.size();
    }
    print(QStringLiteral("   ledger workbook, %1 items of 2,000 audits: median %2 ms of 3 (ledger read %3 ms, workbook %4 ms); %5 KB")
              .arg(rows)
              .arg(median(reads) + median(writes), 0, 'f', 0)
              .arg(median(reads), 0, 'f', 0)
              .arg(median(writes), 0, 'f', 0)
              .arg(QFile(dir + QStringLiteral("/ledger.xlsx")).size() / 1024));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString cache = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("build/bench-cache");
    QTemporaryDir dir;
    print(QStringLiteral("== Excel workbooks"));
    checklist(dir.path());
    ledger(cache, dir.path());
    return 0;
}
