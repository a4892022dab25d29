// The printed documents, read back with Poppler: text exactly as written (every JIS X 0208
// kanji), fonts embedded, page counts, era dates and deadlines, pages rendered to PNG.
#include "htmltext.h"
#include "schema/standardschema.h"
#include "history/historylog.h"
#include "advisory/advisorylifecycle.h"
#include "advisory/advisoryrepository.h"
#include "clauseimport/builtinclausesets.h"
#include "storage/database.h"
#include "demo/demoaudit.h"
#include "documentexport.h"
#include "documentfonts.h"
#include "settings/documentsettings.h"
#include "documentwriter.h"
#include "evidence/evidencestore.h"
#include "audits/findingrepository.h"
#include "audits/auditrepository.h"
#include "pdf/pdfdocument.h"
#include "clauseimport/pdftextextractor.h"
#include "signoff/signoff.h"
#include "testimages.h"
#include "testdatabase.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QImage>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>

using namespace Kansa;

namespace {

QString extract(const QString &path, int *pages = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const PdfTextExtractor::Result r = PdfTextExtractor::extract(f.readAll());
    if (pages)
        *pages = r.pageCount;
    return r.text;
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

QStringList fontsOf(const QString &path, bool *allEmbedded)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QStringList names;
    *allEmbedded = doc != nullptr;
    if (!doc)
        return names;
    for (const Poppler::FontInfo &f : doc->fonts()) {
        names << f.name();
        *allEmbedded = *allEmbedded && f.isEmbedded();
    }
    return names;
}

// Names as the PDF gives them: "QCBAAA+KansaMincho" (a subset, on Linux), "KansaMinchoRegular"
// (Windows' font engine names the style too).
bool onlyKansaFonts(const QStringList &fonts)
{
    const QString mincho = DocumentFonts::mincho().remove(u' ');
    const QString gothic = DocumentFonts::gothic().remove(u' ');
    return !fonts.isEmpty() && std::all_of(fonts.begin(), fonts.end(), [&](const QString &f) {
        const QString name = f.mid(f.indexOf(u'+') + 1);
        return name.startsWith(mincho) || name.startsWith(gothic);
    });
}

// A page is drawn when a good share of it is not white.
double inkRatio(const QImage &page)
{
    qint64 ink = 0;
    for (int y = 0; y < page.height(); y += 2)
        for (int x = 0; x < page.width(); x += 2)
            ink += qGray(page.pixel(x, y)) < 200;
    return double(ink) / (double(page.width() / 2) * double(page.height() / 2));
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;
    qint64 m_audit = 0;

    QString out(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        // KANSA_KEEP_OUTPUT=1 keeps the PDFs and page PNGs to look at.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KANSA_KEEP_OUTPUT"));
        if (!m_dir.autoRemove())
            qInfo() << "documents in" << m_dir.path();
        QString error;
        QVERIFY2(DocumentFonts::ensureLoaded(&error), qPrintable(error));
        const QString path = out(QStringLiteral("k.sqlite"));
        m_test = TestDatabase::at(path);
        QVERIFY(m_test);
        m_audit = DemoAudit::create(m_test->c(), *m_test->store); // dated the test's today, 11-20
        QVERIFY(m_audit);
        qputenv("KANSA_TODAY", "2026-12-31"); // letters of late November are issued on their day
        for (const auto &[k, v] : std::initializer_list<std::pair<const char *, const char *>> {
                 { "issuer.municipality", "小諸市" }, { "issuer.head_title", "小諸市長" },
                 { "issuer.head_name", "小泉　俊博" }, { "issuer.seal", "omitted" },
                 { "issuer.department", "総務部情報政策課" }, { "contact.person", "情報　太郎" },
                 { "contact.phone", "0267-22-1700" }, { "advisory.number_pattern", "小諸市情第{n}号" },
                 { "advisory.next_number", "123" } })
            QVERIFY(DocumentSettings::set(m_test->c(), QString::fromUtf8(k), QString::fromUtf8(v), &error));
        SignOff s(m_test->c(), *m_test->store);
        QVERIFY(s.sign(m_audit, SignatureRole::Inspector, QStringLiteral("監査　一郎"), QStringLiteral("主査"), TestImages::signaturePng(), &error));
        QVERIFY(s.sign(m_audit, SignatureRole::Contractor, QStringLiteral("浅間　一郎"), QStringLiteral("代表取締役"), TestImages::signaturePng(), &error));
        QVERIFY(AdvisoryLifecycle(m_test->c()).create(m_audit, QDate(2026, 11, 22), true, false, &error));
    }

    // Issue the audit's draft (or a new one) letter dated d.
    bool issueLetter(qint64 audit, const QDate &d, bool observations)
    {
        QString error;
        AdvisoryLifecycle letters(m_test->c());
        // The audit's draft, else a new letter, else (one letter per audit) a correction.
        std::optional<Advisory> current = AdvisoryRepository(m_test->c()).current(audit);
        qint64 id = current && current->isDraft() ? current->id
            : current                            ? letters.correct(current->id, d, &error)
                                                 : letters.create(audit, d, observations, true, &error);
        if (!id || !letters.issue(id, QStringLiteral("監査　一郎"), &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    // Every kanji of JIS X 0208 (6,355) and the Kangxi look-alikes come back as written.
    void everyJisKanjiRoundTrips()
    {
        QFile f(QStringLiteral(KANSA_TEST_DATA "/jisx0208-kanji.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString kanji = QString::fromUtf8(f.readAll());
        QCOMPARE(squeeze(kanji).size(), 6355);
        const QString extra = QStringLiteral("月日人大見長 ⽉⽇ 令和８年１１月２２日 改善勧告書 ＵＳＢ");
        for (const QString &family : { DocumentFonts::mincho(), DocumentFonts::gothic() }) {
            QTextDocument doc;
            doc.setDefaultFont(QFont(family, 10));
            doc.setPlainText(kanji + extra);
            const QString path = out(QStringLiteral("jis-%1.pdf").arg(family.right(6)));
            QString error;
            QVERIFY2(DocumentWriter::writePdf(doc, path, { QStringLiteral("JIS"), false }, &error) > 1, qPrintable(error));
            const QString back = squeeze(extract(path));
            const QString expected = squeeze(kanji + extra);
            if (back != expected) {
                int i = 0;
                while (i < back.size() && i < expected.size() && back.at(i) == expected.at(i))
                    ++i;
                QFAIL(qPrintable(QStringLiteral("%1: differs at %2: wrote %3 (U+%4), read %5")
                                     .arg(family).arg(i).arg(expected.mid(i, 1))
                                     .arg(expected.at(i).unicode(), 4, 16, QLatin1Char('0'))
                                     .arg(back.mid(i, 1))));
            }
            bool embedded = false;
            const QStringList fonts = fontsOf(path, &embedded);
            QVERIFY(embedded);
            QVERIFY2(onlyKansaFonts(fonts), qPrintable(fonts.join(u' ')));
        }
    }

    void letter_data()
    {
        QTest::addColumn<bool>("fullWidth");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("full-width digits") << true << QStringList {
            QStringLiteral("小諸市情第１２３号"), QStringLiteral("令和８年１１月２２日"),
            QStringLiteral("浅間一郎様"), QStringLiteral("小諸市長小泉俊博"),
            QStringLiteral("（公印省略）"), QStringLiteral("（改善勧告）"),
            QStringLiteral("第１１第３項の規定により"), QStringLiteral("記"), QStringLiteral("重大な不適合"),
            QStringLiteral("軽微な不適合"),
            QStringLiteral("令和８年１２月７日"), // major: 14 days → Sunday 12/6 → Monday
            QStringLiteral("令和８年１２月２２日"), QStringLiteral("推奨事項"), QStringLiteral("（期限なし）"),
            QStringLiteral("以上"), QStringLiteral("担当小諸市総務部情報政策課情報太郎"),
            QStringLiteral("電話0267-22-1700") };
        QTest::newRow("half-width digits") << false << QStringList {
            QStringLiteral("小諸市情第124号"), QStringLiteral("令和8年11月22日"), QStringLiteral("令和8年12月7日"),
            QStringLiteral("第11第3項の規定により"), QStringLiteral("1改善報告書には"),
            QStringLiteral("2改善期限までに") };
    }
    void letter()
    {
        QFETCH(bool, fullWidth);
        QFETCH(QStringList, expected);
        QString error;
        QVERIFY(DocumentSettings::set(m_test->c(), QStringLiteral("dates.full_width"),
            fullWidth ? QStringLiteral("1") : QStringLiteral("0"), &error));
        // The number is drawn when the letter is issued, in the digits then set.
        // A number is given once: the half-width row's letter takes the next one.
        QVERIFY2(DocumentSettings::set(m_test->c(), QStringLiteral("advisory.next_number"),
                     fullWidth ? QStringLiteral("123") : QStringLiteral("124"), &error),
            qPrintable(error));
        QVERIFY(issueLetter(m_audit, QDate(2026, 11, 22), true));
        const QString path = out(QStringLiteral("letter.pdf"));
        DocumentExport exporter(m_test->c(), *m_test->store);
        QCOMPARE(exporter.writePdf(DocumentKind::Advisory, m_audit, path, &error), 1);
        int pages = 0;
        const QString text = squeeze(extract(path, &pages));
        QCOMPARE(pages, 1);
        for (const QString &e : expected)
            QVERIFY2(text.contains(squeeze(e)), qPrintable(e + QStringLiteral(" not in ") + text));
        // Digits are as set everywhere: no half-width number beside a full-width date.
        QVERIFY2(!fullWidth || !text.contains(QRegularExpression(QStringLiteral("第[0-9]"))), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("1/1"))); // no page number on a one-page letter
        // The issued letter prints the history head signed when it was issued.
        QVERIFY2(text.contains(squeeze(QStringLiteral("端末鍵 ") + InstallationKey::fingerprint(
                     HistoryLog::installationKey(m_test->c()).publicKey))),
            qPrintable(text.right(200)));
        QVERIFY(DocumentSettings::set(m_test->c(), QStringLiteral("dates.full_width"), QStringLiteral("1"), &error));
        // And the editable copy.
        const QString odt = out(QStringLiteral("letter.odt"));
        QVERIFY2(exporter.writeOdt(m_audit, odt, &error), qPrintable(error));
        QFile f(odt);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(100).contains("application/vnd.oasis.opendocument.text"));
    }

    // Issue 10: settings set after a letter was issued changed the letter. An issued letter
    // prints with the issuer and contact it was issued with; a draft shows 案 and no number.
    void issuedLetterKeepsItsIssuer()
    {
        QString error;
        AuditRepository audits(m_test->c());
        const qint64 audit = audits.duplicate(m_audit, QDate(2026, 11, 24), &error);
        FindingRepository findings(m_test->c());
        const CheckItem first = audits.checkItems(audit).first();
        QVERIFY(findings.setVerdict(audit, first.id, Verdict::Major, &error));
        QVERIFY(findings.setText(audit, first.id, FindingField::Problem, QStringLiteral("施錠されていない"), &error));
        const qint64 draft = AdvisoryLifecycle(m_test->c()).create(audit, QDate(2026, 11, 24), false, true, &error);
        QVERIFY2(draft, qPrintable(error));
        DocumentExport exporter(m_test->c(), *m_test->store);
        const QString draftPdf = out(QStringLiteral("draft.pdf"));
        QCOMPARE(exporter.writePdf(DocumentKind::Advisory, audit, draftPdf, &error), 1);
        QString text = squeeze(extract(draftPdf));
        QVERIFY2(text.contains(QStringLiteral("（案）")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("番号は発行時に付番")));
        QVERIFY(issueLetter(audit, QDate(2026, 11, 24), false));
        for (const auto &[k, v] : std::initializer_list<std::pair<const char *, const char *>> {
                 { "issuer.head_name", "後任　次郎" }, { "contact.phone", "0267-99-9999" },
                 { "issuer.seal", "stamp" } })
            QVERIFY(DocumentSettings::set(m_test->c(), QString::fromUtf8(k), QString::fromUtf8(v), &error));
        const QString issuedPdf = out(QStringLiteral("issued-later.pdf"));
        QCOMPARE(exporter.writePdf(DocumentKind::Advisory, audit, issuedPdf, &error), 1);
        text = squeeze(extract(issuedPdf));
        QVERIFY2(text.contains(QStringLiteral("小諸市長小泉俊博")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("0267-22-1700")));
        QVERIFY(text.contains(QStringLiteral("（公印省略）")));
        QVERIFY(!text.contains(QStringLiteral("後任")));
        QVERIFY(!text.contains(QStringLiteral("（案）")));
        QVERIFY(text.contains(QStringLiteral("（契約番号")) || audits.load(audit)->contract.number.isEmpty());
        // A second original letter is refused (its findings would be listed twice); a
        // correction is the way, and its draft uses today's settings: the new head, a seal.
        QVERIFY(!AdvisoryLifecycle(m_test->c()).create(audit, QDate(2026, 11, 25), false, true, &error));
        QVERIFY2(error.contains(QStringLiteral("correct")), qPrintable(error));
        const qint64 next = AdvisoryLifecycle(m_test->c()).correct(
            AdvisoryRepository(m_test->c()).current(audit)->id, QDate(2026, 11, 25), &error);
        QVERIFY2(next, qPrintable(error));
        QCOMPARE(exporter.writePdf(DocumentKind::Advisory, audit, draftPdf, &error), 1);
        text = squeeze(extract(draftPdf));
        QVERIFY(text.contains(QStringLiteral("小諸市長後任次郎印")));
        QVERIFY(AdvisoryRepository(m_test->c()).remove(next, &error));
        // A correction's title says so once: （改善勧告の訂正）, not （改善勧告）（訂正）.
        const qint64 issued = AdvisoryRepository(m_test->c()).current(audit)->id;
        const qint64 correction = AdvisoryLifecycle(m_test->c()).correct(issued, QDate(2026, 11, 26), &error);
        QVERIFY2(correction, qPrintable(error));
        QCOMPARE(exporter.writePdf(DocumentKind::Advisory, audit, draftPdf, &error), 1);
        text = squeeze(extract(draftPdf));
        QVERIFY2(text.contains(QStringLiteral("について（改善勧告の訂正）")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("（改善勧告）（訂正）")));
        QVERIFY(AdvisoryRepository(m_test->c()).remove(correction, &error));
        for (const auto &[k, v] : std::initializer_list<std::pair<const char *, const char *>> {
                 { "issuer.head_name", "小泉　俊博" }, { "contact.phone", "0267-22-1700" },
                 { "issuer.seal", "omitted" } })
            QVERIFY(DocumentSettings::set(m_test->c(), QString::fromUtf8(k), QString::fromUtf8(v), &error));
    }

    // A long letter spans pages with "n / N" at the foot and the header row repeated.
    // The writer is destroyed when writePdf returns: a layout left pointing at it crashed the
    // next cursor edit of the same document (a second export after a settings change).
    void documentOutlivesItsWriter()
    {
        QTextDocument doc;
        doc.setHtml(QStringLiteral("<p>一行目</p><table border=\"1\"><tr><td>表</td></tr></table>"));
        QString error;
        QCOMPARE(DocumentWriter::writePdf(doc, out(QStringLiteral("outlives.pdf")), { QStringLiteral("t") }, &error), 1);
        QCOMPARE(doc.documentLayout()->paintDevice(), nullptr);
        QTextCursor(&doc).insertText(QStringLiteral("追記"));
        QVERIFY(doc.pageCount() >= 1);
        QCOMPARE(DocumentWriter::writePdf(doc, out(QStringLiteral("outlives2.pdf")), { QStringLiteral("t") }, &error), 1);
    }

    void longLetterIsNumbered()
    {
        AuditRepository audits(m_test->c());
        QString error;
        const qint64 audit = audits.duplicate(m_audit, QDate(2026, 11, 24), &error);
        FindingRepository findings(m_test->c());
        for (const CheckItem &c : audits.checkItems(audit)) {
            QVERIFY(findings.setVerdict(audit, c.id, Verdict::Minor, &error));
            QVERIFY(findings.setText(audit, c.id, FindingField::Problem,
                QStringLiteral("記録が確認できなかった。").repeated(4), &error));
            QVERIFY(findings.setText(audit, c.id, FindingField::Improvement,
                QStringLiteral("手順を定め、記録を残すこと。").repeated(3), &error));
        }
        QVERIFY(issueLetter(audit, QDate(2026, 11, 24), false));
        const QString path = out(QStringLiteral("long.pdf"));
        const int pages = DocumentExport(m_test->c(), *m_test->store).writePdf(DocumentKind::Advisory, audit, path, &error);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        const QString text = extract(path);
        QVERIFY(squeeze(text).contains(QStringLiteral("1/%1").arg(pages)));
        QVERIFY(squeeze(text).contains(QStringLiteral("%1/%1").arg(pages)));
        // The header row is repeated on every page the table reaches (all but, perhaps, the last).
        const int headers = int(squeeze(text).count(QStringLiteral("番号条項区分指摘事項改善を要する事項改善期限")));
        QVERIFY2(headers == pages || headers == pages - 1, qPrintable(QString::number(headers)));
        QVERIFY(squeeze(text).contains(QStringLiteral("２７")));
        // The closing notes, 以上 and the contact stay together: no page foot between them.
        const QString flat = squeeze(text);
        const qsizetype from = flat.indexOf(QStringLiteral("１改善報告書には")), to = flat.indexOf(QStringLiteral("電話0267"));
        QVERIFY(from > 0 && to > from);
        QVERIFY2(!flat.mid(from, to - from).contains(QRegularExpression(QStringLiteral("\\d/\\d"))),
            qPrintable(flat.mid(from, to - from)));
    }

    void reportAndChecklist_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("report") << int(DocumentKind::Report) << QStringList {
            QStringLiteral("実地調査結果報告書"), QStringLiteral("株式会社しなのデータサービス"),
            QStringLiteral("重大な不適合"), QStringLiteral("作業机上のUSBメモリ"), QStringLiteral("署名対象内容のSHA-256"),
            QStringLiteral("署名後の変更はありません") };
        QTest::newRow("checklist") << int(DocumentKind::Checklist) << QStringList {
            QStringLiteral("実地調査チェックリスト"), QStringLiteral("第３（３）"), QStringLiteral("受託者代表者"),
            QStringLiteral("浅間一郎"), QStringLiteral("署名対象内容のSHA-256") };
    }
    void reportAndChecklist()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, expected);
        QString error;
        const QString path = out(QStringLiteral("doc-%1.pdf").arg(kind));
        const int pages = DocumentExport(m_test->c(), *m_test->store).writePdf(DocumentKind(kind), m_audit, path, &error);
        QVERIFY2(pages >= 2, qPrintable(error));
        const QString text = squeeze(extract(path));
        for (const QString &e : expected)
            QVERIFY2(text.contains(squeeze(e)), qPrintable(e));
        const QString hash = SignOff(m_test->c(), *m_test->store).standing(m_audit).at(0).contentHash;
        QVERIFY(text.contains(hash));
        // The paper copy anchors the history: the head signed at the signature, and the key.
        const auto signedAt = HistoryLog::checkpointFor(m_test->c(),
            HistoryLog::auditOrigin(m_test->c(), m_audit), QStringLiteral("signed"));
        QVERIFY(signedAt);
        QVERIFY2(text.contains(squeeze(HistoryLog::anchor(*signedAt))), qPrintable(text.right(300)));
        bool embedded = false;
        const QStringList fonts = fontsOf(path, &embedded);
        QVERIFY(embedded);
        // Only Kansa's own fonts: a system font standing in for a character they lack (the
        // word joiner that keeps words whole took DejaVu Sans on Linux and made its lines 16%
        // taller) would lay the document out differently on every system.
        QVERIFY2(onlyKansaFonts(fonts), qPrintable(fonts.join(u' ')));
        // Every page renders with ink on it; the first page of each kind is kept as a PNG.
        PdfDocument pdf;
        QCOMPARE(pdf.loadFile(path), PdfDocument::Status::Ok);
        for (int p = 0; p < pdf.pageCount(); ++p) {
            const QImage image = pdf.render(p, 50);
            QVERIFY(!image.isNull());
            QVERIFY2(inkRatio(image) > 0.01, qPrintable(QStringLiteral("page %1 is blank").arg(p + 1)));
            if (p == 0)
                QVERIFY(image.save(out(QStringLiteral("page-%1.png").arg(kind))));
        }
        // Photos go in as print derivatives: the report of 4 photos stays small.
        if (DocumentKind(kind) == DocumentKind::Report)
            QVERIFY(QFileInfo(path).size() < 3'000'000);
    }

    // Trial of issue 10: the report and checklist printed 「第3(3)」 beside 「令和８年」. A clause
    // reference follows the digits setting, as the letter does.
    void referencesFollowTheDigits_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("fullWidth");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        QTest::newRow("report, full width") << int(DocumentKind::Report) << true
            << QStringList { QStringLiteral("第３（責任体制）"), QStringLiteral("第３（３）"), QStringLiteral("（第３関係") }
            << QStringList { QStringLiteral("第3(3)"), QStringLiteral("第3（") };
        QTest::newRow("report, half width") << int(DocumentKind::Report) << false
            << QStringList { QStringLiteral("第3（責任体制）"), QStringLiteral("第3(3)"), QStringLiteral("（第3関係") }
            << QStringList { QStringLiteral("第３（３）"), QStringLiteral("第３（") };
        QTest::newRow("checklist, full width") << int(DocumentKind::Checklist) << true
            << QStringList { QStringLiteral("第３（３）") } << QStringList { QStringLiteral("第3(3)") };
        QTest::newRow("checklist, half width") << int(DocumentKind::Checklist) << false
            << QStringList { QStringLiteral("第3(3)") } << QStringList { QStringLiteral("第３（３）") };
    }
    void referencesFollowTheDigits()
    {
        QFETCH(int, kind);
        QFETCH(bool, fullWidth);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        QString error;
        QVERIFY(DocumentSettings::set(m_test->c(), QStringLiteral("dates.full_width"),
            fullWidth ? QStringLiteral("1") : QStringLiteral("0"), &error));
        auto restore = qScopeGuard([&] {
            DocumentSettings::set(m_test->c(), QStringLiteral("dates.full_width"), QStringLiteral("1"), nullptr);
        });
        const QString path = out(QStringLiteral("digits-%1-%2.pdf").arg(kind).arg(fullWidth));
        QVERIFY2(DocumentExport(m_test->c(), *m_test->store).writePdf(DocumentKind(kind), m_audit, path, &error) > 0,
            qPrintable(error));
        const QString text = squeeze(extract(path));
        for (const QString &e : expected)
            QVERIFY2(text.contains(squeeze(e)), qPrintable(e + QStringLiteral(" not in ") + text.left(2000)));
        for (const QString &u : unexpected)
            QVERIFY2(!text.contains(squeeze(u)), qPrintable(u));
    }

