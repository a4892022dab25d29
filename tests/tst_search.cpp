// Search as the user sees it: which field matched, the part around the match with the terms
// marked in their original spelling, follow-up texts found like findings (also those written
// before the upgrade that indexed them), and an audit list that keeps the audits hits are in.
#include "advisory/advisorylifecycle.h"
#include "schema/standardschema.h"
#include "advisory/advisoryrepository.h"
#include "settings/documentsettings.h"
#include "advisory/followup.h"
#include "auditlistmodel.h"
#include "auditlistview.h"
#include "audits/auditrepository.h"
#include "demo/demoaudit.h"
#include "evidence/evidencestore.h"
#include "clauseimport/builtinclausesets.h"
#include "searchresults/searchmatch.h"
#include "searchhitdelegate.h"
#include "signoff/signoff.h"
#include "storage/database.h"
#include "text/translations.h"
#include "testfixtures.h"
#include "fixedtoday.h"
#include "testdatabase.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

using Marks = QList<SearchMatch::Mark>;
Q_DECLARE_METATYPE(QList<SearchField>)

class TestSearch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;

    QSqlDatabase db() { return m_test->c(); }

    // A demo audit with an issued letter whose first item the contractor answered.
    qint64 respondedItem(const QString &response, qint64 *auditOut)
    {
        const qint64 audit = demoAudit();
        QString error;
        const qint64 letter = AdvisoryLifecycle(db()).create(audit, QDate(2026, 11, 24), true, true, &error);
        if (!letter || !AdvisoryLifecycle(db()).issue(letter, QStringLiteral("監査　一郎"), &error)) {
            qWarning() << error;
            return 0;
        }
        const qint64 item = AdvisoryRepository(db()).load(letter)->items.first().id;
        if (!FollowUp(db(), *m_test->store).respond(item, QDate(2026, 12, 1), QStringLiteral("委託先　花子"), response, {}, &error)) {
            qWarning() << error;
            return 0;
        }
        *auditOut = audit;
        return item;
    }

    // Dated 2026-11-20, before the letters of this test.
    qint64 demoAudit()
    {
        FixedToday day(QDate(2026, 11, 20));
        return DemoAudit::create(db(), *m_test->store);
    }

