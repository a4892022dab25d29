// Evidence: photos and PDFs stored unchanged under their SHA-256, derivatives upright and small,
// bad files refused by name while the rest of a batch goes in, nothing orphaned.
#include "audits/auditrepository.h"
#include "schema/standardschema.h"
#include "clauseimport/builtinclausesets.h"
#include "clauses/clausesetrepository.h"
#include "storage/database.h"
#include "evidence/evidencebatch.h"
#include "evidence/evidencepreparer.h"
#include "evidence/imagedecoder.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencefile.h"
#include "evidence/evidencestore.h"
#include "crypto/sha256.h"
#include "demo/syntheticphoto.h"
#include "testimages.h"
#include "testpdf.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QDataStream>
#include <QProcess>
#include <QTest>

using namespace Kansa;

class TestEvidence : public QObject
{
    Q_OBJECT

    static QByteArray chunk(const char *type, const QByteArray &body)
    {
        QByteArray c;
        QDataStream out(&c, QIODevice::WriteOnly);
        out << quint32(body.size());
        c += QByteArray(type, 4) + body;
        const quint32 crc = 0; // decoders that check it would refuse earlier; the point is the header
        QDataStream tail(&c, QIODevice::Append);
        tail << crc;
        return c;
    }
    static QByteArray mng(quint32 width, quint32 height)
    {
        QByteArray header;
        QDataStream out(&header, QIODevice::WriteOnly);
        out << width << height << quint32(1) << quint32(0) << quint32(0) << quint32(0) << quint32(0x1FF);
        return QByteArray("\x8AMNG\r\n\x1A\n", 8) + chunk("MHDR", header)
            + chunk("IHDR", QByteArray(13, '\x7F')) + chunk("IDAT", QByteArray(64, 1)) + chunk("MEND", {});
    }
    static QByteArray icns()
    {
        QByteArray b("icns", 4);
        QDataStream out(&b, QIODevice::Append);
        out << quint32(0x7FFFFFF0);
        b += QByteArray("ic10", 4);
        QDataStream more(&b, QIODevice::Append);
        more << quint32(0x7FFFFFE0);
        return b + QByteArray(256, '\x11');
    }
    static QByteArray tga(quint16 width, quint16 height)
    {
        QByteArray h(18, 0);
        h[2] = 2; // uncompressed true colour
        h[12] = char(width & 0xFF);
        h[13] = char(width >> 8);
        h[14] = char(height & 0xFF);
        h[15] = char(height >> 8);
        h[16] = 32;
        return h + QByteArray(4096, '\x40');
    }
    static QByteArray manyScans(int scans)
    {
        QByteArray jpeg = SyntheticPhoto::jpeg(QSize(200, 150), 5);
        const QByteArray extra = QByteArray("\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00", 10).repeated(scans);
        return jpeg.insert(jpeg.size() - 2, extra);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;
    qint64 m_audit = 0;
    qint64 m_item = 0;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

    int filesUnder(const QString &area) const
    {
        int n = 0;
        QDirIterator it(
            m_test->store->root() + QLatin1Char('/') + area, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("k.sqlite"));
        m_test = TestDatabase::at(path);
        QVERIFY(m_test);
        const auto set = ClauseSetRepository(m_test->c()).load(1);
        QVERIFY(set);
        Audit a;
        a.contractor.name = QStringLiteral("テスト株式会社");
        a.date = QDate(2026, 11, 22);
        AuditRepository audits(m_test->c());
        m_audit = audits.create(a, *set);
        QVERIFY(m_audit);
        m_item = audits.checkItems(m_audit).first().id;
    }

    void originalStoredUnchangedWithHash()
    {
        const QByteArray photo = SyntheticPhoto::jpeg(QSize(2400, 1800), 1);
        const QString path = write(QStringLiteral("IMG_0001.jpg"), photo);
        QList<Evidence> added;
        const auto errors = EvidenceBatch::runBlocking(
            m_test->c(), *m_test->store, m_audit, m_item, { path }, QStringLiteral("入口"), &added);
        QVERIFY(errors.isEmpty());
        QCOMPARE(added.size(), 1);
        const Evidence &e = added.first();
        QCOMPARE(e.sha256, Sha256::hex(photo));
        // Stored encrypted (no byte of the photo on disk), read back byte for byte: it can serve
        // as evidence.
        QFile stored(m_test->store->originalPath(e.sha256));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray onDisk = stored.readAll();
        QVERIFY(onDisk.startsWith("KANSA-FILE/1\n"));
        QVERIFY(!onDisk.contains(photo.mid(1000, 64)));
        QCOMPARE(m_test->store->readOriginal(e.sha256, 1 << 30).value_or(QByteArray()), photo);
        QVERIFY(!stored.fileName().contains(QStringLiteral("IMG_0001"))); // not the user's path
        QCOMPARE(e.width, 2400);
        QCOMPARE(e.height, 1800);
        // Derivatives: print-sized and thumbnail, decoded small.
        QVERIFY(EvidenceFile::isEncrypted(m_test->store->printPath(e.sha256)));
        QVERIFY(EvidenceFile::isEncrypted(m_test->store->thumbnailPath(e.sha256)));
        const QSize print = ImageDecoder::decode(m_test->store->readPrint(e.sha256).value_or(QByteArray()), 0).image.size();
        QCOMPARE(std::max(print.width(), print.height()), EvidencePreparer::PrintEdge);
        const QSize thumb = ImageDecoder::decode(m_test->store->readThumbnail(e.sha256).value_or(QByteArray()), 0).image.size();
        QCOMPARE(std::max(thumb.width(), thumb.height()), EvidencePreparer::ThumbnailEdge);
        // Deleting the user's file does not matter.
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::exists(m_test->store->originalPath(e.sha256)));
    }

