// Evidence at rest (issue 13 groundwork): files encrypted under a data key round-trip byte for
// byte at every size around the chunk boundary, and a wrong key, a changed byte, a cut, an
// appended byte or a file that is not encrypted are each refused; wrapped keys open only with
// their key-encryption key and context.
#include "crypto/filecipher.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Kansa;
using FileCipher::Error;

namespace {

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

QByteArray encrypted(const QByteArray &plain, const QByteArray &key)
{
    QBuffer in, out;
    in.setData(plain);
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    if (FileCipher::encrypt(in, out, key) != Error::None)
        return {};
    return out.data();
}

Error decrypted(const QByteArray &sealed, const QByteArray &key, QByteArray *plain = nullptr)
{
    QBuffer in, out;
    in.setData(sealed);
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    const Error e = FileCipher::decrypt(in, out, key);
    if (plain)
        *plain = out.data();
    return e;
}

} // namespace

class TestFileCipher : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        const int c = int(FileCipher::ChunkSize);
        for (int size : { 0, 1, 100, c - 1, c, c + 1, 2 * c, 3 * c + 17, 1 << 20 })
            QTest::addRow("%d bytes", size) << size;
    }
    void roundTrip()
    {
        QFETCH(int, size);
        const QByteArray key = FileCipher::newKey();
        const QByteArray plain = randomBytes(size);
        const QByteArray sealed = encrypted(plain, key);
        QVERIFY(!sealed.isEmpty());
        QVERIFY(!sealed.contains(plain.left(64)) || plain.size() < 16);
        QByteArray back;
        QCOMPARE(decrypted(sealed, key, &back), Error::None);
        QCOMPARE(back, plain);
    }

    void damageIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("error");
        QTest::newRow("another key") << QStringLiteral("key") << int(Error::Damaged);
        QTest::newRow("byte in the stream header") << QStringLiteral("flip:20") << int(Error::Damaged);
        QTest::newRow("byte in the first chunk") << QStringLiteral("flip:100") << int(Error::Damaged);
        QTest::newRow("last byte") << QStringLiteral("flip:last") << int(Error::Damaged);
        QTest::newRow("last chunk cut off") << QStringLiteral("cut:chunk") << int(Error::Truncated);
        QTest::newRow("cut by one byte") << QStringLiteral("cut:1") << int(Error::Damaged);
        QTest::newRow("a byte appended") << QStringLiteral("append") << int(Error::Damaged);
        QTest::newRow("not encrypted") << QStringLiteral("plain") << int(Error::NotEncrypted);
        QTest::newRow("empty") << QStringLiteral("empty") << int(Error::NotEncrypted);
    }
    void damageIsRefused()
    {
        QFETCH(QString, damage);
        QFETCH(int, error);
        QByteArray key = FileCipher::newKey();
        const QByteArray plain = randomBytes(2 * int(FileCipher::ChunkSize) + 500);
        QByteArray sealed = encrypted(plain, key);
        if (damage == QStringLiteral("key"))
            key = FileCipher::newKey();
        else if (damage.startsWith(QStringLiteral("flip:"))) {
            const qsizetype at = damage.endsWith(QStringLiteral("last")) ? sealed.size() - 1 : damage.mid(5).toInt();
            sealed[at] = char(sealed.at(at) ^ 0x40);
        } else if (damage == QStringLiteral("cut:chunk"))
            sealed.chop(500 + 17); // the final chunk (500 bytes and its tag)
        else if (damage == QStringLiteral("cut:1"))
            sealed.chop(1);
        else if (damage == QStringLiteral("append"))
            sealed.append('x');
        else if (damage == QStringLiteral("plain"))
            sealed = plain;
        else if (damage == QStringLiteral("empty"))
            sealed.clear();
        QByteArray back;
        QCOMPARE(int(decrypted(sealed, key, &back)), error);
        QVERIFY(plain.startsWith(back)); // only authenticated bytes came out
        QVERIFY(back.size() < plain.size() || damage == QStringLiteral("append"));
    }

    void wrappedKeysOpenOnlyInTheirContext()
    {
        const QByteArray data = FileCipher::newKey(), kek = FileCipher::newKey();
        const QByteArray wrapped = FileCipher::wrap(data, kek, "audit:0123");
        QCOMPARE(FileCipher::unwrap(wrapped, kek, "audit:0123").value_or(QByteArray()), data);
        QVERIFY(!FileCipher::unwrap(wrapped, kek, "audit:0124"));
        QVERIFY(!FileCipher::unwrap(wrapped, FileCipher::newKey(), "audit:0123"));
        QByteArray changed = wrapped;
        changed[30] = char(changed.at(30) ^ 1);
        QVERIFY(!FileCipher::unwrap(changed, kek, "audit:0123"));
        QVERIFY(!FileCipher::unwrap(wrapped.left(10), kek, "audit:0123"));
        QVERIFY(FileCipher::wrap(data, kek, "audit:0123") != wrapped); // a fresh nonce each time
    }
};

QTEST_GUILESS_MAIN(TestFileCipher)
#include "tst_filecipher.moc"
