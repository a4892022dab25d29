// Excel workbooks out (the audit's checklist, the follow-up ledger) and in (an office's own
// checklist as a clause set): written with libxlsxwriter, read back with Kansa's own reader.
#include "advisory/advisorylifecycle.h"
#include "advisory/advisoryrepository.h"
#include "settings/documentsettings.h"
#include "advisory/followup.h"
#include "audits/auditrepository.h"
#include "calendar/today.h"
#include "audits/findingrepository.h"
#include "auditdocumentdata.h"
#include "checklistworkbook.h"
#include "clauses/clausesetrepository.h"
#include "demo/demoaudit.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "clauseimport/checklistlayouts.h"
#include "clauseimport/checklistsheet.h"
#include "clauseimport/clauseimporter.h"
#include "clauseimport/xlsxworkbook.h"
#include "clauseimport/zippackage.h"
#include "ledgerworkbook.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "testimages.h"
#include "signoff/signoff.h"
#include "history/historylog.h"
#include "workbookfile.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

using namespace Kansa;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int rowStarting(const XlsxSheet &s, const QStringList &cells)
{
    for (int r = 0; r < s.rows.size(); ++r)
        if (s.rows.at(r).mid(0, cells.size()) == cells)
            return r;
    return -1;
}

// A checklist as offices keep them, written with libxlsxwriter: a title, a header row, an
// article number merged over its rows, a two-line cell, a hidden row and a hidden sheet.
struct ChecklistSpec
{
    QStringList header { QStringLiteral("No"), QStringLiteral("項目"), QStringLiteral("確認事項"), QStringLiteral("対象") };
    int headerRow = 2;
};

QString writeOfficeChecklist(const QString &path, const ChecklistSpec &spec = {})
{
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *hiddenFirst = workbook_add_worksheet(wb, "旧版");
    worksheet_write_string(hiddenFirst, 0, 0, "確認事項", nullptr);
    worksheet_write_string(hiddenFirst, 1, 0, "古い行", nullptr);
    worksheet_hide(hiddenFirst);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "点検表");
    worksheet_activate(ws);
    worksheet_write_string(ws, 0, 0, "委託先情報セキュリティ点検表", nullptr);
    for (int c = 0; c < spec.header.size(); ++c)
        worksheet_write_string(ws, lxw_row_t(spec.headerRow), lxw_col_t(c), spec.header.at(c).toUtf8().constData(), nullptr);
    lxw_format *wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    const int r0 = spec.headerRow + 1;
    // 1: two rows under one merged number and heading.
    worksheet_merge_range(ws, lxw_row_t(r0), 0, lxw_row_t(r0 + 1), 0, "", nullptr);
    worksheet_write_number(ws, lxw_row_t(r0), 0, 1, nullptr);
    worksheet_merge_range(ws, lxw_row_t(r0), 1, lxw_row_t(r0 + 1), 1, "秘密の保持", nullptr);
    worksheet_write_string(ws, lxw_row_t(r0), 2, "業務上知り得た情報を第三者に漏らしていないか。", nullptr);
    worksheet_write_string(ws, lxw_row_t(r0), 3, "○", nullptr);
    worksheet_write_string(ws, lxw_row_t(r0 + 1), 2, "退職者にも守秘義務を課しているか。\n誓約書を取っているか。", wrap);
    worksheet_write_string(ws, lxw_row_t(r0 + 1), 3, "○", nullptr);
    // A hidden row: left out.
    worksheet_write_number(ws, lxw_row_t(r0 + 2), 0, 2, nullptr);
    worksheet_write_string(ws, lxw_row_t(r0 + 2), 2, "削除予定の確認事項", nullptr);
    lxw_row_col_options hidden {};
    hidden.hidden = 1;
    worksheet_set_row_opt(ws, lxw_row_t(r0 + 2), LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
    // 3: one row, not scored.
    worksheet_write_number(ws, lxw_row_t(r0 + 3), 0, 3, nullptr);
    worksheet_write_string(ws, lxw_row_t(r0 + 3), 1, "再委託", nullptr);
    worksheet_write_string(ws, lxw_row_t(r0 + 3), 2, "再委託先の一覧を備えているか（参考）。", nullptr);
    worksheet_write_string(ws, lxw_row_t(r0 + 3), 3, "×", nullptr);
    // 1 again further down: joins article 1.
    worksheet_write_number(ws, lxw_row_t(r0 + 4), 0, 1, nullptr);
    worksheet_write_string(ws, lxw_row_t(r0 + 4), 2, "秘密保持の教育を年１回行っているか。", nullptr);
    worksheet_write_string(ws, lxw_row_t(r0 + 4), 3, "○", nullptr);
    return workbook_close(wb) == LXW_NO_ERROR ? path : QString();
}

} // namespace

