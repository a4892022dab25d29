// The import review: every line of a clause document read and placed, the document rebuilt
// exactly from its lines, and the user's corrections (split, merge, heading, item, number,
// obligation, undo) giving the structure they mean.
#include "clauseimport/clauseparser.h"
#include "clauseimport/clausereview.h"
#include "clauseimport/earliercorrections.h"
#include "clauseimport/textdecoder.h"
#include "text/textnormalizer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Kansa;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return TextDecoder::decode(f.readAll()).text;
}

QStringList documents()
{
    QStringList paths;
    const QDir layouts(QStringLiteral(KANSA_TEST_DATA "/layouts"));
    for (const QString &dir : layouts.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        paths += layouts.filePath(dir + QStringLiteral("/input.txt"));
    const QDir seeds(QStringLiteral(KANSA_SEEDS));
    for (const QString &file : seeds.entryList({ QStringLiteral("*.txt") }))
        paths += seeds.filePath(file);
    return paths;
}

int row(const ClauseReview &review, const QString &startsWith)
{
    for (qsizetype i = 0; i < review.lines().size(); ++i)
        if (review.lines().at(i).source.text.startsWith(startsWith))
            return int(i);
    qFatal("no line starts with %s", qPrintable(startsWith));
    return -1;
}

QString numbers(const ClauseDocument &doc)
{
    QStringList out;
    for (const Article &a : doc.articles)
        out += a.number;
    return out.join(u' ');
}

// Sections 5 and 6 of this text: the second is written as running text after the first (as a
// parser cannot tell), with a heading line left inside section 5's text and an item in prose.
const char *kText = R"(標準特記仕様書
第１条（目的）
受注者は、この仕様書に従い業務を行わなければならない。
第２条（秘密の保持）
受注者は、業務上知り得た秘密を漏らしてはならない。
２ 受注者は、契約の終了後も同様とする。
第３条
（再委託の禁止）
受注者は、業務を第三者に委託してはならない。
第４条（事故の報告）
受注者は、事故が発生したときは、直ちに報告しなければならない。
報告は次のとおりとする。
(1) 事故の内容
(2) 講じた措置
受注者は、原因を調査しなければならない。
- 2 -
以上
)";

} // namespace

