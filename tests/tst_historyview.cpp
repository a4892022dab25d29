// The audit's history as the user sees it (issue 24 §8): who did what and when, each check
// item by its clause, what a replacement replaced, and whether the history holds.
#include "audits/auditrepository.h"
#include "audits/findingrepository.h"
#include "demo/demoaudit.h"
#include "evidence/evidencestore.h"
#include "history/historylog.h"
#include "historydialog.h"
#include "historymodel.h"
#include "package/packageconflicts.h"
#include "package/packageexport.h"
#include "package/packageimport.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

class TestHistoryView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    AgeIdentity m_office = AgeIdentity::generate();

    QString exported(TestDatabase &from, qint64 audit, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const auto r = PackageExport(from.c(), *from.store).write({ audit }, path, { { m_office.recipient() }, {}, 18 });
        return r.error.isEmpty() ? path : QString();
    }

private slots:
    void showsWhoDidWhatAndWhatWasReplaced()
    {
        auto laptop = TestDatabase::open(m_dir.path(), QStringLiteral("laptop"));
        auto office = TestDatabase::open(m_dir.path(), QStringLiteral("office"));
        QVERIFY(laptop && office);
        HistoryLog::setActor(QStringLiteral("現地　検査員"));
        const qint64 audit = DemoAudit::create(laptop->c(), *laptop->store);
        const auto first = PackageImport(office->c(), *office->store).read(exported(*laptop, audit, QStringLiteral("1.age")), { m_office }, {});
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        const qint64 copy = first.audits.first().auditId;
        const CheckItem laptopItem = AuditRepository(laptop->c()).checkItems(audit).at(1);
        QVERIFY(FindingRepository(laptop->c()).setText(audit, laptopItem.id, FindingField::Note, QStringLiteral("現地の所見")));
        HistoryLog::setActor(QStringLiteral("事務所　係員"));
        const CheckItem officeItem = AuditRepository(office->c()).checkItems(copy).at(1);
        QVERIFY(FindingRepository(office->c()).setText(copy, officeItem.id, FindingField::Note, QStringLiteral("事務所だけの所見")));
        const auto second = PackageImport(office->c(), *office->store).read(exported(*laptop, audit, QStringLiteral("2.age")), { m_office }, {});
        QCOMPARE(second.audits.first().kind, PackageImport::Outcome::Conflict);
        QString error;
        QCOMPARE(PackageConflicts::resolve(office->c(), second.audits.first().conflictId, PackageConflicts::Resolution::Replace, &error), copy);
        HistoryLog::setActor({});

        HistoryDialog dialog(office->c(), copy);
        auto *model = qobject_cast<HistoryModel *>(dialog.table()->model());
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qsizetype entries = HistoryLog::entries(office->c(), HistoryLog::auditOrigin(office->c(), copy)).size();
        QCOMPARE(model->rowCount(), int(entries));
        QVERIFY2(dialog.verdictLabel()->text().contains(QStringLiteral("intact")), qPrintable(dialog.verdictLabel()->text()));
        // The newest entry: the replacement, with what it replaced and both values.
        const int last = model->rowCount() - 1;
        QVERIFY(model->index(last, HistoryModel::What).data().toString().startsWith(QStringLiteral("Replaced by the version in 2.age")));
        QVERIFY(model->index(last, HistoryModel::Actor).data().toString() != QStringLiteral("kansa"));
        const QString details = dialog.detailsView()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("「事務所だけの所見」")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("「現地の所見」")));
        QVERIFY(details.contains(officeItem.citation()));
        // Entries name the person and the check item by its clause.
        bool named = false;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, HistoryModel::Actor).data().toString() == QStringLiteral("現地　検査員")
                && model->index(row, HistoryModel::What).data().toString().startsWith(laptopItem.citation()))
                named = true;
        QVERIFY(named);

        // QA trial: after a second replacement the first one's replaced values were only in the
        // JSON. The newest entry shows what it keeps, entry by entry, nested ones included.
        HistoryLog::setActor(QStringLiteral("事務所　係員"));
        QVERIFY(FindingRepository(office->c()).setText(copy, AuditRepository(office->c()).checkItems(copy).at(4).id,
            FindingField::Note, QStringLiteral("二度目の事務所の所見")));
        HistoryLog::setActor({});
        QVERIFY(FindingRepository(laptop->c()).setText(audit, AuditRepository(laptop->c()).checkItems(audit).at(4).id,
            FindingField::Note, QStringLiteral("二度目の現地の所見")));
        const auto third = PackageImport(office->c(), *office->store).read(exported(*laptop, audit, QStringLiteral("3.age")), { m_office }, {});
        QCOMPARE(third.audits.first().kind, PackageImport::Outcome::Conflict);
        QCOMPARE(PackageConflicts::resolve(office->c(), third.audits.first().conflictId, PackageConflicts::Resolution::Replace, &error), copy);
        {
            HistoryDialog again(office->c(), copy);
            const QString all = again.detailsView()->toPlainText();
            QVERIFY2(all.contains(QStringLiteral("「二度目の事務所の所見」")), qPrintable(all));
            QVERIFY2(all.contains(QStringLiteral("「事務所だけの所見」")), qPrintable(all)); // from the first replacement
            QVERIFY(all.contains(QStringLiteral("事務所　係員")));
        }

        // A history that does not hold says so, in red, with what is wrong.
        QSqlQuery q(office->c());
        QVERIFY(q.exec(QStringLiteral("UPDATE findings SET note = '書き換え' WHERE audit_id = %1 AND note <> ''").arg(copy)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM history_pending")));
        HistoryDialog broken(office->c(), copy);
        QVERIFY2(broken.verdictLabel()->text().contains(QStringLiteral("does not hold")), qPrintable(broken.verdictLabel()->text()));
        QVERIFY(broken.verdictLabel()->text().contains(QStringLiteral("書き換え")));
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
