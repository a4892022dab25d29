// Times `kansa-cli clauses parse` on both seeds, a generated 50-page PDF and the same document as
// a .docx with Word's automatic numbering (whole process:
// start, decode or extract, parse, JSON out), and the in-process import of the same files.
#include "clauseimport/clauseimporter.h"
#include "testoffice.h"
#include "testpdf.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
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

// The same document as Word writes it: article numbers 「第%1条」 by automatic numbering (not
// in the text), the other lines as paragraphs.
QByteArray longDocx(int articles)
{
    static const QRegularExpression article(QStringLiteral("^第[0-9]+条　"));
    QString body;
    for (const QString &line : longDocument(articles).split(u'\n')) {
        const auto m = article.match(line);
        body += m.hasMatch() ? TestOffice::wordParagraph(line.mid(m.capturedEnd(0)).toHtmlEscaped(), 1)
                             : TestOffice::wordParagraph(line.toHtmlEscaped());
    }
    return TestOffice::docx(body,
        QStringLiteral("<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                       "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"第%1条\"/></w:lvl></w:abstractNum>"
                       "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"));
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
    // The 50-page document as a Word file with automatic article numbering.
    const QByteArray docx = longDocx(articles);
    const QString docxPath = dir.filePath(QStringLiteral("long-50-pages.docx"));
    {
        QFile f(docxPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(docx) != docx.size())
            qFatal("cannot write %s", qPrintable(docxPath));
    }
    const QList<QPair<QString, QString>> files = {
        { QStringLiteral("seed 000 (text)"),
            QStringLiteral(KANSA_SEEDS "/000_2cf691f2b1dacc65.txt") },
        { QStringLiteral("seed 002 (text)"),
            QStringLiteral(KANSA_SEEDS "/002_13f7d2313e03314c.txt") },
        { QStringLiteral("%1-page PDF, %2 articles").arg(pages).arg(articles), pdf },
        { QStringLiteral("the same as .docx (%1 KB)").arg(docx.size() / 1024), docxPath },
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
    const auto w = ClauseImporter::readFile(docxPath);
    out << QStringLiteral(".docx parsed: %1 articles, %2 paragraphs, %3 items\n")
               .arg(w.document.articles.size())
               .arg(w.document.paragraphCount())
               .arg(w.document.itemCount());
    return r.document.articles.size() == articles && w.document.articles.size() == articles ? 0 : 1;
}
