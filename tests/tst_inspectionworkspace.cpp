// The inspection workspace and the audit list through real widgets: an audit completed with
// the keyboard alone, filters, undo from the Edit menu, and the item models under
// QAbstractItemModelTester.
#include "auditlistmodel.h"
#include "schema/standardschema.h"
#include "auditlistview.h"
#include "audits/auditrepository.h"
#include "clauseimport/builtinclausesets.h"
#include "checkitemfiltermodel.h"
#include "checkitemmodel.h"
#include "clauses/clausesetrepository.h"
#include "storage/database.h"
#include "evidence/evidence.h"
#include "evidence/evidencestore.h"
#include "audits/findingrepository.h"
#include "inspection/inspectionsession.h"
#include "inspectionworkspace.h"
#include "mainwindow.h"
#include "testfixtures.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Kansa;

namespace {
// Japanese text as an input method delivers it: a preedit (composition) first, then the commit.
void imeType(QWidget *widget, const QString &text)
{
    QInputMethodEvent preedit(text, {});
    QCoreApplication::sendEvent(widget, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(widget, &commit);
}
} // namespace

class TestInspectionWorkspace : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;

    qint64 newAudit(const QString &contractor)
    {
        return TestFixtures::newAudit(m_test->c(), contractor);
    }

private slots:
    // Issue 9: the label read 「8時37分22秒 UTC 保存済み」. It shows local time, without a zone.
    void savedTimeIsLocalWithoutZone()
    {
        const QByteArray tz = qgetenv("TZ");
        qputenv("TZ", "JST-9"); // POSIX's form, which the Windows C runtime reads too
        tzset();
        const QDateTime utc(QDate(2026, 11, 22), QTime(8, 37, 22), Qt::UTC);
        const QString shown = InspectionWorkspace::savedTimeText(utc);
        qputenv("TZ", tz);
        tzset();
        QCOMPARE(shown, QStringLiteral("17:37:22"));
    }

