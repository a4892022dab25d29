// kansa-auditbench: the figures of issue 3 (`./dev bench`). Not a test: it prints numbers.
//  1. Photo ingest of 200 camera-like 4000×3000 JPEGs against a plain full decode of the same
//     files, with the longest event-loop stall meanwhile.
//  2. A database of 2,000 audits, 120,000 findings and 50,000 photos: main window start, search,
//     and moving to the next item of a 500-item audit.
#include "audits/auditrepository.h"
#include "schema/standardschema.h"
#include "clauseimport/builtinclausesets.h"
#include "clauses/clausesetrepository.h"
#include "storage/database.h"
#include "evidence/evidencebatch.h"
#include "evidence/evidencestore.h"
#include "inspection/inspectionsession.h"
#include "inspectionworkspace.h"
#include "mainwindow.h"
#include "search/searchindex.h"
#include "storage/sqlhelpers.h"
#include "demo/syntheticphoto.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

using namespace Kansa;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QStringList makePhotos(const QString &dir, int count)
{
    QDir().mkpath(dir);
    QStringList files;
    QThreadPool pool;
    for (int i = 0; i < count; ++i) {
        const QString path
            = QStringLiteral("%1/DSC%2.JPG").arg(dir).arg(i, 5, 10, QLatin1Char('0'));
        files << path;
        if (QFileInfo(path).size() > 0)
            continue;
        pool.start([path, i] {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(SyntheticPhoto::jpeg(QSize(4000, 3000), i));
        });
    }
    pool.waitForDone();
    return files;
}

struct Ingest
{
    double seconds = 0;
    double maxStallMs = 0;
    int added = 0;
};

Ingest ingest(QSqlDatabase db, EvidenceStore &store, qint64 audit, qint64 item,
    const QStringList &files, int workers)
{
    Ingest r;
    EvidenceBatch batch(db, store, audit, item);
    batch.setWorkerCount(workers);
    QEventLoop loop;
    QElapsedTimer tick;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        r.maxStallMs = std::max(r.maxStallMs, tick.nsecsElapsed() / 1e6 - 5);
        tick.restart();
    });
    QObject::connect(&batch, &EvidenceBatch::added, [&r] { ++r.added; });
    QObject::connect(&batch, &EvidenceBatch::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    tick.start();
    heartbeat.start();
    batch.start(files);
    loop.exec();
    r.seconds = timer.nsecsElapsed() / 1e9;
    return r;
}

void photoIngest(const QString &cacheDir, int count)
{
    print(QStringLiteral("== Photo ingest: %1 photo-like 4000×3000 JPEGs").arg(count));
    QElapsedTimer t;
    t.start();
    const QStringList files = makePhotos(cacheDir, count);
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();
    print(QStringLiteral("   generated or reused in %1 s; %2 MB, %3 MB per photo")
              .arg(t.elapsed() / 1000.0, 0, 'f', 1)
              .arg(bytes / 1e6, 0, 'f', 0)
              .arg(bytes / 1e6 / count, 0, 'f', 2));
    t.restart();
    for (const QString &f : files)
        QImageReader(f).read();
    const double decode = t.nsecsElapsed() / 1e9;
    print(QStringLiteral("   plain full decode, one thread:       %1 s").arg(decode, 0, 'f', 2));
    for (int workers : { 1, 2 }) {
        QTemporaryDir dir;
        Database db(QStringLiteral("ingest%1").arg(workers));
        db.open(dir.filePath(QStringLiteral("k.sqlite")), standardSchema());
        BuiltinClauseSets::ensurePresent(db.connection());
        Audit a;
        a.contractor.name = QStringLiteral("bench");
        a.date = QDate::currentDate();
        const qint64 audit = AuditRepository(db.connection())
                                 .create(a, *ClauseSetRepository(db.connection()).load(1));
        const qint64 item = AuditRepository(db.connection()).checkItems(audit).first().id;
        EvidenceStore store(db.connection(), EvidenceStore::rootFor(db.path()));
        const Ingest r = ingest(db.connection(), store, audit, item, files, workers);
        print(QStringLiteral(
            "   ingest (hash, orient, thumbnail, print derivative, store), %1 worker(s): "
            "%2 s = %3 × the decode; %4 added; longest event-loop stall %5 ms")
                  .arg(workers)
                  .arg(r.seconds, 0, 'f', 2)
                  .arg(r.seconds / decode, 0, 'f', 2)
                  .arg(r.added)
                  .arg(r.maxStallMs, 0, 'f', 1));
    }
}