private slots:
    void initTestCase()
    {
        qputenv("KANSA_TODAY", "2026-12-31"); // the follow-up steps of this test have happened
        const QString path = m_dir.filePath(QStringLiteral("k.sqlite"));
        m_test = TestDatabase::at(path);
        QVERIFY(m_test);
        Translations::install(QLocale(QLocale::English)); // English plurals: "1 of 3 audits"
    }

    void describe_data()
    {
        QTest::addColumn<QList<SearchField>>("fields");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<Marks>("marks");
        const QList<SearchField> finding { { QStringLiteral("Notes"), QStringLiteral("書庫を確認した。") },
            { QStringLiteral("What is wrong"), QStringLiteral("書庫が施錠されていない。") },
            { QStringLiteral("Improvement required"), QStringLiteral("書庫を施錠すること。") } };
        QTest::newRow("the field that holds the term, not the first")
            << finding << QStringLiteral("施錠") << QStringLiteral("What is wrong・Improvement required")
            << QStringLiteral("書庫が施錠されていない。") << Marks { { 3, 2 } };
        QTest::newRow("every occurrence of every term is marked")
            << finding << QStringLiteral("書庫 いない") << QStringLiteral("Notes・What is wrong・Improvement required")
            << QStringLiteral("書庫を確認した。") << Marks { { 0, 2 } };
        QTest::newRow("two terms in one field")
            << QList<SearchField> { { QStringLiteral("Caption"), QStringLiteral("USBメモリの持ち出し記録簿") } }
            << QStringLiteral("usb 記録簿") << QStringLiteral("Caption")
            << QStringLiteral("USBメモリの持ち出し記録簿") << Marks { { 0, 3 }, { 11, 3 } };
        QTest::newRow("full-width text found by half-width letters, marked as written")
            << QList<SearchField> { { QStringLiteral("Caption"), QStringLiteral("ＵＳＢメモリ２本") } }
            << QStringLiteral("usb") << QStringLiteral("Caption")
            << QStringLiteral("ＵＳＢメモリ２本") << Marks { { 0, 3 } };
        QTest::newRow("half-width katakana found by full-width")
            << QList<SearchField> { { QStringLiteral("Notes"), QStringLiteral("ｶｷﾞ未施錠") } }
            << QStringLiteral("カギ") << QStringLiteral("Notes")
            << QStringLiteral("ｶｷﾞ未施錠") << Marks { { 0, 3 } };
        QTest::newRow("overlapping terms merge into one mark")
            << QList<SearchField> { { QStringLiteral("Notes"), QStringLiteral("持ち出し記録簿") } }
            << QStringLiteral("持ち出し 出し記録") << QStringLiteral("Notes")
            << QStringLiteral("持ち出し記録簿") << Marks { { 0, 6 } };
        QTest::newRow("a newline becomes a space")
            << QList<SearchField> { { QStringLiteral("Notes"), QStringLiteral("一行目\n二行目の鍵") } }
            << QStringLiteral("鍵") << QStringLiteral("Notes")
            << QStringLiteral("一行目 二行目の鍵") << Marks { { 8, 1 } };
        const QString longText = QStringLiteral("あ").repeated(100) + QStringLiteral("施錠")
            + QStringLiteral("い").repeated(100);
        QTest::newRow("a long field is cut around the match")
            << QList<SearchField> { { QStringLiteral("Notes"), longText } } << QStringLiteral("施錠")
            << QStringLiteral("Notes")
            << QStringLiteral("…") + QStringLiteral("あ").repeated(26) + QStringLiteral("施錠")
                + QStringLiteral("い").repeated(52) + QStringLiteral("…")
            << Marks { { 27, 2 } };
        QTest::newRow("no field holds the term") << finding << QStringLiteral("パスワード")
                                                 << QString() << QStringLiteral("書庫を確認した。") << Marks {};
        QTest::newRow("no fields") << QList<SearchField> {} << QStringLiteral("鍵") << QString()
                                   << QString() << Marks {};
    }

    void describe()
    {
        QFETCH(QList<SearchField>, fields);
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, snippet);
        QFETCH(Marks, marks);
        const SearchMatch m = SearchMatches::describe(fields, SearchIndex::terms(query));
        QCOMPARE(m.field, field);
        QCOMPARE(m.snippet, snippet);
        QCOMPARE(m.marks, marks);
    }

    // Bad input: the describer never reads outside the text, whatever the terms.
    void describeSurvivesOddInput()
    {
        const QStringList odd { QStringLiteral("\""), QStringLiteral("*"), QString(QChar(0xD83D)),
            QStringLiteral("😀"), QStringLiteral("e\u0301"), QStringLiteral("\u3000"), QStringLiteral("ﾞ") };
        const QList<SearchField> fields { { QStringLiteral("Notes"),
            QStringLiteral("😀😀\"*e\u0301ガｶﾞ") + QString(QChar(0xD83D)) } };
        for (const QString &term : odd) {
            const SearchMatch m = SearchMatches::describe(fields, { term }, 3);
            for (const SearchMatch::Mark &mark : m.marks)
                QVERIFY2(mark.start >= 0 && mark.start + mark.length <= m.snippet.size(), qPrintable(term));
        }
    }

    void findingsShowTheirFieldAndReference()
    {
        const qint64 audit = demoAudit();
        const QList<SearchMatch> hits = SearchMatches::find(db(), QStringLiteral("持ち出し記録簿"));
        const auto it = std::find_if(hits.begin(), hits.end(), [&](const SearchMatch &m) {
            return m.hit.auditId == audit && m.hit.source == SearchIndex::Source::Finding;
        });
        QVERIFY(it != hits.end());
        QVERIFY(!it->hit.reference.isEmpty());
        QVERIFY2(!it->field.isEmpty(), qPrintable(it->snippet));
        QVERIFY(!it->marks.isEmpty());
        QCOMPARE(it->snippet.mid(it->marks.first().start, it->marks.first().length),
            QStringLiteral("持ち出し記録簿"));
    }

    void followUpTextsAreSearchable()
    {
        qint64 audit = 0;
        const qint64 item = respondedItem(QStringLiteral("サーバ室の入退室管理簿を新設しました。"), &audit);
        QVERIFY(item);
        const QList<SearchMatch> hits = SearchMatches::find(db(), QStringLiteral("入退室管理簿"));
        QCOMPARE(hits.size(), 1);
        const SearchMatch &m = hits.first();
        QCOMPARE(m.hit.source, SearchIndex::Source::FollowUp);
        QCOMPARE(m.hit.auditId, audit);
        QCOMPARE(m.hit.advisoryItemId, item);
        QVERIFY(m.hit.checkItemId != 0);
        QVERIFY(!m.hit.reference.isEmpty()); // the clause of the advisory item
        QCOMPARE(m.field, QStringLiteral("Improvement report"));
        // A two-character term goes through the other index and still finds it.
        QVERIFY(SearchIndex(db()).auditIds(QStringLiteral("新設")).contains(audit));

        // A returned response's reason is found too, and named as such.
        QString error;
        QVERIFY(FollowUp(db(), *m_test->store).returnItem(item, QDate(2026, 12, 2), QStringLiteral("監査　一郎"),
            QStringLiteral("管理簿の様式が未添付"), &error));
        const QList<SearchMatch> returned = SearchMatches::find(db(), QStringLiteral("様式が未添付"));
        QCOMPARE(returned.size(), 1);
        QCOMPARE(returned.first().field, QStringLiteral("Reason for return"));

        // A closing note is named as one (the trial saw 「対応不要とする理由」 on an item closed
        // after verification).
        QVERIFY(FollowUp(db(), *m_test->store).respond(item, QDate(2026, 12, 3), QStringLiteral("委託先　花子"),
            QStringLiteral("様式を添付"), {}, &error));
        QVERIFY(FollowUp(db(), *m_test->store).verify(item, QDate(2026, 12, 4), QStringLiteral("監査　一郎"), {}, {}, &error));
        QVERIFY(FollowUp(db(), *m_test->store).close(item, QDate(2026, 12, 5), QStringLiteral("監査　一郎"),
            QStringLiteral("現地確認により完結"), &error));
        const QList<SearchMatch> closed = SearchMatches::find(db(), QStringLiteral("現地確認により完結"));
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().field, QStringLiteral("Closing note"));
    }

    // The trial: searching for a finding's word emptied the audit list above the hits while the
    // footer still counted every audit.
    void auditListKeepsTheAuditsOfTheHits()
    {
        qint64 audit = 0;
        QVERIFY(respondedItem(QStringLiteral("文書保管庫に電子錠を設置しました。"), &audit));
        AuditListView view(db(), *m_test->store);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *find = view.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        auto *table = view.findChild<QTableView *>(QStringLiteral("auditTable"));
        auto *results = view.findChild<QListWidget *>(QStringLiteral("searchResults"));
        auto *count = view.findChild<QLabel *>(QStringLiteral("countLabel"));
        const int total = table->model()->rowCount();
        QVERIFY(total >= 3);
        QCOMPARE(count->text(), QStringLiteral("%1 audits").arg(total));

        TestFixtures::typeJapanese(find, QStringLiteral("電子錠"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data(AuditListModel::AuditIdRole).toLongLong(), audit);
        QCOMPARE(count->text(), QStringLiteral("1 of %1 audits shown").arg(total));
        QCOMPARE(results->count(), 1);
        QListWidgetItem *hit = results->item(0);
        QVERIFY2(hit->text().contains(QStringLiteral(" · Improvement report：")), qPrintable(hit->text()));
        const QVariantList marks = hit->data(SearchHitDelegate::MarksRole).toList();
        QCOMPARE(marks.size(), 1);
        const QPoint mark = marks.first().toPoint();
        QCOMPARE(hit->text().mid(mark.x(), mark.y()), QStringLiteral("電子錠"));

        // A word in a finding of the demo audits: every audit that holds it, no other.
        find->clear();
        QCOMPARE(table->model()->rowCount(), total);
        TestFixtures::typeJapanese(find, QStringLiteral("持ち出し記録簿"));
        const QSet<qint64> withHits = SearchIndex(db()).auditIds(QStringLiteral("持ち出し記録簿"));
        QVERIFY(!withHits.isEmpty());
        QCOMPARE(table->model()->rowCount(), withHits.size());
        find->clear();
        QVERIFY(results->isHidden());
        QCOMPARE(count->text(), QStringLiteral("%1 audits").arg(total));
    }

    // Schema 3 had follow-up texts but did not index them; the upgrade does. (Last: a second
    // Database takes over the connection name.)
    void followUpTextsOfOldDatabasesAreIndexed()
    {
        const QString copy = m_dir.filePath(QStringLiteral("v3-search.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(KANSA_TEST_DATA "/databases/kansa-v3.sqlite"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Database old;
        QVERIFY(!old.open(copy, standardSchema()).isError());
        const QList<SearchMatch> hits = SearchMatches::find(old.connection(), QStringLiteral("鍵を付け"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().hit.source, SearchIndex::Source::FollowUp);
        QCOMPARE(hits.first().snippet, QStringLiteral("鍵を付けました"));
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
