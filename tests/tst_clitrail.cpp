// What the history and the database's safeguards promise a script (issue 24): every entry names
// the person who acted, a database whose history triggers were dropped is never written, and
// Kansa's files are their owner's only.
#include "clirunner.h"
#include "platform/useraccount.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Run = CliRun;

class TestCliTrail : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(QStringList args, const QString &lang = QStringLiteral("C.UTF-8")) { return runCli(m_db, args, lang); }
    QString newestAudit() { return ::newestAudit(m_db); }

    // The actor of the history's newest entry of an audit.
    QString lastActor(const QString &audit)
    {
        const Run r = cli({ QStringLiteral("history"), audit, QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("entries")).toArray().last().toObject()
            .value(QStringLiteral("actor")).toString();
    }
    QString firstItem(const QString &audit)
    {
        const Run show = cli({ QStringLiteral("audit"), QStringLiteral("show"), audit, QStringLiteral("--json") });
        for (const QJsonValue &v : QJsonDocument::fromJson(show.out).object().value(QStringLiteral("items")).toArray())
            if (v.toObject().value(QStringLiteral("scored")).toBool(true))
                return QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
        return {};
    }

private slots:
    // Trial of issue 24: every history entry's actor was 「kansa」. It names the person: --by,
    // else the settings' default lead inspector, else the account's full name.
    void theHistoryNamesWhoActed()
    {
        const QString saved = m_db;
        const auto restore = qScopeGuard([&] { m_db = saved; });
        m_db = m_dir.filePath(QStringLiteral("actors.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo") }).exitCode, 0);
        const QString audit = newestAudit();
        const QString item = firstItem(audit);
        const auto set = [&](const QString &note, QStringList extra = {}) {
            return cli(QStringList { QStringLiteral("finding"), QStringLiteral("set"), audit, item, QStringLiteral("--verdict"),
                           QStringLiteral("minor"), QStringLiteral("--note"), note }
                + extra)
                .exitCode;
        };
        QCOMPARE(set(QStringLiteral("一"), { QStringLiteral("--by"), QStringLiteral("検査　花子") }), 0);
        QCOMPARE(lastActor(audit), QStringLiteral("検査　花子"));
        QCOMPARE(cli({ QStringLiteral("--by"), QStringLiteral("監査　一郎"), QStringLiteral("finding"), QStringLiteral("set"), audit, item,
                         QStringLiteral("--verdict"), QStringLiteral("major") })
                     .exitCode,
            0);
        QCOMPARE(lastActor(audit), QStringLiteral("監査　一郎"));
        QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("audit.default_lead"), QStringLiteral("小林　真理") }).exitCode, 0);
        QCOMPARE(set(QStringLiteral("二")), 0);
        QCOMPARE(lastActor(audit), QStringLiteral("小林　真理"));
        QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("audit.default_lead"), QString() }).exitCode, 0);
        QCOMPARE(set(QStringLiteral("三")), 0);
        const QString account = Kansa::UserAccount::fullName();
        QVERIFY(!account.isEmpty());
        QCOMPARE(lastActor(audit), account);
        QCOMPARE(cli({ QStringLiteral("finding"), QStringLiteral("set"), audit, item, QStringLiteral("--by") }).exitCode, 1);
        // The history as text says what each entry did, in the user's language, the item by its clause.
        const Run text = cli({ QStringLiteral("history"), audit }, QStringLiteral("ja_JP.UTF-8"));
        QVERIFY2(QString::fromUtf8(text.out).contains(QStringLiteral("判定 軽微な不適合")), text.out.constData());
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("検査　花子")));

        // Issue 24 §8: a verdict for a （参考） paragraph was accepted. It is refused, with how
        // to make it a check item; made one, it takes the verdict.
        const Run show = cli({ QStringLiteral("audit"), QStringLiteral("show"), audit, QStringLiteral("--json") });
        QString reference;
        for (const QJsonValue &v : QJsonDocument::fromJson(show.out).object().value(QStringLiteral("items")).toArray())
            if (!v.toObject().value(QStringLiteral("scored")).toBool(true)) {
                reference = QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
                break;
            }
        QVERIFY(!reference.isEmpty());
        Run r = cli({ QStringLiteral("finding"), QStringLiteral("set"), audit, reference, QStringLiteral("--verdict"), QStringLiteral("conforming") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--scored yes")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("第")));
        r = cli({ QStringLiteral("finding"), QStringLiteral("set"), audit, reference, QStringLiteral("--scored"), QStringLiteral("yes"),
            QStringLiteral("--verdict"), QStringLiteral("conforming") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // QA trial: --scored no with a verdict made the change, then refused the verdict.
        r = cli({ QStringLiteral("finding"), QStringLiteral("set"), audit, reference, QStringLiteral("--verdict"), QStringLiteral("na"),
            QStringLiteral("--scored"), QStringLiteral("no") });
        QCOMPARE(r.exitCode, 2);
        const Run after = cli({ QStringLiteral("audit"), QStringLiteral("show"), audit, QStringLiteral("--json") });
        for (const QJsonValue &v : QJsonDocument::fromJson(after.out).object().value(QStringLiteral("items")).toArray())
            if (QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == reference)
                QVERIFY(v.toObject().value(QStringLiteral("scored")).toBool()); // nothing changed

        // Issue 24 §8: a secret key given as an office key was repeated in the error message.
        const QString secret = QStringLiteral("AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ");
        r = cli({ QStringLiteral("keys"), QStringLiteral("office"), QStringLiteral("add"), secret });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains(QStringLiteral("QQQQQQQQ")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("secret key")));
    }

    // Trial of issue 24: with a history trigger dropped, `finding set` exited 0 and wrote no
    // entry; verify then blamed that genuine edit as tampering. Kansa refuses to write and says why.
    // Issue 26: `followup list` hid items verified but not closed, which the window lists under
    // 未完了; and `settings set issuer.head VALUE`, the earlier form, was refused as unknown.
    void scriptsSeeWhatTheWindowShows()
    {
        const QString saved = m_db;
        const auto restore = qScopeGuard([&] { m_db = saved; });
        m_db = m_dir.filePath(QStringLiteral("followup.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo") }).exitCode, 0);
        const QString audit = newestAudit();
        QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("issuer.municipality"), QStringLiteral("小諸市") }).exitCode, 0);
        const Run head = cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("issuer.head"), QStringLiteral("小諸市長 小泉　俊博") });
        QVERIFY2(head.exitCode == 0, qPrintable(head.err));
        const QString settings = QString::fromUtf8(cli({ QStringLiteral("settings"), QStringLiteral("list") }).out);
        QVERIFY2(settings.contains(QStringLiteral("小諸市長")) && settings.contains(QStringLiteral("小泉　俊博")), qPrintable(settings));
        // A value without a space is the title alone: no earlier name is left behind.
        QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("issuer.head"), QStringLiteral("小諸市長") }).exitCode, 0);
        const QString titleOnly = QString::fromUtf8(cli({ QStringLiteral("settings"), QStringLiteral("list") }).out);
        QVERIFY2(titleOnly.contains(QStringLiteral("小諸市長")) && !titleOnly.contains(QStringLiteral("小泉")), qPrintable(titleOnly));
        QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("issuer.head"), QStringLiteral("小諸市長 小泉　俊博") }).exitCode, 0);
        const QString png = m_dir.filePath(QStringLiteral("sig.png"));
        {
            QImage ink(200, 80, QImage::Format_ARGB32);
            ink.fill(Qt::transparent);
            QPainter(&ink).drawLine(10, 40, 190, 40);
            QVERIFY(ink.save(png));
        }
        for (const char *role : { "inspector", "contractor" })
            QCOMPARE(cli({ QStringLiteral("sign"), audit, QStringLiteral("--role"), QString::fromLatin1(role),
                         QStringLiteral("--name"), QStringLiteral("署名者"), QStringLiteral("--image"), png }).exitCode, 0);
        const Run draft = cli({ QStringLiteral("advisory"), QStringLiteral("create"), audit });
        QCOMPARE(draft.exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("advisory"), QStringLiteral("issue"), QString::fromUtf8(draft.out).trimmed() }).exitCode, 0);
        const auto listed = [&] {
            QSet<qint64> ids;
            const Run r = cli({ QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--json") });
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
                ids.insert(v.toObject().value(QStringLiteral("id")).toInteger());
            return ids;
        };
        const QSet<qint64> before = listed();
        QVERIFY(!before.isEmpty());
        const qint64 item = *before.begin();
        const QString date = qEnvironmentVariable("KANSA_TODAY", QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(cli({ QStringLiteral("followup"), QStringLiteral("respond"), QString::number(item), QStringLiteral("--date"), date,
                     QStringLiteral("--text"), QStringLiteral("対応した") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("followup"), QStringLiteral("verify"), QString::number(item), QStringLiteral("--date"), date }).exitCode, 0);
        QVERIFY(listed().contains(item)); // verified, still to be closed
        QCOMPARE(cli({ QStringLiteral("followup"), QStringLiteral("close"), QString::number(item), QStringLiteral("--date"), date }).exitCode, 0);
        QVERIFY(!listed().contains(item));
    }

    void aDatabaseWithoutItsGuardsIsNotWritten()
    {
        const QString saved = m_db;
        const auto restore = qScopeGuard([&] { m_db = saved; });
        m_db = m_dir.filePath(QStringLiteral("guards.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo") }).exitCode, 0);
        const QString audit = newestAudit();
        const QString item = firstItem(audit);
        const qsizetype entries = QJsonDocument::fromJson(cli({ QStringLiteral("history"), audit, QStringLiteral("--json") }).out)
                                      .object().value(QStringLiteral("entries")).toArray().size();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("guards"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER history_verdict")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("guards"));
        Run r = cli({ QStringLiteral("finding"), QStringLiteral("set"), audit, item, QStringLiteral("--verdict"), QStringLiteral("major") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.count(QStringLiteral("safeguards")) == 1, qPrintable(r.err)); // said once
        QVERIFY2(r.err.contains(QStringLiteral("history_verdict")), qPrintable(r.err));
        r = cli({ QStringLiteral("history"), audit, QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("entries")).toArray().size(), entries);
        r = cli({ QStringLiteral("history"), QStringLiteral("verify"), audit });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("triggers were dropped or altered"), r.out.constData());
        QVERIFY(r.out.contains("history_verdict"));
        QVERIFY(!r.err.contains(QStringLiteral("safeguards"))); // verify names them; it writes nothing
        r = cli({ QStringLiteral("finding"), QStringLiteral("set"), audit, item, QStringLiteral("--verdict"), QStringLiteral("major") },
            QStringLiteral("ja_JP.UTF-8"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains(QStringLiteral("safeguards")), qPrintable(r.err)); // said in Japanese
    }

    // Issue 24 §9: on a shared PC another account read every audit's text (the database was
    // 0644). Kansa's files are its owner's only; a wider database is tightened, and the history says so.
    void theRecordIsItsOwnersOnly()
    {
#ifdef Q_OS_UNIX
        const QString saved = m_db;
        const auto restore = qScopeGuard([&] { m_db = saved; });
        const QString folder = m_dir.filePath(QStringLiteral("private/data"));
        m_db = folder + QStringLiteral("/kansa.sqlite");
        QCOMPARE(cli({ QStringLiteral("demo") }).exitCode, 0);
        const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        for (const QString &path : QStringList { folder, m_db, m_db + QStringLiteral("-wal"), folder + QStringLiteral("/kansa-evidence") })
            if (QFileInfo::exists(path))
                QVERIFY2(!(QFile::permissions(path) & others), qPrintable(path));
        QVERIFY(QFileInfo::exists(m_db));
        QVERIFY(QFile::setPermissions(m_db, QFile::permissions(m_db) | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("list") }).exitCode, 0);
        QVERIFY(!(QFile::permissions(m_db) & others));
        const Run r = cli({ QStringLiteral("history"), QStringLiteral("installation"), QStringLiteral("--json") });
        const QJsonArray entries = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("permissions.tightened"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliTrail)
#include "tst_clitrail.moc"
