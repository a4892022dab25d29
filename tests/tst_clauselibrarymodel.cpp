// The clause-library tree model under QAbstractItemModelTester, and what it shows.
#include "clauseimport/builtinclausesets.h"
#include "schema/standardschema.h"
#include "clauselibrarymodel.h"
#include "clauses/clausesetrepository.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

class TestClauseLibraryModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;
    QList<ClauseSet> m_sets;

private slots:
    void initTestCase()
    {
        m_test = TestDatabase::at(m_dir.filePath(QStringLiteral("m.sqlite")));
        QVERIFY(m_test);
        ClauseSetRepository repo(m_test->c());
        const auto summaries = repo.list();
        for (const auto &s : summaries)
            m_sets.append(*repo.load(s.id));
    }

    void passesModelTester()
    {
        ClauseLibraryModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClauseSets(m_sets);
        // Walk every node so that the tester checks index/parent round trips everywhere.
        int mismatches = 0;
        std::function<int(const QModelIndex &)> walk = [&](const QModelIndex &parent) -> int {
            int n = 0;
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex child = model.index(r, 0, parent);
                mismatches += model.parent(child) != parent ? 1 : 0;
                n += 1 + walk(child);
            }
            return n;
        };
        // 2 sets + 25 articles + 44 paragraphs + 3 items
        QCOMPARE(walk({}), 2 + 14 + 11 + 25 + 19 + 3);
        QCOMPARE(mismatches, 0);
        model.setClauseSets({});
        QCOMPARE(model.rowCount(), 0);
    }

    void showsStructureAndObligations()
    {
        ClauseLibraryModel model;
        model.setClauseSets(m_sets);
        const QModelIndex set = model.index(0, 0);
        QCOMPARE(set.data().toString(),
            QStringLiteral("情報セキュリティ特記事項　第１版（令和７年５月）"));
        const QModelIndex article3 = model.index(2, 0, set);
        QCOMPARE(article3.data().toString(), QStringLiteral("第３　責任体制"));
        const QModelIndex paragraph = model.index(0, 0, article3);
        QVERIFY(paragraph.data(ClauseLibraryModel::ObligationRole).toBool());
        QCOMPARE(model.rowCount(paragraph), 3);
        QCOMPARE(model.index(1, 0, paragraph).data().toString(),
            QStringLiteral("(2) 通常時及び緊急時の連絡体制"));
        const QModelIndex definition = model.index(0, 0, model.index(1, 0, set)); // 第２ 定義
        QVERIFY(!definition.data(ClauseLibraryModel::ObligationRole).toBool());
        QCOMPARE(model.index(0, 0, article3).siblingAtColumn(1).data().toString(),
            QStringLiteral("Obligation"));
        QCOMPARE(model.pathOf(model.index(1, 0, paragraph)).item, 1);
        QCOMPARE(model.indexOfSet(m_sets.at(1).id), model.index(1, 0));
    }
};

QTEST_MAIN(TestClauseLibraryModel)
#include "tst_clauselibrarymodel.moc"
