// The inside of an audit package: a ustar stream that GNU tar reads and that reads GNU tar's,
// through age encryption in both directions, with every damaged or foreign archive refused.
#include "package/agedevice.h"
#include "package/tararchive.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kansa;

namespace {

QByteArray pattern(qsizetype n, int seed)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char((i * 31 + seed * 7 + i / 511) & 0xff);
    return b;
}

const QDateTime kWhen(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);

QByteArray archive(const QList<std::pair<QString, QByteArray>> &files)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    TarArchive::Writer w(out);
    for (const auto &[name, content] : files)
        if (!w.add(name, content, kWhen))
            qFatal("add failed");
    w.finish();
    return out.data();
}

// What a reader gets: name → content, or the error.
QString readAll(const QByteArray &bytes, QList<std::pair<QString, QByteArray>> *files)
{
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    TarArchive::Reader r(in);
    while (const auto e = r.next()) {
        QByteArray content;
        for (QByteArray part; !(part = r.read(100000)).isEmpty();)
            content += part;
        files->append({ e->name, content });
    }
    switch (r.error()) {
    case TarArchive::Reader::Error::None: return QStringLiteral("ok");
    case TarArchive::Reader::Error::Damaged: return QStringLiteral("damaged");
    case TarArchive::Reader::Error::Unsupported: return QStringLiteral("unsupported");
    }
    return {};
}

} // namespace

