// Random and mutated input never crashes or hangs the importer and parser, and whatever it
// returns keeps the structure's invariants.
#include "clauseimport/clauseimporter.h"
#include "clauseimport/clauseparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Kansa;

namespace {

QString seed(const char *name)
{
    QFile f(QStringLiteral(KANSA_SEEDS "/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void checkInvariants(const ClauseDocument &doc)
{
    for (int i = 0; i < doc.articles.size(); ++i) {
        const Article &a = doc.articles.at(i);
        QCOMPARE(a.ordinal, i + 1);
        QVERIFY(!a.paragraphs.isEmpty());
        for (int j = 0; j < a.paragraphs.size(); ++j) {
            QCOMPARE(a.paragraphs.at(j).ordinal, j + 1);
            QVERIFY(!a.paragraphs.at(j).text.contains(u'\n'));
        }
    }
}

const QStringList kTokens = {
    QStringLiteral("第"),
    QStringLiteral("条"),
    QStringLiteral("１"),
    QStringLiteral("2"),
    QStringLiteral("十一"),
    QStringLiteral("の"),
    QStringLiteral("（"),
    QStringLiteral("）"),
    QStringLiteral("("),
    QStringLiteral(")"),
    QStringLiteral("⑴"),
    QStringLiteral("ア"),
    QStringLiteral("イ"),
    QStringLiteral("一"),
    QStringLiteral("　"),
    QStringLiteral(" "),
    QStringLiteral("\n"),
    QStringLiteral("\f"),
    QStringLiteral("受託者は、"),
    QStringLiteral("しなければならない。"),
    QStringLiteral("以上"),
    QStringLiteral("別紙２"),
    QStringLiteral("- 3 -"),
    QStringLiteral("\u2F49"),
    QStringLiteral("。"),
    QStringLiteral("版"),
    QStringLiteral("\r\n"),
};

} // namespace

class TestParserFuzz : public QObject
{
    Q_OBJECT
    QRandomGenerator m_rng { 20261122 };
    qint64 m_slowest = 0;

    void run(const QString &text)
    {
        QElapsedTimer t;
        t.start();
        const ClauseDocument doc = ClauseParser::parse(text);
        m_slowest = std::max(m_slowest, t.elapsed());
        checkInvariants(doc);
    }

private slots:
    void randomBytes()
    {
        for (int i = 0; i < 1500; ++i) {
            QByteArray bytes(int(m_rng.bounded(1, 3000)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(m_rng.bounded(256));
            const ClauseImporter::Result r
                = ClauseImporter::readBytes(bytes, QStringLiteral("fuzz"));
            QVERIFY(r.error.isError() || !r.document.articles.isEmpty());
            checkInvariants(r.document);
        }
    }

    void tokenSoup()
    {
        for (int i = 0; i < 3000; ++i) {
            QString text;
            const int n = int(m_rng.bounded(1, 400));
            for (int k = 0; k < n; ++k)
                text += kTokens.at(int(m_rng.bounded(kTokens.size())));
            run(text);
        }
    }

    void mutatedSeeds()
    {
        const QStringList seeds
            = { seed("000_2cf691f2b1dacc65.txt"), seed("002_13f7d2313e03314c.txt") };
        for (int i = 0; i < 1500; ++i) {
            QStringList lines = seeds.at(i % 2).split(u'\n');
            const int edits = int(m_rng.bounded(1, 12));
            for (int e = 0; e < edits && !lines.isEmpty(); ++e) {
                const int at = int(m_rng.bounded(lines.size()));
                switch (m_rng.bounded(6)) {
                case 0:
                    lines.removeAt(at);
                    break;
                case 1:
                    lines.insert(at, lines.at(int(m_rng.bounded(lines.size()))));
                    break;
                case 2:
                    lines.swapItemsAt(at, int(m_rng.bounded(lines.size())));
                    break;
                case 3:
                    lines[at].truncate(int(m_rng.bounded(lines.at(at).size() + 1)));
                    break;
                case 4:
                    lines[at].insert(0, kTokens.at(int(m_rng.bounded(kTokens.size()))));
                    break;
                default:
                    lines[at] += kTokens.at(int(m_rng.bounded(kTokens.size())));
                    break;
                }
            }
            run(lines.join(u'\n'));
        }
    }

    void hugeSingleLineAndManyLines()
    {
        run(QString(2'000'000, u'あ'));
        QString many;
        for (int i = 1; i <= 900; ++i) {
            many += QStringLiteral("第%1条 受注者は、守らなければならない。\n").arg(i);
            for (int p = 2; p <= 20; ++p)
                many += QStringLiteral("%1 受注者は報告すること。\n").arg(p);
        }
        QElapsedTimer t;
        t.start();
        const ClauseDocument doc = ClauseParser::parse(many);
        QCOMPARE(doc.articles.size(), 900);
        QCOMPARE(doc.paragraphCount(), 900 * 20);
        QVERIFY2(t.elapsed() < 10000, "parsing must stay linear");
    }

    void cleanupTestCase()
    {
        qInfo("slowest single parse: %lld ms", m_slowest);
        QVERIFY(m_slowest < 2000);
    }
};

QTEST_GUILESS_MAIN(TestParserFuzz)
#include "tst_parserfuzz.moc"
