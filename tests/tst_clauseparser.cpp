// The clause parser on both seeds (exact structure and text) and on one fixture folder per
// layout (tests/data/layouts/<case>/input.txt → expected.json).
#include "clauseimport/clauseparser.h"
#include "text/textnormalizer.h"
#include "clauses/clausesetjson.h"
#include "calendar/japanesenumerals.h"
#include "clauseimport/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Kansa;

namespace {

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return TextDecoder::decode(f.readAll()).text;
}

QString withoutSpace(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

/// The document rebuilt from the parse, in the seed's own notation, whitespace dropped.
QString rebuild(const ClauseDocument &doc, bool fullWidthStyle)
{
    QString s = doc.title + doc.edition + doc.preamble.join(QString());
    for (const Article &a : doc.articles) {
        s += (fullWidthStyle ? QStringLiteral("（") : QStringLiteral("(")) + a.heading
            + (fullWidthStyle ? QStringLiteral("）") : QStringLiteral(")")) + a.number;
        for (const Paragraph &p : a.paragraphs) {
            if (p.ordinal > 1)
                s += fullWidthStyle ? JapaneseNumerals::toFullWidth(p.ordinal)
                                    : QString::number(p.ordinal);
            s += p.text;
            for (const ClauseItem &i : p.items)
                s += i.label + i.text;
        }
    }
    return withoutSpace(s);
}

QString obligationPattern(const ClauseDocument &doc)
{
    QStringList parts;
    for (const Article &a : doc.articles) {
        QString part;
        for (const Paragraph &p : a.paragraphs)
            part += p.obligation ? u'1' : u'0';
        parts += part;
    }
    return parts.join(u'|');
}

} // namespace