class TestTarArchive : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QList<std::pair<QString, QByteArray>> files;
        int seed = 0;
        for (const qsizetype n : { 0, 1, 511, 512, 513, 1024 * 1024 + 3 })
            files.append({ QStringLiteral("evidence/%1.bin").arg(n), pattern(n, ++seed) });
        files.append({ QStringLiteral("manifest.json"), QByteArray("{\"format\":\"kansa-package\"}") });
        QList<std::pair<QString, QByteArray>> back;
        QCOMPARE(readAll(archive(files), &back), QStringLiteral("ok"));
        QCOMPARE(back, files);
    }

    void gnuTarReadsOursAndWeReadIts()
    {
#if defined(Q_OS_WIN)
        QSKIP("interoperability with GNU tar, a Linux program (README: Kansa on Windows)");
#endif
        const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
        QVERIFY(!tar.isEmpty());
        QTemporaryDir dir;
        const QList<std::pair<QString, QByteArray>> files { { QStringLiteral("audits/1.json"), "{}" },
            { QStringLiteral("evidence/a.jpg"), pattern(70000, 3) } };
        const QString ours = dir.filePath(QStringLiteral("ours.tar"));
        QFile f(ours);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(archive(files));
        f.close();
        QProcess list;
        list.start(tar, { QStringLiteral("-tvf"), ours });
        QVERIFY(list.waitForFinished());
        QCOMPARE(list.exitCode(), 0);
        const QByteArray listed = list.readAllStandardOutput();
        QVERIFY2(listed.contains("audits/1.json") && listed.contains("70000") && listed.contains("2026-11-20"), listed.constData());
        QVERIFY(list.readAllStandardError().isEmpty());
        QProcess extract;
        extract.setWorkingDirectory(dir.path());
        extract.start(tar, { QStringLiteral("-xf"), ours });
        QVERIFY(extract.waitForFinished());
        QFile a(dir.filePath(QStringLiteral("evidence/a.jpg")));
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), files.at(1).second);

        // GNU tar's own ustar archive of the same tree.
        QProcess make;
        make.setWorkingDirectory(dir.path());
        make.start(tar, { QStringLiteral("--format=ustar"), QStringLiteral("-cf"), QStringLiteral("theirs.tar"),
                            QStringLiteral("audits/1.json"), QStringLiteral("evidence/a.jpg") });
        QVERIFY(make.waitForFinished());
        QFile t(dir.filePath(QStringLiteral("theirs.tar")));
        QVERIFY(t.open(QIODevice::ReadOnly));
        QList<std::pair<QString, QByteArray>> back;
        QCOMPARE(readAll(t.readAll(), &back), QStringLiteral("ok"));
        QCOMPARE(back, files);

        // QA trial of issue 24: a package re-packed by naming its folders (tar … audits blobs)
        // has folder entries; they carry nothing and are passed over.
        QDir(dir.path()).mkpath(QStringLiteral("blobs"));
        QFile blob(dir.filePath(QStringLiteral("blobs/b")));
        QVERIFY(blob.open(QIODevice::WriteOnly));
        blob.write("xyz");
        blob.close();
        QProcess folders;
        folders.setWorkingDirectory(dir.path());
        folders.start(tar, { QStringLiteral("--format=ustar"), QStringLiteral("-cf"), QStringLiteral("folders.tar"),
                               QStringLiteral("audits"), QStringLiteral("blobs") });
        QVERIFY(folders.waitForFinished());
        QFile withFolders(dir.filePath(QStringLiteral("folders.tar")));
        QVERIFY(withFolders.open(QIODevice::ReadOnly));
        back.clear();
        QCOMPARE(readAll(withFolders.readAll(), &back), QStringLiteral("ok"));
        QCOMPARE(back.size(), 2);
        // Any other folder is not part of a package.
        QProcess other;
        other.setWorkingDirectory(dir.path());
        other.start(tar, { QStringLiteral("--format=ustar"), QStringLiteral("-cf"), QStringLiteral("other.tar"), QStringLiteral("evidence") });
        QVERIFY(other.waitForFinished());
        QFile otherTar(dir.filePath(QStringLiteral("other.tar")));
        QVERIFY(otherTar.open(QIODevice::ReadOnly));
        QVERIFY(readAll(otherTar.readAll(), &back) != QStringLiteral("ok"));
    }

    void badArchivesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good = archive({ { QStringLiteral("manifest.json"), pattern(700, 1) },
            { QStringLiteral("evidence/x"), pattern(100, 2) } });
        QTest::newRow("cut in a header") << good.left(600) << QStringLiteral("damaged");
        QTest::newRow("cut in content") << good.left(1200) << QStringLiteral("damaged");
        QTest::newRow("no end marker") << good.left(good.size() - 1024) << QStringLiteral("damaged");
        QTest::newRow("half an end marker") << good.left(good.size() - 512) << QStringLiteral("damaged");
        QByteArray flipped = good;
        flipped[20] = 'X';
        QTest::newRow("a changed name") << flipped << QStringLiteral("damaged");
        auto withHeader = [&](const std::function<void(QByteArray &)> &edit) {
            QByteArray b = good;
            QByteArray h = b.left(512);
            edit(h);
            std::fill(h.begin() + 148, h.begin() + 156, ' ');
            qint64 sum = 0;
            for (const char c : std::as_const(h))
                sum += static_cast<unsigned char>(c);
            h.replace(148, 8, QByteArray(QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2)));
            b.replace(0, 512, h);
            return b;
        };
        QTest::newRow("a symbolic link") << withHeader([](QByteArray &h) { h[156] = '2'; }) << QStringLiteral("unsupported");
        QTest::newRow("a name going up") << withHeader([](QByteArray &h) { h.replace(0, 13, "../etc/passwd"); }) << QStringLiteral("unsupported");
        QTest::newRow("an absolute name") << withHeader([](QByteArray &h) { h.replace(0, 13, QByteArray("/etc/passwd\0\0", 13)); }) << QStringLiteral("unsupported");
        QTest::newRow("a name prefix") << withHeader([](QByteArray &h) { h[345] = 'a'; }) << QStringLiteral("unsupported");
        QTest::newRow("not ustar") << withHeader([](QByteArray &h) { h.replace(257, 5, "xxxxx"); }) << QStringLiteral("unsupported");
        QTest::newRow("a size too large") << withHeader([](QByteArray &h) { h.replace(124, 12, QByteArray("77777777777777", 12)); })
                                         << QStringLiteral("unsupported");
        QTest::newRow("a size not octal") << withHeader([](QByteArray &h) { h.replace(124, 12, QByteArray("0000000009x\0", 12)); })
                                          << QStringLiteral("unsupported");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("damaged");
        QTest::newRow("garbage") << pattern(4096, 9) << QStringLiteral("damaged");
    }

    void badArchivesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QList<std::pair<QString, QByteArray>> files;
        QCOMPARE(readAll(bytes, &files), expected);
    }

    void throughAgeBothWays()
    {
        const AgeIdentity office = AgeIdentity::generate();
        QBuffer sealed;
        sealed.open(QIODevice::WriteOnly);
        AgeWriteDevice enc(sealed);
        QCOMPARE(enc.begin({ { office.recipient() }, {}, 0 }), Age::Error::None);
        TarArchive::Writer w(enc);
        const QByteArray photo = pattern(300000, 5);
        QVERIFY(w.add(QStringLiteral("manifest.json"), QByteArray("{}"), kWhen));
        QVERIFY(w.add(QStringLiteral("evidence/p.jpg"), photo, kWhen));
        QVERIFY(w.finish());
        QCOMPARE(enc.finish(), Age::Error::None);
        QVERIFY(!sealed.data().contains(photo.left(64))); // nothing in clear

        QBuffer in;
        in.setData(sealed.data());
        in.open(QIODevice::ReadOnly);
        AgeReadDevice dec(in);
        QCOMPARE(dec.begin({ office }, {}), Age::Error::None);
        TarArchive::Reader r(dec);
        QStringList names;
        QByteArray got;
        while (const auto e = r.next()) {
            names << e->name;
            for (QByteArray part; !(part = r.read(65536)).isEmpty();)
                if (e->name == QLatin1String("evidence/p.jpg"))
                    got += part;
        }
        QCOMPARE(r.error(), TarArchive::Reader::Error::None);
        QCOMPARE(names, QStringList({ QStringLiteral("manifest.json"), QStringLiteral("evidence/p.jpg") }));
        QCOMPARE(got, photo);
        QVERIFY(dec.complete());

        // A byte flipped in the encrypted stream: the content stops and says so.
        QByteArray bad = sealed.data();
        bad[bad.size() - 100] = char(bad.at(bad.size() - 100) ^ 1);
        QBuffer badIn;
        badIn.setData(bad);
        badIn.open(QIODevice::ReadOnly);
        AgeReadDevice badDec(badIn);
        QCOMPARE(badDec.begin({ office }, {}), Age::Error::None);
        TarArchive::Reader br(badDec);
        while (br.next())
            while (!br.read(65536).isEmpty()) {
            }
        QCOMPARE(badDec.error(), Age::Error::Payload);
        QVERIFY(!badDec.complete());
    }
};

QTEST_GUILESS_MAIN(TestTarArchive)
#include "tst_tararchive.moc"