    void initTestCase()
    {
        m_test = TestDatabase::at(m_dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(m_test);
    }

    void modelsPassTheTester()
    {
        const qint64 id = newAudit(QStringLiteral("モデル社"));
        InspectionSession session(m_test->c(), *m_test->store, id);
        CheckItemModel model(&session);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CheckItemFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester t2(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 14); // articles of 000
        session.setVerdict(session.items().at(0).id, Verdict::Major);
        filter.setMode(CheckItemFilterModel::Mode::NonConforming);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
        filter.setMode(CheckItemFilterModel::Mode::NoVerdict);
        filter.setText(QStringLiteral("再委託"));
        QCOMPARE(filter.rowCount(), 1); // 第10
        filter.setText({});
        session.undoStack()->undo();
        filter.setMode(CheckItemFilterModel::Mode::NonConforming);
        QCOMPARE(filter.rowCount(), 0);

        AuditListModel list;
        QAbstractItemModelTester t3(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setAudits(AuditRepository(m_test->c()).list());
        QVERIFY(list.rowCount() >= 1);
        AuditFilterModel auditFilter;
        auditFilter.setSourceModel(&list);
        QAbstractItemModelTester t4(
            &auditFilter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auditFilter.setSearch(QStringLiteral("モデル"), {});
        QCOMPARE(auditFilter.rowCount(), 1);
        auditFilter.setStatus(AuditStatus::Completed);
        QCOMPARE(auditFilter.rowCount(), 0);
    }

    void completeAnAuditWithTheKeyboard()
    {
        const qint64 id = newAudit(QStringLiteral("キーボード社"));
        InspectionWorkspace w(m_test->c(), *m_test->store, id);
        w.resize(1280, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("checkTree"));
        auto *note = w.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        auto *problem = w.findChild<QPlainTextEdit *>(QStringLiteral("problemEdit"));
        tree->setFocus();
        const int total = w.session()->progress().total;
        int pressed = 0;
        // Verdict keys in the list, Ctrl+Enter to the next item without a verdict.
        while (w.session()->progress().answered < total && pressed < 100) {
            QVERIFY(tree->hasFocus());
            const int key = pressed % 7 == 3 ? Qt::Key_3 : Qt::Key_1;
            QTest::keyClick(tree, Qt::Key(key));
            if (key == Qt::Key_3) { // a minor non-conformity: describe it
                QTest::keyClick(tree, Qt::Key_Return);
                QVERIFY(note->hasFocus());
                imeType(note, QStringLiteral("記録簿の更新漏れ"));
                QTest::keyClick(note, Qt::Key_Tab);
                QVERIFY(problem->isVisible());
                QVERIFY(problem->hasFocus());
                imeType(problem, QStringLiteral("名簿未更新"));
                QTest::keyClick(problem, Qt::Key_Escape);
            }
            QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
            ++pressed;
        }
        QCOMPARE(w.session()->progress().answered, total);
        const QList<AuditSummary> list = AuditRepository(m_test->c()).list();
        const auto s = std::find_if(
            list.begin(), list.end(), [id](const AuditSummary &a) { return a.id == id; });
        QCOMPARE(s->answered, total);
        QCOMPARE(s->minor, 3); // presses 3, 10 and 17 of 21
        int notes = 0;
        const QHash<qint64, Finding> findings = FindingRepository(m_test->c()).forAudit(id);
        for (const Finding &f : findings)
            if (f.verdict == Verdict::Minor) {
                QCOMPARE(f.note, QStringLiteral("記録簿の更新漏れ"));
                QCOMPARE(f.problem, QStringLiteral("名簿未更新"));
                ++notes;
            }
        QCOMPARE(notes, 3);
    }

    void digitsInANoteAreText()
    {
        const qint64 id = newAudit(QStringLiteral("数字社"));
        InspectionWorkspace w(m_test->c(), *m_test->store, id);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *note = w.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("12"));
        // While composing, nothing is committed to the text, so nothing is saved yet.
        QInputMethodEvent preedit(QStringLiteral("だい"), {});
        QCoreApplication::sendEvent(note, &preedit);
        QCOMPARE(FindingRepository(m_test->c()).load(w.currentItemId()).note,
            QStringLiteral("12"));
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("台"));
        QCoreApplication::sendEvent(note, &commit);
        QCOMPARE(w.session()->finding(w.currentItemId()).verdict, Verdict::Unchecked);
        QCOMPARE(FindingRepository(m_test->c()).load(w.currentItemId()).note,
            QStringLiteral("12台"));
        // Alt+2 sets a verdict from anywhere in the workspace.
        QTest::keyClick(note, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(w.session()->finding(w.currentItemId()).verdict, Verdict::Major);
    }

    void pasteAPhotoAndUndoIt()
    {
        const qint64 id = newAudit(QStringLiteral("貼付社"));
        InspectionWorkspace w(m_test->c(), *m_test->store, id);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QImage screenshot(800, 600, QImage::Format_RGB32);
        screenshot.fill(QColor(40, 90, 160));
        QGuiApplication::clipboard()->setImage(screenshot);
        auto *list = w.findChild<QListWidget *>(QStringLiteral("evidenceList"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(w.session()->evidenceCount(w.currentItemId()), 1);
        QTRY_COMPARE(list->count(), 1);
        const Evidence e = w.session()->evidence(w.currentItemId()).first();
        QCOMPARE(e.width, 800);
        QVERIFY(QFile::exists(m_test->store->originalPath(e.sha256)));
        w.session()->undoStack()->undo();
        QCOMPARE(list->count(), 0);
        w.session()->undoStack()->redo();
        QCOMPARE(list->count(), 1);
    }

    void noVerdictFilterMovesOn()
    {
        const qint64 id = newAudit(QStringLiteral("絞り込み社"));
        InspectionWorkspace w(m_test->c(), *m_test->store, id);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *filter = w.findChild<QComboBox *>(QStringLiteral("filterCombo"));
        filter->setCurrentIndex(1); // no verdict yet
        auto *tree = w.findChild<QTreeView *>(QStringLiteral("checkTree"));
        tree->setFocus();
        const qint64 first = w.currentItemId();
        QTest::keyClick(tree, Qt::Key_1);
        QVERIFY(w.currentItemId() != first); // the answered item left; the next one is current
        QCOMPARE(w.session()->finding(first).verdict, Verdict::Conforming);
        QTest::keyClick(tree, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(w.findChild<QLineEdit *>(QStringLiteral("findEdit"))->hasFocus());
    }

    void undoFromTheEditMenu()
    {
        const qint64 id = newAudit(QStringLiteral("取消し社"));
        MainWindow window(m_test->c(), m_test->path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InspectionWorkspace *w = window.openAudit(id);
        QVERIFY(w);
        const qint64 item = w->currentItemId();
        auto *tree = w->findChild<QTreeView *>(QStringLiteral("checkTree"));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_2);
        QCOMPARE(FindingRepository(m_test->c()).load(item).verdict, Verdict::Major);
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(FindingRepository(m_test->c()).load(item).verdict, Verdict::Unchecked);
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(FindingRepository(m_test->c()).load(item).verdict, Verdict::Major);
        window.closeAudit(id);
        QVERIFY(!window.workspace(id));
    }

    void auditListFiltersAndArchives()
    {
        MainWindow window(m_test->c(), m_test->path);
        AuditListView *list = window.auditList();
        list->reload();
        const int before = list->filter()->rowCount();
        const qint64 id = newAudit(QStringLiteral("書庫入り社"));
        list->reload(id);
        QCOMPARE(list->filter()->rowCount(), before + 1);
        QCOMPARE(list->currentAuditId(), id);
        list->findChild<QPushButton *>(QStringLiteral("archiveButton"))->click();
        QVERIFY(AuditRepository(m_test->c()).load(id)->archived);
        auto *find = list->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        find->setText(QStringLiteral("書庫入り"));
        QCOMPARE(list->filter()->rowCount(), 1);
    }
};

QTEST_MAIN(TestInspectionWorkspace)
#include "tst_inspectionworkspace.moc"
