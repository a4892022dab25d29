// Issue 25: the inspector's keys act only on what the eye sees. A verdict key on an article's
// header changes nothing; undo works wherever the focus is and shows the item it changed; one
// status for a half-signed checklist; and the keystrokes an audit of seed 000 takes, counted
// on the real window.
#include "audits/auditrepository.h"
#include "schema/standardschema.h"
#include "audits/findingrepository.h"
#include "checkitemmodel.h"
#include "evidence/evidencestore.h"
#include "clauseimport/builtinclausesets.h"
#include "inspection/inspectionsession.h"
#include "inspectionworkspace.h"
#include "mainwindow.h"
#include "signoff/signoff.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testimages.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Kansa;

class TestWorkspaceKeys : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;

    qint64 newAudit(const QString &contractor)
    {
        return TestFixtures::newAudit(m_test->c(), contractor, QStringLiteral("小林　真理"));
    }
    static qint64 itemOf(const InspectionSession *s, const QString &article, int position)
    {
        int n = 0;
        for (const CheckItem &c : s->items())
            if (c.articleNumber.normalized(QString::NormalizationForm_KC) == article && n++ == position)
                return c.id;
        return 0;
    }
    // The header row of an article in the tree, as the user sees it.
    static QModelIndex header(QTreeView *tree, const QString &article)
    {
        for (int r = 0; r < tree->model()->rowCount(); ++r) {
            const QModelIndex i = tree->model()->index(r, 0);
            const QString text = i.data().toString().normalized(QString::NormalizationForm_KC);
            if (text.startsWith(article + u' '))
                return i;
        }
        return {};
    }
    static void click(QTreeView *tree, const QModelIndex &index)
    {
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    }

