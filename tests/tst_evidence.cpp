// Evidence: photos and PDFs stored unchanged under their SHA-256, derivatives upright and small,
// bad files refused by name while the rest of a batch goes in, nothing orphaned.
#include "audits/auditrepository.h"
#include "import/builtinclausesets.h"
#include "clauses/clausesetrepository.h"
#include "storage/database.h"
#include "evidence/evidencebatch.h"
#include "evidence/evidencepreparer.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "crypto/sha256.h"
#include "demo/syntheticphoto.h"
#include "testimages.h"
#include "testpdf.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

class TestEvidence : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<EvidenceStore> m_store;
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
            m_store->root() + QLatin1Char('/') + area, QDir::Files, QDirIterator::Subdirectories);
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
        QVERIFY(!m_db.open(path).isError());
        QVERIFY(BuiltinClauseSets::ensurePresent(m_db.connection()));
        m_store = std::make_unique<EvidenceStore>(m_db.connection(), EvidenceStore::rootFor(path));
        const auto set = ClauseSetRepository(m_db.connection()).load(1);
        QVERIFY(set);
        Audit a;
        a.contractor.name = QStringLiteral("テスト株式会社");
        a.date = QDate(2026, 11, 22);
        AuditRepository audits(m_db.connection());
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
            m_db.connection(), *m_store, m_audit, m_item, { path }, QStringLiteral("入口"), &added);
        QVERIFY(errors.isEmpty());
        QCOMPARE(added.size(), 1);
        const Evidence &e = added.first();
        QCOMPARE(e.sha256, Sha256::hex(photo));
        QFile stored(m_store->originalPath(e.sha256));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), photo); // byte for byte: it can serve as evidence
        QVERIFY(!stored.fileName().contains(QStringLiteral("IMG_0001"))); // not the user's path
        QCOMPARE(e.width, 2400);
        QCOMPARE(e.height, 1800);
        // Derivatives: print-sized and thumbnail, decoded small.
        const QSize print = QImageReader(m_store->printPath(e.sha256)).size();
        QCOMPARE(std::max(print.width(), print.height()), EvidencePreparer::PrintEdge);
        const QSize thumb = QImageReader(m_store->thumbnailPath(e.sha256)).size();
        QCOMPARE(std::max(thumb.width(), thumb.height()), EvidencePreparer::ThumbnailEdge);
        // Deleting the user's file does not matter.
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::exists(m_store->originalPath(e.sha256)));
    }

    void identicalPhotosStoredOnce()
    {
        const QByteArray photo = SyntheticPhoto::jpeg(QSize(640, 480), 42);
        const QString a = write(QStringLiteral("a.jpg"), photo);
        const QString b = write(QStringLiteral("copy of a.jpg"), photo);
        const int before = filesUnder(QStringLiteral("originals"));
        QList<Evidence> added;
        QVERIFY(EvidenceBatch::runBlocking(
            m_db.connection(), *m_store, m_audit, m_item, { a, b }, {}, &added)
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
        const PreparedEvidence p = EvidencePreparer::prepareFile(path, m_store->stagingDir());
        QVERIFY2(!p.isError(), qPrintable(p.error.message()));
        QCOMPARE(p.width, 600);
        QCOMPARE(p.height, 800);
        const QSize thumb = QImageReader(p.stagedThumbnail).size();
        QVERIFY(thumb.height() > thumb.width());
        m_store->discardStaged(p);
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
            << "noise.jpg" << QByteArray(5000, '\x5a') << int(EvidenceError::Corrupt) << "";
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
    }

    void badFilesRefusedByName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const PreparedEvidence p = EvidencePreparer::prepareData(data, name, m_store->stagingDir());
        QCOMPARE(int(p.error.code), code);
        QVERIFY(p.error.message().contains(name));
        if (!mentions.isEmpty())
            QVERIFY2(p.error.message().contains(mentions), qPrintable(p.error.message()));
        QVERIFY(p.stagedOriginal.isEmpty()); // nothing left behind
    }

    void encryptedPdfRefused()
    {
        QFile f(QStringLiteral(KANSA_TEST_DATA "/pdf/encrypted.pdf"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const PreparedEvidence p = EvidencePreparer::prepareData(
            f.readAll(), QStringLiteral("secret.pdf"), m_store->stagingDir());
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
        const QList<EvidenceError> errors = EvidenceBatch::runBlocking(m_db.connection(), *m_store,
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
        QVERIFY(QFile::exists(m_store->thumbnailPath(doc->sha256))); // page 1 rendered
    }

    void certificateExpiry()
    {
        Evidence cert;
        cert.auditId = m_audit;
        cert.checkItemId = m_item;
        cert.kind = EvidenceKind::Certificate;
        cert.certificate = { QStringLiteral("JQA"), QStringLiteral("IM-1"), QStringLiteral("運用"),
            QDate(2026, 11, 21) };
        const auto stored = EvidenceRepository(m_db.connection(), *m_store).add(cert, nullptr);
        QVERIFY(stored);
        const auto loaded = EvidenceRepository(m_db.connection(), *m_store).load(stored->id);
        QCOMPARE(loaded->certificate, cert.certificate);
        QVERIFY(loaded->certificate.expiredOn(QDate(2026, 11, 22)));
        QVERIFY(!loaded->certificate.expiredOn(QDate(2026, 11, 21)));
    }

    void garbageCollection()
    {
        // A crash after a file was moved into place but before its row was committed.
        PreparedEvidence p
            = EvidencePreparer::prepareData(SyntheticPhoto::jpeg(QSize(320, 240), 99),
                QStringLiteral("x.jpg"), m_store->stagingDir());
        QVERIFY(!p.isError());
        QVERIFY(m_store->placeFiles(p, nullptr));
        QVERIFY(QFile::exists(m_store->originalPath(p.sha256)));
        // Removing evidence leaves its blob until garbage collection.
        const QList<Evidence> all
            = EvidenceRepository(m_db.connection(), *m_store).forAudit(m_audit);
        QVERIFY(!all.isEmpty());
        QVERIFY(m_store->collectGarbage() >= 1);
        QVERIFY(!QFile::exists(m_store->originalPath(p.sha256)));
        for (const Evidence &e : all)
            if (!e.sha256.isEmpty())
                QVERIFY(QFile::exists(m_store->originalPath(e.sha256)));
        // Deleting the audit releases every file.
        QVERIFY(AuditRepository(m_db.connection()).remove(m_audit));
        m_store->collectGarbage();
        QCOMPARE(filesUnder(QStringLiteral("originals")), 0);
        QCOMPARE(filesUnder(QStringLiteral("derived")), 0);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM blobs")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
