// The import review as a user drives it: a document opens in the review before anything is
// stored; lines are marked with the buttons, a number and an obligation edited; Import stores the
// corrected structure (a new version where the parse was stored before); Cancel stores nothing; a
// document without articles is made importable by hand; a stored set is corrected from the
// library; and two versions are compared.
#include "clauseimport/builtinclausesets.h"
#include "schema/standardschema.h"
#include "clausediffdialog.h"
#include "clauseimportcontroller.h"
#include "clausereviewdialog.h"
#include "clauses/clausesetrepository.h"
#include "clauseimport/clauseimporter.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Kansa;

namespace {

const char *kText = R"(標準特記仕様書
第１条（目的）
受注者は、この仕様書に従い業務を行わなければならない。
第２条（秘密の保持）
受注者は、業務上知り得た秘密を漏らしてはならない。
第３条
（再委託の禁止）
受注者は、業務を第三者に委託してはならない。
第４条（事故の報告）
受注者は、事故が発生したときは、直ちに報告しなければならない。
(1) 事故の内容
(2) 講じた措置
受注者は、原因を調査しなければならない。
- 2 -
)";

} // namespace

class TestClauseReviewDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;
    QWidget m_window;
    ClauseImportController *m_importer = nullptr;
    QString m_file;
    QTimer m_boxes; // answers the message boxes the review shows (why it cannot store yet)
    QStringList m_said;

    /// Runs act on the review when it opens (inside its event loop), then returns whether it
    /// opened and the import finished.
    bool review(const QStringList &files, const std::function<void(ClauseReviewDialog *)> &act)
    {
        bool opened = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *d = qobject_cast<ClauseReviewDialog *>(QApplication::activeModalWidget())) {
                poll.stop();
                opened = true;
                act(d);
                if (d->isVisible())
                    d->done(QDialog::Rejected); // without the question about corrections
            }
        });
        poll.start(20);
        QSignalSpy finished(m_importer, &ClauseImportController::finished);
        m_importer->importFiles(files);
        return finished.wait(20000) && opened;
    }

    static void select(ClauseReviewDialog *d, const QString &startsWith)
    {
        auto *view = d->findChild<QTableView *>(QStringLiteral("linesView"));
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (d->review().lines().at(row).source.text.startsWith(startsWith)) {
                view->setCurrentIndex(view->model()->index(row, 2));
                view->selectRow(row);
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no line ") + startsWith));
    }

    static void click(ClauseReviewDialog *d, const char *button)
    {
        QTest::mouseClick(d->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        m_test = TestDatabase::at(m_dir.filePath(QStringLiteral("r.sqlite")));
        QVERIFY(m_test);
        m_importer = new ClauseImportController(m_test->c(), &m_window);
        connect(&m_boxes, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_said.append(box->text());
                box->accept();
            }
        });
        m_boxes.start(20);
        m_file = m_dir.filePath(QStringLiteral("標準特記仕様書.txt"));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(kText));
    }

    void cancelStoresNothing()
    {
        QSignalSpy imported(m_importer, &ClauseImportController::imported);
        QVERIFY(review({ m_file }, [](ClauseReviewDialog *d) { d->reject(); }));
        QCOMPARE(imported.count(), 0);
        QCOMPARE(ClauseSetRepository(m_test->c()).count(), 2);
    }

    void linesCorrectedWithTheButtonsAreStored()
    {
        QSignalSpy imported(m_importer, &ClauseImportController::imported);
        QVERIFY(review({ m_file }, [](ClauseReviewDialog *d) {
            QCOMPARE(d->review().document().articles.size(), 4);
            select(d, QStringLiteral("（再委託の禁止）"));
            click(d, "headingButton");
            select(d, QStringLiteral("受注者は、原因を調査"));
            click(d, "articleButton"); // split: a fifth article
            QCOMPARE(d->review().document().articles.size(), 5);
            auto *number = d->findChild<QLineEdit *>(QStringLiteral("numberEdit"));
            number->setFocus();
            number->setText(QStringLiteral("第５条")); // typed (keyClicks is ASCII only)
            QTest::keyClick(number, Qt::Key_Return);
            auto *obligations = d->findChild<QListWidget *>(QStringLiteral("obligationList"));
            QCOMPARE(obligations->count(), 1);
            QCOMPARE(obligations->item(0)->checkState(), Qt::Checked);
            obligations->item(0)->setCheckState(Qt::Unchecked);
            select(d, QStringLiteral("- 2 -")); // the selection moves on; the edits stay
            QVERIFY(d->review().isCorrected());
            d->storeButton()->click();
        }));
        QCOMPARE(imported.count(), 1);
        const auto set = ClauseSetRepository(m_test->c()).load(imported.first().at(0).toLongLong());
        QVERIFY(set);
        const ClauseDocument &doc = set->document;
        QCOMPARE(doc.articles.size(), 5);
        QCOMPARE(doc.articles.at(2).heading, QStringLiteral("再委託の禁止"));
        QCOMPARE(doc.articles.at(4).number, QStringLiteral("第５条"));
        QCOMPARE(doc.articles.at(4).paragraphs.at(0).text, QStringLiteral("受注者は、原因を調査しなければならない。"));
        QCOMPARE(doc.articles.at(4).paragraphs.at(0).obligation, false);
        QCOMPARE(set->predecessorId, 0); // the parse itself was never stored
        QCOMPARE(set->sourceHash, ClauseImporter::readFile(m_file).contentHash);
        QVERIFY(set->contentHash != set->sourceHash);
    }

    void aStoredSetIsCorrectedAsANewVersion()
    {
        ClauseSetRepository repo(m_test->c());
        // The file as parsed, then corrected from the library.
        QSignalSpy imported(m_importer, &ClauseImportController::imported);
        QVERIFY(review({ m_file }, [](ClauseReviewDialog *d) { d->storeButton()->click(); }));
        const qint64 parsedId = imported.first().at(0).toLongLong();
        const ClauseSet parsed = *repo.load(parsedId);
        QCOMPARE(parsed.predecessorId, 0);
        QCOMPARE(parsed.contentHash, parsed.sourceHash);

        bool opened = false;
        QTimer::singleShot(0, this, [&] {
            auto *d = qobject_cast<ClauseReviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            opened = true;
            d->storeButton()->click(); // nothing corrected yet: said, not stored
            QVERIFY(d->isVisible());
            select(d, QStringLiteral("第４条"));
            click(d, "continuedButton"); // merge 第４条 into 第３条
            d->storeButton()->click();
        });
        m_importer->correct(parsed);
        QVERIFY(opened);
        QCOMPARE(imported.count(), 2);
        const ClauseSet corrected = *repo.load(imported.at(1).at(0).toLongLong());
        QCOMPARE(corrected.predecessorId, parsedId);
        QCOMPARE(corrected.sourceHash, parsed.sourceHash);
        QCOMPARE(corrected.document.articles.size(), 3);

        // The versions compared: the merged article removed, its text added to 第３条.
        const QString html = ClauseDiffDialog::html(parsed.document, corrected.document);
        QVERIFY2(html.contains(QStringLiteral("第４条")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("text-decoration:underline"))); // words added, marked
        QVERIFY(ClauseDiffDialog::html(parsed.document, parsed.document).contains(QStringLiteral("No differences")));
    }

    // From the fourth QA check: a title erased and Alt+I pressed at once stored a set without a
    // title; the title counts as it is typed. (The button is clicked as Alt+I does: without
    // taking the focus from the field.)
    void theTitleCountsAsItIsTyped()
    {
        QSignalSpy imported(m_importer, &ClauseImportController::imported);
        QVERIFY(review({ m_file }, [this](ClauseReviewDialog *d) {
            auto *title = d->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
            title->setFocus();
            title->selectAll();
            QTest::keyClick(title, Qt::Key_Backspace);
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("title")));
            d->storeButton()->click(); // as Alt+I: the focus stays in the field
            QVERIFY(d->isVisible());
            QVERIFY(m_said.last().contains(QStringLiteral("title")));
            QTest::keyClicks(title, QStringLiteral("Rules 2026"));
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().isEmpty());
            QCOMPARE(title->text(), QStringLiteral("Rules 2026")); // the space stays while typing
            // A number typed and not left is taken by Alt+I.
            select(d, QStringLiteral("第１条"));
            auto *number = d->findChild<QLineEdit *>(QStringLiteral("numberEdit"));
            number->setFocus();
            number->setText(QStringLiteral("Article 1"));
            d->storeButton()->click();
        }));
        QCOMPARE(imported.count(), 1);
        const auto set = ClauseSetRepository(m_test->c()).load(imported.first().at(0).toLongLong());
        QCOMPARE(set->document.title, QStringLiteral("Rules 2026"));
        QCOMPARE(set->document.articles.first().number, QStringLiteral("Article 1"));
    }

    void aDocumentWithoutArticlesIsMarkedByHand()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-articles.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("個人情報の取扱いに関する特記事項\n秘密の保持\n受託者は、秘密を守らなければならない。\n再委託\n受託者は、再委託してはならない。\n").toUtf8());
        f.close();
        QSignalSpy imported(m_importer, &ClauseImportController::imported);
        QVERIFY(review({ path }, [](ClauseReviewDialog *d) {
            QVERIFY(!d->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().isEmpty());
            d->storeButton()->click(); // said why, not stored
            QVERIFY(d->isVisible());
            select(d, QStringLiteral("秘密の保持"));
            click(d, "articleButton");
            select(d, QStringLiteral("再委託"));
            click(d, "articleButton");
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().isEmpty());
            d->storeButton()->click();
        }));
        QCOMPARE(imported.count(), 1);
        const auto set = ClauseSetRepository(m_test->c()).load(imported.first().at(0).toLongLong());
        QCOMPARE(set->document.articles.size(), 2);
        QCOMPARE(set->document.articles.at(1).heading, QStringLiteral("再委託"));
        QCOMPARE(set->document.obligationCount(), 2);
    }
};

QTEST_MAIN(TestClauseReviewDialog)
#include "tst_clausereviewdialog.moc"
