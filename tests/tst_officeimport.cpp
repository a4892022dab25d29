// Issue 11: clause documents as Word (.docx) and OpenDocument (.odt) files: automatic numbering
// written out as Word shows it, tracked changes accepted, what is not clause text left out, and
// every kind of bad package refused with a reason and nothing stored.
#include "calendar/japanesenumerals.h"
#include "clauseimport/clauseimporter.h"
#include "clauseimport/docxtextextractor.h"
#include "clauseimport/odttextextractor.h"
#include "clauseimport/listnumbering.h"
#include "clauseimport/wordnumbering.h"
#include "clauseimport/zippackage.h"
#include "testoffice.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Kansa;

namespace {

// An abstract numbering of two levels: level 0 with lvlText0/fmt0, level 1 「(%2)」 decimal.
QString numbering(const QString &lvlText0, const QString &fmt0, const QString &extraNums = {})
{
    // Concatenated, not arg(): the lvlText values hold %1 and %2 themselves.
    return QStringLiteral("<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                          "<w:numFmt w:val=\"")
        + fmt0 + QStringLiteral("\"/><w:lvlText w:val=\"") + lvlText0
        + QStringLiteral("\"/><w:suff w:val=\"space\"/></w:lvl>"
                         "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
                         "<w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum>"
                         "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>")
        + extraNums;
}

QStringList firstLines(const ClauseDocument &doc)
{
    QStringList out;
    for (const Article &a : doc.articles)
        out << a.number + u'|' + a.heading;
    return out;
}

} // namespace

