// The age format (age-encryption.org/v1): every community test vector of tests/data/
// age-testkit gives its expected result (post-quantum and P-256 recipients skipped), round trips
// of every chunk boundary, any flipped byte detected, keys in Bech32, and files exchanged both
// ways with Debian's own `age` and `age-keygen`.
#include "crypto/age.h"
#include "crypto/agekeys.h"
#include "crypto/agekeyfile.h"
#include "crypto/bech32.h"
#include "crypto/sha256.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "platform/owneronly.h"

#include <zlib.h>

using namespace Kansa;

namespace {

QByteArray inflate(const QByteArray &in)
{
    z_stream z {};
    inflateInit(&z);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    QByteArray out;
    char buf[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buf);
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buf, qsizetype(sizeof buf - z.avail_out));
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray seal(const QByteArray &plain, const Age::Writer::Recipients &to)
{
    QBuffer in, out;
    in.setData(plain);
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    if (Age::encrypt(in, out, to) != Age::Error::None)
        qFatal("encrypt failed");
    return out.data();
}

Age::Error open(const QByteArray &sealed, const QList<AgeIdentity> &ids, const QList<QByteArray> &passphrases, QByteArray *plain)
{
    QBuffer in, out;
    in.setData(sealed);
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    const Age::Error e = Age::decrypt(in, out, ids, passphrases);
    *plain = out.data();
    return e;
}

QByteArray pattern(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char((i * 131 + i / 7) & 0xff);
    return b;
}

} // namespace

