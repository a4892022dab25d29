// kansa-cli as scripts use it: exit codes, JSON shape, messages on stderr in the user's language.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(QStringList args, const QString &lang = QStringLiteral("C.UTF-8"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        p.start(QStringLiteral(KANSA_CLI), args);
        if (!p.waitForFinished(60000))
            qFatal("kansa-cli did not finish");
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
    }

private slots:
    void initTestCase() { m_db = m_dir.filePath(QStringLiteral("cli.sqlite")); }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString seed = QStringLiteral(KANSA_SEEDS "/000_2cf691f2b1dacc65.txt");
        QTest::newRow("no command") << QStringList() << 1;
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 1;
        QTest::newRow("clauses without verb") << QStringList { QStringLiteral("clauses") } << 1;
        QTest::newRow("parse without file")
            << QStringList { QStringLiteral("clauses"), QStringLiteral("parse") } << 1;
        QTest::newRow("show without number") << QStringList { QStringLiteral("clauses"),
            QStringLiteral("show"), QStringLiteral("x") }
                                             << 1;
        QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0;
        QTest::newRow("parse seed")
            << QStringList { QStringLiteral("clauses"), QStringLiteral("parse"), seed } << 0;
        QTest::newRow("parse missing file") << QStringList { QStringLiteral("clauses"),
            QStringLiteral("parse"), m_dir.filePath(QStringLiteral("none.txt")) }
                                            << 2;
        QTest::newRow("parse binary") << QStringList { QStringLiteral("clauses"),
            QStringLiteral("parse"), QStringLiteral(KANSA_CLI) }
                                      << 2;
        QTest::newRow("import binary") << QStringList { QStringLiteral("clauses"),
            QStringLiteral("import"), QStringLiteral(KANSA_CLI) }
                                       << 2;
        QTest::newRow("show missing set") << QStringList { QStringLiteral("clauses"),
            QStringLiteral("show"), QStringLiteral("9999") }
                                          << 2;
        QTest::newRow("list") << QStringList { QStringLiteral("clauses"), QStringLiteral("list") }
                              << 0;
        QTest::newRow("demo") << QStringList { QStringLiteral("demo") } << 0;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY(!r.err.trimmed().isEmpty()); // always a message saying why
    }

    void parseJsonShape()
    {
        const Run r = cli({ QStringLiteral("clauses"), QStringLiteral("parse"),
            QStringLiteral(KANSA_SEEDS "/000_2cf691f2b1dacc65.txt"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QStringLiteral("title")).toString(),
            QStringLiteral("情報セキュリティ特記事項"));
        QCOMPARE(doc.value(QStringLiteral("edition")).toString(),
            QStringLiteral("第１版（令和７年５月）"));
        QVERIFY(doc.value(QStringLiteral("issuer")).isNull());
        QCOMPARE(doc.value(QStringLiteral("preamble")).toArray().size(), 2);
        const QJsonArray articles = doc.value(QStringLiteral("articles")).toArray();
        QCOMPARE(articles.size(), 14);
        const QJsonObject third = articles.at(2).toObject();
        QCOMPARE(third.value(QStringLiteral("number")).toString(), QStringLiteral("第３"));
        QCOMPARE(third.value(QStringLiteral("ordinal")).toInt(), 3);
        QCOMPARE(third.value(QStringLiteral("heading")).toString(), QStringLiteral("責任体制"));
        const QJsonObject p = third.value(QStringLiteral("paragraphs")).toArray().at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("ordinal")).toInt(), 1);
        QVERIFY(p.value(QStringLiteral("obligation")).toBool());
        const QJsonArray items = p.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("label")).toString(),
            QStringLiteral("(2)"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("text")).toString(),
            QStringLiteral("通常時及び緊急時の連絡体制"));
    }

    void importListShow()
    {
        const QString file
            = QStringLiteral(KANSA_TEST_DATA "/layouts/kanji_articles_branch/input.txt");
        const Run imported = cli({ QStringLiteral("clauses"), QStringLiteral("import"), file });
        QCOMPARE(imported.exitCode, 0);
        const QString id = QString::fromUtf8(imported.out).trimmed();
        QVERIFY(id.toInt() > 0);

        const Run again = cli({ QStringLiteral("clauses"), QStringLiteral("import"), file });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QString::fromUtf8(again.out).trimmed(), id); // same content, same set

        const Run list = cli({ QStringLiteral("clauses"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(
            QString::fromUtf8(list.out).trimmed().split(u'\n').size(), 3); // two built-in + one
        QVERIFY(list.out.contains("14 articles, 25 paragraphs, 3 items, 19 obligations"));
        const Run japanese = cli(
            { QStringLiteral("clauses"), QStringLiteral("list") }, QStringLiteral("ja_JP.UTF-8"));
        QVERIFY(
            QString::fromUtf8(japanese.out).contains(QStringLiteral("14か条、25項、3号、義務 19")));

        const Run show = cli(
            { QStringLiteral("clauses"), QStringLiteral("show"), id, QStringLiteral("--json") });
        const Run parse = cli(
            { QStringLiteral("clauses"), QStringLiteral("parse"), file, QStringLiteral("--json") });
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(show.out), QJsonDocument::fromJson(parse.out));
    }

    void singularCounts()
    {
        const Run r = cli({ QStringLiteral("clauses"), QStringLiteral("parse"),
            QStringLiteral(KANSA_TEST_DATA "/layouts/iroha_items/input.txt") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains("2 articles, 2 paragraphs, 3 items, 1 obligation\n"), r.out.constData());
    }

    void messagesFollowTheLocale()
    {
        const QStringList args
            = { QStringLiteral("clauses"), QStringLiteral("parse"), QStringLiteral(KANSA_CLI) };
        const Run english = cli(args);
        QVERIFY2(
            english.err.contains(QStringLiteral("not a text document")), qPrintable(english.err));
        const Run japanese = cli(args, QStringLiteral("ja_JP.UTF-8"));
        QCOMPARE(japanese.exitCode, 2);
        QVERIFY2(japanese.err.contains(QStringLiteral("テキスト")), qPrintable(japanese.err));
    }

    void refusesNewerDatabase()
    {
        const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mk"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("mk"));
        const QString saved = std::exchange(m_db, newer);
        const Run r = cli({ QStringLiteral("clauses"), QStringLiteral("list") });
        m_db = saved;
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("newer version of Kansa")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