class TestOfficeImport : public QObject
{
    Q_OBJECT
private slots:
    void numberFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        using F = ListNumbering::Format;
        const std::tuple<F, int, const char *> rows[] = {
            { F::Decimal, 12, "12" }, { F::DecimalFullWidth, 12, "１２" }, { F::DecimalZero, 3, "03" },
            { F::KanjiCounting, 1, "一" }, { F::KanjiCounting, 10, "十" }, { F::KanjiCounting, 11, "十一" },
            { F::KanjiCounting, 20, "二十" }, { F::KanjiCounting, 105, "百五" }, { F::KanjiDigits, 10, "一〇" },
            { F::Ideograph, 2, "乙" }, { F::Aiueo, 3, "ウ" }, { F::Iroha, 3, "ハ" }, { F::EnclosedParen, 2, "⑵" },
            { F::EnclosedCircle, 20, "⑳" }, { F::EnclosedCircle, 21, "21" }, { F::UpperRoman, 14, "XIV" },
            { F::LowerLetter, 28, "ab" }, { F::Bullet, 1, "" },
        };
        for (const auto &[f, n, e] : rows)
            QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(int(f)).arg(n))) << int(f) << n << QString::fromUtf8(e);
    }
    void numberFormats()
    {
        QFETCH(int, format);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(ListNumbering::format(n, ListNumbering::Format(format)), expected);
    }

    void wordNumbering_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("articles"); // number|heading
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("firstItemLabel");
        using TestOffice::wordParagraph;
        // 「第%1条」 full-width, items 「(%2)」 that restart in each article.
        QString body = wordParagraph(QStringLiteral("情報セキュリティ特記事項"));
        for (int a = 1; a <= 3; ++a) {
            body += wordParagraph(QStringLiteral("（事項%1）受託者は、次の事項を守らなければならない。").arg(a), 1, 0);
            body += wordParagraph(QStringLiteral("情報資産を管理すること。"), 1, 1);
            body += wordParagraph(QStringLiteral("記録を作成すること。"), 1, 1);
        }
        QTest::newRow("第%1条 decimalFullWidth, (%2) restarting")
            << TestOffice::docx(body, numbering(QStringLiteral("第%1条"), QStringLiteral("decimalFullWidth")))
            << QStringList { QStringLiteral("第１条|事項1"), QStringLiteral("第２条|事項2"), QStringLiteral("第３条|事項3") }
            << 3 << 6 << QStringLiteral("(1)");
        // Eleven articles counted in kanji: 第十一条.
        QString eleven = wordParagraph(QStringLiteral("特記事項"));
        for (int a = 1; a <= 11; ++a)
            eleven += wordParagraph(QStringLiteral("受託者は、事項%1を守らなければならない。").arg(a), 1, 0);
        QStringList kanjiNumbers;
        for (int a = 1; a <= 11; ++a)
            kanjiNumbers << QStringLiteral("第%1条|").arg(ListNumbering::kanji(a));
        QTest::newRow("japaneseCounting to 第十一条")
            << TestOffice::docx(eleven, numbering(QStringLiteral("第%1条"), QStringLiteral("japaneseCounting")))
            << kanjiNumbers << 11 << 0 << QString();
        // Two lists on one abstract numbering continue each other (Word's numbering of a
        // document pasted together from parts).
        const QString nums = QStringLiteral("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>");
        const QString continued = wordParagraph(QStringLiteral("特記事項"))
            + wordParagraph(QStringLiteral("受託者は、甲を守らなければならない。"), 1)
            + wordParagraph(QStringLiteral("受託者は、乙を守らなければならない。"), 2)
            + wordParagraph(QStringLiteral("受託者は、丙を守らなければならない。"), 1);
        QTest::newRow("continuing lists")
            << TestOffice::docx(continued, numbering(QStringLiteral("第%1"), QStringLiteral("decimal"), nums))
            << QStringList { QStringLiteral("第1|"), QStringLiteral("第2|"), QStringLiteral("第3|") }
            << 3 << 0 << QString();
        // Items in ア, イ (aiueoFullWidth) and ⑴ (decimalEnclosedParen) levels.
        const QString kana = QStringLiteral(
            "<w:abstractNum w:abstractNumId=\"0\">"
            "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"decimalFullWidth\"/><w:lvlText w:val=\"第%1\"/></w:lvl>"
            "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"aiueoFullWidth\"/><w:lvlText w:val=\"%2\"/></w:lvl>"
            "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
        const QString kanaBody = wordParagraph(QStringLiteral("特記事項"))
            + wordParagraph(QStringLiteral("（遵守事項）受託者は、次の事項を守らなければならない。"), 1)
            + wordParagraph(QStringLiteral("施錠すること。"), 1, 1) + wordParagraph(QStringLiteral("記録すること。"), 1, 1)
            + wordParagraph(QStringLiteral("（報告）受託者は、報告しなければならない。"), 1);
        QTest::newRow("aiueoFullWidth items")
            << TestOffice::docx(kanaBody, kana)
            << QStringList { QStringLiteral("第１|遵守事項"), QStringLiteral("第２|報告") } << 2 << 2 << QStringLiteral("ア");
        // Numbering from the paragraph style (a heading style 「第%1条」), tracked changes, and
        // what is not clause text: a table, a text box, field codes.
        const QString styles = QStringLiteral(
            "<w:style w:type=\"paragraph\" w:styleId=\"Article\"><w:pPr><w:numPr><w:numId w:val=\"1\"/>"
            "</w:numPr></w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Article2\">"
            "<w:basedOn w:val=\"Article\"/></w:style>");
        const QString styled = wordParagraph(QStringLiteral("特記事項"))
            + QStringLiteral("<w:p><w:pPr><w:pStyle w:val=\"Article\"/></w:pPr><w:r><w:t>（秘密）受託者は、秘密を</w:t></w:r>"
                             "<w:ins><w:r><w:t>厳重に</w:t></w:r></w:ins><w:del><w:r><w:delText>適当に</w:delText></w:r></w:del>"
                             "<w:r><w:t>守らなければならない。</w:t></w:r></w:p>")
            + QStringLiteral("<w:tbl><w:tr><w:tc>") + wordParagraph(QStringLiteral("第9条 表の中の文")) + QStringLiteral("</w:tc></w:tr></w:tbl>")
            + QStringLiteral("<w:p><w:pPr><w:pStyle w:val=\"Article2\"/></w:pPr><w:r><w:t>（記録）受託者は、</w:t></w:r>"
                             "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                             "<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>テキストボックス</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>"
                             "<w:r><w:t>記録しなければならない。</w:t></w:r></w:p>");
        QTest::newRow("style numbering, tracked changes, table and text box left out")
            << TestOffice::docx(styled, numbering(QStringLiteral("第%1条"), QStringLiteral("decimal")), styles)
            << QStringList { QStringLiteral("第1条|秘密"), QStringLiteral("第2条|記録") } << 2 << 0 << QString();
        // The number alone in its paragraph (Word shows it), the heading and text after it.
        const QString alone = wordParagraph(QStringLiteral("特記事項")) + wordParagraph(QStringLiteral("（目的）"))
            + wordParagraph(QString(), 1) + wordParagraph(QStringLiteral("受託者は、目的を守らなければならない。"))
            + wordParagraph(QStringLiteral("（報告）")) + wordParagraph(QString(), 1)
            + wordParagraph(QStringLiteral("受託者は、報告しなければならない。"));
        QTest::newRow("numbered empty paragraphs, the text after them")
            << TestOffice::docx(alone, numbering(QStringLiteral("第%1条"), QStringLiteral("decimalFullWidth")))
            << QStringList { QStringLiteral("第１条|目的"), QStringLiteral("第２条|報告") } << 2 << 0 << QString();
    }
    void wordNumbering()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, articles);
        QFETCH(int, paragraphs);
        QFETCH(int, items);
        QFETCH(QString, firstItemLabel);
        const ClauseImporter::Result r = ClauseImporter::readBytes(file, QStringLiteral("test.docx"));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
        QCOMPARE(r.encoding, QStringLiteral("Word (.docx)"));
        QCOMPARE(firstLines(r.document), articles);
        QCOMPARE(r.document.paragraphCount(), paragraphs);
        QCOMPARE(r.document.itemCount(), items);
        if (!firstItemLabel.isEmpty())
            QCOMPARE(r.document.articles.first().paragraphs.first().items.first().label, firstItemLabel);
        for (const Article &a : r.document.articles)
            for (const Paragraph &p : a.paragraphs)
                QVERIFY2(!p.text.contains(QStringLiteral("適当")) && !p.text.contains(QStringLiteral("テキストボックス"))
                        && !p.text.contains(QStringLiteral("PAGE")) && !p.text.contains(QStringLiteral("表の中")),
                    qPrintable(p.text));
        if (QTest::currentDataTag() == QByteArrayLiteral("style numbering, tracked changes, table and text box left out"))
            QCOMPARE(r.document.articles.first().paragraphs.first().text,
                QStringLiteral("受託者は、秘密を厳重に守らなければならない。"));
    }

    // Counters as Word runs them: start overrides, w:lvlRestart, a level override's own format.
    void wordCounters()
    {
        WordNumbering n;
        QVERIFY(n.read(QStringLiteral(
            "<w:numbering xmlns:w=\"w\"><w:abstractNum w:abstractNumId=\"5\">"
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"
            "<w:suff w:val=\"nothing\"/></w:lvl>"
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1-%2\"/>"
            "<w:lvlRestart w:val=\"0\"/></w:lvl></w:abstractNum>"
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"5\"/></w:num>"
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"5\"/><w:lvlOverride w:ilvl=\"0\">"
            "<w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>"
            "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"5\"/><w:lvlOverride w:ilvl=\"0\"><w:lvl w:ilvl=\"0\">"
            "<w:numFmt w:val=\"japaneseCounting\"/><w:lvlText w:val=\"第%1\"/></w:lvl></w:lvlOverride></w:num>"
            "</w:numbering>").toUtf8()));
        QCOMPARE(n.next(1, 0), QStringLiteral("1."));
        QCOMPARE(n.next(1, 1), QStringLiteral("1-1 "));
        QCOMPARE(n.next(1, 0), QStringLiteral("2."));
        QCOMPARE(n.next(1, 1), QStringLiteral("2-2 ")); // lvlRestart 0: never restarts
        QCOMPARE(n.next(2, 0), QStringLiteral("7.")); // its own counters, from the override
        QCOMPARE(n.next(1, 0), QStringLiteral("3.")); // list 1 goes on
        QCOMPARE(n.next(3, 0), QStringLiteral("第一 "));
        QCOMPARE(n.next(9, 0), QString()); // no such list
        QCOMPARE(n.next(0, 0), QString()); // numId 0: numbering removed
        QVERIFY(!WordNumbering().read("<w:numbering><w:abstractNum>"));
    }

    void odfNumbering()
    {
        const QString listStyle = QStringLiteral(
            "<text:list-style style:name=\"L1\">"
            "<text:list-level-style-number text:level=\"1\" style:num-prefix=\"第\" style:num-suffix=\"条\" style:num-format=\"１\"/>"
            "<text:list-level-style-number text:level=\"2\" style:num-prefix=\"(\" style:num-suffix=\")\" style:num-format=\"1\"/>"
            "</text:list-style>");
        const QString text = QStringLiteral(
            "<text:p>個人情報取扱特記事項</text:p>"
            "<text:list text:style-name=\"L1\">"
            "<text:list-item><text:p>（目的）この特記事項は、必要な事項を定める。</text:p></text:list-item>"
            "<text:list-item><text:p>（遵守）受託者は、次の事項を守らなければ<text:s/>ならない。</text:p>"
            "<text:list><text:list-item><text:p>施錠すること。</text:p></text:list-item>"
            "<text:list-item><text:p>記録<text:span>すること。</text:span></text:p></text:list-item></text:list>"
            "</text:list-item></text:list>"
            "<table:table><table:table-row><table:table-cell><text:p>第9条 表</text:p></table:table-cell></table:table-row></table:table>"
            "<text:tracked-changes><text:changed-region><text:deletion><text:p>削除済み</text:p></text:deletion></text:changed-region></text:tracked-changes>"
            "<text:list text:style-name=\"L1\" text:continue-numbering=\"true\">"
            "<text:list-item><text:p>（報告）受託者は、報告しなければならない。</text:p></text:list-item></text:list>");
        const ClauseImporter::Result r = ClauseImporter::readBytes(TestOffice::odt(text, listStyle), QStringLiteral("t.odt"));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
        QCOMPARE(r.encoding, QStringLiteral("OpenDocument (.odt)"));
        QCOMPARE(firstLines(r.document),
            (QStringList { QStringLiteral("第１条|目的"), QStringLiteral("第２条|遵守"), QStringLiteral("第３条|報告") }));
        QCOMPARE(r.document.itemCount(), 2);
        QCOMPARE(r.document.articles.at(1).paragraphs.first().items.at(1).label, QStringLiteral("(2)"));
        QCOMPARE(r.document.articles.at(1).paragraphs.first().items.at(1).text, QStringLiteral("記録すること。"));
    }

    void odfOutlineAndStoredLabels()
    {
        const QString outline = QStringLiteral(
            "<text:outline-style style:name=\"Outline\"><text:outline-level-style text:level=\"1\" "
            "style:num-prefix=\"第\" style:num-suffix=\"\" style:num-format=\"１\"/></text:outline-style>");
        const QString text = QStringLiteral(
            "<text:p>特記事項</text:p>"
            "<text:h text:outline-level=\"1\">（基本的事項）受託者は、適正に管理しなければならない。</text:h>"
            "<text:h text:outline-level=\"1\">（秘密の保持）受託者は、秘密を守らなければならない。</text:h>"
            "<text:list text:style-name=\"none\"><text:list-item><text:p><text:number>第3</text:number>"
            "（報告）受託者は、報告しなければならない。</text:p></text:list-item></text:list>");
        const ClauseImporter::Result r = ClauseImporter::readBytes(TestOffice::odt(text, {}, outline), QStringLiteral("t.odt"));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
        QCOMPARE(firstLines(r.document),
            (QStringList { QStringLiteral("第１|基本的事項"), QStringLiteral("第２|秘密の保持"), QStringLiteral("第3|報告") }));
    }

    // Nesting is bounded: 200,000 nested elements (a few MB of XML) neither overflow the stack
    // nor take long, and the document is refused as damaged (its text is not silently dropped).
    void deepNestingIsBounded()
    {
        const int n = 200000;
        QByteArray docx = "<w:document xmlns:w=\"w\"><w:body><w:p>";
        docx += QByteArray("<w:r>").repeated(n) + "<w:t>x</w:t>" + QByteArray("</w:r>").repeated(n);
        docx += "</w:p></w:body></w:document>";
        QElapsedTimer t;
        t.start();
        QCOMPARE(DocxTextExtractor::extractXml(docx, {}, {}).error.code, ImportError::OfficeDamaged);
        QByteArray odt = "<office:document-content xmlns:office=\"o\" xmlns:text=\"t\"><office:body><office:text>";
        odt += QByteArray("<text:list><text:list-item>").repeated(n / 2) + "<text:p>x</text:p>";
        odt += QByteArray("</text:list-item></text:list>").repeated(n / 2);
        odt += "<text:p>" + QByteArray("<text:span>").repeated(n) + "y" + QByteArray("</text:span>").repeated(n) + "</text:p>";
        odt += "</office:text></office:body></office:document-content>";
        QCOMPARE(OdtTextExtractor::extractXml(odt, {}).error.code, ImportError::OfficeDamaged);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    void badPackages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const QByteArray good = TestOffice::docx(TestOffice::wordParagraph(QStringLiteral("第1条 受託者は守らなければならない。")));
        QTest::newRow("truncated zip") << good.left(good.size() / 2) << int(ImportError::OfficeDamaged);
        QByteArray flipped = good;
        for (qsizetype i = 40; i < flipped.size() - 40; i += 7)
            flipped[i] = char(flipped[i] ^ 0x5A);
        QTest::newRow("corrupt zip") << flipped << int(ImportError::OfficeDamaged);
        QTest::newRow("zip header only") << QByteArray("PK\x03\x04garbage") << int(ImportError::OfficeDamaged);
        QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        QTest::newRow("legacy .doc") << ole + QByteArray(600, '\0') + "WordDocument" << int(ImportError::OfficeLegacy);
        QByteArray encrypted = ole + QByteArray(600, '\0');
        for (const char c : QByteArray("EncryptedPackage"))
            encrypted.append(c).append('\0');
        QTest::newRow("password-protected .docx") << encrypted << int(ImportError::OfficeEncrypted);
        QTest::newRow("malformed XML") << TestOffice::zip({ { QStringLiteral("word/document.xml"),
                                              "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>第1条</w:r>" } })
                                       << int(ImportError::OfficeDamaged);
        QTest::newRow("DTD with entities") << TestOffice::zip({ { QStringLiteral("word/document.xml"),
                                                  "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
                                                  "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><d>&b;</d>" } })
                                           << int(ImportError::OfficeDamaged);
        // Word nests a few levels; 70 content controls around an article are not a document.
        QTest::newRow("nesting too deep") << TestOffice::docx(QStringLiteral("<w:sdt><w:sdtContent>").repeated(70)
                                                  + TestOffice::wordParagraph(QStringLiteral("第5条 受託者は守らなければならない。"))
                                                  + QStringLiteral("</w:sdtContent></w:sdt>").repeated(70))
                                          << int(ImportError::OfficeDamaged);
        // A workbook is read as a checklist (tst_workbooks); one without sheets has none.
        QTest::newRow("spreadsheet without sheets") << TestOffice::zip({ { QStringLiteral("xl/workbook.xml"), "<workbook/>" } })
                                                    << int(ImportError::NotAChecklist);
        QTest::newRow("spreadsheet with a DTD") << TestOffice::zip({ { QStringLiteral("xl/workbook.xml"),
                                                        "<!DOCTYPE d [<!ENTITY a \"x\">]><workbook/>" } })
                                                << int(ImportError::SpreadsheetDamaged);
        QTest::newRow("presentation") << TestOffice::zip({ { QStringLiteral("ppt/presentation.xml"), "<p/>" } })
                                      << int(ImportError::OfficeUnsupported);
        TestOffice::Parts many;
        for (int i = 0; i <= ZipPackage::MaxEntries; ++i)
            many.append({ QStringLiteral("f%1").arg(i), QByteArray("x") });
        QTest::newRow("too many entries") << TestOffice::zip(many, true) << int(ImportError::OfficeTooLarge);
        // 65 MB of zeros deflates to about 64 KB: refused from its stated size, never inflated.
        QTest::newRow("zip bomb") << TestOffice::zip({ { QStringLiteral("word/document.xml"),
                                         QByteArray(ZipPackage::MaxPartSize + 1024 * 1024, '\0') } })
                                  << int(ImportError::OfficeTooLarge);
        QTest::newRow("encrypted .odt") << TestOffice::zip({ { QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text" },
                                               { QStringLiteral("META-INF/manifest.xml"), "<manifest:encryption-data/>" },
                                               { QStringLiteral("content.xml"), "\x01\x02\x03" } })
                                        << int(ImportError::OfficeEncrypted);
    }
    void badPackages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QElapsedTimer t;
        t.start();
        const ClauseImporter::Result r = ClauseImporter::readBytes(bytes, QStringLiteral("bad.docx"));
        QCOMPARE(int(r.error.code), code);
        QVERIFY(r.document.articles.isEmpty());
        QVERIFY(!r.error.message().isEmpty());
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed()))); // refused, not unpacked
    }
};

QTEST_MAIN(TestOfficeImport)
#include "tst_officeimport.moc"