    // Issue 25: 「USBメ/モリ」 and 「有効期/限」 broke inside words on the documents.
    void wordsAreKeptWhole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("whole");
        QTest::addColumn<QStringList>("breakable");
        QTest::newRow("katakana with Latin") << QStringLiteral("USBメモリを保管") << QStringList { QStringLiteral("USBメモリ") } << QStringList { QStringLiteral("リを") };
        QTest::newRow("kanji compound") << QStringLiteral("有効期限を確認") << QStringList { QStringLiteral("有効期限") } << QStringList { QStringLiteral("限を"), QStringLiteral("を確") };
        QTest::newRow("long kanji run may break") << QStringLiteral("情報資産管理責任者") << QStringList {} << QStringList { QStringLiteral("情報") };
        QTest::newRow("long katakana") << QStringLiteral("データサービス") << QStringList { QStringLiteral("データサービス") } << QStringList {};
        QTest::newRow("empty") << QString() << QStringList {} << QStringList {};
    }
    void wordsAreKeptWhole()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, whole);
        QFETCH(QStringList, breakable);
        const QString joined = HtmlText::keepWordsWhole(text);
        QCOMPARE(QString(joined).remove(QChar(0x2060)), text);
        auto joinedForm = [](const QString &word) {
            QString out;
            for (qsizetype i = 0; i < word.size(); ++i)
                out += (i && !(word.at(i - 1).unicode() < 0x80 && word.at(i).unicode() < 0x80) // ASCII keeps itself whole
                               ? QString(QChar(0x2060)) : QString())
                    + word.at(i);
            return out;
        };
        for (const QString &w : whole)
            QVERIFY2(joined.contains(joinedForm(w)), qPrintable(w));
        for (const QString &b : breakable)
            QVERIFY2(joined.contains(b), qPrintable(b)); // no joiner between these two
    }

    void missingAdvisoryAndBadPathAreReported()
    {
        QString error;
        AuditRepository audits(m_test->c());
        const qint64 fresh = audits.duplicate(m_audit, QDate(2026, 12, 1), &error);
        DocumentExport exporter(m_test->c(), *m_test->store);
        QCOMPARE(exporter.writePdf(DocumentKind::Advisory, fresh, out(QStringLiteral("none.pdf")), &error), 0);
        QVERIFY(error.contains(QStringLiteral("no advisory")));
        QCOMPARE(exporter.writePdf(DocumentKind::Report, m_audit, QStringLiteral("/nonexistent/dir/x.pdf"), &error), 0);
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/x.pdf")));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
