// Issue 10 part 6: the inspection report as a municipality files it — （参考） for informational
// paragraphs, the issuing office and the 決裁欄 (switchable), the lead inspector once, printing
// that keeps text as text, and no table cut by a page boundary when it fits on a page.
#include "settings/documentsettings.h"
#include "schema/standardschema.h"
#include "advisoryletter.h"
#include "audits/auditrepository.h"
#include "demo/demoaudit.h"
#include "documentexport.h"
#include "documentfonts.h"
#include "documentwriter.h"
#include "pagebreaks.h"
#include "evidence/evidencestore.h"
#include "clauseimport/builtinclausesets.h"
#include "clauseimport/pdftextextractor.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

using namespace Kansa;

namespace {
QString textOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return PdfTextExtractor::extract(f.readAll()).text.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
}
} // namespace

class TestReportFiled : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;
    qint64 m_audit = 0;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(DocumentFonts::ensureLoaded(&error), qPrintable(error));
        m_test = TestDatabase::at(m_dir.filePath(QStringLiteral("r.sqlite")));
        QVERIFY(m_test);
        m_audit = DemoAudit::create(m_test->c(), *m_test->store);
        QVERIFY(m_audit);
        Audit a = *AuditRepository(m_test->c()).load(m_audit);
        a.members.prepend(a.leadInspector); // listed among the members too
        QVERIFY(AuditRepository(m_test->c()).update(a, &error));
        QVERIFY(DocumentSettings::set(m_test->c(), QStringLiteral("issuer.municipality"), QStringLiteral("小諸市"), &error));
        QVERIFY(DocumentSettings::set(m_test->c(), QStringLiteral("issuer.department"), QStringLiteral("総務部情報政策課"), &error));
    }

    void reportShowsIssuerApprovalAndReference()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY2(DocumentExport(m_test->c(), *m_test->store).writePdf(DocumentKind::Report, m_audit, path, &error), qPrintable(error));
        const QString text = textOf(path);
        QVERIFY(text.contains(QStringLiteral("小諸市")));
        QVERIFY(text.contains(QStringLiteral("総務部情報政策課")));
        QVERIFY(text.contains(QStringLiteral("課長係長担当")));
        QVERIFY(text.contains(QStringLiteral("第２（参考）（参考）"))); // 第２ is informational
        QVERIFY(!text.contains(QStringLiteral("第２（参考）未確認")));
        const Audit a = *AuditRepository(m_test->c()).load(m_audit);
        QCOMPARE(text.count(QString(a.leadInspector).remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")))), 1);

        QVERIFY(DocumentSettings::set(m_test->c(), QStringLiteral("report.approval_boxes"), QStringLiteral("0"), &error));
        QVERIFY(DocumentExport(m_test->c(), *m_test->store).writePdf(DocumentKind::Report, m_audit, path, &error));
        QVERIFY(!textOf(path).contains(QStringLiteral("課長係長担当")));
        QVERIFY(DocumentSettings::set(m_test->c(), QStringLiteral("report.approval_boxes"), QStringLiteral("1"), &error));
    }

    void noTableThatFitsAPageIsCut()
    {
        QString error;
        std::optional<DocumentExport::Rendered> r = DocumentExport(m_test->c(), *m_test->store).render(DocumentKind::Report, m_audit, &error);
        QVERIFY(r);
        const QString path = m_dir.filePath(QStringLiteral("t.pdf"));
        QVERIFY(DocumentExport::writePdf(*r, path, &error)); // lays it out on A4 pages
        QTextDocument &doc = *r->document;
        const qreal page = doc.pageSize().height();
        int tables = 0;
        for (QTextFrame *f : doc.rootFrame()->childFrames()) {
            const QRectF rect = doc.documentLayout()->frameBoundingRect(f);
            if (!qobject_cast<QTextTable *>(f) || rect.height() > page)
                continue;
            ++tables;
            QVERIFY2(std::floor(rect.top() / page) == std::floor((rect.bottom() - 1) / page),
                qPrintable(QStringLiteral("table at %1–%2 crosses a page").arg(rect.top()).arg(rect.bottom())));
        }
        QVERIFY(tables > 10);
    }

    // A heading is never the last thing on a page: it starts the page its content starts on.
    // (QA of issue 28: 「確認結果」 stood alone at the foot of the report's first page, its first
    // article moved to the next page with its table.)
    void aHeadingIsNeverLastOnAPage()
    {
        QString error;
        std::optional<DocumentExport::Rendered> r = DocumentExport(m_test->c(), *m_test->store).render(DocumentKind::Report, m_audit, &error);
        QVERIFY(r);
        QVERIFY(DocumentExport::writePdf(*r, m_dir.filePath(QStringLiteral("h.pdf")), &error));
        QTextDocument &doc = *r->document;
        QAbstractTextDocumentLayout *layout = doc.documentLayout();
        const qreal page = doc.pageSize().height();
        int headings = 0;
        QTextBlock heading;
        for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
            const qreal top = it.currentBlock().isValid() ? layout->blockBoundingRect(it.currentBlock()).top()
                                                          : layout->frameBoundingRect(it.currentFrame()).top();
            if (heading.isValid()) { // what follows the heading
                const qreal headingTop = layout->blockBoundingRect(heading).top();
                QVERIFY2(std::floor(headingTop / page) == std::floor(top / page),
                    qPrintable(QStringLiteral("「%1」 on page %2, what follows it on page %3")
                                   .arg(heading.text()).arg(int(headingTop / page) + 1).arg(int(top / page) + 1)));
                ++headings;
                heading = {};
            }
            if (it.currentBlock().isValid() && it.currentBlock().blockFormat().headingLevel() > 0
                && !it.currentBlock().text().trimmed().isEmpty())
                heading = it.currentBlock();
        }
        QVERIFY(headings >= 10);
    }

    // A checklist row never splits across pages: the table continues on the next page under a
    // copy of its header, and the page says 「（続き）」 above it. (The trial's checklist cut
    // 第８ between pages 1 and 2.)
    void checklistRowsAreNeverCut()
    {
        QString error;
        std::optional<DocumentExport::Rendered> r = DocumentExport(m_test->c(), *m_test->store).render(DocumentKind::Checklist, m_audit, &error);
        QVERIFY(r);
        const QString path = m_dir.filePath(QStringLiteral("c.pdf"));
        const int pages = DocumentExport::writePdf(*r, path, &error);
        QVERIFY2(pages >= 2, qPrintable(error));
        QTextDocument &doc = *r->document;
        const qreal page = doc.pageSize().height();
        int rows = 0;
        int continuations = 0;
        for (QTextFrame *f : doc.rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(f);
            if (!table || table->columns() != 5) // the checklist's table, not the header's
                continue;
            // A page it continues on: the first page of a table split off from the one before,
            // and every further page a table runs on to (whole rows, under its repeated header).
            const QRectF box = doc.documentLayout()->frameBoundingRect(table);
            continuations += table->format().boolProperty(PageBreaks::ContinuedProperty)
                + int((box.bottom() - 1) / page) - int(box.top() / page);
            for (int row = table->format().headerRowCount(); row < table->rows(); ++row) {
                // Blocks, not cursors: a cursor would shape text for the PDF writer, gone by now.
                const QTextTableCell cell = table->cellAt(row, 2);
                const qreal top = doc.documentLayout()->blockBoundingRect(doc.findBlock(cell.firstPosition())).top();
                const qreal bottom = doc.documentLayout()->blockBoundingRect(doc.findBlock(cell.lastPosition())).bottom();
                ++rows;
                QVERIFY2(std::floor(top / page) == std::floor((bottom - 1) / page),
                    qPrintable(QStringLiteral("row %1 at %2–%3 crosses a page").arg(row).arg(top).arg(bottom)));
            }
        }
        QVERIFY(rows >= 20);
        QVERIFY(continuations >= 1);
        const QString text = textOf(path);
        QCOMPARE(text.count(QStringLiteral("（続き）")), continuations);
        QCOMPARE(text.count(QStringLiteral("確認事項")), continuations + 1); // the header on every page
    }

    // A row taller than a page has to split; it goes on under the repeated header, and the page
    // it goes on on says 「（続き）」.
    void rowTallerThanAPageContinues()
    {
        QTextDocument doc;
        doc.setDefaultFont(DocumentFonts::mincho());
        QTextCursor c(&doc);
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        QTextTable *table = c.insertTable(3, 2, format);
        table->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("番号"));
        table->cellAt(0, 1).firstCursorPosition().insertText(QStringLiteral("見出し"));
        table->cellAt(1, 1).firstCursorPosition().insertText(QStringLiteral("短い行"));
        QStringList lines;
        for (int i = 0; i < 160; ++i)
            lines.append(QStringLiteral("長い行の%1行目").arg(i));
        table->cellAt(2, 1).firstCursorPosition().insertText(lines.join(QChar::ParagraphSeparator));
        const QString path = m_dir.filePath(QStringLiteral("tall.pdf"));
        QString error;
        const int pages = DocumentWriter::writePdf(doc, path, {}, &error);
        QVERIFY2(pages >= 3, qPrintable(error));
        const QString text = textOf(path);
        QCOMPARE(text.count(QStringLiteral("見出し")), pages); // repeated on every page
        QCOMPARE(text.count(QStringLiteral("（続き）")), pages - 1);
        QVERIFY(text.contains(QStringLiteral("長い行の159行目")));
    }

    // When the items table does not fit below the body it starts the next page, and 記 goes
    // with it instead of staying alone at the foot of the first page.
    void kiGoesWithTheItemsTable()
    {
        AdvisoryLetter::Input in;
        in.audit = *AuditRepository(m_test->c()).load(m_audit);
        in.settings = DocumentSettings::load(m_test->c());
        in.advisory.issuedOn = QDate(2026, 11, 24);
        in.advisory.documentNumber = QStringLiteral("小諸市情第１号");
        in.advisory.body = QStringLiteral("　本文の段落です。").repeated(120);
        for (int i = 1; i <= 8; ++i) {
            AdvisoryItem item;
            item.ordinal = i;
            item.clause = QStringLiteral("第１０第２項");
            item.finding = QStringLiteral("指摘の内容。").repeated(8);
            item.improvement = QStringLiteral("改善の内容。").repeated(8);
            item.deadline = QDate(2026, 12, 24);
            in.advisory.items.append(item);
        }
        std::unique_ptr<QTextDocument> doc = AdvisoryLetter::build(in);
        QString error;
        QVERIFY2(DocumentWriter::writePdf(*doc, m_dir.filePath(QStringLiteral("ki.pdf")), {}, &error) >= 2, qPrintable(error));
        const qreal page = doc->pageSize().height();
        const QList<QTextFrame *> frames = doc->rootFrame()->childFrames();
        QVERIFY(frames.size() >= 2);
        QTextFrame *items = frames.at(frames.size() - 2);
        const QTextBlock ki = doc->findBlock(items->firstPosition() - 1);
        QCOMPARE(ki.text(), QStringLiteral("記"));
        const int tablePage = int(doc->documentLayout()->frameBoundingRect(items).top() / page);
        QCOMPARE(tablePage, 1); // moved to the second page
        QCOMPARE(int(doc->documentLayout()->blockBoundingRect(ki).top() / page), tablePage);
        // The trial's 「第１０第２/項」: a clause reference stays on one line in its column.
        auto *table = qobject_cast<QTextTable *>(items);
        QVERIFY(table);
        const QTextBlock clause = doc->findBlock(table->cellAt(1, 1).firstPosition());
        QCOMPARE(clause.text(), QStringLiteral("第１０第２項"));
        QCOMPARE(clause.layout()->lineCount(), 1);
    }

    void printingKeepsText()
    {
        QString error;
        std::optional<DocumentExport::Rendered> r = DocumentExport(m_test->c(), *m_test->store).render(DocumentKind::Report, m_audit, &error);
        QVERIFY(r);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        QVERIFY(DocumentWriter::paint(*r->document, printer, { r->title, true }) >= 2);
        QVERIFY(textOf(path).contains(QStringLiteral("実地調査結果報告書"))); // text, not page images
    }
};

QTEST_MAIN(TestReportFiled)
#include "tst_reportfiled.moc"