    void identicalPhotosStoredOnce()
    {
        const QByteArray photo = SyntheticPhoto::jpeg(QSize(640, 480), 42);
        const QString a = write(QStringLiteral("a.jpg"), photo);
        const QString b = write(QStringLiteral("copy of a.jpg"), photo);
        const int before = filesUnder(QStringLiteral("originals"));
        QList<Evidence> added;
        QVERIFY(EvidenceBatch::runBlocking(
            m_test->c(), *m_test->store, m_audit, m_item, { a, b }, {}, &added)
                    .isEmpty());
        QCOMPARE(added.size(), 2); // two pieces of evidence …
        QCOMPARE(added.at(0).sha256, added.at(1).sha256);
        QCOMPARE(filesUnder(QStringLiteral("originals")), before + 1); // … one file
    }

    void exifOrientationHonoured()
    {
        // Stored 800×600 landscape with orientation 6: shown 600×800 portrait.
        const QString path = write(
            QStringLiteral("upright.jpg"), TestImages::jpegWithOrientation(QSize(800, 600), 6));
        const PreparedEvidence p = EvidencePreparer::prepareFile(path, m_test->store->stagingDir());
        QVERIFY2(!p.isError(), qPrintable(p.error.message()));
        QCOMPARE(p.width, 600);
        QCOMPARE(p.height, 800);
        const QSize thumb = ImageDecoder::decode(
            EvidenceFile::read(p.stagedThumbnail, p.fileKey, 1 << 20).value_or(QByteArray()), 0).image.size();
        QVERIFY(thumb.height() > thumb.width());
        m_test->store->discardStaged(p);
    }