class TestClauseReview : public QObject
{
    Q_OBJECT

private slots:
    void linesGiveBackTheParse_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : documents())
            QTest::newRow(qPrintable(QFileInfo(path).dir().dirName() + u'/' + QFileInfo(path).fileName()))
                << path;
    }

    // The parse and the review see one structure; a stored document's lines give it back exactly.
    void linesGiveBackTheParse()
    {
        QFETCH(QString, path);
        const QString text = readText(path);
        const ClauseDocument parsed = ClauseParser::parse(text);
        QVERIFY(!parsed.articles.isEmpty());
        const ClauseReview review = ClauseReview::ofText(text);
        QCOMPARE(review.document(), parsed);
        QVERIFY(!review.isCorrected());
        QCOMPARE(assembleClauses(linesOfDocument(parsed)).document, parsed);

        // Every non-empty line of the source is a line of the review, omitted ones included.
        int sourceLines = 0;
        for (const QString &l : TextNormalizer::normalize(text).split(QRegularExpression(QStringLiteral("[\n\f]"))))
            sourceLines += TextNormalizer::trimmed(l).isEmpty() ? 0 : 1;
        QCOMPARE(int(review.lines().size()), sourceLines);
        // Every line of the body went somewhere, or is said to be left out.
        bool inBody = false;
        for (qsizetype i = 0; i < review.lines().size(); ++i) {
            const LineReading &r = review.lines().at(i).reading;
            const LinePlacement &at = review.assembled().placements.at(i);
            inBody = inBody || r.kind == LineReading::Article;
            if (r.kind == LineReading::Omitted)
                QVERIFY2(r.omission != LineReading::NotOmitted, qPrintable(review.lines().at(i).source.text));
            else if (inBody && r.kind >= LineReading::Article)
                QVERIFY2(at.article >= 0 && at.paragraph >= 0, qPrintable(review.lines().at(i).source.text));
        }
    }

    void omittedLinesSayWhy()
    {
        const ClauseReview review = ClauseReview::ofText(QString::fromUtf8(kText));
        QCOMPARE(review.lines().at(row(review, QStringLiteral("- 2 -"))).reading.omission, LineReading::PageNumber);
        QCOMPARE(review.lines().at(row(review, QStringLiteral("以上"))).reading.omission, LineReading::AfterBody);
        QCOMPARE(review.omittedLines(), 2);
        // A heading under its article's number is text to the parser; the user says otherwise.
        QCOMPARE(review.document().articles.at(2).heading, QString());
        QVERIFY(review.document().articles.at(2).paragraphs.at(0).text.startsWith(QStringLiteral("（再委託の禁止）受注者は")));
    }

    void corrections_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expectedNumbers");
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("check"); // article index : paragraph index : text it starts with

        // Before: 第１条 第２条 第３条 第４条; 5 paragraphs (2 in 第２条); 2 items, the prose after
        // them read as the second item's text.
        QTest::newRow("split an article at a line") << QStringLiteral("受注者は、原因を調査") << int(LineReading::Article)
            << QStringLiteral("第１条 第２条 第３条 第４条 第５条") << 6 << 2 << QStringLiteral("4:0:受注者は、原因を調査");
        QTest::newRow("merge an article into the one before") << QStringLiteral("第４条") << int(LineReading::Continued)
            << QStringLiteral("第１条 第２条 第３条") << 4 << 2 << QStringLiteral("2:0:（再委託の禁止）受注者は、業務を第三者に委託してはならない。第４条（事故の報告）");
        QTest::newRow("a line becomes its article's heading") << QStringLiteral("（再委託の禁止）") << int(LineReading::Heading)
            << QStringLiteral("第１条 第２条 第３条 第４条") << 5 << 2 << QStringLiteral("2:0:受注者は、業務を第三者");
        QTest::newRow("split a paragraph") << QStringLiteral("報告は次のとおり") << int(LineReading::Paragraph)
            << QStringLiteral("第１条 第２条 第３条 第４条") << 6 << 2 << QStringLiteral("3:1:報告は次のとおりとする。");
        QTest::newRow("merge a paragraph") << QStringLiteral("２ 受注者は、契約") << int(LineReading::Continued)
            << QStringLiteral("第１条 第２条 第３条 第４条") << 4 << 2 << QStringLiteral("1:0:受注者は、業務上知り得た秘密を漏らしてはならない。２ 受注者は");
        QTest::newRow("prose after items becomes an item") << QStringLiteral("受注者は、原因を調査") << int(LineReading::Item)
            << QStringLiteral("第１条 第２条 第３条 第４条") << 5 << 3 << QStringLiteral("3:0:受注者は、事故が発生");
        QTest::newRow("an item becomes text") << QStringLiteral("(2) 講じた措置") << int(LineReading::Continued)
            << QStringLiteral("第１条 第２条 第３条 第４条") << 5 << 1 << QStringLiteral("3:0:受注者は、事故が発生");
        QTest::newRow("a line left out") << QStringLiteral("報告は次のとおり") << int(LineReading::Omitted)
            << QStringLiteral("第１条 第２条 第３条 第４条") << 5 << 2 << QStringLiteral("3:0:受注者は、事故が発生したときは、直ちに報告しなければならない。");
        QTest::newRow("a page number taken back as text") << QStringLiteral("- 2 -") << int(LineReading::Continued)
            << QStringLiteral("第１条 第２条 第３条 第４条") << 5 << 2 << QStringLiteral("3:0:受注者は、事故");
    }

    void corrections()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(QString, expectedNumbers);
        QFETCH(int, paragraphs);
        QFETCH(int, items);
        QFETCH(QString, check);

        ClauseReview review = ClauseReview::ofText(QString::fromUtf8(kText));
        const ClauseDocument before = review.document();
        QCOMPARE(numbers(before), QStringLiteral("第１条 第２条 第３条 第４条"));
        QCOMPARE(before.paragraphCount(), 5);
        QCOMPARE(before.itemCount(), 2);

        review.setKind({ row(review, line) }, LineReading::Kind(kind));
        const ClauseDocument &after = review.document();
        QCOMPARE(numbers(after), expectedNumbers);
        QCOMPARE(after.paragraphCount(), paragraphs);
        QCOMPARE(after.itemCount(), items);
        const QStringList at = check.split(u':');
        const Paragraph &p = after.articles.at(at.at(0).toInt()).paragraphs.at(at.at(1).toInt());
        QVERIFY2(p.text.startsWith(at.at(2)), qPrintable(p.text));
        for (qsizetype i = 0; i < after.articles.size(); ++i)
            QCOMPARE(after.articles.at(i).ordinal, int(i) + 1);
        QVERIFY(review.isCorrected());
        QVERIFY(review.problem().isEmpty());

        review.undo();
        QCOMPARE(review.document(), before);
        QVERIFY(!review.isCorrected());
    }

    void aLineOfTextBecomesTheHeading()
    {
        ClauseReview review = ClauseReview::ofText(QStringLiteral(
            "特記事項\n第１条\n（目的）\n受注者は、誠実に履行しなければならない。\n第２条\n秘密の保持\n受注者は、秘密を守らなければならない。\n"));
        QCOMPARE(review.document().articles.at(0).heading, QString());
        QVERIFY(review.document().articles.at(0).paragraphs.at(0).text.startsWith(QStringLiteral("（目的）")));
        review.setKind({ row(review, QStringLiteral("（目的）")) }, LineReading::Heading);
        QCOMPARE(review.document().articles.at(0).heading, QStringLiteral("目的"));
        QCOMPARE(review.document().articles.at(0).paragraphs.at(0).text, QStringLiteral("受注者は、誠実に履行しなければならない。"));
        QVERIFY(review.document().articles.at(1).paragraphs.at(0).text.startsWith(QStringLiteral("秘密の保持")));
        review.setKind({ row(review, QStringLiteral("秘密の保持")) }, LineReading::Heading);
        QCOMPARE(review.document().articles.at(1).heading, QStringLiteral("秘密の保持"));
        QCOMPARE(review.document().articles.at(1).paragraphs.at(0).text, QStringLiteral("受注者は、秘密を守らなければならない。"));
    }

    // Found by the fuzzer: a heading as the last line, before any article, crashed the assembly.
    void aHeadingWithNoArticleAfterIt()
    {
        ClauseReview review = ClauseReview::ofText(QStringLiteral("表題\n\"\n"));
        review.setKind({ int(review.lines().size()) - 1 }, LineReading::Heading);
        QVERIFY(review.document().articles.isEmpty());
        QVERIFY(!review.problem().isEmpty());
        ClauseReview last = ClauseReview::ofText(QString::fromUtf8(kText));
        last.setKind({ row(last, QStringLiteral("受注者は、原因を調査")) }, LineReading::Heading);
        // Its article has a heading: the line stays text, where it was.
        QCOMPARE(last.document().articles.at(3).heading, QStringLiteral("事故の報告"));
        QVERIFY(last.document().articles.at(3).paragraphs.at(0).items.at(1).text.endsWith(QStringLiteral("原因を調査しなければならない。")));
    }

    // From the QA trial: a heading line where the article has its heading already, an article
    // merged with its heading line, an article line made preamble: no heading replaced, no text
    // lost.
    void headingsAreNeitherReplacedNorLost()
    {
        const QString text = QStringLiteral(
            "特記事項\n（目的）\n第１条 受託者は、業務を誠実に行わなければならない。\n"
            "第２条（収集の制限）受託者は、次の事項を守らなければならない。\n"
            "（１）業務の目的を達成するために必要な範囲で収集すること。\n"
            "（報告）\n第３条 受託者は、事故を報告しなければならない。\n");
        ClauseReview review = ClauseReview::ofText(text);
        QCOMPARE(review.document().articles.at(2).heading, QStringLiteral("報告"));
        const ClauseDocument before = review.document();
        const int item = row(review, QStringLiteral("（１）業務の目的"));
        QCOMPARE(review.setKind({ item }, LineReading::Heading), QList<int>({ item })); // left as it was
        QCOMPARE(review.document(), before);

        review.setKind({ row(review, QStringLiteral("第３条")) }, LineReading::Continued); // merge
        QCOMPARE(review.document().articles.size(), 2);
        QCOMPARE(review.document().articles.at(1).heading, QStringLiteral("収集の制限"));
        const Paragraph &merged = review.document().articles.at(1).paragraphs.at(0);
        QVERIFY2(merged.items.at(0).text.endsWith(QStringLiteral("（報告）第３条 受託者は、事故を報告しなければならない。")),
            qPrintable(merged.items.at(0).text));
        review.undo();
        QCOMPARE(review.document().articles.at(2).heading, QStringLiteral("報告"));

        review.setKind({ row(review, QStringLiteral("第１条")) }, LineReading::Preamble);
        QCOMPARE(review.document().preamble, QStringList({ QStringLiteral("（目的）"), QStringLiteral("第１条 受託者は、業務を誠実に行わなければならない。") }));
    }

    // From the fifth QA check: 見出し on a paragraph's or an article's line merged it into the
    // text before, while saying the line stayed as it was. A line that cannot be a heading is left
    // as it was read, and is named.
    void aLineThatCannotBeAHeadingIsLeftAlone()
    {
        ClauseReview review = ClauseReview::ofText(QString::fromUtf8(kText));
        const ClauseDocument before = review.document();
        const int paragraph = row(review, QStringLiteral("２ 受注者は、契約")), article = row(review, QStringLiteral("第２条"));
        QCOMPARE(review.setKind({ paragraph, article }, LineReading::Heading), QList<int>({ paragraph, article }));
        QCOMPARE(review.document(), before);
        QVERIFY(!review.canUndo());
        const int heading = row(review, QStringLiteral("（再委託の禁止）"));
        QCOMPARE(review.setKind({ heading }, LineReading::Heading), QList<int>());
        QCOMPARE(review.document().articles.at(2).heading, QStringLiteral("再委託の禁止"));
    }

    // From the fifth QA check: a paragraph's line made an article kept its paragraph number.
    void aParagraphLineMadeAnArticleLosesItsNumber()
    {
        ClauseReview review = ClauseReview::ofText(QString::fromUtf8(kText));
        review.setKind({ row(review, QStringLiteral("２ 受注者は、契約")) }, LineReading::Article);
        QCOMPARE(review.document().articles.at(2).paragraphs.at(0).text, QStringLiteral("受注者は、契約の終了後も同様とする。"));
    }

    // From the fifth QA check: a title typed where the document has no title line added a line
    // the file does not have.
    void aTypedTitleAddsNoLine()
    {
        ClauseReview review = ClauseReview::ofText(QString::fromUtf8(kText));
        const qsizetype lines = review.lines().size();
        review.setKind({ 0 }, LineReading::Omitted);
        QVERIFY(review.document().title.isEmpty());
        review.setTitle(QStringLiteral("標準特記仕様書（第２版）"));
        QCOMPARE(review.lines().size(), lines);
        QCOMPARE(review.document().title, QStringLiteral("標準特記仕様書（第２版）"));
        review.setKind({ row(review, QStringLiteral("報告は次のとおり")) }, LineReading::Paragraph);
        QCOMPARE(review.document().title, QStringLiteral("標準特記仕様書（第２版）")); // kept across changes
        review.undo();
        review.undo();
        QVERIFY(review.document().title.isEmpty());
    }

    // From the QA trial: an obligation set by hand on a paragraph no longer holds once other
    // text is merged into it; the merged paragraph is classified again.
    // Issue 25: a correction made in the review (an 義務 tick) was not offered again for the
    // next version of the same document. Ticks corrected by hand come back, as corrections.
    void anEarlierCorrectionIsOfferedAgain()
    {
        ClauseReview first = ClauseReview::ofText(QString::fromUtf8(kText));
        // 第２条 2項 (「…同様とする。」) read as an obligation? Corrected: not one; 第１条 stays.
        const bool read = first.document().articles.at(1).paragraphs.at(1).obligation;
        first.setObligation(1, 1, !read);
        const ClauseDocument stored = first.document();
        // 第２版: one article more, the rest unchanged.
        const QString second = QString::fromUtf8(kText).replace(QStringLiteral("第４条（事故の報告）"),
            QStringLiteral("第４条（教育）\n受注者は、従事者に教育を行わなければならない。\n第５条（事故の報告）"));
        ClauseReview next = ClauseReview::ofText(second);
        QCOMPARE(next.document().articles.at(1).paragraphs.at(1).obligation, read);
        QVERIFY(!next.isCorrected());
        QCOMPARE(EarlierCorrections::apply(next, { stored }), 1);
        QCOMPARE(next.document().articles.at(1).paragraphs.at(1).obligation, !read);
        QVERIFY(next.isCorrected()); // shown as a correction, undoable
        QCOMPARE(next.document().articles.size(), 5);
        QCOMPARE(EarlierCorrections::apply(next, { stored }), 0); // applied once
        next.undo();
        QCOMPARE(next.document().articles.at(1).paragraphs.at(1).obligation, read);
        // Nothing corrected earlier: nothing applied.
        ClauseReview untouched = ClauseReview::ofText(second);
        QCOMPARE(EarlierCorrections::apply(untouched, { ClauseReview::ofText(QString::fromUtf8(kText)).document() }), 0);
    }

    void anObligationSetByHandGoesWhenTheParagraphChanges()
    {
        ClauseReview review = ClauseReview::ofText(QString::fromUtf8(kText));
        review.setObligation(0, 0, false);
        QCOMPARE(review.document().articles.at(0).paragraphs.at(0).obligation, false);
        review.setKind({ row(review, QStringLiteral("第２条")) }, LineReading::Continued);
        QCOMPARE(review.document().articles.at(0).paragraphs.at(0).obligation, true);
        // A change elsewhere keeps it.
        review.undo();
        review.setKind({ row(review, QStringLiteral("報告は次のとおり")) }, LineReading::Paragraph);
        QCOMPARE(review.document().articles.at(0).paragraphs.at(0).obligation, false);
    }

    // From the QA trial: an article made by hand is numbered like its neighbours, and a number
    // given twice keeps the document from being stored.
    void articleNumbersFollowTheDocumentAndAreUnique()
    {
        ClauseReview review = ClauseReview::ofText(QString::fromUtf8(kText));
        review.setKind({ row(review, QStringLiteral("２ 受注者は、契約")) }, LineReading::Article);
        QCOMPARE(numbers(review.document()), QStringLiteral("第１条 第２条 第３条 第３条 第４条"));
        QVERIFY2(review.problem().contains(QStringLiteral("第３条")), qPrintable(review.problem()));
        QVERIFY(review.problem().contains(QStringLiteral("twice")));
        review.setArticleNumber(2, QStringLiteral("第２条の２"));
        QVERIFY(review.problem().isEmpty());
        review.setArticleNumber(2, QStringLiteral("第 ３ 条"));
        QVERIFY(!review.problem().isEmpty()); // the same number, written otherwise
    }

    void numbersHeadingsAndObligationsAreEdited()
    {
        ClauseReview review = ClauseReview::ofText(QString::fromUtf8(kText));
        review.setArticleNumber(2, QStringLiteral(" 第３条の２ "));
        review.setArticleHeading(2, QStringLiteral("再委託"));       // a heading on its own line
        review.setArticleHeading(0, QStringLiteral("目的及び適用")); // a heading on the article line
        QVERIFY(review.document().articles.at(1).paragraphs.at(1).obligation == false); // 同様とする
        review.setObligation(1, 1, true);
        review.setObligation(0, 0, false);
        const ClauseDocument &doc = review.document();
        QCOMPARE(doc.articles.at(2).number, QStringLiteral("第３条の２"));
        QCOMPARE(doc.articles.at(2).heading, QStringLiteral("再委託"));
        QCOMPARE(doc.articles.at(0).heading, QStringLiteral("目的及び適用"));
        QCOMPARE(doc.articles.at(1).paragraphs.at(1).obligation, true);
        QCOMPARE(doc.articles.at(0).paragraphs.at(0).obligation, false);
        // Another correction elsewhere keeps what was set.
        review.setKind({ row(review, QStringLiteral("報告は次のとおり")) }, LineReading::Paragraph);
        QCOMPARE(review.document().articles.at(1).paragraphs.at(1).obligation, true);
        QCOMPARE(review.document().articles.at(0).paragraphs.at(0).obligation, false);
        for (int i = 0; i < 6; ++i)
            review.undo();
        QCOMPARE(review.document(), ClauseParser::parse(QString::fromUtf8(kText)));
        QVERIFY(!review.canUndo());
    }

    void whatKeepsItFromBeingStoredIsSaid()
    {
        // No articles found: the user marks where they start.
        ClauseReview review = ClauseReview::ofText(QStringLiteral(
            "個人情報の取扱いに関する特記事項\n秘密の保持\n受託者は、秘密を守らなければならない。\n再委託\n受託者は、再委託してはならない。\n"));
        QVERIFY(review.document().articles.isEmpty());
        QVERIFY(review.problem().contains(QStringLiteral("No article")));
        review.setKind({ row(review, QStringLiteral("秘密の保持")), row(review, QStringLiteral("再委託")) }, LineReading::Article);
        QCOMPARE(numbers(review.document()), QStringLiteral("第１条 第２条"));
        QCOMPARE(review.document().articles.at(0).heading, QStringLiteral("秘密の保持"));
        QCOMPARE(review.document().articles.at(1).heading, QStringLiteral("再委託"));
        QVERIFY(review.problem().isEmpty());
        QCOMPARE(review.document().obligationCount(), 2);
        review.setKind({ row(review, QStringLiteral("受託者は、再委託")) }, LineReading::Omitted);
        QVERIFY2(review.problem().contains(QStringLiteral("第２条 has a paragraph without text")), qPrintable(review.problem()));
        review.undo();
        review.setTitle(QString());
        QVERIFY(review.problem().contains(QStringLiteral("no title")));
        review.setArticleNumber(0, QStringLiteral("  "));
        review.setTitle(QStringLiteral("特記事項"));
        QVERIFY(review.problem().contains(QStringLiteral("no number")));
    }

    void aStoredDocumentIsCorrected()
    {
        const ClauseDocument parsed = ClauseParser::parse(QString::fromUtf8(kText));
        ClauseDocument stored = parsed;
        stored.articles[3].paragraphs[0].obligation = false; // as a user set it before
        ClauseReview review = ClauseReview::ofDocument(stored);
        QCOMPARE(review.document(), stored);
        review.setKind({ row(review, QStringLiteral("第４条")) }, LineReading::Continued);
        QCOMPARE(review.document().articles.size(), 3);
        review.setKind({ row(review, QStringLiteral("第４条")) }, LineReading::Article);
        QCOMPARE(review.document().articles.at(3).number, QStringLiteral("第４条"));
        QCOMPARE(review.document().articles.at(3).heading, QStringLiteral("事故の報告"));
    }
};

QTEST_GUILESS_MAIN(TestClauseReview)
#include "tst_clausereview.moc"
