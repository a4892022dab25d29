// Every supported encoding of the same document decodes to the same text.
#include "clauseimport/clauseimporter.h"
#include "clauseimport/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Kansa;

namespace {
QByteArray bytesOf(const QString &name)
{
    QFile f(QStringLiteral(KANSA_TEST_DATA "/encodings/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT
private slots:
    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-8") << QStringLiteral("utf8.txt") << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8 BOM CRLF")
            << QStringLiteral("utf8-bom-crlf.txt") << QStringLiteral("UTF-8");
        QTest::newRow("UTF-16LE BOM")
            << QStringLiteral("utf16le-bom.txt") << QStringLiteral("UTF-16LE");
        QTest::newRow("UTF-16BE BOM")
            << QStringLiteral("utf16be-bom.txt") << QStringLiteral("UTF-16BE");
        QTest::newRow("CP932 CRLF") << QStringLiteral("cp932-crlf.txt") << QStringLiteral("CP932");
        QTest::newRow("Shift_JIS") << QStringLiteral("shiftjis.txt") << QStringLiteral("CP932");
        QTest::newRow("EUC-JP") << QStringLiteral("eucjp.txt") << QStringLiteral("EUC-JP");
    }

    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const TextDecoder::Result reference
            = TextDecoder::decode(bytesOf(QStringLiteral("utf8.txt")));
        const TextDecoder::Result r = TextDecoder::decode(bytesOf(file));
        QVERIFY(!r.error.isError());
        QCOMPARE(r.encoding, encoding);
        QString text = r.text;
        text.remove(u'\r');
        QCOMPARE(text, reference.text);
        // Same content, same clause set: the hash ignores encoding and line endings.
        QCOMPARE(ClauseImporter::contentHash(r.text), ClauseImporter::contentHash(reference.text));
        QVERIFY(r.text.contains(QStringLiteral("情報資産の漏えい")));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("NUL bytes") << QByteArray("abc\0def", 7) << int(ImportError::BinaryData);
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("PNG header") << png << int(ImportError::BinaryData);
        QByteArray controls;
        for (int i = 0; i < 200; ++i)
            controls += char(i % 31 + 1);
        QTest::newRow("control bytes") << controls << int(ImportError::BinaryData);
        QTest::newRow("invalid in every codec")
            << QByteArray("\xff\xff\xff\xff\x80\x80\x80") << int(ImportError::UndecodableText);
        QTest::newRow("odd UTF-16")
            << QByteArray("\xff\xfe\x41\x00\x00\x00", 6) << int(ImportError::UndecodableText);
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QCOMPARE(int(TextDecoder::decode(bytes).error.code), code);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