private slots:
    void initTestCase()
    {
        m_test = TestDatabase::at(m_dir.filePath(QStringLiteral("k.sqlite")));
        QVERIFY(m_test);
    }

    // Clicking 第8第3項, then the header 第８, then 1 made 第8第3項 適合.
    void aVerdictKeyOnAHeaderChangesNothing()
    {
        const qint64 id = newAudit(QStringLiteral("見出し社"));
        InspectionWorkspace w(m_test->c(), *m_test->store, id);
        w.resize(1366, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("checkTree"));
        const qint64 item = itemOf(w.session(), QStringLiteral("第8"), 2);
        QVERIFY(item);
        w.session()->setVerdict(item, Verdict::Major);
        w.selectItem(item);
        QCOMPARE(w.currentItemId(), item);
        const QModelIndex h8 = header(tree, QStringLiteral("第8"));
        QVERIFY(h8.isValid());
        click(tree, h8);
        QCOMPARE(tree->currentIndex(), h8);
        QCOMPARE(w.currentItemId(), 0); // the pane no longer offers 第8第3項's verdict
        QVERIFY(!w.findChild<QAbstractButton *>(QStringLiteral("majorButton"))->isEnabled());
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_1);
        QTest::keyClick(tree, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(w.session()->finding(item).verdict, Verdict::Major);
        QCOMPARE(w.session()->progress().major, 1);

        // The pane on 第10第2項, a click on header 第８ and 3: 第10第2項 keeps no verdict.
        const qint64 other = itemOf(w.session(), QStringLiteral("第10"), 1);
        w.selectItem(other);
        click(tree, h8);
        QTest::keyClick(tree, Qt::Key_3);
        QCOMPARE(w.session()->finding(other).verdict, Verdict::Unchecked);
        // The header shows its article; Down goes to its first item, visibly.
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("itemTitleLabel"))->text().normalized(QString::NormalizationForm_KC).contains(QStringLiteral("第8")));
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(w.currentItemId(), itemOf(w.session(), QStringLiteral("第8"), 0));
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(w.currentItemId(), 0);
        QVERIFY(w.moveBy(1)); // Alt+Down from a header: its first item
        QCOMPARE(w.currentItemId(), itemOf(w.session(), QStringLiteral("第8"), 0));
    }

    // Alt+1 in the search field, then Ctrl+Z undid the search text, not the verdict.
    void undoWorksWhereverTheFocusIsAndShowsTheItem()
    {
        const qint64 id = newAudit(QStringLiteral("取消し位置社"));
        MainWindow window(m_test->c(), m_test->path);
        window.resize(1366, 740);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InspectionWorkspace *w = window.openAudit(id);
        const qint64 item = w->currentItemId();
        auto *find = w->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        find->setFocus();
        TestFixtures::typeJapanese(find, QStringLiteral("情報"));
        QTest::keyClick(find, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(w->session()->finding(item).verdict, Verdict::Conforming);
        QTest::keyClick(find, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w->session()->finding(item).verdict, Verdict::Unchecked);
        QCOMPARE(find->text(), QStringLiteral("情報"));
        QTest::keyClick(find, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->session()->finding(item).verdict, Verdict::Conforming);
        find->clear();

        // Undo from a note shows the item it changed, wherever the list had moved on to.
        const qint64 later = itemOf(w->session(), QStringLiteral("第10"), 1);
        w->selectItem(later);
        auto *note = w->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        note->setFocus();
        QTest::keyClick(note, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w->session()->finding(item).verdict, Verdict::Unchecked);
        QCOMPARE(w->currentItemId(), item);
        auto *tree = w->findChild<QTreeView *>(QStringLiteral("checkTree"));
        QCOMPARE(tree->currentIndex().data(CheckItemModel::CheckItemIdRole).toLongLong(), item);
        QVERIFY(tree->viewport()->rect().intersects(tree->visualRect(tree->currentIndex())));
        window.closeAudit(id);
    }

    // The letter's 推奨事項 rows had no 改善を要する事項: an observation had nowhere to say it.
    void anObservationSaysWhatToImprove()
    {
        const qint64 id = newAudit(QStringLiteral("所見社"));
        InspectionWorkspace w(m_test->c(), *m_test->store, id);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *improvement = w.findChild<QPlainTextEdit *>(QStringLiteral("improvementEdit"));
        QVERIFY(!improvement->isVisible());
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("checkTree"));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_4);
        QVERIFY(improvement->isVisible());
        QVERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->hasFocus());
    }

    // After only the lead inspector had signed, the workspace said signed, the list 実施中.
    void oneStatusForAHalfSignedChecklist()
    {
        const qint64 id = newAudit(QStringLiteral("半署名社"));
        {
            InspectionSession s(m_test->c(), *m_test->store, id);
            s.setVerdict(s.items().first().id, Verdict::Conforming);
        }
        SignOff signoff(m_test->c(), *m_test->store);
        QString error;
        QVERIFY2(signoff.sign(id, SignatureRole::Inspector, QStringLiteral("小林　真理"), {},
                     TestImages::signaturePng(), &error),
            qPrintable(error));
        AuditRepository audits(m_test->c());
        QCOMPARE(audits.load(id)->status, AuditStatus::Signing);
        const QList<AuditSummary> list = audits.list();
        const auto s = std::find_if(list.begin(), list.end(), [id](const AuditSummary &a) { return a.id == id; });
        QCOMPARE(s->status, AuditStatus::Signing);
        InspectionWorkspace w(m_test->c(), *m_test->store, id);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("savedLabel"))->text().startsWith(AuditStatuses::label(AuditStatus::Signing)));
        // Who signed, as what, when, shown with the lock.
        const QString signers = w.findChild<QLabel *>(QStringLiteral("signaturesLabel"))->text();
        QVERIFY2(signers.contains(QStringLiteral("小林　真理")) && signers.contains(SignatureRoles::label(SignatureRole::Inspector)),
            qPrintable(signers));
        QVERIFY(signoff.sign(id, SignatureRole::Contractor, QStringLiteral("山田　一郎"), {},
            TestImages::signaturePng(), &error));
        QCOMPARE(audits.load(id)->status, AuditStatus::Signed);
        QVERIFY(signoff.reopen(id, QStringLiteral("小林　真理"), QStringLiteral("訂正"), &error));
        QCOMPARE(audits.load(id)->status, AuditStatus::InProgress);
    }

    // Seed 000: 21 scored items, two of them non-conforming with what is wrong and what to do.
    void anAuditTakesOneKeyPerConformingItem()
    {
        const qint64 id = newAudit(QStringLiteral("打鍵数社"));
        MainWindow window(m_test->c(), m_test->path);
        window.resize(1366, 740);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InspectionWorkspace *w = window.openAudit(id);
        const int total = w->session()->progress().total;
        QCOMPARE(total, 21);
        int keys = 0;
        auto press = [&keys](int key, Qt::KeyboardModifiers mods = {}) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), mods);
            ++keys;
        };
        int item = 0;
        while (w->session()->progress().answered < total && keys < 100) {
            ++item;
            if (item == 5 || item == 12) {
                press(Qt::Key_3);
                TestFixtures::typeJapanese(QApplication::focusWidget(), QStringLiteral("持出記録の未記入"));
                press(Qt::Key_Tab);
                TestFixtures::typeJapanese(QApplication::focusWidget(), QStringLiteral("記録を徹底すること"));
                press(Qt::Key_Return, Qt::ControlModifier);
            } else {
                press(Qt::Key_1);
            }
        }
        qInfo("Keys for the 21 scored items of seed 000 with two non-conformities: %d", keys);
        QCOMPARE(w->session()->progress().answered, total);
        QCOMPARE(w->session()->progress().minor, 2);
        QVERIFY2(keys <= 26, qPrintable(QString::number(keys)));
        int described = 0;
        for (const Finding &f : FindingRepository(m_test->c()).forAudit(id))
            if (f.verdict == Verdict::Minor) {
                QCOMPARE(f.problem, QStringLiteral("持出記録の未記入"));
                QCOMPARE(f.improvement, QStringLiteral("記録を徹底すること"));
                ++described;
            }
        QCOMPARE(described, 2);
        // Ctrl+Enter with nothing left says so.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        window.closeAudit(id);
    }
};

QTEST_MAIN(TestWorkspaceKeys)
#include "tst_workspacekeys.moc"