// 2,000 audits × 60 check items, a finding for each, 25 photos per audit.
void fillLargeDatabase(QSqlDatabase db)
{
    const QStringList phrases { QStringLiteral("施錠管理は適切"),
        QStringLiteral("持ち出し記録簿の記載漏れ"), QStringLiteral("パスワードの定期変更が未実施"),
        QStringLiteral("入退室記録を確認"), QStringLiteral("従事者名簿の更新を要する"),
        QStringLiteral("媒体の暗号化を確認した"), QStringLiteral("教育の実施記録あり"),
        QStringLiteral("鍵の管理台帳を改善すること") };
    const ClauseSet set = *ClauseSetRepository(db).load(1);
    const QList<CheckItem> template27 = AuditRepository::snapshot(set.document);
    QList<CheckItem> items;
    for (int i = 0; i < 60; ++i) {
        CheckItem c = template27.at(i % template27.size());
        c.ordinal = i + 1;
        c.scored = true;
        items << c;
    }
    QRandomGenerator rng(7);
    Sql::inTransaction(db, nullptr, [&](QString *) {
        QSqlQuery audit(db), item(db), finding(db), blob(db), evidence(db);
        audit.prepare(
            QStringLiteral("INSERT INTO audits (clause_set_id, clause_set_title, contractor_name, "
                           "kind, audit_date, status, created_at, updated_at) VALUES (1, ?, ?, "
                           "'periodic', ?, 'in_progress', ?, ?)"));
        item.prepare(QStringLiteral(
            "INSERT INTO check_items (audit_id, ordinal, article_number, article_heading, "
            "article_ordinal, paragraph_ordinal, paragraph_text, item_label, item_text, "
            "obligation, scored) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)"));
        finding.prepare(QStringLiteral("INSERT INTO findings (check_item_id, audit_id, verdict, "
                                       "note, updated_at) VALUES (?, ?, ?, ?, ?)"));
        blob.prepare(QStringLiteral("INSERT INTO blobs (sha256, size, media_type, width, height, "
                                    "stored_at) VALUES (?, 3000000, 'image/jpeg', 4000, 3000, ?)"));
        evidence.prepare(
            QStringLiteral("INSERT INTO evidence (audit_id, check_item_id, kind, sha256, "
                           "original_name, caption, added_at) VALUES (?, ?, 'photo', ?, ?, ?, ?)"));
        SearchIndex index(db);
        const QString now = Sql::now();
        static const char *verdicts[]
            = { "conforming", "conforming", "conforming", "minor", "major", "observation", "na" };
        for (int a = 0; a < 2000; ++a) {
            const QString contractor = QStringLiteral("株式会社ベンチ%1情報").arg(a);
            audit.addBindValue(set.document.title);
            audit.addBindValue(contractor);
            audit.addBindValue(QDate(2020, 1, 1).addDays(a).toString(Qt::ISODate));
            audit.addBindValue(now);
            audit.addBindValue(now);
            audit.exec();
            const qint64 auditId = audit.lastInsertId().toLongLong();
            index.put(SearchIndex::Source::Audit, auditId, auditId, contractor, nullptr);
            QList<qint64> itemIds;
            for (const CheckItem &c : std::as_const(items)) {
                for (const QVariant &v :
                    { QVariant(auditId), QVariant(c.ordinal), QVariant(c.articleNumber),
                        QVariant(c.articleHeading), QVariant(c.articleOrdinal),
                        QVariant(c.paragraphOrdinal), QVariant(c.paragraphText),
                        QVariant(Sql::text(c.itemLabel)), QVariant(Sql::text(c.itemText)) })
                    item.addBindValue(v);
                item.exec();
                const qint64 itemId = item.lastInsertId().toLongLong();
                itemIds << itemId;
                const QString note = phrases.at(rng.bounded(int(phrases.size())))
                    + QStringLiteral("（%1）").arg(itemId);
                finding.addBindValue(itemId);
                finding.addBindValue(auditId);
                finding.addBindValue(QString::fromLatin1(verdicts[rng.bounded(7)]));
                finding.addBindValue(note);
                finding.addBindValue(now);
                finding.exec();
                index.put(SearchIndex::Source::Finding, itemId, auditId, note, nullptr);
            }
            for (int p = 0; p < 25; ++p) {
                const QString sha = QStringLiteral("%1").arg(a * 25 + p, 64, 16, QLatin1Char('0'));
                blob.addBindValue(sha);
                blob.addBindValue(now);
                blob.exec();
                evidence.addBindValue(auditId);
                evidence.addBindValue(itemIds.at(p));
                evidence.addBindValue(sha);
                evidence.addBindValue(QStringLiteral("DSC%1.JPG").arg(p));
                evidence.addBindValue(QStringLiteral("現場写真%1").arg(p));
                evidence.addBindValue(now);
                evidence.exec();
                index.put(SearchIndex::Source::Evidence, evidence.lastInsertId().toLongLong(),
                    auditId, QStringLiteral("現場写真%1 サーバ室").arg(p), nullptr);
            }
        }
        return true;
    });
}

