// Signing, tamper detection, signed content in every locale.
#include "audits/auditrepository.h"
#include "schema/standardschema.h"
#include "clauseimport/builtinclausesets.h"
#include "storage/database.h"
#include "demo/demoaudit.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "audits/findingrepository.h"
#include "signoff/checklistcontent.h"
#include "signoff/signoff.h"
#include "testimages.h"
#include "testdatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QTranslator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

class TestSignOff : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_test;
    QString m_path;

    qint64 newDemo()
    {
        return DemoAudit::create(m_test->c(), *m_test->store);
    }
    qint64 signBoth(qint64 audit)
    {
        SignOff s(m_test->c(), *m_test->store);
        QString error;
        const qint64 a = s.sign(audit, SignatureRole::Inspector, QStringLiteral("監査　一郎"),
            QStringLiteral("主査"), TestImages::signaturePng(), &error);
        if (!a)
            qWarning() << error;
        const qint64 b = s.sign(audit, SignatureRole::Contractor, QStringLiteral("信濃　太郎"),
            QStringLiteral("代表取締役"), TestImages::signaturePng(), &error);
        if (!b)
            qWarning() << error;
        return a && b ? b : 0;
    }
    // What someone with a database editor could do: drop the guards, write, put them back.
    void tamper(const QString &sql)
    {
        QSqlQuery q(m_test->c());
        QStringList saved;
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'signed_%'")));
        while (q.next())
            saved << q.value(0).toString();
        QVERIFY(saved.size() >= 7);
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'signed_%'")));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        for (const QString &n : names)
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER %1").arg(n)));
        QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.numRowsAffected() > 0);
        for (const QString &t : saved)
            QVERIFY(q.exec(t));
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("k.sqlite"));
        m_test = TestDatabase::at(m_path);
        QVERIFY(m_test);
    }

    void signingLocksAndRecords()
    {
        const qint64 audit = newDemo();
        QVERIFY(audit);
        SignOff s(m_test->c(), *m_test->store);
        QVERIFY(!s.isLocked(audit));
        QVERIFY(signBoth(audit));
        QVERIFY(s.isLocked(audit));
        QCOMPARE(AuditRepository(m_test->c()).load(audit)->status, AuditStatus::Signed);
        const QList<Signature> standing = s.standing(audit);
        QCOMPARE(standing.size(), 2);
        QCOMPARE(standing.at(0).contentHash, standing.at(1).contentHash);
        QCOMPARE(standing.at(0).contentHash.size(), 64);
        QVERIFY(!QImage::fromData(standing.at(1).png, "PNG").isNull());
        const SignOffCheck check = s.check(audit);
        QVERIFY(check.signedOff);
        QVERIFY2(check.unchanged, qPrintable(check.changes.join(u'\n')));

        // Every way of changing what was signed is refused while it is locked.
        const qint64 item = AuditRepository(m_test->c()).checkItems(audit).at(0).id;
        FindingRepository findings(m_test->c());
        QString error;
        QVERIFY(!findings.setVerdict(audit, item, Verdict::Major, &error));
        QVERIFY(error.contains(QStringLiteral("signed")));
        QVERIFY(!findings.setText(audit, item, FindingField::Note, QStringLiteral("後から"), &error));
        EvidenceRepository evidence(m_test->c(), *m_test->store);
        const QList<Evidence> files = evidence.forAudit(audit);
        QVERIFY(!files.isEmpty());
        QVERIFY(!evidence.setCaption(files.first().id, QStringLiteral("差し替え"), &error));
        QVERIFY(!evidence.remove(files.first().id, &error));
        Audit header = *AuditRepository(m_test->c()).load(audit);
        header.date = header.date.addDays(1);
        QVERIFY(!AuditRepository(m_test->c()).update(header, &error));
        // A role signs once.
        QVERIFY(!s.sign(audit, SignatureRole::Inspector, QStringLiteral("二重"), {}, TestImages::signaturePng(), &error));
        QVERIFY(s.check(audit).unchanged);
    }

    void reopenVoidsAndIsRecorded()
    {
        const qint64 audit = newDemo();
        QVERIFY(signBoth(audit));
        SignOff s(m_test->c(), *m_test->store);
        QString error;
        QVERIFY(!s.reopen(audit + 1000, QStringLiteral("x"), QStringLiteral("y"), &error));
        QVERIFY(s.reopen(audit, QStringLiteral("監査　一郎"), QStringLiteral("写真の追加漏れ"), &error));
        QVERIFY(!s.isLocked(audit));
        QCOMPARE(s.standing(audit).size(), 0);
        const QList<Signature> history = s.history(audit);
        QCOMPARE(history.size(), 2);
        QVERIFY(history.at(0).voided);
        QCOMPARE(history.at(0).voidReason, QStringLiteral("写真の追加漏れ"));
        QSqlQuery q(m_test->c());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, actor FROM audit_events WHERE audit_id = %1 ORDER BY id").arg(audit)));
        QStringList kinds;
        while (q.next())
            kinds << q.value(0).toString();
        QCOMPARE(kinds, (QStringList { QStringLiteral("signed"), QStringLiteral("signed"), QStringLiteral("reopened") }));
        QCOMPARE(AuditRepository(m_test->c()).load(audit)->status, AuditStatus::InProgress);
        // Editable again, and can be signed again over the new content.
        const qint64 item = AuditRepository(m_test->c()).checkItems(audit).at(0).id;
        QVERIFY(FindingRepository(m_test->c()).setText(audit, item, FindingField::Note, QStringLiteral("追記"), &error));
        const QString oldHash = history.at(0).contentHash;
        QVERIFY(signBoth(audit));
        QVERIFY(s.standing(audit).at(0).contentHash != oldHash);
    }

    // Tampering outside Kansa: each change is found and named.
    void tamperIsDetected_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("verdict") << QStringLiteral("verdict") << QStringLiteral("verdict");
        QTest::newRow("note") << QStringLiteral("note") << QStringLiteral("note");
        QTest::newRow("photo file") << QStringLiteral("file") << QStringLiteral("altered on disk");
        QTest::newRow("photo row") << QStringLiteral("evidence") << QStringLiteral("removed or replaced");
        QTest::newRow("stored content") << QStringLiteral("content") << QStringLiteral("outside Kansa");
    }
    void tamperIsDetected()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        const qint64 audit = newDemo();
        QVERIFY(signBoth(audit));
        SignOff s(m_test->c(), *m_test->store);
        QVERIFY(s.check(audit).unchanged);
        const QList<Evidence> files = EvidenceRepository(m_test->c(), *m_test->store).forAudit(audit);
        QVERIFY(!files.isEmpty());
        QByteArray original;
        QString originalPath;
        if (what == QLatin1String("verdict"))
            tamper(QStringLiteral("UPDATE findings SET verdict = 'conforming' WHERE audit_id = %1 AND verdict = 'major'").arg(audit));
        else if (what == QLatin1String("note"))
            tamper(QStringLiteral("UPDATE findings SET note = note || '（改ざん）' WHERE audit_id = %1 AND note <> ''").arg(audit));
        else if (what == QLatin1String("evidence"))
            tamper(QStringLiteral("DELETE FROM evidence WHERE id = %1").arg(files.first().id));
        else if (what == QLatin1String("content"))
            tamper(QStringLiteral("UPDATE signatures SET content = replace(content, 'major', 'minor') WHERE audit_id = %1").arg(audit));
        else {
            // Another photo's bytes under the signed photo's name.
            const QString path = m_test->store->originalPath(files.first().sha256);
            QFile f(path);
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
            QVERIFY(f.open(QIODevice::ReadWrite));
            original = f.readAll();
            f.seek(f.size() / 2);
            f.write("tampered");
            f.close();
            originalPath = path;
        }
        const SignOffCheck check = s.check(audit);
        QVERIFY(check.signedOff);
        QVERIFY(!check.unchanged);
        QVERIFY2(check.changes.join(u'\n').contains(expected), qPrintable(check.changes.join(u'\n')));
        if (!originalPath.isEmpty()) { // the demo's photos are shared by later tests' audits
            QFile f(originalPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(original);
        }
    }

    // Signed under a Japanese UI, checked under an English one and in other time zones: the
    // signed bytes hold no translated text, so nothing "changed". (Issue 9: verify exited 3.)
    void signatureVerifiesUnderEveryLocaleAndTimeZone()
    {
        QTranslator japanese;
        QVERIFY(japanese.load(QStringLiteral(":/i18n/kansa_ja.qm")));
        QVERIFY(QCoreApplication::installTranslator(&japanese));
        const qint64 audit = newDemo();
        const QList<CheckItem> items = AuditRepository(m_test->c()).checkItems(audit);
        const auto second = std::find_if(items.begin(), items.end(),
            [](const CheckItem &c) { return c.paragraphOrdinal > 1; });
        QVERIFY(second != items.end());
        QVERIFY2(second->reference().contains(u'項'), qPrintable(second->reference()));
        const QByteArray signedInJapanese = ChecklistContent::serialise(
            ChecklistContent::build(m_test->c(), *m_test->store, audit));
        QVERIFY(signBoth(audit));
        QVERIFY(QCoreApplication::removeTranslator(&japanese));

        QVERIFY(!second->reference().contains(u'項'));
        QCOMPARE(ChecklistContent::serialise(
                     ChecklistContent::build(m_test->c(), *m_test->store, audit)),
            signedInJapanese);
        QVERIFY(signedInJapanese.contains("\"format\":\"kansa-checklist/2\""));
        SignOff s(m_test->c(), *m_test->store);
        const QByteArray tz = qgetenv("TZ");
        for (const char *zone : { "Asia/Tokyo", "America/Los_Angeles", "UTC" }) {
            qputenv("TZ", zone);
            tzset();
            const SignOffCheck check = s.check(audit);
            QVERIFY2(check.unchanged, qPrintable(QString::fromLatin1(zone) + u' ' + check.changes.join(u'\n')));
        }
        qputenv("TZ", tz);
        tzset();
    }

    // A database signed by Kansa 0.1 in the first form (references in Japanese) still verifies
    // in English, and a change to it is still found and named.
    void firstFormSignatureStillVerifies()
    {
        const QString source = QStringLiteral(KANSA_TEST_DATA "/databases/signed-v1");
        const QString copy = m_dir.filePath(QStringLiteral("signed-v1"));
        QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = copy + from.mid(source.size());
            QVERIFY(QDir().mkpath(QFileInfo(to).absolutePath()));
            QVERIFY(QFile::copy(from, to));
            QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        const QString path = copy + QStringLiteral("/kansa-v3-signed.sqlite");
        Database db(QStringLiteral("signed-v1"));
        QVERIFY(!db.open(path, standardSchema()).isError());
        EvidenceStore store(db.connection(), EvidenceStore::rootFor(path));
        SignOff s(db.connection(), store);
        SignOffCheck check = s.check(1);
        QVERIFY(check.signedOff);
        QVERIFY2(check.unchanged, qPrintable(check.changes.join(u'\n')));

        QTranslator japanese;
        QVERIFY(japanese.load(QStringLiteral(":/i18n/kansa_ja.qm")));
        QCoreApplication::installTranslator(&japanese);
        check = s.check(1);
        QCoreApplication::removeTranslator(&japanese);
        QVERIFY2(check.unchanged, qPrintable(check.changes.join(u'\n')));

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS signed_findings_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE findings SET verdict = 'conforming' WHERE verdict = 'minor'")));
        check = s.check(1);
        QVERIFY(!check.unchanged);
        QVERIFY2(check.changes.join(u'\n').contains(QStringLiteral("第４")), qPrintable(check.changes.join(u'\n')));
    }

    void deletingASignedAuditWorks()
    {
        const qint64 audit = newDemo();
        QVERIFY(signBoth(audit));
        QString error;
        QVERIFY2(AuditRepository(m_test->c()).remove(audit, &error), qPrintable(error));
        QVERIFY(!AuditRepository(m_test->c()).load(audit));
    }
};

QTEST_MAIN(TestSignOff)
#include "tst_signoff.moc"
