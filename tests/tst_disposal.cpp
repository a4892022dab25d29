// Issue 13: an audit disposed of for good. Afterwards nothing of it can be found: not in the
// audit list, not in search, not in the evidence folder, not in the bytes of the database file
// and its write-ahead log; other audits (also one sharing a photo with it) are untouched and
// readable under the rotated storage key; a disposal that fails leaves the audit whole; the
// record is signed, recorded in the installation's history, and prints on one A4 page.
#include "audits/auditrepository.h"
#include "audits/findingrepository.h"
#include "evidence/evidencekeys.h"
#include "crypto/sha256.h"
#include "crypto/storagekey.h"
#include "demo/demoaudit.h"
#include "demo/syntheticphoto.h"
#include "disposal/auditdisposal.h"
#include "disposalrecorddocument.h"
#include "evidence/evidencebatch.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "evidence/photomarkup.h"
#include "history/historylog.h"
#include "clauseimport/builtinclausesets.h"
#include "package/packageexport.h"
#include "package/packageimport.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "search/searchindex.h"
#include "settings/documentsettings.h"

#include <poppler-qt6.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

namespace {

const QString kNote = QStringLiteral("ZQXJ書庫の鍵は机上に放置7781");

QByteArray allBytesUnder(const QString &dir)
{
    QByteArray all;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int filesUnder(const QString &dir)
{
    int n = 0;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

class TestDisposal : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_round = 0;
    int m_photos = 0;

    using Office = TestDatabase;

    std::unique_ptr<Office> office()
    {
        return TestDatabase::open(m_dir.path(), QStringLiteral("office-%1").arg(++m_round));
    }

    // The demo audit, with a distinctive note and a photo whose bytes are known.
    qint64 auditWithSecrets(Office &o, QByteArray *photo, const QString &photoPath, const QString &note = kNote)
    {
        const qint64 audit = DemoAudit::create(o.c(), *o.store);
        const QList<CheckItem> items = AuditRepository(o.c()).checkItems(audit);
        if (!audit || items.isEmpty() || !FindingRepository(o.c()).setText(audit, items.first().id, FindingField::Note, note))
            return 0;
        *photo = SyntheticPhoto::jpeg(QSize(1024, 768), 4242 + ++m_photos);
        QFile f(photoPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(*photo) != photo->size())
            return 0;
        f.close();
        QList<Evidence> added;
        if (!EvidenceBatch::runBlocking(o.c(), *o.store, audit, items.first().id, { photoPath }, note.left(4) + QStringLiteral("写真"), &added).isEmpty())
            return 0;
        return audit;
    }

    static DisposalRequest request(qint64 audit)
    {
        return { audit, QStringLiteral("山田　太郎"), QStringLiteral("佐藤　花子"), QStringLiteral("保存期間満了"), false };
    }

private slots:
    void nothingOfTheAuditRemains()
    {
        auto o = office();
        QVERIFY(o);
        QByteArray photo;
        const qint64 audit = auditWithSecrets(*o, &photo, m_dir.filePath(QStringLiteral("secret.jpg")));
        QVERIFY(audit);
        QByteArray otherPhoto;
        const qint64 other = auditWithSecrets(*o, &otherPhoto, m_dir.filePath(QStringLiteral("other.jpg")), QStringLiteral("別の監査の所見"));
        QVERIFY(other);
        // Before: the note is in the database (the test can see it), and searchable.
        QVERIFY(!SearchIndex(o->c()).search(QStringLiteral("ZQXJ書庫")).isEmpty());
        // … and its bytes are in the files (the check below would see them).
        QVERIFY(QByteArray(fileBytes(o->path) + fileBytes(o->path + QStringLiteral("-wal"))).contains(kNote.toUtf8()));
        const QString storageKeyBefore = EvidenceKeys(o->c()).storageKeyId();
        const QByteArray keyFileBefore = fileBytes(StorageKey::pathFor(o->store->root()));
        const int filesBefore = filesUnder(o->store->root() + QStringLiteral("/originals"));

        // Trial of issue 24: the marked-up print copy of a disposed photo stayed on disk (its
        // name carries the photo's SHA-256). Every photo of the audit gets one: ours, and the
        // demo's, which the other audit keeps (the copy of this audit's markup goes all the same).
        const QString pin = QStringLiteral(R"({"shapes":[{"kind":"pin","color":"#ff0000","width":2,"points":[[0.5,0.5]],"number":1}]})");
        QStringList markedCopies;
        for (const Evidence &e : EvidenceRepository(o->c(), *o->store).forAudit(audit)) {
            if (e.kind != EvidenceKind::Photo)
                continue;
            QVERIFY(EvidenceRepository(o->c(), *o->store).setMarkup(e.id, *PhotoMarkup::fromJson(pin)));
            const QString markup = o->store->markupOf(e.id);
            QVERIFY(o->store->readMarkedPrint(e.sha256, markup));
            markedCopies << o->store->markedPrintPath(e.sha256, markup);
            QVERIFY(QFile::exists(markedCopies.last()));
        }
        QCOMPARE(markedCopies.size(), 5);

        AuditDisposal disposal(o->c(), *o->store);
        const auto inventory = disposal.inventory(audit, nullptr);
        QVERIFY(inventory);
        QCOMPARE(inventory->photos, 5); // the demo's four and ours
        QVERIFY(inventory->storedFiles >= 5 * 3); // each photo's original, thumbnail and marked copy at least
        QCOMPARE(inventory->sharedFiles, 4); // the demo's photos, used by the other audit too
        QVERIFY(inventory->findings > 0);
        QString error;
        const auto record = disposal.dispose(request(audit), &error);
        QVERIFY2(record, qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Gone from the list, from search, from the evidence folder.
        QVERIFY(!AuditRepository(o->c()).load(audit));
        QCOMPARE(AuditRepository(o->c()).list().size(), 1);
        QVERIFY(SearchIndex(o->c()).search(QStringLiteral("ZQXJ書庫")).isEmpty());
        QVERIFY(!SearchIndex(o->c()).search(QStringLiteral("別の監査")).isEmpty());
        QVERIFY(!o->store->hasBlob(Sha256::hex(photo)));
        QVERIFY(!QFile::exists(o->store->originalPath(Sha256::hex(photo))));
        QVERIFY(!QFile::exists(o->store->thumbnailPath(Sha256::hex(photo))));
        for (const QString &path : std::as_const(markedCopies))
            QVERIFY2(!QFile::exists(path), qPrintable(path));
        for (QDirIterator it(o->store->root(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
            QVERIFY2(!it.next().contains(Sha256::hex(photo)), qPrintable(it.filePath())); // no name tells of it
        // The demo's photos are shared with the other audit: kept, readable, held by it.
        QVERIFY(filesUnder(o->store->root() + QStringLiteral("/originals")) == filesBefore - 1);
        for (const Evidence &e : EvidenceRepository(o->c(), *o->store).forAudit(other))
            if (!e.sha256.isEmpty()) {
                const auto bytes = o->store->readOriginal(e.sha256, 1 << 30);
                QVERIFY2(bytes && Sha256::hex(*bytes) == e.sha256, qPrintable(e.sha256));
            }
        // The storage key was rotated: another key, another file.
        QVERIFY(EvidenceKeys(o->c()).storageKeyId() != storageKeyBefore);
        QVERIFY(fileBytes(StorageKey::pathFor(o->store->root())) != keyFileBefore);
        QVERIFY(!QFile::exists(StorageKey::pathFor(o->store->root()) + QStringLiteral(".new")));

        // The record: signed, in the installation's history, which still verifies.
        QVERIFY(record->signatureValid());
        QCOMPARE(record->content.value(QStringLiteral("audit")).toObject().value(QStringLiteral("uid")).toString(), inventory->uid);
        QCOMPARE(record->content.value(QStringLiteral("manifest_sha256")).toString(), inventory->manifestSha256);
        QVERIFY(record->finishedAt.isValid());
        const QString installation = HistoryLog::installationOrigin(o->c());
        const HistoryLog::Check check = HistoryLog::verify(o->c(), installation);
        QVERIFY2(check.ok(), qPrintable(HistoryLog::describe(check)));
        const auto entries = HistoryLog::entries(o->c(), installation);
        QCOMPARE(entries.last().entry.action, QStringLiteral("audit.disposed"));
        QVERIFY(entries.last().content.contains(record->recordSha256()));
        const HistoryLog::Check others = HistoryLog::verify(o->c(), HistoryLog::auditOrigin(o->c(), other));
        QVERIFY2(others.ok(), qPrintable(HistoryLog::describe(others)));
        // A changed record no longer verifies.
        DisposalRecord forged = *record;
        forged.bytes.replace("保存期間満了", "誤って消去");
        QVERIFY(!forged.signatureValid());

        // The raw bytes: the database file and its log hold neither the note nor the photo.
        o->store.reset();
        o->db.reset(); // closed, as after the program ends
        const QByteArray raw = fileBytes(o->path) + fileBytes(o->path + QStringLiteral("-wal"));
        QVERIFY(raw.size() > 100000);
        QVERIFY(!raw.contains(QByteArrayLiteral("ZQXJ")));
        QVERIFY(!raw.contains(kNote.toUtf8()));
        const QByteArray stored = raw + allBytesUnder(EvidenceStore::rootFor(o->path)); // (the source photo lies beside them)
        for (qsizetype at = 2000; at + 64 < photo.size(); at += photo.size() / 7)
            QVERIFY2(!stored.contains(photo.mid(at, 64)), qPrintable(QString::number(at)));
    }

    void aFailedDisposalLeavesTheAuditWhole()
    {
        auto o = office();
        QVERIFY(o);
        QByteArray photo;
        const qint64 audit = auditWithSecrets(*o, &photo, m_dir.filePath(QStringLiteral("kept.jpg")));
        QVERIFY(audit);
        const QString storageKey = EvidenceKeys(o->c()).storageKeyId();
        // The database refuses the record (as a full disk would refuse the write).
        QSqlQuery q(o->c());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON disposals BEGIN "
                                      "SELECT RAISE(ABORT, 'database or disk is full'); END")));
        QString error;
        QVERIFY(!AuditDisposal(o->c(), *o->store).dispose(request(audit), &error));
        QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
        QVERIFY(AuditRepository(o->c()).load(audit));
        QCOMPARE(EvidenceKeys(o->c()).storageKeyId(), storageKey);
        QCOMPARE(o->store->readOriginal(Sha256::hex(photo), 1 << 30).value_or(QByteArray()), photo);
        QVERIFY(!SearchIndex(o->c()).search(QStringLiteral("ZQXJ書庫")).isEmpty());
        QVERIFY(AuditDisposal(o->c(), *o->store).records().isEmpty());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY(AuditDisposal(o->c(), *o->store).dispose(request(audit), &error));
    }

    // A stop after the commit (here: the new storage key cannot be written) leaves the audit
    // disposed of, and what is left (key rotation, files, log) is done at the next start.
    void theRestIsFinishedAtTheNextStart()
    {
        auto o = office();
        QVERIFY(o);
        QByteArray photo;
        const qint64 audit = auditWithSecrets(*o, &photo, m_dir.filePath(QStringLiteral("later.jpg")));
        QVERIFY(audit);
        const QString blocker = StorageKey::pathFor(o->store->root()) + QStringLiteral(".new");
        QVERIFY(QDir().mkpath(blocker)); // a folder where the new key would go
        const QString keyBefore = EvidenceKeys(o->c()).storageKeyId();
        QString error;
        const auto record = AuditDisposal(o->c(), *o->store).dispose(request(audit), &error);
        QVERIFY(record);
        QVERIFY(!error.isEmpty()); // said, not hidden
        QVERIFY(!record->finishedAt.isValid());
        QVERIFY(!AuditRepository(o->c()).load(audit));
        QCOMPARE(EvidenceKeys(o->c()).storageKeyId(), keyBefore);
        QVERIFY(QFile::exists(o->store->originalPath(Sha256::hex(photo)))); // not yet deleted …
        QVERIFY(!o->store->readOriginal(Sha256::hex(photo), 1 << 30)); // … but its key is gone
        QVERIFY(QDir(blocker).removeRecursively());
        QCOMPARE(AuditDisposal(o->c(), *o->store).finishPending(&error), 1);
        QVERIFY(EvidenceKeys(o->c()).storageKeyId() != keyBefore);
        QVERIFY(!QFile::exists(o->store->originalPath(Sha256::hex(photo))));
        QVERIFY(AuditDisposal(o->c(), *o->store).records().first().finishedAt.isValid());
        QCOMPARE(AuditDisposal(o->c(), *o->store).finishPending(&error), 0);
    }

    // A package made before the disposal brings the audit back: the import says so, and the
    // audit can be disposed of again (a second record for the same audit).
    void anAuditBackFromAPackageIsDisposedOfAgain()
    {
        auto o = office();
        QVERIFY(o);
        const qint64 audit = DemoAudit::create(o->c(), *o->store);
        QVERIFY(audit);
        const QString package = m_dir.filePath(QStringLiteral("before-disposal.age"));
        QVERIFY(PackageExport(o->c(), *o->store).write({ audit }, package, { {}, QByteArrayLiteral("correct horse battery"), 10 }).error.isEmpty());
        QString error;
        QVERIFY2(AuditDisposal(o->c(), *o->store).dispose(request(audit), &error), qPrintable(error));
        const PackageImport::Result back = PackageImport(o->c(), *o->store).read(package, {}, { QByteArrayLiteral("correct horse battery") });
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        QCOMPARE(back.audits.size(), 1);
        QCOMPARE(back.audits.first().kind, PackageImport::Outcome::Imported);
        QVERIFY(back.audits.first().disposedBefore.isValid());
        const auto again = AuditDisposal(o->c(), *o->store).dispose(request(back.audits.first().auditId), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(AuditDisposal(o->c(), *o->store).records().size(), 2);
        QVERIFY(AuditRepository(o->c()).list().isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("approved");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("open");
        QTest::addColumn<bool>("force");
        QTest::addColumn<bool>("refused");
        QTest::newRow("complete") << "山田" << "佐藤" << "満了" << 0 << false << false;
        QTest::newRow("no performer") << " " << "佐藤" << "満了" << 0 << false << true;
        QTest::newRow("no approver") << "山田" << "" << "満了" << 0 << false << true;
        QTest::newRow("no reason") << "山田" << "佐藤" << "" << 0 << false << true;
        QTest::newRow("approved by the performer") << "山田　太郎" << "山田太郎" << "満了" << 0 << false << true;
        QTest::newRow("open items") << "山田" << "佐藤" << "満了" << 2 << false << true;
        QTest::newRow("open items, forced") << "山田" << "佐藤" << "満了" << 2 << true << false;
    }
    void refusals()
    {
        QFETCH(QString, by);
        QFETCH(QString, approved);
        QFETCH(QString, reason);
        QFETCH(int, open);
        QFETCH(bool, force);
        QFETCH(bool, refused);
        DisposalInventory v;
        v.openAdvisoryItems = open;
        QCOMPARE(!AuditDisposal::refusal({ 1, by, approved, reason, force }, v).isEmpty(), refused);
    }

    void theRecordPrintsOnOnePage()
    {
        auto o = office();
        QVERIFY(o);
        const qint64 audit = DemoAudit::create(o->c(), *o->store);
        QVERIFY(audit);
        QString error;
        const auto record = AuditDisposal(o->c(), *o->store).dispose(request(audit), &error);
        QVERIFY2(record, qPrintable(error));
        const QString pdf = m_dir.filePath(QStringLiteral("record.pdf"));
        QCOMPARE(DisposalRecordDocument::writePdf(*record, DocumentSettings::load(o->c()), pdf, &error), 1);
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
        QVERIFY(doc && doc->numPages() == 1);
        const std::unique_ptr<Poppler::Page> page(doc->page(0));
        const QString text = page->text(QRectF()).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        for (const QString &expected : { QStringLiteral("データ消去証明書（消去記録）"), QStringLiteral("株式会社しなのデータサービス"),
                 QStringLiteral("令和"), QStringLiteral("写真４枚"), QStringLiteral("暗号化消去"), QStringLiteral("太郎"),
                 QStringLiteral("佐藤"), QStringLiteral("保存期間満了"), QStringLiteral("バックアップ"), QStringLiteral("有効"),
                 record->content.value(QStringLiteral("method")).toObject().value(QStringLiteral("data_key_id")).toString() })
            QVERIFY2(text.contains(expected), qPrintable(expected));
        for (const Poppler::FontInfo &f : doc->fonts())
            QVERIFY2(f.isEmbedded(), qPrintable(f.name()));
        const QImage image = page->renderToImage(50, 50);
        QVERIFY(!image.isNull());
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY(dark > 500);
    }
};

QTEST_MAIN(TestDisposal)
#include "tst_disposal.moc"