class TestWorkbooks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The demo audit with its letter issued (two items with deadlines).
    qint64 demoWithLetter(TestDatabase &o)
    {
        const qint64 audit = DemoAudit::create(o.c(), *o.store);
        for (const auto &[k, v] : { std::pair { "issuer.municipality", "小諸市" }, { "issuer.head_title", "小諸市長" },
                 { "issuer.head_name", "山田　太郎" } })
            DocumentSettings::set(o.c(), QString::fromUtf8(k), QString::fromUtf8(v), nullptr);
        QString error;
        const qint64 letter = AdvisoryLifecycle(o.c()).create(audit, Today::date(), false, true, &error);
        if (!letter || !AdvisoryLifecycle(o.c()).issue(letter, QStringLiteral("小林"), &error))
            qWarning() << error;
        return audit;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void checklistWorkbookReadsBack()
    {
        auto o = TestDatabase::open(m_dir.path(), QStringLiteral("export"));
        QVERIFY(o);
        const qint64 audit = demoWithLetter(*o);
        QVERIFY(audit);
        const QString path = m_dir.filePath(QStringLiteral("checklist.xlsx"));
        QString error;
        QVERIFY2(ChecklistWorkbook::write(o->c(), *o->store, audit, QDate(2026, 11, 20), path, &error), qPrintable(error));

        const QByteArray bytes = readAll(path);
        const XlsxWorkbook::Result book = XlsxWorkbook::read(bytes);
        QVERIFY2(!book.error.isError(), qPrintable(book.error.message()));
        QCOMPARE(book.sheets.size(), 3);
        QCOMPARE(book.sheets.at(0).name, QStringLiteral("チェックリスト"));
        QCOMPARE(book.sheets.at(1).name, QStringLiteral("指摘事項"));
        QCOMPARE(book.sheets.at(2).name, QStringLiteral("写真"));

        // The header block and one row per check item, as stored.
        const XlsxSheet &list = book.sheets.at(0);
        const Audit a = *AuditRepository(o->c()).load(audit);
        QCOMPARE(list.cell(1, 2), a.contractor.name);
        QCOMPARE(list.cell(5, 0), QStringLiteral("実施日"));
        // Issue 24 §8: whether the checklist is signed, and the history it was made from, as
        // the PDFs print them.
        const auto valueOf = [](const XlsxSheet &sheet, const QString &label) {
            for (int r = 0; r < 20; ++r)
                if (sheet.cell(r, 0) == label)
                    return sheet.cell(r, 2);
            return QString();
        };
        QCOMPARE(valueOf(list, QStringLiteral("署名")), QStringLiteral("未署名"));
        QCOMPARE(valueOf(list, QStringLiteral("履歴")), AuditDocumentData::anchorOf(o->c(), audit, false));
        QVERIFY(valueOf(list, QStringLiteral("履歴")).startsWith(QStringLiteral("履歴 ")));
        {
            auto signedBook = TestDatabase::open(m_dir.path(), QStringLiteral("signed"));
            const qint64 s = DemoAudit::create(signedBook->c(), *signedBook->store);
            QVERIFY(SignOff(signedBook->c(), *signedBook->store).sign(s, SignatureRole::Inspector, QStringLiteral("監査　一郎"), {}, TestImages::signaturePng()));
            const QString signedPath = m_dir.filePath(QStringLiteral("signed.xlsx"));
            QVERIFY(ChecklistWorkbook::write(signedBook->c(), *signedBook->store, s, QDate(2026, 11, 20), signedPath, &error));
            const XlsxSheet sheet = XlsxWorkbook::read(readAll(signedPath)).sheets.at(0);
            QVERIFY2(valueOf(sheet, QStringLiteral("署名")).startsWith(QStringLiteral("署名済：調査担当 監査　一郎（")),
                qPrintable(valueOf(sheet, QStringLiteral("署名"))));
            const QString origin = HistoryLog::auditOrigin(signedBook->c(), s);
            QCOMPARE(valueOf(sheet, QStringLiteral("履歴")), HistoryLog::anchor(*HistoryLog::checkpointFor(signedBook->c(), origin, QStringLiteral("signed"))));
        }
        QVERIFY2(list.format(5, 2).contains(QLatin1String("ggge")), qPrintable(list.format(5, 2))); // a date, shown in the era
        QCOMPARE(list.cell(5, 2).toInt(), int(QDate(1899, 12, 30).daysTo(a.date)));
        const int header = rowStarting(list, { QStringLiteral("No"), QStringLiteral("条項"), QStringLiteral("確認事項"),
                                                  QStringLiteral("判定"), QStringLiteral("所見"), QStringLiteral("不適合の内容"),
                                                  QStringLiteral("改善を要する事項"), QStringLiteral("証跡の数"), QStringLiteral("改善期限") });
        QVERIFY(header > 0);
        const QList<CheckItem> items = AuditRepository(o->c()).checkItems(audit);
        const QHash<qint64, Finding> findings = FindingRepository(o->c()).forAudit(audit);
        QCOMPARE(list.rows.size(), header + 1 + items.size());
        int majors = 0, withDeadline = 0;
        for (int i = 0; i < items.size(); ++i) {
            const int r = header + 1 + i;
            const CheckItem &item = items.at(i);
            QCOMPARE(list.cell(r, 0), QString::number(item.ordinal));
            QVERIFY(list.cell(r, 1).startsWith(DocumentSettings::load(o->c()).digitsOf(item.citation())));
            QCOMPARE(list.cell(r, 2), item.text());
            const Verdict v = findings.value(item.id).verdict;
            QCOMPARE(list.cell(r, 3), !item.scored && v == Verdict::Unchecked ? QStringLiteral("（参考）") : AuditDocumentParts::verdictJapanese(v));
            QCOMPARE(list.cell(r, 4), findings.value(item.id).note);
            QCOMPARE(list.cell(r, 7).toInt(), int(EvidenceRepository(o->c(), *o->store).forItem(item.id).size()));
            majors += findings.value(item.id).verdict == Verdict::Major ? 1 : 0;
            if (!list.cell(r, 8).isEmpty()) {
                ++withDeadline;
                QVERIFY(list.format(r, 8).contains(QLatin1String("ggge")));
            }
        }
        QCOMPARE(majors, 1);
        QCOMPARE(withDeadline, 2); // the major and the minor non-conformity

        // The advisory items with their state; the photos as images.
        const XlsxSheet &advice = book.sheets.at(1);
        QCOMPARE(advice.cell(0, 0), QStringLiteral("勧告書番号"));
        QCOMPARE(advice.rows.size(), 3);
        QCOMPARE(advice.cell(1, 3), QStringLiteral("重大"));
        QCOMPARE(advice.cell(1, 8), QStringLiteral("未対応"));
        const XlsxSheet &photos = book.sheets.at(2);
        QVERIFY(photos.cell(1, 3).size() > 0); // a caption or the file's name
        int photoCount = 0;
        for (const Evidence &e : EvidenceRepository(o->c(), *o->store).forAudit(audit))
            photoCount += e.kind == EvidenceKind::Photo ? 1 : 0;
        QVERIFY(photoCount > 0);
        QCOMPARE(photos.rows.size(), 1 + photoCount);

        // What Excel needs for printing and input, in the parts themselves.
        ZipPackage::Error e = ZipPackage::Error::None;
        const auto zip = ZipPackage::open(bytes, &e);
        QVERIFY(zip);
        const QByteArray sheet1 = zip->read(QStringLiteral("xl/worksheets/sheet1.xml")).value_or(QByteArray());
        QVERIFY(sheet1.contains("orientation=\"landscape\""));
        QVERIFY(sheet1.contains("paperSize=\"9\""));
        QVERIFY(sheet1.contains("fitToHeight=\"0\""));
        QVERIFY(sheet1.contains("<dataValidation type=\"list\""));
        QVERIFY(sheet1.contains(QStringLiteral("適合,重大な不適合,軽微な不適合,観察事項,該当なし,未確認").toUtf8()));
        QVERIFY(sheet1.contains("wrapText") || zip->read(QStringLiteral("xl/styles.xml")).value_or(QByteArray()).contains("wrapText"));
        QVERIFY(zip->read(QStringLiteral("xl/workbook.xml")).value_or(QByteArray()).contains("_xlnm.Print_Titles"));
        for (int i = 1; i <= photoCount; ++i)
            QVERIFY2(zip->contains(QStringLiteral("xl/media/image%1.jpeg").arg(i)), qPrintable(QString::number(i)));
    }

    void eraDatesFollowTheSetting()
    {
        auto o = TestDatabase::open(m_dir.path(), QStringLiteral("western"));
        QVERIFY(o);
        const qint64 audit = DemoAudit::create(o->c(), *o->store);
        QVERIFY(DocumentSettings::set(o->c(), QStringLiteral("workbook.era_dates"), QStringLiteral("0"), nullptr));
        const QString path = m_dir.filePath(QStringLiteral("western.xlsx"));
        QVERIFY(ChecklistWorkbook::write(o->c(), *o->store, audit, QDate(2026, 11, 20), path));
        const XlsxWorkbook::Result book = XlsxWorkbook::read(readAll(path));
        QCOMPARE(book.sheets.value(0).format(5, 2), QStringLiteral("yyyy/mm/dd"));
    }

    void ledgerWorkbookReadsBack()
    {
        auto o = TestDatabase::open(m_dir.path(), QStringLiteral("ledger"));
        QVERIFY(o);
        QVERIFY(demoWithLetter(*o));
        const QDate today = Today::date().addDays(20); // after the first deadline (14 days)
        const QList<DueItem> rows = FollowUp(o->c(), *o->store).ledger(today);
        QCOMPARE(rows.size(), 2);
        const QString path = m_dir.filePath(QStringLiteral("ledger.xlsx"));
        QString error;
        QVERIFY2(LedgerWorkbook::write(rows, today, DocumentSettings::load(o->c()), path, &error), qPrintable(error));
        const XlsxWorkbook::Result book = XlsxWorkbook::read(readAll(path));
        QVERIFY(!book.error.isError());
        const XlsxSheet &s = book.sheets.value(0);
        QCOMPARE(s.name, QStringLiteral("フォローアップ台帳"));
        QCOMPARE(s.cell(0, 0), QStringLiteral("改善勧告事項フォローアップ台帳"));
        const int header = rowStarting(s, { QStringLiteral("勧告書番号"), QStringLiteral("項"), QStringLiteral("事業者") });
        QVERIFY(header > 0);
        for (int i = 0; i < rows.size(); ++i) {
            const int r = header + 1 + i;
            QCOMPARE(s.cell(r, 0), rows.at(i).documentNumber);
            QCOMPARE(s.cell(r, 2), rows.at(i).contractor);
            QCOMPARE(s.cell(r, 7).toInt(), int(QDate(1899, 12, 30).daysTo(rows.at(i).item.deadline)));
            QCOMPARE(s.cell(r, 8).toInt(), rows.at(i).daysLeft);
        }
        QVERIFY(s.cell(header + 1, 8).toInt() < 0); // overdue
    }

    void writingReplacesTheFileWhole()
    {
        auto o = TestDatabase::open(m_dir.path(), QStringLiteral("replace"));
        QVERIFY(o);
        const qint64 audit = DemoAudit::create(o->c(), *o->store);
        const QString path = m_dir.filePath(QStringLiteral("replace.xlsx"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file");
        old.close();
        QVERIFY(ChecklistWorkbook::write(o->c(), *o->store, audit, QDate(2026, 11, 20), path));
        QVERIFY(!XlsxWorkbook::read(readAll(path)).error.isError());
        // A folder that does not exist: refused with a reason, nothing half-written.
        QString error;
        QVERIFY(!ChecklistWorkbook::write(o->c(), *o->store, audit, QDate(2026, 11, 20),
            m_dir.filePath(QStringLiteral("missing/x.xlsx")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ChecklistWorkbook::write(o->c(), *o->store, 9999, QDate(2026, 11, 20), path, &error));
    }

    void officeChecklistImports()
    {
        const QString path = writeOfficeChecklist(m_dir.filePath(QStringLiteral("office.xlsx")));
        QVERIFY(!path.isEmpty());
        const ClauseImporter::Result r = ClauseImporter::readFile(path);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
        QVERIFY(r.layoutFound);
        QCOMPARE(r.layout.sheet, QStringLiteral("点検表"));
        QCOMPARE(r.layout.headerRow, 2);
        QCOMPARE(r.layout.columns, (ChecklistColumns { 0, 1, 2, 3 }));
        const ClauseDocument &d = r.document;
        QCOMPARE(d.title, QStringLiteral("委託先情報セキュリティ点検表"));
        QCOMPARE(d.articles.size(), 2); // 1 (three rows: merged, and again below) and 3; 2 is hidden
        QCOMPARE(d.articles.at(0).number, QStringLiteral("第1"));
        QCOMPARE(d.articles.at(0).heading, QStringLiteral("秘密の保持"));
        QCOMPARE(d.articles.at(0).paragraphs.size(), 3);
        QCOMPARE(d.articles.at(0).paragraphs.at(1).text, QStringLiteral("退職者にも守秘義務を課しているか。\n誓約書を取っているか。"));
        QCOMPARE(d.articles.at(0).paragraphs.at(2).text, QStringLiteral("秘密保持の教育を年１回行っているか。"));
        QCOMPARE(d.articles.at(1).number, QStringLiteral("第3"));
        QCOMPARE(d.articles.at(1).paragraphs.at(0).obligation, false); // ×
        QCOMPARE(d.obligationCount(), 3);
        QVERIFY(!r.text.contains(QStringLiteral("削除予定")));
        QVERIFY(!r.text.contains(QStringLiteral("古い行")));
    }

    void headerWords_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("expected"); // ChecklistColumns::spec()
        QTest::newRow("usual") << QStringList { QString::fromUtf8("No"), QString::fromUtf8("項目"), QString::fromUtf8("確認事項"), QString::fromUtf8("対象") } << QString::fromUtf8("number=A,heading=B,text=C,scored=D");
        QTest::newRow("full-width No, spaces") << QStringList { QString::fromUtf8("Ｎｏ．"), QString::fromUtf8("見 出 し"), QString::fromUtf8("確認内容") } << QString::fromUtf8("number=A,heading=B,text=C");
        QTest::newRow("チェック項目 is text, not heading") << QStringList { QString::fromUtf8("番号"), QString::fromUtf8("チェック項目") } << QString::fromUtf8("number=A,text=B");
        QTest::newRow("条項 and 内容") << QStringList { QString::fromUtf8(""), QString::fromUtf8("条項"), QString::fromUtf8("分類"), QString::fromUtf8("内容"), QString::fromUtf8("評価対象") } << QString::fromUtf8("number=B,heading=C,text=D,scored=E");
        QTest::newRow("text only") << QStringList { QString::fromUtf8("点検項目") } << QString::fromUtf8("text=A");
        QTest::newRow("words inside longer headers") << QStringList { QString::fromUtf8("項番"), QString::fromUtf8("確認事項（具体的内容）") } << QString::fromUtf8("number=A,text=B");
        QTest::newRow("a colon after the word") << QStringList { QString::fromUtf8("No:"), QString::fromUtf8("確認事項：") } << QString::fromUtf8("number=A,text=B");
    }
    // Office layouts found in a trial (issue 26): which columns are read, and the articles
    // with their numbers and check-item counts.
    void officeLayouts_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QStringList>("articles"); // number:items
        // Rows as 「cell|cell|…」; A, B, C stand for long check texts.
        const auto rows = [](std::initializer_list<const char *> lines) {
            QList<QStringList> out;
            for (const char *line : lines) {
                QStringList cells = QString::fromUtf8(line).split(u'|');
                for (QString &cell : cells)
                    cell.replace(QStringLiteral("A"), QStringLiteral("ポリシーを遵守しているか。"))
                        .replace(QStringLiteral("B"), QStringLiteral("規程を整備しているか。"))
                        .replace(QStringLiteral("C"), QStringLiteral("責任者を置いているか。"));
                out << cells;
            }
            return out;
        };
        const auto list = [](const char *text) { return QString::fromUtf8(text).split(u' '); };
        QTest::newRow("確認項目 (short) and 確認内容 (long): the longer is the text")
            << rows({ "No|条項|確認項目|確認内容", "1|第1条|基本|A", "2|第1条|基本|B", "3|第3条|体制|C" })
            << QStringLiteral("number=B,heading=C,text=D") << list("第1条:2 第3条:1");
        QTest::newRow("the article under 特記事項, found from its 第N条")
            << rows({ "No|特記事項|項目|確認内容", "1|第1条|基本|A", "2|第1条|基本|B", "3|第6条|体制|C" })
            << QStringLiteral("number=B,heading=C,text=D") << list("第1条:2 第6条:1");
        QTest::newRow("根拠条文 (a text word) holding 第N条 is the article")
            << rows({ "No.|根拠条文|見出し|確認内容", "1|第1条|基本|A", "2|第3条|体制|B", "3|第3条|体制|C" })
            << QStringLiteral("number=B,heading=C,text=D") << list("第1条:1 第3条:2");
        QTest::newRow("bare numbers under 条項 beside a running No")
            << rows({ "No|条項|項目|確認内容", "1|1|基本|A", "2|1|基本|B", "3|3|体制|C" })
            << QStringLiteral("number=B,heading=C,text=D") << list("第1:2 第3:1");
        QTest::newRow("bare numbers on an article's first row only")
            << rows({ "No|条|項目|確認内容", "1|1|基本|A", "2|||B", "3|2|体制|C" })
            << QStringLiteral("number=B,heading=C,text=D") << list("第1:2 第2:1");
        QTest::newRow("a paragraph cited after the article (第1条第2項, 第3条(1))")
            << rows({ "No|条項|項目|確認内容", "1|第1条第1項|基本|A", "2|第1条第2項|基本|B", "3|第3条(1)|体制|C" })
            << QStringLiteral("number=B,heading=C,text=D") << list("第1条:2 第3条:1");
        QTest::newRow("the document's name before the article (特記事項第1条)")
            << rows({ "No|条項|項目|確認内容", "1|特記事項第1条|基本|A", "2|特記事項第1条第2項|基本|B", "3|特記事項第6条|体制|C" })
            << QStringLiteral("number=B,heading=C,text=D") << list("第1条:2 第6条:1");
        QTest::newRow("two header rows: 確認事項 over 項目 and 内容")
            << rows({ "No|条項|確認事項|確認事項|評価", "No|条項|項目|内容|評価", "1|第1条|体制|A", "2|第1条|体制|B", "3|第2条|秘密|C" })
            << QStringLiteral("number=B,heading=C,text=D") << list("第1条:2 第2条:1");
    }
    void officeLayouts()
    {
        QFETCH(QList<QStringList>, rows);
        QFETCH(QString, spec);
        QFETCH(QStringList, articles);
        XlsxSheet s;
        s.name = QStringLiteral("Sheet1");
        s.rows = QList<QStringList> { { QStringLiteral("委託先監査チェックリスト") } } + rows;
        for (qsizetype i = 0; i < s.rows.size(); ++i)
            s.hiddenRows << false;
        const ChecklistSheet::Result r = ChecklistSheet::read({ s }, {}, QStringLiteral("t"));
        QVERIFY2(!r.error.isError(), qPrintable(r.description));
        QCOMPARE(r.layout.columns.spec(), spec);
        QStringList got;
        for (const Article &article : r.document.articles)
            got << QStringLiteral("%1:%2").arg(article.number).arg(article.paragraphs.size());
        QCOMPARE(got, articles);
    }

    void headerWords()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, expected);
        XlsxSheet s;
        s.name = QStringLiteral("s");
        s.rows = { { QStringLiteral("表題") }, header, { QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") } };
        s.hiddenRows = { false, false, false };
        QCOMPARE(ChecklistSheet::detectHeaderRow(s), 1);
        const auto c = ChecklistSheet::detectColumns(s, 1);
        QVERIFY(c);
        QCOMPARE(c->spec(), expected);
    }

    // Issue 26: a running row number (No) before an article column (条項: 第1条, 第1条, 第2条 …)
    // was taken as the article number, one article per row. A column of article references is
    // the article; a plain 1…N, one value per row, is a row number.
    void aRowNumberIsNotTheArticle_data()
    {
        QTest::addColumn<QStringList>("articles");
        QTest::addColumn<QString>("expectedSpec");
        QTest::addColumn<int>("expectedArticles");
        QTest::newRow("第N条") << QStringList { QStringLiteral("第1条"), QStringLiteral("第1条"), QStringLiteral("第2条"), QStringLiteral("第3条"), QStringLiteral("第3条") }
                             << QStringLiteral("number=B,heading=C,text=D") << 3;
        QTest::newRow("第N") << QStringList { QStringLiteral("第１"), QStringLiteral("第２"), QStringLiteral("第２"), QStringLiteral("第２"), QStringLiteral("第３") }
                            << QStringLiteral("number=B,heading=C,text=D") << 3;
        QTest::newRow("N条") << QStringList { QStringLiteral("1条"), QStringLiteral("1条"), QStringLiteral("2条"), QStringLiteral("2条"), QStringLiteral("4条") }
                            << QStringLiteral("number=B,heading=C,text=D") << 3;
    }
    void aRowNumberIsNotTheArticle()
    {
        QFETCH(QStringList, articles);
        QFETCH(QString, expectedSpec);
        QFETCH(int, expectedArticles);
        XlsxSheet s;
        s.name = QStringLiteral("チェックリスト");
        s.rows = { { QStringLiteral("No"), QStringLiteral("条項"), QStringLiteral("見出し"), QStringLiteral("確認事項"), QStringLiteral("確認方法"), QStringLiteral("評価") } };
        for (int i = 0; i < articles.size(); ++i)
            s.rows << QStringList { QString::number(i + 1), articles.at(i), QStringLiteral("見出し%1").arg(articles.at(i)),
                QStringLiteral("受託者は、確認事項%1を守らなければならない。").arg(i + 1), QStringLiteral("書面"), QString() };
        for (int i = 0; i < s.rows.size(); ++i)
            s.hiddenRows << false;
        const auto c = ChecklistSheet::detectColumns(s, 0);
        QVERIFY(c);
        QCOMPARE(c->spec(), expectedSpec);
        const ChecklistSheet::Result r = ChecklistSheet::read({ s }, {}, QStringLiteral("x"));
        QCOMPARE(r.document.articles.size(), expectedArticles);
        int items = 0;
        for (const Article &a : r.document.articles)
            items += int(a.paragraphs.size());
        QCOMPARE(items, articles.size()); // every row a check item of its article
    }

    void columnSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected"); // "" = refused
        QTest::newRow("all four") << QString::fromUtf8("number=B,heading=C,text=D,scored=E") << QString::fromUtf8("number=B,heading=C,text=D,scored=E");
        QTest::newRow("text only, lower case") << QString::fromUtf8("text=d") << QString::fromUtf8("text=D");
        QTest::newRow("two letters") << QString::fromUtf8("number=AA,text=AB") << QString::fromUtf8("number=AA,text=AB");
        QTest::newRow("no text") << QString::fromUtf8("number=B,heading=C") << QString::fromUtf8("");
        QTest::newRow("unknown role") << QString::fromUtf8("text=D,page=E") << QString::fromUtf8("");
        QTest::newRow("not a column") << QString::fromUtf8("text=4") << QString::fromUtf8("");
        QTest::newRow("one column twice") << QString::fromUtf8("number=B,text=B") << QString::fromUtf8("");
        QTest::newRow("past XFD") << QString::fromUtf8("text=ZZZZ") << QString::fromUtf8("");
        QTest::newRow("empty") << QString::fromUtf8("") << QString::fromUtf8("");
    }
    void columnSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        QString why;
        const auto c = ChecklistColumns::parse(spec, &why);
        QCOMPARE(c ? c->spec() : QString(), expected);
        QCOMPARE(why.isEmpty(), !expected.isEmpty());
    }

    void givenAndRememberedLayouts()
    {
        // A form without the usual words: found nothing; given columns read it; then remembered.
        ChecklistSpec spec;
        spec.header = { QStringLiteral("#A"), QStringLiteral("区"), QStringLiteral("問い"), QStringLiteral("要") };
        const QString path = writeOfficeChecklist(m_dir.filePath(QStringLiteral("odd.xlsx")), spec);
        const ClauseImporter::Result none = ClauseImporter::readFile(path);
        QCOMPARE(none.error.code, ImportError::NotAChecklist);
        ChecklistSheet::Options given;
        given.sheet = QStringLiteral("点検表");
        given.headerRow = 2;
        given.columns = ChecklistColumns { 0, 1, 2, -1 };
        const ClauseImporter::Result r = ClauseImporter::readFile(path, {}, given);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
        QCOMPARE(r.document.articles.size(), 2);
        QCOMPARE(r.document.obligationCount(), 4); // no scored column: every row

        auto o = TestDatabase::open(m_dir.path(), QStringLiteral("layouts"));
        QVERIFY(o);
        QVERIFY(ChecklistLayouts::save(o->c(), r.layoutKey, r.layout));
        ChecklistSheet::Options next;
        next.remembered = ChecklistLayouts::lookup(o->c());
        const ClauseImporter::Result again = ClauseImporter::readFile(path, {}, next);
        QVERIFY2(!again.error.isError(), qPrintable(again.error.message()));
        QVERIFY(again.layoutRemembered);
        QCOMPARE(again.document, r.document);

        ChecklistSheet::Options pastEnd = given;
        pastEnd.headerRow = 98;
        const ClauseImporter::Result below = ClauseImporter::readFile(path, {}, pastEnd);
        QCOMPARE(below.error.code, ImportError::HeaderRowPastEnd);
        QVERIFY(below.error.message().contains(QStringLiteral("点検表")));

        ChecklistSheet::Options wrongSheet;
        wrongSheet.sheet = QStringLiteral("ない");
        const ClauseImporter::Result missing = ClauseImporter::readFile(path, {}, wrongSheet);
        QCOMPARE(missing.error.code, ImportError::SheetMissing);
        QVERIFY(missing.error.message().contains(QStringLiteral("点検表")));
    }

    void anImportedChecklistRunsAnAudit()
    {
        const QString path = writeOfficeChecklist(m_dir.filePath(QStringLiteral("run.xlsx")));
        const ClauseImporter::Result r = ClauseImporter::readFile(path);
        QVERIFY(!r.error.isError());
        auto o = TestDatabase::open(m_dir.path(), QStringLiteral("run"));
        QVERIFY(o);
        const auto stored = ClauseSetRepository(o->c()).storeImported(r.document, r.document, r.contentHash, r.sourceName);
        QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
        Audit a;
        a.clauseSetId = stored.id;
        a.contractor.name = QStringLiteral("株式会社テスト");
        a.date = QDate(2026, 11, 20);
        a.leadInspector = QStringLiteral("小林");
        QString error;
        const auto set = ClauseSetRepository(o->c()).load(stored.id);
        QVERIFY(set);
        const qint64 audit = AuditRepository(o->c()).create(a, *set, &error);
        QVERIFY2(audit, qPrintable(error));
        const QList<CheckItem> items = AuditRepository(o->c()).checkItems(audit);
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(1).paragraphText, QStringLiteral("退職者にも守秘義務を課しているか。\n誓約書を取っているか。"));
        QVERIFY(FindingRepository(o->c()).setVerdict(audit, items.at(0).id, Verdict::Conforming));
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        auto utf16 = [](const char *s) {
            QByteArray b;
            for (; *s; ++s)
                b.append(*s).append('\0');
            return b;
        };
        QTest::newRow("legacy .xls") << ole + QByteArray(500, '\0') + utf16("Workbook") << QString::fromUtf8("old.xls") << int(ImportError::SpreadsheetLegacy);
        QTest::newRow("password-protected .xlsx") << ole + QByteArray(500, '\0') + utf16("EncryptedPackage") << QString::fromUtf8("locked.xlsx")
                                                  << int(ImportError::OfficeEncrypted);
        QTest::newRow("truncated zip") << QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x') << QString::fromUtf8("cut.xlsx") << int(ImportError::SpreadsheetDamaged);
        QTest::newRow("text named .xlsx") << QByteArray("hello\n") << QString::fromUtf8("text.xlsx") << int(ImportError::SpreadsheetDamaged);
    }
    void refusedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(int, code);
        const ClauseImporter::Result r = ClauseImporter::readBytes(bytes, name);
        QCOMPARE(int(r.error.code), code);
        QVERIFY(!r.error.message().isEmpty());
    }

    void notAChecklist()
    {
        // A workbook of numbers (a budget): no header words, nothing imported.
        const QString path = m_dir.filePath(QStringLiteral("budget.xlsx"));
        lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, "予算");
        for (int r = 0; r < 20; ++r)
            for (int c = 0; c < 5; ++c)
                worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), r * c, nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        const ClauseImporter::Result r = ClauseImporter::readFile(path);
        QCOMPARE(r.error.code, ImportError::NotAChecklist);
        QVERIFY(r.error.message().contains(QStringLiteral("予算")));
    }

    void damagedWorkbooksNeverCrash()
    {
        // Every byte position cut, and random bytes changed: an error or a document, never a crash.
        const QByteArray good = readAll(writeOfficeChecklist(m_dir.filePath(QStringLiteral("fuzz.xlsx"))));
        QVERIFY(!good.isEmpty());
        QRandomGenerator rng(14);
        int refused = 0;
        for (int i = 0; i < 400; ++i) {
            QByteArray bad = good;
            if (i % 2)
                bad.truncate(rng.bounded(good.size()));
            else
                for (int k = 0; k < 8; ++k)
                    bad[rng.bounded(bad.size())] = char(rng.bounded(256));
            const ClauseImporter::Result r = ClauseImporter::readBytes(bad, QStringLiteral("bad.xlsx"));
            refused += r.error.isError() ? 1 : 0;
            QVERIFY(r.error.isError() || !r.document.articles.isEmpty());
        }
        QVERIFY(refused > 200);
    }
};

QTEST_GUILESS_MAIN(TestWorkbooks)
#include "tst_workbooks.moc"
