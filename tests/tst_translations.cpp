// The Japanese translation is complete, English plurals read as English ("1 article", not
// "1 article(s)"), and both are compiled into the program.
#include "text/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

    static QString ts(const char *name)
    {
        QFile f(QStringLiteral(KANSA_TEST_DATA "/../../translations/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", name);
        return QString::fromUtf8(f.readAll());
    }

private slots:
    void japaneseIsComplete()
    {
        const QString ja = ts("kansa_ja.ts");
        QVERIFY(ja.count(QStringLiteral("<message")) > 700);
        const qsizetype at = ja.indexOf(QStringLiteral("type=\"unfinished\""));
        QVERIFY2(at < 0, qPrintable(ja.mid(std::max<qsizetype>(0, at - 300), 300)));
    }

    void everyEnglishPluralHasItsForms()
    {
        const QString en = ts("kansa_en.ts");
        static const QRegularExpression numerus(QStringLiteral("<message numerus=\"yes\">(.*?)</message>"),
            QRegularExpression::DotMatchesEverythingOption);
        int plurals = 0;
        for (auto it = numerus.globalMatch(en); it.hasNext();) {
            const QString block = it.next().captured(1);
            ++plurals;
            QVERIFY2(!block.contains(QStringLiteral("unfinished")), qPrintable(block));
        }
        QVERIFY(plurals > 20);
    }

    void compiledInBothLanguages()
    {
        Kansa::Translations::install(QLocale(QLocale::English));
        QCOMPARE(QCoreApplication::translate("Kansa::ClauseReviewDialog", "%n article(s)", nullptr, 1), QStringLiteral("1 article"));
        QCOMPARE(QCoreApplication::translate("Kansa::ClauseReviewDialog", "%n article(s)", nullptr, 7), QStringLiteral("7 articles"));
        Kansa::Translations::install(QLocale(QLocale::Japanese));
        QCOMPARE(QCoreApplication::translate("Kansa::ClauseReviewDialog", "%n article(s)", nullptr, 7), QStringLiteral("7 条"));
        QCOMPARE(QCoreApplication::translate("Kansa::ClauseReviewDialog", "Correct the clause set"), QStringLiteral("特記事項の訂正"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
