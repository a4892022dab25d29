// A re-inspection against a newer version of the clause document: the check items come from the
// new version, each marked new or changed since the audit it re-inspects (GUI model, audit JSON,
// `kansa-cli audit reinspect`), the inspector's scoring kept for texts checked before, and the
// newer version found in the library (by title, or as a correction).
#include "audits/auditrepository.h"
#include "schema/standardschema.h"
#include "audits/checkitemchanges.h"
#include "clauses/clausesetrepository.h"
#include "evidence/evidencestore.h"
#include "clauseimport/clauseparser.h"
#include "inspection/auditjson.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;
using Change = CheckItemChanges::Change;

namespace {

const char *kFirst = R"(個人情報取扱特記事項
第１条（秘密の保持）
受注者は、業務上知り得た秘密を漏らしてはならない。
第２条（再委託）
受注者は、業務を第三者に委託してはならない。
第３条（事故の報告）
受注者は、事故が発生したときは、速やかに報告しなければならない。
第４条（返還）
受注者は、資料を返還しなければならない。
)";

// 第２版: 第３条 reworded (速やかに → 直ちに), 第４条 removed, a new 第４条 (研修), 第１条 unchanged.
const char *kSecond = R"(個人情報取扱特記事項
第２版
第１条（秘密の保持）
受注者は、業務上知り得た秘密を漏らしてはならない。
第２条（再委託）
受注者は、業務を第三者に委託してはならない。
第３条（事故の報告）
受注者は、事故が発生したときは、直ちに報告しなければならない。
第４条（研修）
受注者は、従事者に研修を行わなければならない。
)";

} // namespace

