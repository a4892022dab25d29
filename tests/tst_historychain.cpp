// The tamper-evident history's building blocks (issue 12 §2): the canonical encoding against
// vectors computed independently (Python's hashlib over the documented byte layout), chains
// appended and verified, every kind of tampering named at its entry, and signed checkpoints that
// catch a rewrite, a cut or a fork.
#include "crypto/sha256.h"
#include "history/historychain.h"

#include <QTest>
#include <QTimeZone>

using namespace Kansa;

namespace {

const QString kOrigin = QStringLiteral("audit:0f8c5d2e-7b1a-4c3e-9d6f-2a4b8c1e3f50");

QByteArray sha(const QByteArray &b)
{
    return QByteArray::fromHex(Sha256::hex(b).toLatin1());
}

HistoryEntry entry(const QString &action, const QString &entity, const QByteArray &content, const QDateTime &time)
{
    HistoryEntry e;
    e.origin = kOrigin;
    e.time = time;
    e.actor = QStringLiteral("小林　真理");
    e.action = action;
    e.entity = entity;
    e.contentHash = sha(content);
    return e;
}

QList<HistoryEntry> chainOf(int n)
{
    QList<HistoryEntry> chain;
    for (int i = 0; i < n; ++i)
        chain.append(HistoryChain::append(chain,
            entry(QStringLiteral("verdict"), QStringLiteral("check_item:%1").arg(i), QByteArray::number(i),
                QDateTime(QDate(2026, 11, 20), QTime(1, 0).addSecs(i * 60), Qt::UTC))));
    return chain;
}

} // namespace

class TestHistoryChain : public QObject
{
    Q_OBJECT

private slots:
    void canonicalEncodingVectors()
    {
        QList<HistoryEntry> chain;
        chain.append(HistoryChain::append(chain, entry(QStringLiteral("created"), QStringLiteral("audit:1"), {},
            QDateTime(QDate(2026, 11, 20), QTime(1, 2, 3), Qt::UTC))));
        // Local time in: the encoding is UTC whatever the time zone of the machine.
        chain.append(HistoryChain::append(chain, entry(QStringLiteral("verdict"), QStringLiteral("check_item:42"),
            QStringLiteral("適合").toUtf8(), QDateTime(QDate(2026, 11, 20), QTime(10, 5), QTimeZone("Asia/Tokyo")))));
        QCOMPARE(chain.at(0).canonical().left(40).toHex(),
            QByteArray("0000000f6b616e73612d686973746f72792f310000002a61756469743a30663863356432652d3762"));
        QCOMPARE(chain.at(0).hash.toHex(), QByteArray("c825fc7930fe11f27298566883794e6ada749625cabe59b45f4964e2f5311caa"));
        QCOMPARE(chain.at(1).previousHash, chain.at(0).hash);
        QCOMPARE(chain.at(1).hash.toHex(), QByteArray("41d6eff4ea4afd2db3e0aee12b19b90442f04aec604429b53237e6b0b6b518cd"));
        QCOMPARE(chain.at(1).sequence, quint64(2));
    }

    void tamperingIsNamed_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("at");
        QTest::newRow("intact") << QString() << QStringLiteral("none") << 0;
        QTest::newRow("an entry deleted") << QStringLiteral("delete 3") << QStringLiteral("missing") << 3;
        QTest::newRow("an entry duplicated") << QStringLiteral("duplicate 2") << QStringLiteral("inserted") << 2;
        QTest::newRow("an actor changed") << QStringLiteral("actor 4") << QStringLiteral("modified") << 4;
        QTest::newRow("changed and its hash recomputed") << QStringLiteral("rehash 2") << QStringLiteral("link") << 3;
        QTest::newRow("two entries swapped") << QStringLiteral("swap 2") << QStringLiteral("missing") << 2;
        QTest::newRow("an entry of another chain") << QStringLiteral("foreign 5") << QStringLiteral("inserted") << 5;
    }

    void tamperingIsNamed()
    {
        QFETCH(QString, how);
        QFETCH(QString, fault);
        QFETCH(int, at);
        QList<HistoryEntry> chain = chainOf(6);
        const QStringList op = how.split(u' ');
        const int i = how.isEmpty() ? 0 : op.at(1).toInt() - 1;
        if (op.first() == QLatin1String("delete"))
            chain.removeAt(i);
        else if (op.first() == QLatin1String("duplicate"))
            chain.insert(i + 1, chain.at(i));
        else if (op.first() == QLatin1String("actor"))
            chain[i].actor = QStringLiteral("別人");
        else if (op.first() == QLatin1String("rehash")) {
            chain[i].action = QStringLiteral("reopened");
            chain[i].hash = chain[i].computeHash();
        } else if (op.first() == QLatin1String("swap"))
            chain.swapItemsAt(i, i + 1);
        else if (op.first() == QLatin1String("foreign")) {
            chain[i].origin = QStringLiteral("audit:other");
            chain[i].hash = chain[i].computeHash();
        }
        const HistoryChain::Verdict v = HistoryChain::verify(chain, {});
        QCOMPARE(HistoryChain::faultKey(v.fault), fault);
        QCOMPARE(int(v.sequence), at);
    }

    void checkpointsCatchRewritesCutsAndForks()
    {
        const InstallationKey key = InstallationKey::generate();
        QList<HistoryEntry> chain = chainOf(5);
        const Checkpoint at4 = Checkpoint::make(kOrigin, 4, chain.at(3).hash, QDateTime::currentDateTimeUtc(), key);
        QVERIFY(at4.signatureValid());
        QCOMPARE(HistoryChain::verify(chain, { at4 }).fault, HistoryChain::Fault::None);

        // The last entries rewritten consistently: only the checkpoint sees it.
        QList<HistoryEntry> rewritten = chain.mid(0, 2);
        for (int i = 2; i < 5; ++i)
            rewritten.append(HistoryChain::append(rewritten, entry(QStringLiteral("verdict"), QStringLiteral("x"), "forged",
                QDateTime(QDate(2026, 11, 21), QTime(1, 0), Qt::UTC))));
        QCOMPARE(HistoryChain::verify(rewritten, {}).fault, HistoryChain::Fault::None);
        QCOMPARE(HistoryChain::verify(rewritten, { at4 }).fault, HistoryChain::Fault::Forked);
        QCOMPARE(HistoryChain::verify(chain.mid(0, 3), { at4 }).fault, HistoryChain::Fault::Truncated);

        Checkpoint forged = at4;
        forged.sequence = 5;
        forged.headHash = chain.at(4).hash;
        QCOMPARE(HistoryChain::verify(chain, { forged }).fault, HistoryChain::Fault::CheckpointInvalid);
        Checkpoint otherKey = Checkpoint::make(kOrigin, 4, chain.at(3).hash, at4.time, InstallationKey::generate());
        otherKey.publicKey = key.publicKey; // signed by another key, claimed as ours
        QVERIFY(!otherKey.signatureValid());
        QCOMPARE(InstallationKey::fingerprint(key.publicKey).size(), 19);
    }
};

QTEST_GUILESS_MAIN(TestHistoryChain)
#include "tst_historychain.moc"
