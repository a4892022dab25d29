// Both programs say which build they are, on the terminal: `kansa --version` and `kansa --help`
// answer without opening a window (no display needed), in the user's language, and the version
// names the commit, as the package's version does.
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

class TestProgramVersion : public QObject
{
    Q_OBJECT

    struct Said
    {
        int code = -1;
        QString out;
    };

    static Said run(const QString &program, const QStringList &args, const QString &lang)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (program == QStringLiteral(KANSA_GUI))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // a window would fail
        else
            env.remove(QStringLiteral("QT_QPA_PLATFORM")); // as on a server without a session
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.insert(QStringLiteral("LANGUAGE"), lang.left(2));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()) };
    }

private slots:
    void answers_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected"); // a regular expression the output matches
        const QString gui = QStringLiteral(KANSA_GUI);
        const QString cli = QStringLiteral(KANSA_CLI);
        // "0.1.0 (git 1a2b3c4d5e)", ", changed" for a modified work tree; the bare version
        // outside a git checkout.
        const QString version = QRegularExpression::escape(QStringLiteral(KANSA_VERSION))
            + QStringLiteral("( \\(git [0-9a-f]{10}(, changed)?\\))?\\n$");
        QTest::newRow("kansa --version") << gui << QStringList { QStringLiteral("--version") }
                                         << QStringLiteral("C.UTF-8") << QStringLiteral("^kansa ") + version;
        QTest::newRow("kansa -v") << gui << QStringList { QStringLiteral("-v") }
                                  << QStringLiteral("C.UTF-8") << QStringLiteral("^kansa ") + version;
        QTest::newRow("kansa-cli --version") << cli << QStringList { QStringLiteral("--version") }
                                             << QStringLiteral("C.UTF-8") << QStringLiteral("^kansa-cli ") + version;
        QTest::newRow("kansa --help") << gui << QStringList { QStringLiteral("--help") }
                                      << QStringLiteral("C.UTF-8") << QStringLiteral("^usage: kansa .*KANSA_DB.*--version");
        QTest::newRow("kansa -h, Japanese") << gui << QStringList { QStringLiteral("-h") }
                                            << QStringLiteral("ja_JP.UTF-8") << QStringLiteral("^使い方: kansa .*データベース.*コミット");
    }
    void answers()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        const Said said = run(program, args, lang);
        QCOMPARE(said.code, 0);
        const QRegularExpression re(expected, QRegularExpression::DotMatchesEverythingOption);
        QVERIFY2(re.match(said.out).hasMatch(), qPrintable(said.out));
    }
};

QTEST_GUILESS_MAIN(TestProgramVersion)
#include "tst_programversion.moc"
