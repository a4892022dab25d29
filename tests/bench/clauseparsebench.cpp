// Times `kansa-cli clauses parse` on both seeds and on a generated 50-page PDF (whole process:
// start, decode or extract, parse, JSON out), and the in-process import of the same files.
#include "import/clauseimporter.h"
#include "testpdf.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Kansa;

namespace {

QString longDocument(int articles)
{
    QString text
        = QStringLiteral("情報セキュリティ特記事項（試験用長文）\n第１版（令和８年１１月）\n\n");
    for (int i = 1; i <= articles; ++i) {
        text += QStringLiteral("（遵守事項その%1）\n").arg(i);
        text += QStringLiteral(
            "第%1条　受注者は、本契約による業務を行うに当たり、情報資産の漏えい、紛失、盗難、"
            "改ざん等を防止するため、第%1項に定める必要な措置を講じなければならない。\n")
                    .arg(i);
        text += QStringLiteral("2　受注者は、発注者から求められたときは、前項の措置の実施状況を書面"
                               "により報告しなければならない。\n");
        text += QStringLiteral(
            "(1)情報資産の管理責任者及び業務従事者の名簿\n(2)作業場所の入退室の記録\n");
        text += QStringLiteral(
            "3　発注者は、必要に応じて受注者の作業場所を調査することができる。\n\n");
    }
    return text + QStringLiteral("以上\n");
}

struct Figures
{
    double median = 0, min = 0, max = 0;
};

template <typename F> Figures timeRuns(int runs, F &&f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return { ms.at(ms.size() / 2), ms.first(), ms.last() };
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // fonts for writing the PDF
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long-50-pages.pdf"));
    int articles = 60;
    int pages = 0;
    for (;;) {
        TestPdf::writeText(longDocument(articles), pdf);
        pages = 0;
        ClauseImporter::readFile(pdf, [&](int, int total) {
            pages = total;
            return false;
        });
        if (pages >= 50)
            break;
        articles = articles * 50 / std::max(pages, 1) + 2;
    }
    const QList<QPair<QString, QString>> files = {
        { QStringLiteral("seed 000 (text)"),
            QStringLiteral(KANSA_SEEDS "/000_2cf691f2b1dacc65.txt") },
        { QStringLiteral("seed 002 (text)"),
            QStringLiteral(KANSA_SEEDS "/002_13f7d2313e03314c.txt") },
        { QStringLiteral("%1-page PDF, %2 articles").arg(pages).arg(articles), pdf },
    };
    const int runs = 15;
    out << "kansa-cli clauses parse FILE --json, whole process, " << runs << " runs each (ms)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("file"), -32)
               .arg(QStringLiteral("median"), 8)
               .arg(QStringLiteral("min"), 8)
               .arg(QStringLiteral("max"), 8)
               .arg(QStringLiteral("in-process"), 11);
    for (const auto &[name, path] : files) {
        const Figures cli = timeRuns(runs, [&] {
            QProcess p;
            p.start(QStringLiteral(KANSA_CLI),
                { QStringLiteral("clauses"), QStringLiteral("parse"), path,
                    QStringLiteral("--json") });
            p.waitForFinished(120000);
            if (p.exitCode() != 0)
                qFatal("kansa-cli failed on %s", qPrintable(path));
        });
        const Figures lib = timeRuns(runs, [&] { ClauseImporter::readFile(path); });
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(name, -32)
                   .arg(cli.median, 8, 'f', 1)
                   .arg(cli.min, 8, 'f', 1)
                   .arg(cli.max, 8, 'f', 1)
                   .arg(lib.median, 11, 'f', 1);
    }
    const auto r = ClauseImporter::readFile(pdf);
    out << QStringLiteral("PDF parsed: %1 articles, %2 paragraphs, %3 items\n")
               .arg(r.document.articles.size())
               .arg(r.document.paragraphCount())
               .arg(r.document.itemCount());
    return r.document.articles.size() == articles ? 0 : 1;
}