class TestReinspection : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_first = 0, m_second = 0, m_audit = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("r.sqlite")), standardSchema()).isError());
        ClauseSetRepository sets(m_db.connection());
        m_first = sets.store(ClauseParser::parse(QString::fromUtf8(kFirst)), QStringLiteral("h1"), QStringLiteral("v1.txt")).id;
        m_second = sets.store(ClauseParser::parse(QString::fromUtf8(kSecond)), QStringLiteral("h2"), QStringLiteral("v2.txt")).id;
        QVERIFY(m_first && m_second);
        Audit a;
        a.contractor.name = QStringLiteral("株式会社テスト");
        a.date = QDate(2025, 11, 20);
        m_audit = AuditRepository(m_db.connection()).create(a, *sets.load(m_first));
        QVERIFY(m_audit);
    }

    void theNewerVersionIsFound()
    {
        ClauseSetRepository sets(m_db.connection());
        QCOMPARE(sets.newerVersion(m_first), m_second); // same title, imported after
        QCOMPARE(sets.newerVersion(m_second), std::nullopt);
        // A correction of the second version is newer still.
        ClauseDocument corrected = sets.load(m_second)->document;
        corrected.title = QStringLiteral("個人情報取扱特記事項（訂正）");
        const qint64 fix = sets.storeCorrected(corrected, QStringLiteral("h2"), QStringLiteral("v2.txt"), m_second).id;
        QCOMPARE(sets.newerVersion(m_second), fix);
        QCOMPARE(sets.newerVersion(m_first), m_second); // a different title, not the first's version
        QCOMPARE(sets.newerVersion(fix), std::nullopt);
    }

    void itemsAreMarkedNewOrChanged()
    {
        AuditRepository audits(m_db.connection());
        // The inspector made 第２条 informational in the first audit.
        const QList<CheckItem> before = audits.checkItems(m_audit);
        QCOMPARE(before.size(), 4);
        QVERIFY(audits.setScored(before.at(1).id, false));

        const qint64 again = audits.reinspect(m_audit, QDate(2026, 11, 20), *ClauseSetRepository(m_db.connection()).load(m_second));
        QVERIFY(again);
        const Audit reinspection = *audits.load(again);
        QCOMPARE(reinspection.predecessorId, m_audit);
        QCOMPARE(reinspection.clauseSetId, m_second);
        const QList<CheckItem> items = audits.checkItems(again);
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(1).scored, false); // kept: the same text was informational before
        QCOMPARE(items.at(3).scored, true);

        const auto changes = CheckItemChanges::sincePredecessor(m_db.connection(), again);
        QCOMPARE(changes.value(items.at(0).id), Change::Same);
        QCOMPARE(changes.value(items.at(1).id), Change::Same);
        QCOMPARE(changes.value(items.at(2).id), Change::Changed); // reworded in place
        QCOMPARE(changes.value(items.at(3).id), Change::Changed); // 第４条 paragraph 1 existed: another text

        // A plain re-inspection (same clause set) marks nothing.
        const qint64 same = audits.duplicate(m_audit, QDate(2026, 11, 20));
        QVERIFY(CheckItemChanges::sincePredecessor(m_db.connection(), same).isEmpty());
    }

    // From the QA trial: an article inserted before a reworded one renumbers it; the marks follow
    // the articles as the version comparison matches them, not their numbers.
    void marksFollowTheArticlesNotTheirNumbers()
    {
        const char *v1 = "特記事項\n（秘密の保持）\n第１条　受託者は、業務上知り得た情報を第三者に漏らしてはならない。\n"
                         "（持出しの禁止）\n第２条　受託者は、委託者の承諾なく情報資産を持ち出してはならない。\n"
                         "（事故の報告）\n第３条　受託者は、事故が発生したときは、速やかに委託者に報告しなければならない。\n"
                         "２　受託者は、前項の報告の後、報告書を提出しなければならない。\n";
        const char *v2 = "特記事項\n（秘密の保持）\n第１条　受託者は、業務上知り得た情報を第三者に漏らしてはならない。\n"
                         "（持出しの禁止）\n第２条　受託者は、委託者の書面による承諾なく情報資産を持ち出してはならない。\n"
                         "（複写の禁止）\n第３条　受託者は、委託者の承諾なく情報資産を複写してはならない。\n"
                         "（事故の報告）\n第４条　受託者は、事故が発生したときは、直ちに委託者に報告しなければならない。\n"
                         "２　受託者は、前項の報告の後、報告書を提出しなければならない。\n";
        ClauseSetRepository sets(m_db.connection());
        const ClauseSet first = *sets.load(sets.store(ClauseParser::parse(QString::fromUtf8(v1)), QStringLiteral("q1"), QStringLiteral("v1.txt")).id);
        const ClauseSet second = *sets.load(sets.store(ClauseParser::parse(QString::fromUtf8(v2)), QStringLiteral("q2"), QStringLiteral("v2.txt")).id);
        AuditRepository audits(m_db.connection());
        Audit a;
        a.contractor.name = QStringLiteral("清掃株式会社");
        a.date = QDate(2025, 11, 20);
        const qint64 before = audits.create(a, first);
        const qint64 after = audits.reinspect(before, QDate(2026, 11, 20), second);
        const auto changes = CheckItemChanges::sincePredecessor(m_db.connection(), after);
        QStringList got;
        for (const CheckItem &c : audits.checkItems(after))
            got += c.articleNumber + u'/' + QString::number(c.paragraphOrdinal) + u':' + CheckItemChanges::key(changes.value(c.id));
        QCOMPARE(got.join(u' '), QStringLiteral("第１条/1:same 第２条/1:changed 第３条/1:new 第４条/1:changed 第４条/2:same"));
    }

    void compare_data()
    {
        QTest::addColumn<QStringList>("previous"); // article|paragraph|label|text
        QTest::addColumn<QStringList>("current");
        QTest::addColumn<QString>("expected");
        const QStringList base { QStringLiteral("第１|1||秘密を守る。"), QStringLiteral("第２|1||委託しない。") };
        QTest::newRow("unchanged") << base << base << QStringLiteral("same same");
        QTest::newRow("renumbered is the same") << base
            << QStringList { QStringLiteral("第１|1||秘密を守る。"), QStringLiteral("第９|1||委託しない。") } << QStringLiteral("same same");
        QTest::newRow("reworded") << base
            << QStringList { QStringLiteral("第１|1||秘密を必ず守る。"), QStringLiteral("第２|1||委託しない。") } << QStringLiteral("changed same");
        QTest::newRow("added paragraph") << base
            << QStringList { QStringLiteral("第１|1||秘密を守る。"), QStringLiteral("第１|2||写しを取らない。"), QStringLiteral("第２|1||委託しない。") }
            << QStringLiteral("same new same");
        QTest::newRow("added item") << base
            << QStringList { QStringLiteral("第１|1|(1)|鍵を掛ける。"), QStringLiteral("第２|1||委託しない。") } << QStringLiteral("new same");
        QTest::newRow("width and spaces do not count") << base
            << QStringList { QStringLiteral("第１|1||秘密を 守る。"), QStringLiteral("第２|1||委託しない。") } << QStringLiteral("same same");
    }

    void compare()
    {
        QFETCH(QStringList, previous);
        QFETCH(QStringList, current);
        QFETCH(QString, expected);
        auto items = [](const QStringList &rows, qint64 firstId) {
            QList<CheckItem> out;
            for (const QString &r : rows) {
                const QStringList f = r.split(u'|');
                CheckItem c;
                c.id = firstId++;
                c.articleNumber = f.at(0);
                c.paragraphOrdinal = f.at(1).toInt();
                c.itemLabel = f.at(2);
                (c.itemLabel.isEmpty() ? c.paragraphText : c.itemText) = f.at(3);
                out.append(c);
            }
            return out;
        };
        const QList<CheckItem> now = items(current, 100);
        const auto changes = CheckItemChanges::compare(items(previous, 1), now);
        QStringList got;
        for (const CheckItem &c : now)
            got += CheckItemChanges::key(changes.value(c.id));
        QCOMPARE(got.join(u' '), expected);
    }

    void theCliReinspectsAndShowsTheMarks()
    {
        const QString path = m_db.path();
        m_db.close(); // one program at a time holds the database
        auto cli = [&](const QStringList &args, QByteArray *out) {
            QProcess p;
            p.start(QStringLiteral(KANSA_CLI), QStringList { QStringLiteral("--db"), path } + args);
            p.waitForFinished(30000);
            *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        QByteArray out;
        QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("reinspect"), QString::number(m_audit),
                         QStringLiteral("--clause-set"), QString::number(m_second), QStringLiteral("--date"),
                         QStringLiteral("2026-11-19") }, &out), 0);
        const qint64 id = out.trimmed().toLongLong();
        QVERIFY(id > m_audit);
        QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json") }, &out), 0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("predecessor")).toInteger(), m_audit);
        QStringList marks;
        for (const QJsonValue &v : json.value(QStringLiteral("items")).toArray())
            marks += v.toObject().value(QStringLiteral("since_previous")).toString();
        QCOMPARE(marks.join(u' '), QStringLiteral("same same changed changed"));
        QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("show"), QString::number(id) }, &out), 0);
        QCOMPARE(out.count("[changed]"), 2);
        QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("reinspect"), QString::number(m_audit),
                         QStringLiteral("--clause-set"), QStringLiteral("999") }, &out), 2);
        QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("reinspect"), QStringLiteral("999") }, &out), 2);
    }
};

QTEST_GUILESS_MAIN(TestReinspection)
#include "tst_reinspection.moc"