    // Issue 25: the thumbnail of a 1-bit palette PNG (convert -size 800x600 xc:skyblue -fill white
    // -draw "rectangle 100,100 400,500") was grey noise; the print was right.
    void paletteImagesKeepTheirColours_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("1-bit palette") << int(QImage::Format_Mono);
        QTest::newRow("8-bit palette") << int(QImage::Format_Indexed8);
    }
    void paletteImagesKeepTheirColours()
    {
        QFETCH(int, format);
        QImage image(800, 600, QImage::Format(format));
        image.setColorTable({ qRgb(135, 206, 235), qRgb(255, 255, 255) });
        image.fill(0);
        for (int y = 100; y <= 500; ++y)
            for (int x = 100; x <= 400; ++x)
                image.setPixel(x, y, 1);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const QString path = write(QStringLiteral("palette-%1.png").arg(format), png);
        const PreparedEvidence p = EvidencePreparer::prepareFile(path, m_test->store->stagingDir());
        QVERIFY2(!p.isError(), qPrintable(p.error.message()));
        for (const QString &file : { p.stagedThumbnail, p.stagedPrint }) {
            const QImage shown = ImageDecoder::decode(EvidenceFile::read(file, p.fileKey, 8 << 20).value_or(QByteArray()), 0).image;
            QVERIFY(!shown.isNull());
            const double sx = shown.width() / 800.0, sy = shown.height() / 600.0;
            auto near = [](QRgb a, QRgb b) {
                return qAbs(qRed(a) - qRed(b)) < 24 && qAbs(qGreen(a) - qGreen(b)) < 24 && qAbs(qBlue(a) - qBlue(b)) < 24;
            };
            for (const QPoint at : { QPoint(50, 50), QPoint(600, 300), QPoint(700, 550) })
                QVERIFY2(near(shown.pixel(int(at.x() * sx), int(at.y() * sy)), qRgb(135, 206, 235)),
                    qPrintable(QStringLiteral("%1 at %2,%3: %4").arg(file).arg(at.x()).arg(at.y()).arg(shown.pixel(int(at.x() * sx), int(at.y() * sy)), 0, 16)));
            QVERIFY(near(shown.pixel(int(250 * sx), int(300 * sy)), qRgb(255, 255, 255)));
        }
        m_test->store->discardStaged(p);
    }

    void badFilesRefusedByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("HEIC from a phone") << "IMG_4032.HEIC" << TestImages::heicHeader()
                                           << int(EvidenceError::Unsupported) << "HEIC";
        QTest::newRow("random bytes named .jpg")
            << "noise.jpg" << QByteArray(5000, '\x5a') << int(EvidenceError::NotEvidence) << "PDF";
        QTest::newRow("a text file") << "memo.txt" << QByteArray("議事録\n") << int(EvidenceError::NotEvidence) << "";
        QTest::newRow("a database") << "kansa.sqlite" << QByteArray("SQLite format 3\0", 16) + QByteArray(4000, 0)
                                    << int(EvidenceError::NotEvidence) << "";
        QTest::newRow("truncated JPEG")
            << "cut.jpg" << TestImages::truncatedJpeg(0.5) << int(EvidenceError::Corrupt) << "";
        QTest::newRow("empty file")
            << "empty.jpg" << QByteArray() << int(EvidenceError::Empty) << "";
        QTest::newRow("50000 x 40000 PNG") << "huge.png" << TestImages::pngHeader(50000, 40000)
                                           << int(EvidenceError::ImageTooLarge) << "50000";
        QTest::newRow("Photoshop")
            << "layout.psd" << QByteArray("8BPS\0\x01", 6) + QByteArray(100, 0)
            << int(EvidenceError::Unsupported) << "PSD";
        QTest::newRow("Word file")
            << "policy.docx" << QByteArray("PK\x03\x04", 4) + QByteArray(100, 1)
            << int(EvidenceError::Unsupported) << "docx";
        QTest::newRow("damaged PDF") << "list.pdf" << QByteArray("%PDF-1.7\n garbage")
                                     << int(EvidenceError::PdfDamaged) << "";
        // Issue 9: any image plugin was reachable from a file named .jpg. Fuzzing found 2-4 GB
        // allocations (ICNS, MNG) and a crash in libmng; these never reach a decoder now.
        QTest::newRow("MNG claiming 2^31 pixels a side, named .jpg")
            << "IMG_0001.jpg" << mng(0x7FFFFFFF, 0x7FFFFFFF) << int(EvidenceError::Unsupported) << "MNG";
        QTest::newRow("ICNS with a 2 GB entry, named .png")
            << "icon.png" << icns() << int(EvidenceError::Unsupported) << "ICNS";
        QTest::newRow("TIFF") << "scan.tif" << QByteArray("II*\0\x08\0\0\0", 8) + QByteArray(200, 0)
                              << int(EvidenceError::Unsupported) << "TIFF";
        QTest::newRow("TGA of 65535 x 65535 (no magic), named .jpg")
            << "photo.jpg" << tga(0xFFFF, 0xFFFF) << int(EvidenceError::NotEvidence) << "";
        QTest::newRow("JPEG with 300 scans")
            << "slow.jpg" << manyScans(300) << int(EvidenceError::Corrupt) << "";
    }

    // What phones, cameras and screenshots produce is taken, by content whatever the name.
    void allowedFormatsAccepted_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QSize>("size");
        const auto encoded = [](const char *format) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QImage image(64, 48, QImage::Format_RGB32);
            image.fill(QColor(30, 120, 200));
            image.save(&buffer, format);
            return bytes;
        };
        const QSize s(64, 48);
        QTest::newRow("JPEG") << "a.jpg" << encoded("JPEG") << "image/jpeg" << s;
        QTest::newRow("JPEG named .png") << "b.png" << encoded("JPEG") << "image/jpeg" << s;
        QTest::newRow("PNG") << "c.png" << encoded("PNG") << "image/png" << s;
        QTest::newRow("BMP") << "d.bmp" << encoded("BMP") << "image/bmp" << s;
        QTest::newRow("WebP") << "f.webp" << encoded("WEBP") << "image/webp" << s;
        // Qt writes no GIF; the smallest valid one, a single white pixel.
        QTest::newRow("GIF") << "e.gif"
                             << QByteArray("GIF89a\x01\0\x01\0\x80\0\0\xFF\xFF\xFF\0\0\0!\xF9\x04\x01\0\0\0\0,"
                                           "\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;", 43)
                             << "image/gif" << QSize(1, 1);
    }
    void allowedFormatsAccepted()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mediaType);
        QFETCH(QSize, size);
        QVERIFY(!bytes.isEmpty());
        const PreparedEvidence p = EvidencePreparer::prepareData(bytes, name, m_test->store->stagingDir());
        QVERIFY2(!p.isError(), qPrintable(p.error.message()));
        QCOMPARE(p.mediaType, mediaType);
        QCOMPARE(QSize(p.width, p.height), size);
        m_test->store->discardStaged(p);
    }

    // A decode that runs past its deadline is stopped and reported, not waited for.
    void decodeStopsAtItsDeadline()
    {
        const QByteArray photo = SyntheticPhoto::jpeg(QSize(4000, 3000), 3);
        const ImageDecoder::Result quick = ImageDecoder::decode(photo, 0, 60000);
        QVERIFY(quick.ok());
        const ImageDecoder::Result stopped = ImageDecoder::decode(photo, 0, 0);
        QCOMPARE(stopped.status, ImageDecoder::Status::TimedOut);
        QVERIFY(stopped.image.isNull());
    }

    void badFilesRefusedByName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const PreparedEvidence p = EvidencePreparer::prepareData(data, name, m_test->store->stagingDir());
        QCOMPARE(int(p.error.code), code);
        QVERIFY(p.error.message().contains(name));
        if (!mentions.isEmpty())
            QVERIFY2(p.error.message().contains(mentions), qPrintable(p.error.message()));
        QVERIFY(p.stagedOriginal.isEmpty()); // nothing left behind
    }

    // QA: a FIFO given to `evidence add` blocked forever while holding the database.
    void specialFilesRefusedWithoutBlocking()
    {
#ifdef Q_OS_UNIX
        const QString fifo = m_dir.filePath(QStringLiteral("photo.jpg.fifo"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), { fifo }), 0);
        const PreparedEvidence p = EvidencePreparer::prepareFile(fifo, m_test->store->stagingDir());
        QCOMPARE(p.error.code, EvidenceError::Unreadable);
