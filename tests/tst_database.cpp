// Opening databases: new, current, newer (refused, untouched), damaged (refused, untouched),
// older (backed up, migrated step by step, a failed step undone).
#include "audits/auditrepository.h"
#include "history/historylog.h"
#include "schema/standardschema.h"
#include "clauses/clausesetrepository.h"
#include "storage/database.h"
#include "advisory/advisoryrepository.h"
#include "settings/documentsettings.h"
#include "evidence/evidencestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements)
            ok = ok && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

Migration step(int version, QStringList statements, bool failAtEnd = false)
{
    return { version, QStringLiteral("test step %1").arg(version),
        [statements, failAtEnd](QSqlDatabase &db, QString *error) {
            if (!execAll(db, statements, error))
                return false;
            if (failAtEnd)
                *error = QStringLiteral("simulated failure");
            return !failAtEnd;
        } };
}

bool tableExists(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void newDatabaseIsCurrent()
    {
        Database db;
        QVERIFY(!db.open(path("new/sub/kansa.sqlite"), standardSchema()).isError());
        QCOMPARE(db.schemaVersion(), Database::currentVersion(standardMigrations()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(db.lastBackupPath().isEmpty()); // nothing to back up in a new file
    }

    void reopeningIsANoOp()
    {
        const QString file = path("reopen.sqlite");
        {
            Database db;
            QVERIFY(!db.open(file, standardSchema()).isError());
        }
        Database db;
        QVERIFY(!db.open(file, standardSchema()).isError());
        QVERIFY(db.lastBackupPath().isEmpty());
        QCOMPARE(db.schemaVersion(), Database::currentVersion(standardMigrations()));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");

        const QString newer = path("newer.sqlite");
        {
            Database db;
            QVERIFY(!db.open(newer, standardSchema()).isError());
        }
        QVERIFY(rawExec(newer,
            { QStringLiteral("PRAGMA journal_mode = DELETE"),
                QStringLiteral("PRAGMA user_version = %1").arg(Database::currentVersion(standardMigrations()) + 5) }));
        QTest::newRow("newer Kansa") << newer << int(DatabaseError::NewerVersion);

        const QString text = path("notes.sqlite");
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(QByteArray(8192, 'x'));
        t.close();
        QTest::newRow("not a database") << text << int(DatabaseError::NotADatabase);

        const QString damaged = path("damaged.sqlite");
        QStringList fill = { QStringLiteral("PRAGMA journal_mode = DELETE"),
            QStringLiteral("CREATE TABLE t (x TEXT)"), QStringLiteral("CREATE INDEX ti ON t (x)") };
        for (int i = 0; i < 400; ++i)
            fill << QStringLiteral("INSERT INTO t VALUES ('%1')")
                        .arg(QString(100, QChar(u'a' + i % 26)) + QString::number(i));
        QVERIFY(rawExec(damaged, fill));
        QFile d(damaged);
        QVERIFY(d.open(QIODevice::ReadWrite));
        QVERIFY(d.seek(4096 * 5 + 100)); // inside a b-tree page, header left intact
        d.write(QByteArray(3000, '\xA5'));
        d.close();
        QTest::newRow("fails integrity check") << damaged << int(DatabaseError::Corrupt);
    }

    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        const QByteArray before = fileHash(file);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        Database db;
        const DatabaseError err = db.open(file, standardSchema());
        QCOMPARE(int(err.code), code);
        QVERIFY(!err.message().isEmpty());
        QVERIFY(!db.connection().isOpen());
        QCOMPARE(fileHash(file), before); // not a byte written
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no -wal, no backup
    }

    void newerVersionMessageNamesBothVersions()
    {
        Database db;
        const DatabaseError err = db.open(path("newer.sqlite"), standardSchema());
        QVERIFY(err.message().contains(QString::number(Database::currentVersion(standardMigrations()) + 5)));
        QVERIFY(err.message().contains(QString::number(Database::currentVersion(standardMigrations()))));
    }

    void upgradeBacksUpAndFailedStepIsUndone()
    {
        const QString file = path("ladder.sqlite");
        MigrationLadder ladder = standardMigrations();
        {
            Database db;
            QVERIFY(!db.open(file, standardSchema(ladder)).isError());
            ClauseSetRepository repo(db.connection());
            ClauseDocument doc;
            doc.title = QStringLiteral("試験");
            doc.articles.append(Article { QStringLiteral("第１"), 1, QStringLiteral("総則"),
                { Paragraph { 1, QStringLiteral("本文"), false, {} } } });
            QVERIFY(repo.store(doc, QStringLiteral("hash-1"), QStringLiteral("t.txt")).created);
        }
        const int v1 = Database::currentVersion(ladder);

        MigrationLadder failing = ladder;
        failing.append(
            step(v1 + 1, { QStringLiteral("CREATE TABLE IF NOT EXISTS half_done (x)") }, true));
        {
            Database db;
            const DatabaseError err = db.open(file, standardSchema(failing));
            QCOMPARE(err.code, DatabaseError::MigrationFailed);
            QVERIFY(QFile::exists(db.lastBackupPath()));
        }
        {
            Database db; // still the old version, without the failed step's table, data intact
            QVERIFY(!db.open(file, standardSchema(ladder)).isError());
            QCOMPARE(db.schemaVersion(), v1);
            QVERIFY(!tableExists(db, QStringLiteral("half_done")));
            QCOMPARE(ClauseSetRepository(db.connection()).count(), 1);
        }

        MigrationLadder good = ladder;
        good.append(step(v1 + 1,
            { QStringLiteral("CREATE TABLE IF NOT EXISTS audits_test (id INTEGER PRIMARY KEY)") }));
        good.append(step(v1 + 2,
            { QStringLiteral(
                "CREATE TABLE IF NOT EXISTS findings_test (id INTEGER PRIMARY KEY)") }));
        QString backup;
        {
            Database db;
            QVERIFY(!db.open(file, standardSchema(good)).isError());
            QCOMPARE(db.schemaVersion(), v1 + 2);
            QVERIFY(tableExists(db, QStringLiteral("audits_test")));
            QVERIFY(tableExists(db, QStringLiteral("findings_test")));
            backup = db.lastBackupPath();
            QVERIFY(backup.contains(QStringLiteral(".v%1-").arg(v1)));
#ifdef Q_OS_UNIX
            // Issue 24 §9: the copy before an upgrade is as private as the database.
            QVERIFY(!(QFile::permissions(backup) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
#endif
        }
        Database old(QStringLiteral("backup"));
        QVERIFY(!old.open(backup, standardSchema(ladder)).isError()); // the backup is the old database, whole
        QCOMPARE(old.schemaVersion(), v1);
        QCOMPARE(ClauseSetRepository(old.connection()).count(), 1);
    }

    void stepsAreIdempotent()
    {
        Database db;
        QVERIFY(!db.open(path("idempotent.sqlite"), standardSchema()).isError());
        QSqlDatabase c = db.connection();
        for (const Migration &m : standardMigrations()) {
            QString error;
            QVERIFY2(m.apply(c, &error), qPrintable(error)); // again, on a migrated database
        }
    }

    void releasedFixturesOpen_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("clauseSets");
        QTest::addColumn<int>("audits");
        QTest::newRow("schema 1 (Kansa 0.1)") << QStringLiteral("kansa-v1.sqlite") << 3 << 0;
        QTest::newRow("schema 2 (audits)") << QStringLiteral("kansa-v2.sqlite") << 2 << 1;
        QTest::newRow("schema 3 (a letter issued)") << QStringLiteral("kansa-v3.sqlite") << 2 << 1;
        QTest::newRow("schema 6 (a corrected clause set)") << QStringLiteral("kansa-v6.sqlite") << 4 << 1;
        QTest::newRow("schema 7 (the history)") << QStringLiteral("kansa-v7.sqlite") << 2 << 1;
        QTest::newRow("schema 8 (evidence encrypted)") << QStringLiteral("kansa-v8.sqlite") << 2 << 1;
        QTest::newRow("schema 12 (signed, a letter drafted and approved)") << QStringLiteral("kansa-v12.sqlite") << 2 << 1;
    }

    void fixturesKeepTheirHistory_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("draftedBy");
        QTest::addColumn<int>("followUpSteps");
        QTest::newRow("schema 7") << QStringLiteral("kansa-v7.sqlite") << QString() << 1;
        QTest::newRow("schema 8") << QStringLiteral("kansa-v8.sqlite") << QString() << 1;
        QTest::newRow("schema 12 (current)") << QStringLiteral("kansa-v12.sqlite") << QStringLiteral("監査一郎") << 0;
    }

    // Every schema since the history began (7), the current one included: the demo audit signed
    // by both parties and its letter issued (schema 12: with 起案 and 決裁). Today's Kansa opens
    // each with its safeguards present, its history verifying across the migrations and the
    // letter intact.
    void fixturesKeepTheirHistory()
    {
        QFETCH(QString, fixture);
        const QString copy = m_dir.filePath(QStringLiteral("history-") + fixture);
        QVERIFY(QFile::copy(QStringLiteral(KANSA_TEST_DATA "/databases/") + fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Database db(fixture);
        QVERIFY(!db.open(copy, standardSchema()).isError());
        QVERIFY(db.brokenGuards().isEmpty());
        const QString origin = HistoryLog::auditOrigin(db.connection(), 1);
        QVERIFY(!origin.isEmpty());
        const HistoryLog::Check check = HistoryLog::verify(db.connection(), origin);
        QVERIFY2(check.ok(), qPrintable(QStringLiteral("fault %1 at %2").arg(int(check.verdict.fault)).arg(check.verdict.sequence)));
        QCOMPARE(AuditRepository(db.connection()).load(1)->status, AuditStatus::Advised); // signed, its letter issued
        const std::optional<Advisory> letter = AdvisoryRepository(db.connection()).current(1);
        QVERIFY(letter);
        QCOMPARE(letter->status, AdvisoryStatus::Issued);
        QCOMPARE(letter->documentNumber, QStringLiteral("しなの高原市情第１号"));
        QFETCH(QString, draftedBy);
        QCOMPARE(letter->draftedBy, draftedBy);
        QSqlQuery steps(db.connection());
        QVERIFY(steps.exec(QStringLiteral("SELECT count(*) FROM followup_events")) && steps.next());
        QFETCH(int, followUpSteps);
        QCOMPARE(steps.value(0).toInt(), followUpSteps);
    }

    // Schema 8 put evidence under the installation's storage key: after every later migration
    // the key chain (storage key → audit data key → file key) still opens the files.
    void evidenceOfSchema8StillDecrypts()
    {
        const QString dir = m_dir.filePath(QStringLiteral("v8-keys"));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/kansa-v8.sqlite");
        QVERIFY(QFile::copy(QStringLiteral(KANSA_TEST_DATA "/databases/kansa-v8.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QString from = QStringLiteral(KANSA_TEST_DATA "/databases/kansa-v8-evidence");
        for (const QString &file : { QStringLiteral("keys/storage.key"),
                 QStringLiteral("derived/6a/6a7d29943a717351da4116e081ae59eb1d7e6c88c55d2416f542de63a0b7603d-thumb.jpg") }) {
            const QString to = dir + QStringLiteral("/kansa-v8-evidence/") + file;
            QVERIFY(QDir().mkpath(QFileInfo(to).path()));
            QVERIFY(QFile::copy(from + u'/' + file, to));
            QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        }
        Database db(QStringLiteral("v8-keys"));
        QVERIFY(!db.open(path, standardSchema()).isError());
        EvidenceStore store(db.connection(), EvidenceStore::rootFor(path));
        const std::optional<QByteArray> thumb
            = store.readThumbnail(QStringLiteral("6a7d29943a717351da4116e081ae59eb1d7e6c88c55d2416f542de63a0b7603d"));
        QVERIFY(thumb);
        QImage image;
        QVERIFY(image.loadFromData(*thumb, "JPEG"));
        QVERIFY(image.width() > 0);
        // A file not copied here is missing: said so, not shown as garbage.
        QVERIFY(!store.readThumbnail(QStringLiteral("48a2077b57757fbfb832b6865c41b28d0013ac2827c9a8c3b4bfa1132105b171")));
    }

    // Schema 6: a clause set corrected by hand keeps the set it corrects and its file's hash.
    void correctedClauseSetOfSchema6KeepsItsOrigin()
    {
        const QString copy = m_dir.filePath(QStringLiteral("v6-origin.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(KANSA_TEST_DATA "/databases/kansa-v6.sqlite"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QVERIFY(!db.open(copy, standardSchema()).isError());
        ClauseSetRepository repo(db.connection());
        const auto parsed = repo.load(3), corrected = repo.load(4);
        QVERIFY(parsed && corrected);
        QCOMPARE(corrected->predecessorId, 3);
        QCOMPARE(corrected->sourceHash, parsed->contentHash);
        QVERIFY(corrected->contentHash != parsed->contentHash);
        QCOMPARE(corrected->document.articles.first().heading, QStringLiteral("履行（訂正）"));
        const std::optional<Advisory> letter = AdvisoryRepository(db.connection()).current(1);
        QVERIFY(letter);
        QCOMPARE(letter->status, AdvisoryStatus::Issued);
    }

    // Before schema 4 a letter was issued when it was made. It stays issued, keeps its number,
    // and gets the settings of the upgrade as its own, so later settings never change it.
    void letterOfSchema3IsIssuedAfterUpgrade()
    {
        const QString copy = m_dir.filePath(QStringLiteral("v3-letter.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(KANSA_TEST_DATA "/databases/kansa-v3.sqlite"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QVERIFY(!db.open(copy, standardSchema()).isError());
        const std::optional<Advisory> a = AdvisoryRepository(db.connection()).current(1);
        QVERIFY(a);
        QCOMPARE(a->status, AdvisoryStatus::Issued);
        QCOMPARE(a->documentNumber, QStringLiteral("旧市情第７号"));
        QCOMPARE(a->items.size(), 3);
        QCOMPARE(a->items.at(0).state, FollowUpState::Responded);
        const DocumentSettings frozen = DocumentSettings::fromJson(a->snapshot);
        QCOMPARE(frozen.municipality, QStringLiteral("新市")); // the settings at the upgrade
        QCOMPARE(frozen.headTitle, QStringLiteral("旧市長　旧山　太郎")); // the one-field head of schema 3
        QString error;
        QVERIFY(!AdvisoryRepository(db.connection()).setFinding(a->items.at(0).id, QStringLiteral("x"), &error));
        QCOMPARE(DocumentSettings::load(db.connection()).nextNumber, 8);
    }

    void releasedFixturesOpen()
    {
        QFETCH(QString, fixture);
        QFETCH(int, clauseSets);
        const QString copy = m_dir.filePath(fixture);
        QVERIFY(QFile::copy(QStringLiteral(KANSA_TEST_DATA "/databases/") + fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QVERIFY(!db.open(copy, standardSchema()).isError());
        QCOMPARE(db.schemaVersion(), Database::currentVersion(standardMigrations()));
        ClauseSetRepository repo(db.connection());
        QCOMPARE(repo.count(), clauseSets);
        const auto sets = repo.list();
        for (const ClauseSetSummary &s : sets)
            QVERIFY(repo.load(s.id).has_value());
        // Audits survive the upgrade, and the upgraded file takes new ones.
        QFETCH(int, audits);
        AuditRepository auditRepo(db.connection());
        QCOMPARE(auditRepo.count(), audits);
        Audit a;
        a.contractor.name = QStringLiteral("移行後株式会社");
        a.date = QDate(2026, 11, 22);
        const qint64 id = auditRepo.create(a, *repo.load(sets.first().id));
        QVERIFY(id);
        QVERIFY(!auditRepo.checkItems(id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
