// Audits and the inspection session: snapshots, list figures, autosave, undo/redo, search.
#include "audits/auditrepository.h"
#include "schema/standardschema.h"
#include "clauseimport/builtinclausesets.h"
#include "clauseimport/clauseimporter.h"
#include "clauses/clausesetrepository.h"
#include "storage/database.h"
#include "evidence/evidencebatch.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "audits/findingrepository.h"
#include "inspection/inspectionsession.h"
#include "search/searchindex.h"
#include "demo/syntheticphoto.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kansa;

class TestInspection : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;
    std::optional<ClauseSet> m_set000;

    qint64 newAudit(const QString &contractor, const QDate &date = QDate(2026, 11, 22))
    {
        Audit a;
        a.contractor.name = contractor;
        a.date = date;
        a.workPlace = QStringLiteral("本社サーバ室");
        return AuditRepository(m_test->c()).create(a, *m_set000);
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("k.sqlite"));
        m_test = TestDatabase::at(path);
        QVERIFY(m_test);
        for (const ClauseSetSummary &s : ClauseSetRepository(m_test->c()).list())
            if (s.sourceName.startsWith(QLatin1String("000_")))
                m_set000 = ClauseSetRepository(m_test->c()).load(s.id);
        QVERIFY(m_set000);
    }

    void snapshotOfClauseSet000()
    {
        const QList<CheckItem> items = AuditRepository::snapshot(m_set000->document);
        // 25 paragraphs, one of which (第３ first paragraph) has 3 items: 24 + 3 check items.
        QCOMPARE(items.size(), 27);
        const int scored = int(
            std::count_if(items.begin(), items.end(), [](const CheckItem &c) { return c.scored; }));
        QCOMPARE(scored, 21); // 19 obligations, 第３'s counted once per item (+2)
        const CheckItem &item3 = items.at(4);
        QCOMPARE(item3.articleNumber, QStringLiteral("第３"));
        QCOMPARE(item3.itemLabel, QStringLiteral("(3)"));
        QVERIFY(item3.paragraphText.contains(QStringLiteral("書面")));
    }

    void auditKeepsItsSnapshot()
    {
        const qint64 id = newAudit(QStringLiteral("スナップショット社"));
        AuditRepository audits(m_test->c());
        const QList<CheckItem> before = audits.checkItems(id);
        // A new version of the clause set (text edited) leaves the audit alone.
        ClauseImporter::Result edited
            = ClauseImporter::readFile(QStringLiteral(KANSA_SEEDS "/000_2cf691f2b1dacc65.txt"));
        edited.document.articles[0].paragraphs[0].text = QStringLiteral("改訂された本文");
        QVERIFY(ClauseSetRepository(m_test->c())
                    .store(edited.document, QStringLiteral("edited-hash"), QStringLiteral("v2"))
                    .created);
        const QList<CheckItem> after = audits.checkItems(id);
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.first().paragraphText, before.first().paragraphText);
    }

    void headerRoundTrip()
    {
        const qint64 id = newAudit(QStringLiteral("往復社"));
        AuditRepository audits(m_test->c());
        Audit a = *audits.load(id);
        a.contractor = { QStringLiteral("往復社"), QStringLiteral("長野県小諸市"),
            QStringLiteral("山田 太郎"), QStringLiteral("代表取締役") };
        a.contract = { QStringLiteral("運用保守"), QStringLiteral("R8-12"), QDate(2026, 4, 1),
            QDate(2027, 3, 31) };
        a.kind = AuditKind::Adhoc;
        a.members = { QStringLiteral("田中"), QStringLiteral("佐藤") };
        a.attendees = { QStringLiteral("高橋（センター長）") };
        a.responsibility = { QStringLiteral("運用センター"), QStringLiteral("高橋"),
            QStringLiteral("6名"), QStringLiteral("0267-00-0000"), QStringLiteral("090-0000-0000"),
            QStringLiteral("本社3階") };
        QVERIFY(audits.update(a));
        QCOMPARE(*audits.load(id), a);
    }

    void listFiguresAndStatus()
    {
        const qint64 id = newAudit(QStringLiteral("集計社"));
        const QList<CheckItem> items = AuditRepository(m_test->c()).checkItems(id);
        FindingRepository f(m_test->c());
        QList<qint64> scored;
        for (const CheckItem &c : items)
            if (c.scored)
                scored << c.id;
        QVERIFY(f.setVerdict(id, scored[0], Verdict::Conforming));
        QVERIFY(f.setVerdict(id, scored[1], Verdict::Major));
        QVERIFY(f.setVerdict(id, scored[2], Verdict::Minor));
        QVERIFY(f.setVerdict(id, scored[3], Verdict::Minor));
        QVERIFY(f.setVerdict(id, scored[4], Verdict::NotApplicable));
        const QList<AuditSummary> list = AuditRepository(m_test->c()).list();
        const auto s = std::find_if(
            list.begin(), list.end(), [id](const AuditSummary &x) { return x.id == id; });
        QVERIFY(s != list.end());
        QCOMPARE(s->answered, 5);
        QCOMPARE(s->total, 21);
        QCOMPARE(s->conforming, 1);
        QCOMPARE(s->major, 1);
        QCOMPARE(s->minor, 2);
        QCOMPARE(s->status, AuditStatus::InProgress); // the first verdict starts the audit
    }

    void duplicateArchiveDelete()
    {
        const qint64 id = newAudit(QStringLiteral("再調査社"));
        AuditRepository audits(m_test->c());
        const qint64 itemId = audits.checkItems(id).at(1).id;
        QVERIFY(audits.setScored(itemId, true)); // the inspector's choice carries over
        QVERIFY(FindingRepository(m_test->c()).setVerdict(id, itemId, Verdict::Major));
        const qint64 copy = audits.duplicate(id, QDate(2027, 1, 15));
        QVERIFY(copy);
        const Audit c = *audits.load(copy);
        QCOMPARE(c.contractor.name, QStringLiteral("再調査社"));
        QCOMPARE(c.predecessorId, id);
        QCOMPARE(c.status, AuditStatus::Preparing);
        QCOMPARE(c.date, QDate(2027, 1, 15));
        QVERIFY(audits.checkItems(copy).at(1).scored);
        QVERIFY(FindingRepository(m_test->c()).forAudit(copy).isEmpty());
        QVERIFY(audits.setArchived(copy, true));
        QVERIFY(audits.load(copy)->archived);
        QVERIFY(audits.remove(id));
        QVERIFY(!audits.load(id));
        QVERIFY(audits.checkItems(id).isEmpty());
        QVERIFY(FindingRepository(m_test->c()).forAudit(id).isEmpty());
        QCOMPARE(audits.load(copy)->predecessorId, 0); // the re-inspection stays
    }

    void sessionSavesAtOnceAndUndoes()
    {
        const qint64 id = newAudit(QStringLiteral("取消社"));
        InspectionSession session(m_test->c(), *m_test->store, id);
        QVERIFY(session.isValid());
        QSignalSpy saved(&session, &InspectionSession::saved);
        const qint64 item = session.items().at(0).id;
        session.setVerdict(item, Verdict::Minor);
        session.setText(item, FindingField::Note, QStringLiteral("鍵"));
        session.setText(item, FindingField::Note, QStringLiteral("鍵の管理"));
        session.setText(item, FindingField::Note, QStringLiteral("鍵の管理が不十分"));
        QCOMPARE(saved.count(), 4);
        // Saved the moment it changed: another connection sees it.
        QCOMPARE(FindingRepository(m_test->c()).load(item).note,
            QStringLiteral("鍵の管理が不十分"));
        QCOMPARE(session.undoStack()->count(), 2); // typing merged into one step
        session.undoStack()->undo();
        QCOMPARE(FindingRepository(m_test->c()).load(item).note, QString());
        QCOMPARE(session.finding(item).verdict, Verdict::Minor);
        session.undoStack()->undo();
        QCOMPARE(FindingRepository(m_test->c()).load(item).verdict, Verdict::Unchecked);
        session.undoStack()->redo();
        session.undoStack()->redo();
        const Finding f = FindingRepository(m_test->c()).load(item);
        QCOMPARE(f.verdict, Verdict::Minor);
        QCOMPARE(f.note, QStringLiteral("鍵の管理が不十分"));
        QCOMPARE(session.progress().answered, 1);
        QCOMPARE(session.progress().minor, 1);
    }

    void undoCoversEvidence()
    {
        const qint64 id = newAudit(QStringLiteral("証跡社"));
        InspectionSession session(m_test->c(), *m_test->store, id);
        const qint64 item = session.items().at(0).id;
        const QString path = m_dir.filePath(QStringLiteral("p.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SyntheticPhoto::jpeg(QSize(400, 300), 3));
        file.close();
        QList<Evidence> added;
        QVERIFY(
            EvidenceBatch::runBlocking(m_test->c(), *m_test->store, id, item, { path }, {}, &added)
                .isEmpty());
        session.evidenceAdded(added.first());
        session.setCaption(added.first().id, QStringLiteral("書庫の施錠"));
        QCOMPARE(session.evidence(item).first().caption, QStringLiteral("書庫の施錠"));
        QCOMPARE(session.evidenceCount(item), 1);
        session.undoStack()->undo(); // caption
        QCOMPARE(session.evidence(item).first().caption, QString());
        session.undoStack()->undo(); // the photo
        QCOMPARE(session.evidence(item).size(), 0);
        QCOMPARE(session.evidenceCount(item), 0);
        session.undoStack()->redo();
        QCOMPARE(session.evidence(item).size(), 1);
        QCOMPARE(session.evidence(item).first().id, added.first().id);
        session.removeEvidence(added.first().id);
        QCOMPARE(session.evidence(item).size(), 0);
        session.undoStack()->undo();
        QCOMPARE(session.evidence(item).size(), 1);
        QVERIFY(QFile::exists(m_test->store->originalPath(added.first().sha256)));
    }

    void scoringOverride()
    {
        const qint64 id = newAudit(QStringLiteral("採点社"));
        InspectionSession session(m_test->c(), *m_test->store, id);
        const int before = session.progress().total;
        const CheckItem informational = *std::find_if(session.items().begin(),
            session.items().end(), [](const CheckItem &c) { return !c.scored; });
        QVERIFY(session.setScored(informational.id, true));
        QCOMPARE(session.progress().total, before + 1);
        InspectionSession reopened(m_test->c(), *m_test->store, id);
        QCOMPARE(reopened.progress().total, before + 1);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("two kanji (bigram route)") << "改善" << 2;
        QTest::newRow("one kanji") << "鍵" << 1;
        QTest::newRow("long phrase (trigram)") << "持ち出し記録簿" << 1;
        QTest::newRow("katakana word") << "パスワード" << 1;
        QTest::newRow("half-width finds full-width") << "USB" << 1;
        QTest::newRow("full-width finds half-width") << "ＵＳＢ" << 1;
        QTest::newRow("two terms, both needed") << "改善 書庫" << 1;
        QTest::newRow("contractor name") << "検索テスト" << 1;
        QTest::newRow("caption") << "入退室" << 1;
        QTest::newRow("absent") << "存在しない語句" << 0;
        QTest::newRow("absent short") << "鰻" << 0;
        QTest::newRow("FTS syntax is literal") << "\"OR* NEAR(" << 0;
    }

    void search()
    {
        static qint64 audit = 0;
        if (!audit) {
            audit = newAudit(QStringLiteral("検索テスト株式会社"), QDate(2026, 6, 1));
            const QList<CheckItem> items = AuditRepository(m_test->c()).checkItems(audit);
            FindingRepository f(m_test->c());
            QVERIFY(f.setText(audit, items[0].id, FindingField::Note,
                QStringLiteral("持ち出し記録簿にないＵＳＢメモリ。改善を要する。")));
            QVERIFY(f.setText(audit, items[1].id, FindingField::Improvement,
                QStringLiteral("パスワードの管理を改善し、書庫の鍵を管理すること。")));
            Evidence e;
            e.auditId = audit;
            e.checkItemId = items[2].id;
            e.kind = EvidenceKind::Certificate;
            e.caption = QStringLiteral("入退室記録");
            QVERIFY(EvidenceRepository(m_test->c(), *m_test->store).add(e, nullptr));
        }
        QFETCH(QString, query);
        QFETCH(int, hits);
        const QList<SearchIndex::Hit> found = SearchIndex(m_test->c()).search(query);
        int inAudit = 0;
        for (const SearchIndex::Hit &h : found)
            inAudit += h.auditId == audit;
        QCOMPARE(inAudit, hits);
    }

    void searchFollowsEdits()
    {
        const qint64 id = newAudit(QStringLiteral("編集社"));
        const qint64 item = AuditRepository(m_test->c()).checkItems(id).first().id;
        FindingRepository f(m_test->c());
        SearchIndex index(m_test->c());
        QVERIFY(f.setText(id, item, FindingField::Note, QStringLiteral("暗号化されていない媒体")));
        QCOMPARE(index.search(QStringLiteral("暗号化")).size(), 1);
        QVERIFY(f.setText(id, item, FindingField::Note, QStringLiteral("問題なし")));
        QCOMPARE(index.search(QStringLiteral("暗号化")).size(), 0);
        QVERIFY(AuditRepository(m_test->c()).remove(id));
        QCOMPARE(index.search(QStringLiteral("問題なし")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInspection)
#include "tst_inspection.moc"