class TestAge : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(KANSA_TEST_DATA "/age-testkit"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY2(files.size() > 100, qPrintable(dir.path()));
        for (const QString &f : files)
            if (f != QLatin1String("README.md"))
                QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void vectors()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        const qsizetype split = all.indexOf("\n\n");
        QVERIFY(split > 0);
        QMultiHash<QByteArray, QByteArray> keys;
        for (const QByteArray &line : all.left(split).split('\n')) {
            const qsizetype colon = line.indexOf(": ");
            keys.insert(line.left(colon), line.mid(colon + 2));
        }
        QByteArray body = all.mid(split + 2);
        if (keys.value("compressed") == "zlib")
            body = inflate(body);
        QList<AgeIdentity> identities;
        for (const QByteArray &id : keys.values("identity")) {
            if (id.startsWith("AGE-SECRET-KEY-PQ-") || id.startsWith("AGE-PLUGIN-"))
                QSKIP("a post-quantum or plugin identity: libsodium has no ML-KEM or P-256");
            const auto parsed = AgeIdentity::parse(QString::fromLatin1(id));
            QVERIFY2(parsed, id.constData());
            identities.append(*parsed);
        }
        const QList<QByteArray> passphrases = keys.values("passphrase");
        const QHash<QByteArray, Age::Error> expected {
            { "success", Age::Error::None }, { "no match", Age::Error::NoMatch },
            { "HMAC failure", Age::Error::Hmac }, { "header failure", Age::Error::Header },
            { "payload failure", Age::Error::Payload }, { "armor failure", Age::Error::Armor },
        };
        QVERIFY(expected.contains(keys.value("expect")));
        QByteArray plain;
        const Age::Error got = open(body, identities, passphrases, &plain);
        QCOMPARE(int(got), int(expected.value(keys.value("expect"))));
        // All that was released before a fault must be what the vector says.
        if (keys.contains("payload"))
            QCOMPARE(Sha256::hex(plain).toLatin1(), keys.value("payload"));
    }

    void roundTrips_data()
    {
        QTest::addColumn<qsizetype>("size");
        for (const qsizetype n : { qsizetype(0), qsizetype(1), Age::ChunkSize - 1, Age::ChunkSize,
                 Age::ChunkSize + 1, 3 * Age::ChunkSize, 3 * Age::ChunkSize + 17 })
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    void roundTrips()
    {
        QFETCH(qsizetype, size);
        const QByteArray plain = pattern(size);
        const AgeIdentity office = AgeIdentity::generate(), other = AgeIdentity::generate();
        const QByteArray toKeys = seal(plain, { { other.recipient(), office.recipient() }, {}, 0 });
        QByteArray back;
        QCOMPARE(open(toKeys, { office }, {}, &back), Age::Error::None);
        QCOMPARE(back, plain);
        QCOMPARE(open(toKeys, { AgeIdentity::generate() }, {}, &back), Age::Error::NoMatch);
        // One chunk more than the content fills, at most: 16 bytes per 64 KiB.
        QVERIFY(toKeys.size() - plain.size() < 400 + 16 * (plain.size() / Age::ChunkSize + 1));

        const QByteArray toPassphrase = seal(plain, { {}, "correct horse battery staple", 10 });
        QCOMPARE(open(toPassphrase, {}, { "correct horse battery staple" }, &back), Age::Error::None);
        QCOMPARE(back, plain);
        QCOMPARE(open(toPassphrase, {}, { "wrong" }, &back), Age::Error::NoMatch);
    }

    void everyFlippedByteIsFound()
    {
        const AgeIdentity office = AgeIdentity::generate();
        const QByteArray sealed = seal(pattern(2 * Age::ChunkSize + 100), { { office.recipient() }, {}, 0 });
        int checked = 0;
        for (qsizetype at = 0; at < sealed.size(); at += (at < 400 ? 1 : 997)) {
            QByteArray bad = sealed;
            bad[at] = char(bad[at] ^ 0x04);
            QByteArray plain;
            QVERIFY2(open(bad, { office }, {}, &plain) != Age::Error::None, qPrintable(QString::number(at)));
            ++checked;
        }
        QVERIFY(checked > 400);
        QByteArray plain; // cut anywhere
        for (const qsizetype keep : { qsizetype(10), qsizetype(300), sealed.size() / 2, sealed.size() - 1 })
            QVERIFY(open(sealed.left(keep), { office }, {}, &plain) != Age::Error::None);
    }

    void keysAreBech32()
    {
        const AgeIdentity id = AgeIdentity::generate();
        const QString text = id.toString();
        QVERIFY(text.startsWith(QStringLiteral("AGE-SECRET-KEY-1")));
        QCOMPARE(AgeIdentity::parse(text)->secret, id.secret);
        const QString pub = id.recipient().toString();
        QVERIFY(pub.startsWith(QStringLiteral("age1")));
        QCOMPARE(pub.size(), 62);
        QCOMPARE(AgeRecipient::parse(pub)->publicKey, id.recipient().publicKey);
        QString broken = pub;
        broken[10] = broken.at(10) == u'q' ? u'p' : u'q';
        QVERIFY(!AgeRecipient::parse(broken)); // checksum
        QVERIFY(!AgeRecipient::parse(pub.toUpper())); // age writes recipients in lower case
        QVERIFY(!AgeIdentity::parse(text.toLower()));
        QVERIFY(!AgeRecipient::parse(text));
        QVERIFY(!AgeIdentity::parse(pub));
        QVERIFY(!Bech32::decode(QStringLiteral("age1")));
        QString error;
        const auto fromFile = AgeIdentity::parseFile(id.toFile(QDateTime::currentDateTimeUtc()), &error);
        QVERIFY2(fromFile && fromFile->size() == 1 && fromFile->first().secret == id.secret, qPrintable(error));
        QVERIFY(!AgeIdentity::parseFile("# only a comment\n", &error));
        QVERIFY(!AgeIdentity::parseFile("not a key\n", &error));
        QVERIFY(error.contains(u'1'));
    }

    void keyFilesInClearAndUnderAPassphrase()
    {
        QTemporaryDir dir;
        const AgeIdentity id = AgeIdentity::generate();
        const QString clear = dir.filePath(QStringLiteral("clear.key")), locked = dir.filePath(QStringLiteral("locked.key"));
        QCOMPARE(AgeKeyFile::write(clear, id, {}), QString());
        QVERIFY(AgeKeyFile::write(locked, id, QStringLiteral("short")).contains(QStringLiteral("too short")));
        QVERIFY(!AgeKeyFile::write(locked, id, QStringLiteral("1234567890123")).isEmpty());
        QCOMPARE(AgeKeyFile::write(locked, id, QStringLiteral("しなの高原 監査 二〇二六")), QString());
        // The key file is its owner's alone (on Windows the ACL, read back through the system).
#if defined(Q_OS_WIN)
        if (!OwnerOnly::holds(locked))
            QSKIP("the file system kept no ACL (Wine reports a default one whatever was set): "
                  "checked on NTFS (README: Kansa on Windows)");
#endif
        QVERIFY(OwnerOnly::holds(locked));
        QVERIFY(OwnerOnly::holds(clear));
        QFile plain(dir.filePath(QStringLiteral("plain.txt"))); // the folder's usual access: the check tells
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QVERIFY(QFile::setPermissions(plain.fileName(), QFile::permissions(plain.fileName()) | QFileDevice::ReadOther));
        QVERIFY(!OwnerOnly::holds(plain.fileName()));
        QFile f(locked);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("AGE-SECRET-KEY")); // the key is not in the file in clear
        QString error;
        QCOMPARE(AgeKeyFile::read(clear, {}, &error)->first().secret, id.secret);
        QCOMPARE(AgeKeyFile::read(locked, QStringLiteral("しなの高原 監査 二〇二六"), &error)->first().secret, id.secret);
        QVERIFY(!AgeKeyFile::read(locked, QStringLiteral("しなの高原 監査 二〇二七"), &error));
        QVERIFY(error.contains(QStringLiteral("does not open")));
        QVERIFY(!AgeKeyFile::read(locked, {}, &error));
        QVERIFY(error.contains(QStringLiteral("passphrase")));
        QVERIFY(!AgeKeyFile::read(dir.filePath(QStringLiteral("none")), {}, &error));
    }

    void theCliMakesAndShowsKeys()
    {
        QTemporaryDir dir;
        auto cli = [](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(KANSA_CLI), args);
            p.waitForFinished(60000);
            if (out)
                *out = p.readAllStandardOutput().trimmed();
            return p.exitCode();
        };
        const QString key = dir.filePath(QStringLiteral("office.key"));
        QByteArray pub;
        QCOMPARE(cli({ QStringLiteral("keys"), QStringLiteral("new"), QStringLiteral("--out"), key }, &pub), 0);
        QVERIFY(AgeRecipient::parse(QString::fromLatin1(pub)));
        QByteArray shown;
        QCOMPARE(cli({ QStringLiteral("keys"), QStringLiteral("show"), key }, &shown), 0);
        QCOMPARE(shown, pub);
        QCOMPARE(cli({ QStringLiteral("keys"), QStringLiteral("new"), QStringLiteral("--out"), key }), 2); // never overwritten
        const QString pass = dir.filePath(QStringLiteral("pass.txt"));
        QFile p(pass);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("office passphrase 2026\n");
        p.close();
        const QString locked = dir.filePath(QStringLiteral("locked.key"));
        QCOMPARE(cli({ QStringLiteral("keys"), QStringLiteral("new"), QStringLiteral("--out"), locked,
                     QStringLiteral("--passphrase-file"), pass }, &pub), 0);
        QCOMPARE(cli({ QStringLiteral("keys"), QStringLiteral("show"), locked, QStringLiteral("--passphrase-file"), pass }, &shown), 0);
        QCOMPARE(shown, pub);
        QCOMPARE(cli({ QStringLiteral("keys"), QStringLiteral("show"), locked }), 2);

        // The office keys packages go to, kept in the database.
        const QStringList db { QStringLiteral("--db"), dir.filePath(QStringLiteral("k.sqlite")) };
        QByteArray listed;
        QCOMPARE(cli(db + QStringList { QStringLiteral("keys"), QStringLiteral("office"), QStringLiteral("add"), QString::fromLatin1(pub) }, &listed), 0);
        QCOMPARE(listed, pub);
        const QString second = AgeIdentity::generate().recipient().toString();
        QCOMPARE(cli(db + QStringList { QStringLiteral("keys"), QStringLiteral("office"), QStringLiteral("add"), second }, &listed), 0);
        QCOMPARE(cli(db + QStringList { QStringLiteral("keys"), QStringLiteral("office"), QStringLiteral("add"), second }, &listed), 0);
        QCOMPARE(listed, pub + '\n' + second.toLatin1()); // once
        QCOMPARE(cli(db + QStringList { QStringLiteral("keys"), QStringLiteral("office"), QStringLiteral("add"), QStringLiteral("AGE-SECRET-KEY-1XYZ") }), 2);
        QCOMPARE(cli(db + QStringList { QStringLiteral("keys"), QStringLiteral("office"), QStringLiteral("remove"), QString::fromLatin1(pub) }, &listed), 0);
        QCOMPARE(listed, second.toLatin1());
        QCOMPARE(cli(db + QStringList { QStringLiteral("keys"), QStringLiteral("office"), QStringLiteral("remove"), QString::fromLatin1(pub) }), 2);
        QCOMPARE(cli(db + QStringList { QStringLiteral("keys"), QStringLiteral("office") }, &listed), 0);
        QCOMPARE(listed, second.toLatin1());
    }

    void debianAgeReadsOursAndWeReadIts()
    {
#if defined(Q_OS_WIN)
        QSKIP("interoperability with Debian's age and age-keygen, Linux programs (README: Kansa on Windows)");
#endif
        const QString age = QStandardPaths::findExecutable(QStringLiteral("age"));
        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
        QVERIFY2(!age.isEmpty() && !keygen.isEmpty(), "install Debian's age (./dev installs it)");
        QTemporaryDir dir;
        auto run = [](const QString &program, const QStringList &args, const QByteArray &input = {}) {
            QProcess p;
            p.start(program, args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            if (p.exitCode() != 0)
                qWarning() << program << args << p.readAllStandardError();
            return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
        };
        // Our key file is age's: age-keygen derives the same public key, age decrypts with it.
        const AgeIdentity ours = AgeIdentity::generate();
        const QString ourKey = dir.filePath(QStringLiteral("ours.key"));
        QFile f(ourKey);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ours.toFile(QDateTime::currentDateTimeUtc()));
        f.close();
        QCOMPARE(run(keygen, { QStringLiteral("-y"), ourKey }).trimmed(), ours.recipient().toString().toLatin1());
        const QByteArray plain = pattern(3 * Age::ChunkSize + 5);
        const QString sealedPath = dir.filePath(QStringLiteral("ours.age"));
        QFile sealed(sealedPath);
        QVERIFY(sealed.open(QIODevice::WriteOnly));
        sealed.write(seal(plain, { { ours.recipient() }, {}, 0 }));
        sealed.close();
        QCOMPARE(run(age, { QStringLiteral("-d"), QStringLiteral("-i"), ourKey, sealedPath }), plain);

        // A key age-keygen made, a file age encrypted: we read both.
        const QString theirKey = dir.filePath(QStringLiteral("theirs.key"));
        run(keygen, { QStringLiteral("-o"), theirKey });
        QFile k(theirKey);
        QVERIFY(k.open(QIODevice::ReadOnly));
        const QByteArray keyFile = k.readAll();
        QString error;
        const auto theirs = AgeIdentity::parseFile(keyFile, &error);
        QVERIFY2(theirs, qPrintable(error));
        QVERIFY(keyFile.contains(QByteArray("# public key: " + theirs->first().recipient().toString().toLatin1())));
        for (const bool armor : { false, true }) {
            QStringList args { QStringLiteral("-r"), theirs->first().recipient().toString() };
            if (armor)
                args << QStringLiteral("-a");
            const QByteArray byAge = run(age, args, plain);
            QVERIFY(!byAge.isEmpty());
            QByteArray back;
            QCOMPARE(open(byAge, *theirs, {}, &back), Age::Error::None);
            QCOMPARE(back, plain);
        }
    }
};

QTEST_GUILESS_MAIN(TestAge)
#include "tst_age.moc"
