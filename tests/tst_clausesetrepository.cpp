// Storing clause sets: exact round trip, one set per content, immutability, built-in sets.
#include "clauseimport/builtinclausesets.h"
#include "schema/standardschema.h"
#include "clauseimport/clauseimporter.h"
#include "clauses/clausesetrepository.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

class TestClauseSetRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("k.sqlite")), standardSchema()).isError());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("000") << QStringLiteral(KANSA_SEEDS "/000_2cf691f2b1dacc65.txt");
        QTest::newRow("002") << QStringLiteral(KANSA_SEEDS "/002_13f7d2313e03314c.txt");
        QTest::newRow("items and sub-items")
            << QStringLiteral(KANSA_TEST_DATA "/layouts/paren_char_items_with_subitems/input.txt");
        QTest::newRow("issuer and preamble")
            << QStringLiteral(KANSA_TEST_DATA "/layouts/issuer_edition_wrapped_preamble/input.txt");
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        const ClauseImporter::Result r = ClauseImporter::readFile(file);
        QVERIFY(!r.error.isError());
        ClauseSetRepository repo(m_db.connection());
        const auto stored = repo.store(r.document, r.contentHash, r.sourceName);
        QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
        QVERIFY(stored.created);
        const auto loaded = repo.load(stored.id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->document, r.document);
        QCOMPARE(loaded->contentHash, r.contentHash);
        QCOMPARE(loaded->sourceName, r.sourceName);

        // The same content again is the same clause set.
        const int before = repo.count();
        const auto again = repo.store(r.document, r.contentHash, QStringLiteral("renamed.txt"));
        QCOMPARE(again.id, stored.id);
        QVERIFY(!again.created);
        QCOMPARE(repo.count(), before);
    }

    void clauseSetsAreImmutable()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE paragraphs SET text = 'changed'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE clause_sets SET title = 'changed'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE clause_items SET text = 'changed'")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM paragraphs WHERE text = 'changed'"))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void listSummarises()
    {
        const QList<ClauseSetSummary> sets = ClauseSetRepository(m_db.connection()).list();
        QCOMPARE(sets.size(), 4);
        QCOMPARE(sets.first().articles, 14);
        QCOMPARE(sets.first().paragraphs, 25);
        QCOMPARE(sets.first().items, 3);
        QCOMPARE(sets.first().obligations, 19);
        QCOMPARE(sets.at(1).articles, 11);
        QCOMPARE(sets.at(1).paragraphs, 19);
    }

    // From the fifth QA check: versions with one title could not be told apart in the audit
    // dialog; the list says which sets the user corrected (at import or as a new version).
    void theListSaysWhichSetsWereCorrected()
    {
        ClauseSetRepository repo(m_db.connection());
        const QList<ClauseSetSummary> before = repo.list();
        for (const ClauseSetSummary &s : before)
            QVERIFY(!s.corrected);
        ClauseDocument doc = repo.load(before.last().id)->document;
        doc.title += QStringLiteral("（訂正）");
        const qint64 version = repo.storeCorrected(doc, QStringLiteral("source-hash"), QStringLiteral("x.txt"), before.last().id).id;
        doc.title += QStringLiteral("２");
        const qint64 atImport = repo.storeCorrected(doc, QStringLiteral("other-source"), QStringLiteral("y.txt"), 0).id;
        for (const ClauseSetSummary &s : repo.list())
            QCOMPARE(s.corrected, s.id == version || s.id == atImport);
    }

    void missingSetIsNullopt()
    {
        QVERIFY(!ClauseSetRepository(m_db.connection()).load(999999).has_value());
    }

    void builtinsArePresentInANewDatabase()
    {
        Database db(QStringLiteral("builtin"));
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("fresh.sqlite")), standardSchema()).isError());
        QCOMPARE(BuiltinClauseSets::resourcePaths().size(), 2);
        QVERIFY(BuiltinClauseSets::ensurePresent(db.connection()));
        QVERIFY(BuiltinClauseSets::ensurePresent(db.connection())); // twice: still two
        const auto sets = ClauseSetRepository(db.connection()).list();
        QCOMPARE(sets.size(), 2);
        for (const auto &s : sets)
            QVERIFY(s.builtin);
        QCOMPARE(sets.at(0).title, QStringLiteral("情報セキュリティ特記事項"));
        QCOMPARE(sets.at(1).title, QStringLiteral("情報セキュリティに関する特約条項"));
    }
};

QTEST_GUILESS_MAIN(TestClauseSetRepository)
#include "tst_clausesetrepository.moc"
