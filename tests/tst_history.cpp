// The tamper-evident history as the database keeps it (issue 12 §2): every change to an audit
// is chained in the change's own transaction, checkpoints are signed at signing, and every way
// of rewriting the stored rows is detected and named.
#include "audits/auditrepository.h"
#include "schema/standardschema.h"
#include "audits/findingrepository.h"
#include "demo/demoaudit.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "history/historylog.h"
#include "clauseimport/builtinclausesets.h"
#include "signoff/signoff.h"
#include "storage/database.h"
#include "testimages.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;
using Fault = HistoryChain::Fault;

class TestHistory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;

    QSqlDatabase db() const { return m_test->c(); }
    QStringList actions(qint64 audit) const
    {
        QStringList out;
        for (const HistoryLog::StoredEntry &e : HistoryLog::entries(db(), HistoryLog::auditOrigin(db(), audit)))
            out << e.entry.action;
        return out;
    }
    qint64 pending() const
    {
        QSqlQuery q(db());
        return q.exec(QStringLiteral("SELECT count(*) FROM history_pending")) && q.next() ? q.value(0).toLongLong() : -1;
    }
    // A signed audit with a few changes: the chain every tampering case starts from.
    qint64 signedAudit()
    {
        const qint64 audit = DemoAudit::create(db(), *m_test->store);
        SignOff s(db(), *m_test->store);
        s.sign(audit, SignatureRole::Inspector, QStringLiteral("監査　一郎"), {}, TestImages::signaturePng());
        s.sign(audit, SignatureRole::Contractor, QStringLiteral("信濃　太郎"), {}, TestImages::signaturePng());
        return audit;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("k.sqlite"));
        m_test = TestDatabase::at(path);
        QVERIFY(m_test);
    }

    void installationHasAKeyAndAChain()
    {
        const QString origin = HistoryLog::installationOrigin(db());
        QVERIFY(origin.startsWith(QStringLiteral("installation:")));
        const auto entries = HistoryLog::entries(db(), origin);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().entry.action, QStringLiteral("installation.created"));
        QCOMPARE(HistoryLog::installationKey(db()).publicKey.size(), 32);
        QVERIFY(HistoryLog::verify(db(), origin).ok());
    }

    void everyChangeIsChained()
    {
        const qint64 audit = DemoAudit::create(db(), *m_test->store);
        QVERIFY(audit);
        QCOMPARE(pending(), 0);
        QStringList seen = actions(audit);
        QCOMPARE(seen.first(), QStringLiteral("created"));
        QVERIFY(seen.contains(QStringLiteral("verdict")));
        QVERIFY(seen.contains(QStringLiteral("evidence.added")));

        const qint64 item = AuditRepository(db()).checkItems(audit).at(0).id;
        FindingRepository findings(db());
        QVERIFY(findings.setVerdict(audit, item, Verdict::Minor));
        QVERIFY(findings.setText(audit, item, FindingField::Note, QStringLiteral("施錠されていない書庫")));
        EvidenceRepository evidence(db(), *m_test->store);
        const Evidence first = evidence.forAudit(audit).first();
        QVERIFY(evidence.setCaption(first.id, QStringLiteral("書庫の扉")));
        QVERIFY(evidence.remove(first.id));
        Audit header = *AuditRepository(db()).load(audit);
        header.workPlace = QStringLiteral("本社　３階");
        QVERIFY(AuditRepository(db()).update(header));
        SignOff s(db(), *m_test->store);
        QVERIFY(s.sign(audit, SignatureRole::Inspector, QStringLiteral("監査　一郎"), {}, TestImages::signaturePng()));
        QVERIFY(s.reopen(audit, QStringLiteral("監査　一郎"), QStringLiteral("写真の追加")));
        QCOMPARE(pending(), 0);

        const QStringList after = actions(audit).mid(seen.size());
        QCOMPARE(after, (QStringList { QStringLiteral("verdict"), QStringLiteral("note"), QStringLiteral("caption"),
                            QStringLiteral("evidence.removed"), QStringLiteral("header.edited"),
                            QStringLiteral("signed"), QStringLiteral("reopened") }));
        const auto entries = HistoryLog::entries(db(), HistoryLog::auditOrigin(db(), audit));
        QCOMPARE(entries.last().entry.actor, QStringLiteral("監査　一郎"));
        QVERIFY(entries.at(seen.size() + 1).content.contains(QStringLiteral("施錠されていない書庫")));
        // The signature made a checkpoint at its entry.
        const QList<Checkpoint> held = HistoryLog::checkpoints(db(), HistoryLog::auditOrigin(db(), audit));
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().sequence, entries.at(entries.size() - 2).entry.sequence);
        QVERIFY(held.first().signatureValid());
        QVERIFY(HistoryLog::verify(db(), HistoryLog::auditOrigin(db(), audit)).ok());
    }

    void aFailedChangeLeavesNoEntry()
    {
        const qint64 audit = signedAudit();
        const qsizetype before = actions(audit).size();
        const qint64 item = AuditRepository(db()).checkItems(audit).at(0).id;
        QString error;
        QVERIFY(!FindingRepository(db()).setVerdict(audit, item, Verdict::Major, &error)); // locked
        QCOMPARE(actions(audit).size(), before);
        QCOMPARE(pending(), 0);
    }

    void tamperingIsNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("at"); // the entry named; -1 any, -2 the last checkpoint's, -3 the first's

        // %1: the audit's origin; entries are numbered from 1.
        QTest::newRow("action rewritten")
            << QStringLiteral("UPDATE history_entries SET action = 'evidence.removed' WHERE origin = '%1' AND sequence = 3")
            << int(Fault::Modified) << 3;
        QTest::newRow("content rewritten")
            << QStringLiteral("UPDATE history_entries SET content = replace(content, 'major', 'minor') "
                              "WHERE origin = '%1' AND content LIKE '%major%'")
            << int(Fault::Modified) << -1;
        QTest::newRow("time moved")
            << QStringLiteral("UPDATE history_entries SET at = '2020-01-01T00:00:00Z' WHERE origin = '%1' AND sequence = 2")
            << int(Fault::Modified) << 2;
        QTest::newRow("entry deleted")
            << QStringLiteral("DELETE FROM history_entries WHERE origin = '%1' AND sequence = 4")
            << int(Fault::Missing) << 4;
        QTest::newRow("entry inserted")
            << QStringLiteral("INSERT INTO history_entries (audit_id, origin, sequence, at, actor, action, entity, "
                              "content, content_hash, previous_hash, hash) SELECT audit_id, origin, sequence, at, "
                              "actor, action, entity, content, content_hash, previous_hash, hash FROM history_entries "
                              "WHERE origin = '%1' AND sequence = 2")
            << int(Fault::Inserted) << 2;
        QTest::newRow("tail cut below the checkpoint")
            << QStringLiteral("DELETE FROM history_entries WHERE origin = '%1' AND sequence >= "
                              "(SELECT max(sequence) FROM checkpoints WHERE origin = '%1')")
            << int(Fault::Truncated) << -2;
        // Trial of issue 12: deleting the checkpoints with the tail passed as intact. This
        // computer's own history records each checkpoint it made.
        QTest::newRow("checkpoints deleted with the tail")
            << QStringLiteral("DELETE FROM checkpoints WHERE origin = '%1'; DELETE FROM history_entries WHERE origin = '%1' AND sequence >= 30")
            << int(Fault::Truncated) << 30;
        QTest::newRow("one checkpoint deleted")
            << QStringLiteral("DELETE FROM checkpoints WHERE origin = '%1' AND sequence = (SELECT max(sequence) FROM checkpoints WHERE origin = '%1')")
            << int(Fault::CheckpointMissing) << -4;
        QTest::newRow("checkpoint signature changed")
            << QStringLiteral("UPDATE checkpoints SET signature = zeroblob(64) WHERE origin = '%1'")
            << int(Fault::CheckpointInvalid) << -3;
        QTest::newRow("checkpoint moved to another head")
            << QStringLiteral("UPDATE checkpoints SET head_hash = zeroblob(32) WHERE origin = '%1'")
            << int(Fault::CheckpointInvalid) << -3;
    }
    void tamperingIsNamed()
    {
        QFETCH(QString, sql);
        QFETCH(int, fault);
        QFETCH(int, at);
        const qint64 audit = signedAudit();
        const QString origin = HistoryLog::auditOrigin(db(), audit);
        QVERIFY(HistoryLog::verify(db(), origin).ok());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER history_entries_immutable")));
        const QList<Checkpoint> before = HistoryLog::checkpoints(db(), origin);
        for (const QString &statement : sql.arg(origin).split(QStringLiteral("; "))) {
            QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.numRowsAffected() > 0);
        }
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER history_entries_immutable BEFORE UPDATE ON history_entries "
                                      "BEGIN SELECT RAISE(ABORT, 'kansa: history entries are never changed'); END")));
        const HistoryLog::Check check = HistoryLog::verify(db(), origin);
        QCOMPARE(int(check.verdict.fault), fault);
        const QList<Checkpoint> held = HistoryLog::checkpoints(db(), origin);
        if (at > 0)
            QCOMPARE(check.verdict.sequence, quint64(at));
        else if (at == -2)
            QCOMPARE(check.verdict.sequence, held.last().sequence);
        else if (at == -3)
            QCOMPARE(check.verdict.sequence, held.first().sequence);
        else if (at == -4)
            QCOMPARE(check.verdict.sequence, before.last().sequence);
        QVERIFY(!HistoryLog::describe(check.verdict).isEmpty());
    }

    // A chain rewritten consistently from some entry on (every hash recomputed, as someone with
    // the format could) holds together by itself; the checkpoint signed before shows the fork.
    void aConsistentRewriteShowsAgainstTheCheckpoint()
    {
        const qint64 audit = signedAudit();
        const QString origin = HistoryLog::auditOrigin(db(), audit);
        QList<HistoryLog::StoredEntry> entries = HistoryLog::entries(db(), origin);
        QList<HistoryEntry> chain;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            HistoryEntry e = entries[i].entry;
            if (i == 2)
                e.actor = QStringLiteral("someone else");
            chain.append(HistoryChain::append(chain, e));
        }
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER history_entries_immutable")));
        for (const HistoryEntry &e : chain) {
            q.prepare(QStringLiteral("UPDATE history_entries SET actor = ?, previous_hash = ?, hash = ? WHERE origin = ? AND sequence = ?"));
            q.addBindValue(e.actor);
            q.addBindValue(e.previousHash);
            q.addBindValue(e.hash);
            q.addBindValue(origin);
            q.addBindValue(qint64(e.sequence));
            QVERIFY(q.exec());
        }
        QVERIFY(HistoryChain::verify(chain, {}).fault == Fault::None);
        const HistoryLog::Check check = HistoryLog::verify(db(), origin);
        QCOMPARE(check.verdict.fault, Fault::Forked);
    }

    // Trial of issue 12: a verdict changed in the database file (its queued entry thrown away),
    // or the tail of the history cut where no checkpoint covers it, passed as intact. The data
    // is compared with what the history records.
    void dataChangedOutsideKansaIsNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("what");
        QTest::newRow("verdict rewritten") << QStringLiteral(
            "UPDATE findings SET verdict = 'conforming' WHERE audit_id = %1 AND verdict IS NOT NULL AND verdict <> 'conforming'; "
            "DELETE FROM history_pending") << QStringLiteral("the verdict");
        // Final QA of issue 12: only the first of two rewritten verdicts was named.
        QTest::newRow("every rewritten verdict named") << QStringLiteral(
            "UPDATE findings SET verdict = 'conforming' WHERE audit_id = %1 AND verdict IS NOT NULL AND verdict <> 'conforming'; "
            "DELETE FROM history_pending") << QStringLiteral("; the verdict of");
        QTest::newRow("note rewritten") << QStringLiteral(
            "UPDATE findings SET note = '問題なし' WHERE audit_id = %1 AND note <> ''; DELETE FROM history_pending")
                                        << QStringLiteral("the finding's text");
        QTest::newRow("photo deleted") << QStringLiteral(
            "DELETE FROM evidence WHERE id = (SELECT max(id) FROM evidence WHERE audit_id = %1); DELETE FROM history_pending")
                                       << QStringLiteral("the evidence ");
        QTest::newRow("last change cut from the history") << QStringLiteral(
            "DROP TRIGGER history_entries_immutable; DELETE FROM history_entries WHERE id = (SELECT max(id) FROM history_entries WHERE audit_id = %1)")
                                                          << QStringLiteral("the history records Conforming, the data says Minor");
        QTest::newRow("contractor renamed") << QStringLiteral(
            "UPDATE audits SET contractor_name = '別会社' WHERE id = %1; DELETE FROM history_pending")
                                            << QStringLiteral("the audit's details (contractor): the history records");
    }
    void dataChangedOutsideKansaIsNamed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, what);
        const qint64 audit = DemoAudit::create(db(), *m_test->store);
        const qint64 item = AuditRepository(db()).checkItems(audit).at(4).id;
        QVERIFY(FindingRepository(db()).setVerdict(audit, item, Verdict::Minor));
        const QString origin = HistoryLog::auditOrigin(db(), audit);
        QVERIFY2(HistoryLog::verify(db(), origin).ok(), qPrintable(HistoryLog::describe(HistoryLog::verify(db(), origin))));
        QSqlQuery q(db());
        for (const QString &statement : sql.arg(audit).split(QStringLiteral("; "))) {
            QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.numRowsAffected() > 0 || statement.startsWith(QLatin1String("DELETE FROM history_pending"))
                || statement.startsWith(QLatin1String("DROP")));
        }
        const HistoryLog::Check check = HistoryLog::verify(db(), origin);
        QCOMPARE(check.verdict.fault, Fault::StateDiffers);
        QVERIFY2(check.stateDiffers.contains(what), qPrintable(check.stateDiffers));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER IF NOT EXISTS history_entries_immutable BEFORE UPDATE ON history_entries "
                                      "BEGIN SELECT RAISE(ABORT, 'kansa: history entries are never changed'); END")));
    }

    void migrationStartsTheHistoryOfExistingAudits_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const char *v : { "kansa-v1", "kansa-v2", "kansa-v3", "kansa-v6" })
            QTest::newRow(v) << QStringLiteral(KANSA_TEST_DATA "/databases/%1.sqlite").arg(QLatin1String(v));
    }
    void migrationStartsTheHistoryOfExistingAudits()
    {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database old(QStringLiteral("migrated"));
        const DatabaseError err = old.open(path, standardSchema());
        QVERIFY2(!err.isError(), qPrintable(err.message()));
        QCOMPARE(old.schemaVersion(), Database::currentVersion(standardMigrations()));
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM audits")));
        QList<qint64> audits;
        while (q.next())
            audits << q.value(0).toLongLong();
        for (qint64 a : audits) {
            const QString origin = HistoryLog::auditOrigin(old.connection(), a);
            QVERIFY(!origin.isEmpty());
            const auto entries = HistoryLog::entries(old.connection(), origin);
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().entry.action, QStringLiteral("history.started"));
            QVERIFY(HistoryLog::verify(old.connection(), origin).ok());
        }
        QVERIFY(HistoryLog::verify(old.connection(), HistoryLog::installationOrigin(old.connection())).ok());
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
