// Issue 11, part 4: what changed between two versions of a clause document.
#include "clauses/clausediff.h"
#include "clauseimport/clauseparser.h"

#include <QJsonArray>
#include <QTest>

using namespace Kansa;

namespace {

const QString kV1 = QStringLiteral(
    "特記事項\n（基本的事項）\n第１　受託者は、情報資産を適正に管理しなければならない。\n"
    "（秘密の保持）\n第２　受託者は、情報を他に漏らしてはならない。\n"
    "（再委託）\n第３　受託者は、業務を第三者に委託してはならない。\n");

// "kind number(old→new) [paragraph kinds]" per article, in order.
QStringList summary(const QList<ClauseDiff::ArticleChange> &changes)
{
    QStringList out;
    for (const auto &c : changes) {
        QString s = ClauseDiff::kindKey(c.kind) + u' ' + c.oldNumber + QStringLiteral("→") + c.newNumber;
        for (const auto &p : c.paragraphs)
            s += u' ' + ClauseDiff::kindKey(p.kind) + QString::number(qMax(p.oldOrdinal, p.newOrdinal))
                + (p.obligation > 0 ? QStringLiteral("+duty") : p.obligation < 0 ? QStringLiteral("-duty") : QString());
        out << s;
    }
    return out;
}

} // namespace

class TestClauseDiff : public QObject
{
    Q_OBJECT
private slots:
    void compare_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("same") << kV1 << QStringList();
        QString reworded = kV1;
        reworded.replace(QStringLiteral("他に漏らして"), QStringLiteral("第三者に漏らして"));
        QTest::newRow("wording") << reworded << QStringList { QStringLiteral("changed 第２→第２ changed1") };
        QString inserted = kV1;
        inserted.replace(QStringLiteral("（秘密の保持）\n第２"), QStringLiteral("（定義）\n第２　情報資産とは、資料をいう。\n（秘密の保持）\n第３"));
        inserted.replace(QStringLiteral("（再委託）\n第３"), QStringLiteral("（再委託）\n第４"));
        QTest::newRow("article inserted, the rest renumbered") << inserted
            << QStringList { QStringLiteral("added →第２ added1"), QStringLiteral("renumbered 第２→第３"),
                   QStringLiteral("renumbered 第３→第４") };
        QString removed = kV1;
        removed.remove(QStringLiteral("（再委託）\n第３　受託者は、業務を第三者に委託してはならない。\n"));
        QTest::newRow("article removed") << removed << QStringList { QStringLiteral("removed 第３→ removed1-duty") };
        QString paragraph = kV1;
        paragraph.replace(QStringLiteral("漏らしてはならない。\n"), QStringLiteral("漏らしてはならない。\n２　受託者は、従事者に教育を行わなければならない。\n"));
        QTest::newRow("paragraph added with a duty") << paragraph << QStringList { QStringLiteral("changed 第２→第２ added2+duty") };
        QString softened = kV1;
        softened.replace(QStringLiteral("管理しなければならない。"), QStringLiteral("管理することができる。"));
        QTest::newRow("duty disappeared") << softened << QStringList { QStringLiteral("changed 第１→第１ changed1-duty") };
    }
    void compare()
    {
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        QCOMPARE(summary(ClauseDiff::compare(ClauseParser::parse(kV1), ClauseParser::parse(after))), expected);
    }

    void wordingIsMarked()
    {
        QString after = kV1;
        after.replace(QStringLiteral("他に漏らして"), QStringLiteral("第三者に漏らして"));
        const auto changes = ClauseDiff::compare(ClauseParser::parse(kV1), ClauseParser::parse(after));
        QCOMPARE(ClauseDiff::marked(changes.first().paragraphs.first().segments),
            QStringLiteral("受託者は、情報を[-他-]{+第三者+}に漏らしてはならない。"));
        const QJsonObject json = ClauseDiff::toJson(changes);
        QCOMPARE(json.value(QStringLiteral("articles")).toArray().size(), 1);
    }

    // Long texts are compared whole, in bounded time.
    void longTextsAreBounded()
    {
        const QString a = QStringLiteral("特記事項\n第１　") + QString(5000, u'あ') + QStringLiteral("。\n");
        const QString b = QStringLiteral("特記事項\n第１　") + QString(5000, u'い') + QStringLiteral("。\n");
        const auto changes = ClauseDiff::compare(ClauseParser::parse(a), ClauseParser::parse(b));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().paragraphs.first().segments.size(), 2);
    }
};

QTEST_MAIN(TestClauseDiff)
#include "tst_clausediff.moc"