qint64 audit500(QSqlDatabase db)
{
    ClauseDocument doc;
    doc.title = QStringLiteral("500項目の特記事項");
    for (int a = 1; a <= 100; ++a) {
        Article art;
        art.number = QStringLiteral("第%1条").arg(a);
        art.ordinal = a;
        art.heading = QStringLiteral("見出し%1").arg(a);
        for (int p = 1; p <= 5; ++p)
            art.paragraphs << Paragraph { p,
                QStringLiteral("受託者は、第%1条第%2項の事項を遵守しなければならない。")
                    .arg(a)
                    .arg(p),
                true, {} };
        doc.articles << art;
    }
    const auto stored
        = ClauseSetRepository(db).store(doc, QStringLiteral("bench-500"), QStringLiteral("bench"));
    Audit a;
    a.contractor.name = QStringLiteral("五百項目株式会社");
    a.date = QDate::currentDate();
    return AuditRepository(db).create(a, *ClauseSetRepository(db).load(stored.id));
}

void largeDatabase(const QString &path)
{
    print(QStringLiteral("== Large database: 2,000 audits, 120,000 findings, 50,000 photos"));
    Database db(QStringLiteral("large"));
    QElapsedTimer t;
    t.start();
    const bool fresh = !QFileInfo::exists(path);
    if (db.open(path, standardSchema()).isError())
        return;
    BuiltinClauseSets::ensurePresent(db.connection());
    if (fresh || AuditRepository(db.connection()).count() < 2000) {
        fillLargeDatabase(db.connection());
        print(QStringLiteral("   generated in %1 s (%2 MB)")
                  .arg(t.elapsed() / 1000.0, 0, 'f', 1)
                  .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0));
    }
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT (SELECT count(*) FROM audits), (SELECT count(*) FROM findings), "
                          "(SELECT count(*) FROM evidence)"));
    q.next();
    print(QStringLiteral("   rows: %1 audits, %2 findings, %3 photos")
              .arg(q.value(0).toInt())
              .arg(q.value(1).toInt())
              .arg(q.value(2).toInt()));

    {
        // What app/main.cpp does before the window is usable: open (version check, migration
        // check), built-in clause sets, evidence garbage collection, the window and its list.
        t.restart();
        Database start(QStringLiteral("start"));
        start.open(path, standardSchema());
        BuiltinClauseSets::ensurePresent(start.connection());
        EvidenceStore(start.connection(), EvidenceStore::rootFor(path)).collectGarbage();
        MainWindow window(start.connection(), path);
        window.show();
        QCoreApplication::processEvents();
        print(QStringLiteral("   start to usable main window (open, checks, garbage collection, "
                             "audit list shown): %1 ms")
                  .arg(t.nsecsElapsed() / 1e6, 0, 'f', 0));
        QElapsedTimer c;
        c.start();
        const QString problem = Database::checkIntegrity(path);
        print(QStringLiteral("   background integrity check of the %1 MB file: %2 ms (%3)")
                  .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0)
                  .arg(c.elapsed())
                  .arg(problem.isEmpty() ? QStringLiteral("ok") : problem));
    }
    SearchIndex index(db.connection());
    for (const QString &query : { QStringLiteral("改善"), QStringLiteral("鍵"),
             QStringLiteral("パスワード"), QStringLiteral("持ち出し記録簿"),
             QStringLiteral("ベンチ1999"), QStringLiteral("サーバ室 写真") }) {
        QList<double> times;
        int hits = 0;
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer s;
            s.start();
            hits = int(index.search(query).size());
            times << s.nsecsElapsed() / 1e6;
        }
        print(QStringLiteral("   search %1: median %2 ms (%3 hits shown, limit 200)")
                  .arg(query)
                  .arg(median(times), 0, 'f', 1)
                  .arg(hits));
    }
    const qint64 big = audit500(db.connection());
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(path));
    InspectionWorkspace w(db.connection(), store, big);
    w.resize(1280, 760);
    w.show();
    QCoreApplication::processEvents();
    w.selectItem(w.session()->items().first().id);
    QList<double> times;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer s;
        s.start();
        w.moveBy(1);
        QCoreApplication::processEvents(); // repaint included
        times << s.nsecsElapsed() / 1e6;
    }
    print(QStringLiteral("   next item in a %1-item audit: median %2 ms, slowest %3 ms (200 moves, "
                         "repaint included)")
              .arg(w.session()->items().size())
              .arg(median(times), 0, 'f', 2)
              .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 2));
    AuditRepository(db.connection()).remove(big);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString cache
        = args.size() > 1 ? args.at(1) : QDir::tempPath() + QStringLiteral("/kansa-bench");
    const int photos = args.size() > 2 ? args.at(2).toInt() : 200;
    print(QStringLiteral("kansa-auditbench: %1 CPU threads; cache in %2")
              .arg(QThread::idealThreadCount())
              .arg(cache));
    photoIngest(cache + QStringLiteral("/photos"), photos);
    if (!qEnvironmentVariableIsSet("KANSA_BENCH_INGEST_ONLY")) // (for profiling the ingest)
        largeDatabase(cache + QStringLiteral("/large.sqlite"));
    return 0;
}