class TestClauseParser : public QObject
{
    Q_OBJECT
private slots:
    void seeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("edition");
        QTest::addColumn<int>("articles");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("preamble");
        QTest::addColumn<QString>("obligations");
        QTest::addColumn<bool>("fullWidthStyle");
        QTest::addColumn<QString>("trailer");
        QTest::newRow("000 (Komoro)")
            << QStringLiteral("000_2cf691f2b1dacc65.txt")
            << QStringLiteral("情報セキュリティ特記事項")
            << QStringLiteral("第１版（令和７年５月）") << 14 << 25 << 3 << 2
            << QStringLiteral("1|0|1|1110|1|1|1|111|1|11|0101|11|00|1") << true
            << QStringLiteral("以上");
        QTest::newRow("002 (special terms)")
            << QStringLiteral("002_13f7d2313e03314c.txt")
            << QStringLiteral("情報セキュリティに関する特約条項") << QString() << 11 << 19 << 0 << 0
            << QStringLiteral("0|111|1|1|11110|1|1|011|0|0|1") << false << QString();
    }

    void seeds()
    {
        QFETCH(QString, file);
        const QString text = readUtf8(QStringLiteral(KANSA_SEEDS "/") + file);
        const ClauseDocument doc = ClauseParser::parse(text);
        QFETCH(QString, title);
        QFETCH(QString, edition);
        QCOMPARE(doc.title, title);
        QCOMPARE(doc.edition, edition);
        QFETCH(int, articles);
        QFETCH(int, paragraphs);
        QFETCH(int, items);
        QFETCH(int, preamble);
        QCOMPARE(int(doc.articles.size()), articles);
        QCOMPARE(doc.paragraphCount(), paragraphs);
        QCOMPARE(doc.itemCount(), items);
        QCOMPARE(int(doc.preamble.size()), preamble);
        QFETCH(QString, obligations);
        QCOMPARE(obligationPattern(doc), obligations);
        for (int i = 0; i < doc.articles.size(); ++i) {
            QCOMPARE(doc.articles.at(i).ordinal, i + 1);
            QVERIFY(!doc.articles.at(i).heading.isEmpty());
            for (const Paragraph &p : doc.articles.at(i).paragraphs) {
                QVERIFY2(!p.text.contains(u'\n'), qPrintable(p.text));
                QVERIFY2(!p.text.isEmpty(), qPrintable(doc.articles.at(i).number));
            }
        }
        // Nothing lost, nothing duplicated: the parse rebuilds the document exactly (as
        // normalised: 「ポリシ－」 in 000 reads 「ポリシー」).
        QFETCH(bool, fullWidthStyle);
        QFETCH(QString, trailer);
        QCOMPARE(rebuild(doc, fullWidthStyle) + trailer, withoutSpace(TextNormalizer::normalize(text)));
    }

    void seedArticleNumbers()
    {
        const ClauseDocument a = ClauseParser::parse(
            readUtf8(QStringLiteral(KANSA_SEEDS "/000_2cf691f2b1dacc65.txt")));
        QCOMPARE(a.articles.first().number, QStringLiteral("第１"));
        QCOMPARE(a.articles.at(9).number, QStringLiteral("第10"));
        QCOMPARE(a.articles.first().heading, QStringLiteral("基本的事項"));
        QCOMPARE(a.articles.at(2).paragraphs.first().items.first().label, QStringLiteral("(1)"));
        QCOMPARE(a.articles.at(2).paragraphs.first().items.first().text,
            QStringLiteral(
                "情報資産の取扱部署及び責任者並びに業務従事者（以下「従事者」という。）"));
        const ClauseDocument b = ClauseParser::parse(
            readUtf8(QStringLiteral(KANSA_SEEDS "/002_13f7d2313e03314c.txt")));
        QCOMPARE(b.articles.last().number, QStringLiteral("第11条"));
        QCOMPARE(b.articles.first().heading, QStringLiteral("総則"));
    }

    void layouts_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(QStringLiteral(KANSA_TEST_DATA "/layouts"));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 10);
        for (const QString &c : cases)
            QTest::newRow(qPrintable(c)) << root.filePath(c);
    }

    void layouts()
    {
        QFETCH(QString, dir);
        const ClauseDocument doc
            = ClauseParser::parse(readUtf8(dir + QStringLiteral("/input.txt")));
        QFile expectedFile(dir + QStringLiteral("/expected.json"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonDocument expected = QJsonDocument::fromJson(expectedFile.readAll());
        QVERIFY(expected.isObject());
        const QJsonDocument actual(ClauseSetJson::toJson(doc));
        if (actual != expected)
            qWarning().noquote() << "actual:\n" << QString::fromUtf8(actual.toJson());
        QCOMPARE(actual, expected);
    }

    void lineEndingsAndWidthsAreEquivalent()
    {
        const QString lf = QStringLiteral("規程\n（総則）\n第１　受託者は、守らなければならない。\n"
                                          "２　受託者は、報告すること。\n");
        QString crlf = lf;
        crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        QString cr = lf;
        cr.replace(u'\n', u'\r');
        QCOMPARE(ClauseParser::parse(crlf), ClauseParser::parse(lf));
        QCOMPARE(ClauseParser::parse(cr), ClauseParser::parse(lf));
        QCOMPARE(ClauseParser::parse(lf).paragraphCount(), 2);
    }

    // The trial: built-in 第2 read 「ポリシ－基本方針」 (U+FF0D), which a search for ポリシー missed.
    void dashAfterKatakanaIsTheLongVowelMark_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("text");
        QTest::newRow("full-width hyphen-minus") << QStringLiteral("ポリシ－を守らなければならない。")
                                                << QStringLiteral("ポリシーを守らなければならない。");
        QTest::newRow("horizontal bar") << QStringLiteral("サ―バを管理しなければならない。")
                                       << QStringLiteral("サーバを管理しなければならない。");
        QTest::newRow("hyphen before a digit stays") << QStringLiteral("様式ア-1を提出しなければならない。")
                                                    << QStringLiteral("様式ア-1を提出しなければならない。");
        QTest::newRow("dash after kanji stays") << QStringLiteral("期間－一年を守らなければならない。")
                                               << QStringLiteral("期間－一年を守らなければならない。");
    }

    void dashAfterKatakanaIsTheLongVowelMark()
    {
        QFETCH(QString, line);
        QFETCH(QString, text);
        const ClauseDocument doc = ClauseParser::parse(QStringLiteral("特記事項\n第1条 ") + line);
        QCOMPARE(doc.articles.first().paragraphs.first().text, text);
    }

    void kangxiRadicalsAreUnified()
    {
        // ⽉ U+2F49, ⽇ U+2F47, ⼈ U+2F08 as PDF writers emit them
        const ClauseDocument doc = ClauseParser::parse(
            QStringLiteral("特記事項\n第1条 "
                           "受注者は、毎\u2F49末\u2F47までに\u2F08員を報告しなければならない。\n"));
        QCOMPARE(doc.articles.first().paragraphs.first().text,
            QStringLiteral("受注者は、毎月末日までに人員を報告しなければならない。"));
    }

    void wrappedNumberIsNotAParagraph_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("paragraphs");
        QTest::newRow("year after wrap") << QStringLiteral(
            "第1条 受注者は、平成\n15 年法律を守らなければならない。\n2 受注者は報告すること。")
                                         << 2;
        QTest::newRow("number that is not next") << QStringLiteral(
            "第1条 受注者は、次の\n5 件の書類を提出しなければならない。\n2 受注者は報告すること。")
                                                 << 2;
        QTest::newRow("reference to paragraph") << QStringLiteral(
            "第1条 受注者は、報告すること。\n2 受注者は、\n1 項の規定にかかわらず届け出ること。")
                                                << 2;
        QTest::newRow("article reference at line start") << QStringLiteral(
            "第1条 受注者は、\n第2条の規定により届け出ること。\n第2条 受注者は、記録すること。")
                                                         << 2;
        QTest::newRow("next number continuing a sentence") << QStringLiteral(
            "第1条 受注者は、変更があったときは、\n2 週間以内に届け出なければならない。\n2 受注者は報告すること。")
                                                           << 2;
    }

    // Issue 11: in a 別紙 with sections 「N 見出し」, a number that continues a sentence or a
    // page number left alone by copying out of a PDF took the place of the next section, and
    // the sections after it were swallowed.
    void bareSectionsAndNumbersInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("headings");
        QTest::newRow("sentence continued by the next number") << QStringLiteral(
            "特記事項\n1 報告\n受注者は、変更があったときは、\n2 週間以内に報告しなければならない。\n"
            "2 秘密の保持\n受注者は、秘密を守らなければならない。")
            << QStringList { QStringLiteral("報告"), QStringLiteral("秘密の保持") };
        QTest::newRow("page number mid-sentence") << QStringLiteral(
            "特記事項\n1 報告\n受注者は、変更があったときは、直ちに\n2\n報告しなければならない。\n"
            "2 秘密の保持\n受注者は、秘密を守らなければならない。")
            << QStringList { QStringLiteral("報告"), QStringLiteral("秘密の保持") };
        QTest::newRow("page number before the section of the same number") << QStringLiteral(
            "特記事項\n1 報告\n受注者は、報告しなければならない。\n2\n2 秘密の保持\n"
            "受注者は、秘密を守らなければならない。")
            << QStringList { QStringLiteral("報告"), QStringLiteral("秘密の保持") };
        QTest::newRow("page number far ahead") << QStringLiteral(
            "特記事項\n1 報告\n受注者は、報告しなければならない。\n7\n2 秘密の保持\n"
            "受注者は、秘密を守らなければならない。")
            << QStringList { QStringLiteral("報告"), QStringLiteral("秘密の保持") };
        QTest::newRow("section after a short item without 。") << QStringLiteral(
            "特記事項\n1 報告\n受注者は、次の事項を報告しなければならない。\n(1) 進捗状況\n(2) 事故の有無\n"
            "2 受注者は、秘密を守らなければならない。")
            << QStringList { QStringLiteral("報告"), QString() };
        QTest::newRow("section after a section of one sentence") << QStringLiteral(
            "特記事項\n1 総則\n受注者は、この特記事項を守らなければならない。\n2 秘密の保持\n(1) 受注者は、秘密を守ること。")
            << QStringList { QStringLiteral("総則"), QStringLiteral("秘密の保持") };
        QTest::newRow("two levels under top-level headings") << QStringLiteral(
            "特記事項\n1 総則\n1-1 目的\nこの特記事項は、事項を定める。\n1-2 定義\n情報資産とは、資料をいう。\n"
            "2 遵守事項\n2-1 秘密の保持\n受注者は、秘密を守らなければならない。")
            << QStringList { QStringLiteral("目的"), QStringLiteral("定義"), QStringLiteral("秘密の保持") };
        // Issue 26: a heading beginning with 目的 was taken for something else, and every later
        // section was swallowed by the paragraph before (2 articles of 4).
        QTest::newRow("heading 目的外 (issue 26)") << QStringLiteral(
            "仕様書\n\n1 遵守\n受託者は、法令を遵守すること。\n2 秘密\n受託者は、秘密を漏らしてはならない。\n"
            "3 目的外\n受託者は、情報を目的外に使用してはならない。\n4 複写\n受託者は、複写してはならない。")
            << QStringList { QStringLiteral("遵守"), QStringLiteral("秘密"), QStringLiteral("目的外"), QStringLiteral("複写") };
        QTest::newRow("heading 目的外使用の禁止") << QStringLiteral(
            "仕様書\n1 目的\nこの仕様書は、必要な事項を定める。\n2 目的外使用の禁止\n受託者は、目的外に使用してはならない。\n"
            "3 定義\nこの仕様書において、情報資産とは、資料をいう。\n4 監査\n委託者は、監査することができる。")
            << QStringList { QStringLiteral("目的"), QStringLiteral("目的外使用の禁止"), QStringLiteral("定義"), QStringLiteral("監査") };
        QTest::newRow("【】 headings") << QStringLiteral(
            "特記事項\n【総則】\n第１　受託者は、守らなければならない。\n【秘密の保持】\n第２　受託者は、秘密を守ること。")
            << QStringList { QStringLiteral("総則"), QStringLiteral("秘密の保持") };
    }

    void bareSectionsAndNumbersInText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, headings);
        const ClauseDocument doc = ClauseParser::parse(text);
        QStringList actual;
        for (const Article &a : doc.articles)
            actual << a.heading;
        QCOMPARE(actual, headings);
        for (const Article &a : doc.articles)
            for (const Paragraph &p : a.paragraphs)
                QVERIFY2(!p.text.contains(QRegularExpression(QStringLiteral("[0-9]報告|、[0-9]$"))), qPrintable(p.text));
    }

    void spacesInsideWordsAreRemoved_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("first");
        QTest::newRow("spaced PDF text") << QStringLiteral(
            "情報 セキュリティ 特記 事項\n第 1 条 受注 者 は 、こ の 契約 を 守ら なけれ ば なら ない 。\n"
            "第 2 条 受注 者 は 秘密 を 守ら なけれ ば なら ない 。\n")
            << QStringLiteral("受注者は、この契約を守らなければならない。");
        QTest::newRow("ordinary text keeps its few spaces") << QStringLiteral(
            "特記事項\n第１条　受託者は、次に掲げる事項を守らなければならない。\n一　情報資産を管理すること。\n"
            "二　記録すること。\n第２条　受託者は、秘密を守らなければならない。")
            << QStringLiteral("受託者は、次に掲げる事項を守らなければならない。");
    }

    void spacesInsideWordsAreRemoved()
    {
        QFETCH(QString, text);
        QFETCH(QString, first);
        const ClauseDocument doc = ClauseParser::parse(text);
        QVERIFY(doc.articles.size() == 2);
        QCOMPARE(doc.articles.first().paragraphs.first().text, first);
    }

    void wrappedNumberIsNotAParagraph()
    {
        QFETCH(QString, text);
        QFETCH(int, paragraphs);
        const ClauseDocument doc = ClauseParser::parse(text);
        QCOMPARE(doc.paragraphCount(), paragraphs);
        for (const Article &a : doc.articles)
            for (const Paragraph &p : a.paragraphs)
                QVERIFY2(!p.text.contains(u'\n'), qPrintable(p.text));
    }

    void noStructure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("prose") << QStringLiteral("これは議事録です。\n特記事項はありません。\n");
        QTest::newRow("only heading") << QStringLiteral("（総則）\n");
        QTest::newRow("numbers not starting at one")
            << QStringLiteral("第5条 受注者は守ること。\n");
        QTest::newRow("english") << QStringLiteral("Minutes of the meeting\nNothing to report.\n");
    }

    void noStructure()
    {
        QFETCH(QString, text);
        QVERIFY(ClauseParser::parse(text).articles.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClauseParser)
#include "tst_clauseparser.moc"
