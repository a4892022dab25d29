// The main window driven through real widgets: browse the library with the keyboard, import by
// drag-and-drop, and a bad file answered with a dialog that says why.
#include "clauseimport/builtinclausesets.h"
#include "schema/standardschema.h"
#include "clauseimportcontroller.h"
#include "clausereviewdialog.h"
#include "clauselibrarymodel.h"
#include "storage/database.h"
#include "mainwindow.h"
#include "auditlistview.h"
#include "ledgerview.h"
#include "demo/demoaudit.h"
#include "disposal/auditdisposal.h"
#include "evidence/evidencestore.h"
#include "testpdf.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace Kansa;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_reviewer; // answers the import review as a user who checked it: Import
    int m_reviewed = 0;

    QTreeView *tree() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("clauseTree"));
    }
    QTextBrowser *text() const
    {
        return m_window->findChild<QTextBrowser *>(QStringLiteral("clauseText"));
    }

private slots:
    void initTestCase()
    {
        m_test = TestDatabase::at(m_dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(m_test);
        m_window = std::make_unique<MainWindow>(m_test->c(), m_test->path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        connect(&m_reviewer, &QTimer::timeout, this, [this] {
            if (auto *review = qobject_cast<ClauseReviewDialog *>(QApplication::activeModalWidget())) {
                ++m_reviewed;
                review->storeButton()->click();
            }
        });
        m_reviewer.start(50);
    }

    void browseWithKeyboard()
    {
        QCOMPARE(tree()->model()->rowCount(), 2);
        tree()->setFocus();
        QVERIFY(text()->toPlainText().contains(QStringLiteral("情報セキュリティ特記事項")));
        QTest::keyClick(tree(), Qt::Key_Down); // 第１
        QTest::keyClick(tree(), Qt::Key_Down); // 第２
        QTest::keyClick(tree(), Qt::Key_Down); // 第３
        QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("第３　責任体制"));
        QTest::keyClick(tree(), Qt::Key_Right); // expand
        QTest::keyClick(tree(), Qt::Key_Down); // its paragraph
        QTest::keyClick(tree(), Qt::Key_Right);
        QTest::keyClick(tree(), Qt::Key_Down); // item (1)
        QCOMPARE(tree()->currentIndex().data(ClauseLibraryModel::KindRole).toInt(),
            int(ClauseLibraryModel::ItemNode));
        const QString shown = text()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("通常時及び緊急時の連絡体制")));
        QVERIFY(text()->toHtml().contains(QStringLiteral("#fff3b0"))); // the item is highlighted
        // For looking at: the window in this state, in the test's own HOME.
        QVERIFY(
            m_window->grab().save(QDir::home().filePath(QStringLiteral("mainwindow-item.png"))));
    }

    void importByDrop()
    {
        QSignalSpy imported(m_window->importController(), &ClauseImportController::imported);
        auto *mime = new QMimeData;
        mime->setUrls({ QUrl::fromLocalFile(
            QStringLiteral(KANSA_TEST_DATA "/layouts/iroha_items/input.txt")) });
        QWidget *target = m_window->centralWidget();
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(imported.wait(10000));
        QCOMPARE(m_reviewed, 1); // the review opened before anything was stored
        QCOMPARE(tree()->model()->rowCount(), 3);
        QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("特約条項"));
        delete mime;
    }

    void badFileShowsWhy()
    {
        QString dialogText;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                dialogText = box->text();
                box->accept();
            }
        });
        closer.start(50);
        QSignalSpy finished(m_window->importController(), &ClauseImportController::finished);
        m_window->importController()->importFiles(
            { QStringLiteral(KANSA_TEST_DATA "/encodings/../layouts") });
        QVERIFY(finished.wait(10000));
        QVERIFY2(dialogText.contains(QStringLiteral("could not be read")), qPrintable(dialogText));
        QCOMPARE(tree()->model()->rowCount(), 3); // nothing stored
    }

    void importPdfThroughWorker()
    {
        QFile seed(QStringLiteral(KANSA_SEEDS "/002_13f7d2313e03314c.txt"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QString pdf = m_dir.filePath(QStringLiteral("002.pdf"));
        QVERIFY(TestPdf::writeText(QString::fromUtf8(seed.readAll()), pdf));
        QSignalSpy imported(m_window->importController(), &ClauseImportController::imported);
        m_window->importController()->importFiles({ pdf });
        QVERIFY(imported.wait(20000));
        QCOMPARE(imported.first().at(1).toBool(), true); // a new set: PDF text differs in layout
        QCOMPARE(tree()->model()->rowCount(), 4);
        const QModelIndex set = tree()->currentIndex();
        QCOMPARE(tree()->model()->rowCount(set), 11);
    }

    // Issue 13 (QA): with the window open, a disposal finishes at once (the index merged, the
    // log truncated): nothing the window shows holds a statement open on the database.
    void aDisposalFinishesWithTheWindowOpen()
    {
        EvidenceStore store(m_test->c(), EvidenceStore::rootFor(m_test->path));
        const qint64 audit = DemoAudit::create(m_test->c(), store);
        QVERIFY(audit);
        m_window->auditList()->reload(audit);
        m_window->auditList()->setSearchText(QStringLiteral("鍵"));
        QTest::qWait(400);
        m_window->auditList()->setSearchText(QString());
        m_window->ledger()->reload();
        QTest::qWait(200);
        QString error;
        const auto record = AuditDisposal(m_test->c(), store)
                                .dispose({ audit, QStringLiteral("山田"), QStringLiteral("佐藤"), QStringLiteral("満了"), true }, &error);
        QVERIFY(record);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(record->finishedAt.isValid());
        QCOMPARE(QFileInfo(m_test->path + QStringLiteral("-wal")).size(), 0);
    }

    void closingReleasesTheDatabase()
    {
        // Regression: the import controller once had no QObject parent and kept the
        // connection alive after the window was gone.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        m_window.reset();
        m_test->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
