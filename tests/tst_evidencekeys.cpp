// Issue 13: the keys of evidence at rest. The storage key is created on first use and lives
// outside the database; a database without its key file says so instead of failing silently; a
// rotation interrupted at either step leaves the key the database names; a file shared by two
// audits stays readable whichever of them goes first; and a store from before encryption at rest
// is encrypted in place, byte for byte the same when read, even after a stop between renames.
#include "audits/auditrepository.h"
#include "evidence/evidencekeys.h"
#include "crypto/filecipher.h"
#include "crypto/sha256.h"
#include "crypto/storagekey.h"
#include "demo/demoaudit.h"
#include "demo/syntheticphoto.h"
#include "evidence/evidencebatch.h"
#include "evidence/evidenceencryption.h"
#include "evidence/evidencefile.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "clauseimport/builtinclausesets.h"
#include "signoff/signoff.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "legacystore.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

class TestEvidenceKeys : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_round = 0;

    using Office = TestDatabase;

    std::unique_ptr<Office> office()
    {
        return TestDatabase::open(m_dir.path(), QStringLiteral("keys-%1").arg(++m_round));
    }

    static QStringList storedFiles(const EvidenceStore &store)
    {
        QStringList files;
        for (const QString &area : { QStringLiteral("/originals"), QStringLiteral("/derived") })
            for (QDirIterator it(store.root() + area, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
                files << it.next();
        return files;
    }

private slots:
    void theStorageKeyLivesOutsideTheDatabase()
    {
        auto o = office();
        QVERIFY(o);
        QVERIFY(DemoAudit::create(o->c(), *o->store));
        const QString id = EvidenceKeys(o->c()).storageKeyId();
        QCOMPARE(id.size(), 16);
        QFile keyFile(StorageKey::pathFor(o->store->root()));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray key = QByteArray::fromBase64(keyFile.readAll().split('\n').value(1));
        QCOMPARE(StorageKey::idOf(key), id);
        QFile db(o->path);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(key)); // the database alone opens nothing
        for (const QString &file : storedFiles(*o->store))
            QVERIFY2(EvidenceFile::isEncrypted(file), qPrintable(file));
    }

    void aMissingKeyFileIsNamed()
    {
        auto o = office();
        QVERIFY(o);
        const qint64 audit = DemoAudit::create(o->c(), *o->store);
        const QString sha = EvidenceRepository(o->c(), *o->store).forAudit(audit).first().sha256;
        // Another process: nothing cached. The key file is gone (a folder copied without it).
        const QString keyPath = StorageKey::pathFor(o->store->root());
        QVERIFY(QFile::rename(keyPath, keyPath + QStringLiteral(".away")));
        QString error;
        QVERIFY(!StorageKey::load(o->store->root(), EvidenceKeys(o->c()).storageKeyId(), &error));
        QVERIFY2(error.contains(QStringLiteral("keys")), qPrintable(error));
        QVERIFY(!QFile::exists(keyPath)); // not replaced by a new key
        QVERIFY(QFile::rename(keyPath + QStringLiteral(".away"), keyPath));
        QVERIFY(o->store->readOriginal(sha, 1 << 30));
    }

    // QA: the key file moved away while Kansa runs: written back at the next use, so that
    // evidence stored meanwhile still opens after the next start.
    void aKeyFileMovedAwayWhileRunningIsWrittenBack()
    {
        auto o = office();
        QVERIFY(o);
        QVERIFY(DemoAudit::create(o->c(), *o->store));
        const QString keyPath = StorageKey::pathFor(o->store->root());
        QFile f(keyPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QVERIFY(QFile::remove(keyPath));
        QVERIFY(EvidenceKeys(o->c()).storageKey()); // held by this process
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void anInterruptedRotationKeepsTheNamedKey_data()
    {
        QTest::addColumn<bool>("databaseSwitched");
        QTest::newRow("stopped before the database switched") << false;
        QTest::newRow("stopped after the database switched") << true;
    }
    void anInterruptedRotationKeepsTheNamedKey()
    {
        QFETCH(bool, databaseSwitched);
        auto o = office();
        QVERIFY(o);
        QVERIFY(DemoAudit::create(o->c(), *o->store));
        const QString root = o->store->root();
        const QString oldId = EvidenceKeys(o->c()).storageKeyId();
        const QByteArray fresh = FileCipher::newKey();
        QVERIFY(StorageKey::writePending(root, fresh));
        const QString expected = databaseSwitched ? StorageKey::idOf(fresh) : oldId;
        QString error;
        const auto loaded = StorageKey::load(root, expected, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(StorageKey::idOf(*loaded), expected);
        QVERIFY(!QFile::exists(StorageKey::pathFor(root) + QStringLiteral(".new")));
        const auto again = StorageKey::load(root, expected, &error); // the file now holds it
        QVERIFY(again && *again == *loaded);
    }

    void rotationKeepsEveryAuditReadable()
    {
        auto o = office();
        QVERIFY(o);
        const qint64 a = DemoAudit::create(o->c(), *o->store);
        const qint64 b = DemoAudit::create(o->c(), *o->store);
        QVERIFY(a && b);
        const QString before = EvidenceKeys(o->c()).storageKeyId();
        QString error;
        QVERIFY2(EvidenceKeys(o->c()).rotateStorageKey(&error), qPrintable(error));
        QVERIFY(EvidenceKeys(o->c()).storageKeyId() != before);
        for (qint64 audit : { a, b })
            for (const Evidence &e : EvidenceRepository(o->c(), *o->store).forAudit(audit))
                if (!e.sha256.isEmpty())
                    QCOMPARE(Sha256::hex(o->store->readOriginal(e.sha256, 1 << 30).value_or(QByteArray())), e.sha256);
    }

    void aSharedFileOutlivesEitherAudit()
    {
        auto o = office();
        QVERIFY(o);
        const QString photo = m_dir.filePath(QStringLiteral("shared.jpg"));
        QFile f(photo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(SyntheticPhoto::jpeg(QSize(800, 600), 77));
        f.close();
        QList<qint64> audits;
        QString sha;
        for (int i = 0; i < 2; ++i) {
            const qint64 audit = DemoAudit::create(o->c(), *o->store);
            QList<Evidence> added;
            QVERIFY(EvidenceBatch::runBlocking(o->c(), *o->store, audit,
                AuditRepository(o->c()).checkItems(audit).first().id, { photo }, {}, &added).isEmpty());
            sha = added.first().sha256;
            audits << audit;
        }
        QString error;
        QVERIFY2(AuditRepository(o->c()).remove(audits.at(0), &error), qPrintable(error)); // the one holding the key
        o->store->collectGarbage();
        QCOMPARE(Sha256::hex(o->store->readOriginal(sha, 1 << 30).value_or(QByteArray())), sha);
        QVERIFY(o->store->readThumbnail(sha));
        QVERIFY2(AuditRepository(o->c()).remove(audits.at(1), &error), qPrintable(error));
        o->store->collectGarbage();
        QVERIFY(!QFile::exists(o->store->originalPath(sha)));
        QSqlQuery q(o->c());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM blob_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void aStoreFromBeforeIsEncryptedInPlace()
    {
        auto o = office();
        QVERIFY(o);
        const qint64 audit = DemoAudit::create(o->c(), *o->store);
        QVERIFY(audit);
        QVERIFY(LegacyStore::makeUnencrypted(o->c(), *o->store));
        QHash<QString, QByteArray> plain;
        for (const QString &file : storedFiles(*o->store)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            plain.insert(file, f.readAll());
            QVERIFY(!EvidenceFile::isEncrypted(file));
        }
        QVERIFY(plain.size() >= 8);
        // Read as they are until the migration reaches them.
        const QString sha = EvidenceRepository(o->c(), *o->store).forAudit(audit).first().sha256;
        QCOMPARE(Sha256::hex(o->store->readOriginal(sha, 1 << 30).value_or(QByteArray())), sha);
        // One file was stopped between the two renames of an earlier run.
        const QString aside = plain.keys().first();
        QVERIFY(QFile::rename(aside, aside + QStringLiteral(".plain")));
        QVERIFY(EvidenceEncryption::needed(o->c()));
        QString error;
        QVERIFY2(EvidenceEncryption::run(o->c(), *o->store, &error), qPrintable(error));
        QVERIFY(!EvidenceEncryption::needed(o->c()));
        const EvidenceKeys keys = o->store->keys();
        for (auto it = plain.cbegin(); it != plain.cend(); ++it) {
            QVERIFY2(EvidenceFile::isEncrypted(it.key()), qPrintable(it.key()));
            const QString fileSha = QFileInfo(it.key()).fileName().left(64);
            QCOMPARE(EvidenceFile::read(it.key(), keys.fileKey(fileSha).value_or(QByteArray()), 1 << 30).value_or(QByteArray()), it.value());
        }
        QVERIFY(!QFile::exists(aside + QStringLiteral(".plain")));
        QCOMPARE(storedFiles(*o->store).size(), plain.size()); // no temporary copy left
        // From now on a file in clear is not one Kansa wrote: a print copy swapped on the disk
        // for another picture is refused (the report prints a grey box, not the swapped one).
        const QString print = o->store->printPath(sha);
        QVERIFY(o->store->readPrint(sha));
        QFile swapped(print);
        QVERIFY(swapped.open(QIODevice::WriteOnly | QIODevice::Truncate));
        swapped.write(plain.value(o->store->thumbnailPath(sha)));
        swapped.close();
        QVERIFY(!o->store->readPrint(sha));
        // The audit's data key holds its files.
        QSqlQuery q(o->c());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM blob_keys WHERE audit_id IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceKeys)
#include "tst_evidencekeys.moc"