#else
        QSKIP("FIFOs are a Unix thing");
#endif
    }

    void encryptedPdfRefused()
    {
        QFile f(QStringLiteral(KANSA_TEST_DATA "/pdf/encrypted.pdf"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const PreparedEvidence p = EvidencePreparer::prepareData(
            f.readAll(), QStringLiteral("secret.pdf"), m_test->store->stagingDir());
        QCOMPARE(p.error.code, EvidenceError::PdfEncrypted);
    }

    void batchKeepsGoodFilesAndNamesBadOnes()
    {
        const QString good1
            = write(QStringLiteral("g1.jpg"), SyntheticPhoto::jpeg(QSize(1200, 900), 11));
        const QString bad = write(QStringLiteral("IMG_9.HEIC"), TestImages::heicHeader());
        const QString good2 = write(QStringLiteral("g2.png"), [] {
            QByteArray b;
            QBuffer buf(&b);
            buf.open(QIODevice::WriteOnly);
            SyntheticPhoto::render(QSize(300, 200), 5).save(&buf, "PNG");
            return b;
        }());
        const QString pdf = m_dir.filePath(QStringLiteral("policy.pdf"));
        QVERIFY(TestPdf::writeText(QStringLiteral("情報セキュリティ基本方針\n第1条 目的"), pdf));
        const QString missing = m_dir.filePath(QStringLiteral("gone.jpg"));
        QList<Evidence> added;
        const QList<EvidenceError> errors = EvidenceBatch::runBlocking(m_test->c(), *m_test->store,
            m_audit, m_item, { good1, bad, good2, pdf, missing }, {}, &added);
        QCOMPARE(added.size(), 3);
        QCOMPARE(errors.size(), 2);
        QStringList named;
        for (const EvidenceError &e : errors)
            named << e.fileName;
        named.sort();
        QCOMPARE(named, (QStringList { QStringLiteral("IMG_9.HEIC"), QStringLiteral("gone.jpg") }));
        const auto doc = std::find_if(added.begin(), added.end(),
            [](const Evidence &e) { return e.kind == EvidenceKind::Document; });
        QVERIFY(doc != added.end());
        QCOMPARE(doc->mediaType, QStringLiteral("application/pdf"));
        QVERIFY(QFile::exists(m_test->store->thumbnailPath(doc->sha256))); // page 1 rendered
    }

    void certificateExpiry()
    {
        Evidence cert;
        cert.auditId = m_audit;
        cert.checkItemId = m_item;
        cert.kind = EvidenceKind::Certificate;
        cert.certificate = { QStringLiteral("JQA"), QStringLiteral("IM-1"), QStringLiteral("運用"),
            QDate(2026, 11, 21) };
        const auto stored = EvidenceRepository(m_test->c(), *m_test->store).add(cert, nullptr);
        QVERIFY(stored);
        const auto loaded = EvidenceRepository(m_test->c(), *m_test->store).load(stored->id);
        QCOMPARE(loaded->certificate, cert.certificate);
        QVERIFY(loaded->certificate.expiredOn(QDate(2026, 11, 22)));
        QVERIFY(!loaded->certificate.expiredOn(QDate(2026, 11, 21)));
    }

    void garbageCollection()
    {
        // A crash after a file was moved into place but before its row was committed.
        PreparedEvidence p
            = EvidencePreparer::prepareData(SyntheticPhoto::jpeg(QSize(320, 240), 99),
                QStringLiteral("x.jpg"), m_test->store->stagingDir());
        QVERIFY(!p.isError());
        QVERIFY(m_test->store->placeFiles(p, nullptr));
        QVERIFY(QFile::exists(m_test->store->originalPath(p.sha256)));
        // Removing evidence leaves its blob until garbage collection.
        const QList<Evidence> all
            = EvidenceRepository(m_test->c(), *m_test->store).forAudit(m_audit);
        QVERIFY(!all.isEmpty());
        QVERIFY(m_test->store->collectGarbage() >= 1);
        QVERIFY(!QFile::exists(m_test->store->originalPath(p.sha256)));
        for (const Evidence &e : all)
            if (!e.sha256.isEmpty())
                QVERIFY(QFile::exists(m_test->store->originalPath(e.sha256)));
        // Deleting the audit releases every file.
        QString why;
        QVERIFY2(AuditRepository(m_test->c()).remove(m_audit, &why), qPrintable(why));
        m_test->store->collectGarbage();
        QCOMPARE(filesUnder(QStringLiteral("originals")), 0);
        QCOMPARE(filesUnder(QStringLiteral("derived")), 0);
        QSqlQuery q(m_test->c());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM blobs")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
