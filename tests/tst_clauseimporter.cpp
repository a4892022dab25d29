// Importing files: PDF round trips of both seeds, and every kind of bad input refused with
// the right reason.
#include "clauseimport/clauseimporter.h"
#include "testpdf.h"

#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

namespace {

QString withoutSpace(QString s)
{
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s;
}

QString seedPath(const QString &name)
{
    return QStringLiteral(KANSA_SEEDS "/") + name;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestClauseImporter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void seedsRoundTripThroughPdf_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<int>("charsPerLine");
        QTest::newRow("000, 38 per line") << QStringLiteral("000_2cf691f2b1dacc65.txt") << 38;
        QTest::newRow("000, 25 per line") << QStringLiteral("000_2cf691f2b1dacc65.txt") << 25;
        QTest::newRow("002, 38 per line") << QStringLiteral("002_13f7d2313e03314c.txt") << 38;
        QTest::newRow("002, 45 per line") << QStringLiteral("002_13f7d2313e03314c.txt") << 45;
    }

    void seedsRoundTripThroughPdf()
    {
        QFETCH(QString, seed);
        QFETCH(int, charsPerLine);
        const ClauseImporter::Result text = ClauseImporter::readFile(seedPath(seed));
        QVERIFY(!text.error.isError());
        const QString pdfPath = m_dir.filePath(seed + QStringLiteral(".pdf"));
        QVERIFY(TestPdf::writeText(readAll(seedPath(seed)), pdfPath, charsPerLine));

        int lastPage = 0, pageCount = 0;
        const ClauseImporter::Result pdf
            = ClauseImporter::readFile(pdfPath, [&](int done, int total) {
                  lastPage = done;
                  pageCount = total;
                  return true;
              });
        QVERIFY2(!pdf.error.isError(), qPrintable(pdf.error.message()));
        QCOMPARE(pdf.encoding, QStringLiteral("PDF"));
        QVERIFY(pageCount >= 2); // page numbers and page breaks are part of the test
        QCOMPARE(lastPage, pageCount);

        const ClauseDocument &a = text.document, &b = pdf.document;
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.edition, a.edition);
        QCOMPARE(b.articles.size(), a.articles.size());
        QCOMPARE(b.paragraphCount(), a.paragraphCount());
        QCOMPARE(b.itemCount(), a.itemCount());
        QCOMPARE(b.obligationCount(), a.obligationCount());
        QCOMPARE(b.preamble.size(), a.preamble.size());
        for (int i = 0; i < a.articles.size(); ++i) {
            QCOMPARE(withoutSpace(b.articles[i].number), a.articles[i].number);
            QCOMPARE(b.articles[i].heading, a.articles[i].heading);
            for (int j = 0; j < a.articles[i].paragraphs.size(); ++j) {
                const Paragraph &pa = a.articles[i].paragraphs[j],
                                &pb = b.articles[i].paragraphs[j];
                // Kangxi radicals from the PDF writer are back to ordinary kanji.
                QCOMPARE(withoutSpace(pb.text), withoutSpace(pa.text));
                QVERIFY(!pb.text.contains(u'\n'));
                QCOMPARE(pb.items.size(), pa.items.size());
            }
        }
    }

    void pdfImportCanBeCancelled()
    {
        const QString pdfPath = m_dir.filePath(QStringLiteral("cancel.pdf"));
        QVERIFY(TestPdf::writeText(
            readAll(seedPath(QStringLiteral("000_2cf691f2b1dacc65.txt"))), pdfPath));
        const auto r = ClauseImporter::readFile(pdfPath, [](int, int) { return false; });
        QCOMPARE(r.error.code, ImportError::Cancelled);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        const auto path
            = [this](const char *name) { return m_dir.filePath(QString::fromLatin1(name)); };

        writeBytes(path("empty.txt"), {});
        QTest::newRow("empty file") << path("empty.txt") << int(ImportError::EmptyFile);
        writeBytes(path("blank.txt"), "  \r\n\t\n");
        QTest::newRow("whitespace only") << path("blank.txt") << int(ImportError::EmptyFile);

        QByteArray garbage(4096, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        writeBytes(path("garbage.bin"), garbage);
        QTest::newRow("binary garbage") << path("garbage.bin") << int(ImportError::BinaryData);

        {
            QFile big(path("big.txt"));
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(ClauseImporter::MaxFileSize + 1));
        }
        QTest::newRow("over 20 MB") << path("big.txt") << int(ImportError::FileTooLarge);

        writeBytes(path("prose.txt"),
            QStringLiteral("打合せ記録\n本日の打合せでは特に決定事項はなかった。\n").toUtf8());
        QTest::newRow("no article structure") << path("prose.txt") << int(ImportError::NoArticles);
        QTest::newRow("missing file")
            << path("does-not-exist.txt") << int(ImportError::FileUnreadable);
        QTest::newRow("directory") << m_dir.path() << int(ImportError::FileUnreadable);

        TestPdf::writeImageOnly(path("scan.pdf"));
        QTest::newRow("scanned PDF") << path("scan.pdf") << int(ImportError::PdfNoText);
        QTest::newRow("encrypted PDF") << QStringLiteral(KANSA_TEST_DATA "/pdf/encrypted.pdf")
                                       << int(ImportError::PdfEncrypted);

        QByteArray damaged("%PDF-1.7\n");
        damaged += garbage;
        writeBytes(path("damaged.pdf"), damaged);
        QTest::newRow("damaged PDF") << path("damaged.pdf") << int(ImportError::PdfDamaged);
        writeBytes(path("text-named.pdf"), QStringLiteral("第１　受託者は守ること。").toUtf8());
        QTest::newRow("text named .pdf") << path("text-named.pdf") << int(ImportError::PdfDamaged);
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        const ClauseImporter::Result r = ClauseImporter::readFile(file);
        QCOMPARE(int(r.error.code), code);
        QVERIFY(r.document.articles.isEmpty());
        QVERIFY(!r.error.message().isEmpty());
    }

    void truncatedPdfNeverCrashes()
    {
        const QString pdfPath = m_dir.filePath(QStringLiteral("whole.pdf"));
        QVERIFY(TestPdf::writeText(
            readAll(seedPath(QStringLiteral("002_13f7d2313e03314c.txt"))), pdfPath));
        QFile f(pdfPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        for (int percent : { 1, 10, 30, 50, 70, 90, 99 }) {
            const auto r = ClauseImporter::readBytes(
                whole.left(whole.size() * percent / 100), QStringLiteral("t.pdf"));
            // Either a clear refusal or whatever structure survived; never a crash.
            QVERIFY(r.error.isError() || !r.document.articles.isEmpty());
        }
    }
};

QTEST_MAIN(TestClauseImporter)
#include "tst_clauseimporter.moc"
