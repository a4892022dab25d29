// A child process edits an audit and imports photos; it is killed (SIGKILL) at random moments.
// Afterwards everything it reported as committed is there, the database passes its integrity
// check, and after garbage collection no stored file is orphaned and none is missing.
#include "audits/auditrepository.h"
#include "import/builtinclausesets.h"
#include "clauses/clausesetrepository.h"
#include "storage/database.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "audits/findingrepository.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

class TestCrashSafety : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void killAtRandomMoments_data()
    {
        QTest::addColumn<int>("round");
        for (int i = 1; i <= 4; ++i)
            QTest::addRow("round %d", i) << i;
    }

    void killAtRandomMoments()
    {
        QFETCH(int, round);
        const QString dbPath = m_dir.filePath(QStringLiteral("crash.sqlite"));
        qint64 audit = 0;
        {
            Database db(QStringLiteral("setup"));
            QVERIFY(!db.open(dbPath).isError());
            QVERIFY(BuiltinClauseSets::ensurePresent(db.connection()));
            AuditRepository audits(db.connection());
            if (audits.count() == 0) {
                Audit a;
                a.contractor.name = QStringLiteral("停電社");
                a.date = QDate(2026, 11, 22);
                QVERIFY(audits.create(a, *ClauseSetRepository(db.connection()).load(1)));
            }
            audit = audits.list().first().id;
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(KANSA_CRASHWORKER),
            { dbPath, QString::number(audit), m_dir.path(), QString::number(round) });
        QVERIFY(child.waitForStarted());
        // Let it work for a while (photos included), then pull the plug mid-flight.
        const int lines = 20 + int(QRandomGenerator::global()->bounded(60));
        QStringList reported;
        QElapsedTimer timer;
        timer.start();
        while (reported.size() < lines && timer.elapsed() < 60000) {
            child.waitForReadyRead(200);
            while (child.canReadLine())
                reported << QString::fromUtf8(child.readLine()).trimmed();
        }
        QTest::qWait(int(QRandomGenerator::global()->bounded(30)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        while (child.canReadLine())
            reported << QString::fromUtf8(child.readLine()).trimmed();
        QVERIFY2(reported.size() >= 20, "the worker did not get going");
        QVERIFY(std::any_of(reported.begin(), reported.end(),
            [](const QString &l) { return l.startsWith(QLatin1String("photo")); }));

        Database db(QStringLiteral("check"));
        QVERIFY(!db.open(dbPath).isError()); // includes PRAGMA integrity_check
        QHash<qint64, QString> verdicts;
        QHash<qint64, QString> notes;
        QSet<qint64> photos;
        for (const QString &line : std::as_const(reported)) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.value(0) == QLatin1String("verdict"))
                verdicts[f.value(1).toLongLong()] = f.value(2);
            else if (f.value(0) == QLatin1String("note"))
                notes[f.value(1).toLongLong()] = f.value(2);
            else if (f.value(0) == QLatin1String("photo"))
                photos.insert(f.value(1).toLongLong());
        }
        const QHash<qint64, Finding> stored = FindingRepository(db.connection()).forAudit(audit);
        for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it)
            QCOMPARE(Verdicts::key(stored.value(it.key()).verdict), it.value());
        for (auto it = notes.cbegin(); it != notes.cend(); ++it)
            QCOMPARE(stored.value(it.key()).note, it.value());

        EvidenceStore store(db.connection(), EvidenceStore::rootFor(dbPath));
        store.collectGarbage();
        const QList<Evidence> evidence = EvidenceRepository(db.connection(), store).forAudit(audit);
        QSet<qint64> ids;
        QSet<QString> shas;
        for (const Evidence &e : evidence) {
            ids.insert(e.id);
            shas.insert(e.sha256);
            QVERIFY2(QFileInfo::exists(store.originalPath(e.sha256)), qPrintable(e.sha256));
            QVERIFY(QFileInfo::exists(store.thumbnailPath(e.sha256)));
        }
        for (qint64 id : std::as_const(photos))
            QVERIFY2(ids.contains(id), "a photo reported as added is missing");
        QDirIterator it(
            store.root() + QStringLiteral("/originals"), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).fileName();
            QVERIFY2(shas.contains(name), qPrintable(QStringLiteral("orphaned file ") + name));
            ++files;
        }
        QCOMPARE(files, int(shas.size()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM blob_pending")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
