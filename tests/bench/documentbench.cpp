// kansa-docbench: figures for issue 4 (`./dev bench`). Not a test.
//  - the inspection report of a 60-item audit with 200 photos (derivatives present): time,
//    peak memory of the process that writes it, file size;
//  - the same report of the audit once signed, which re-hashes every evidence file to state that
//    nothing changed since signing (issue 10: within 3 s too);
//  - the improvement recommendation letter with 30 items: time.
// The data is built once under CACHE/docbench (about 40 s); each figure is measured in a fresh
// child process, so its peak memory is the document's alone.
#include "advisory/advisorylifecycle.h"
#include "schema/standardschema.h"
#include "audits/auditrepository.h"
#include "clauseimport/builtinclausesets.h"
#include "clauses/clausesetrepository.h"
#include "storage/database.h"
#include "documentexport.h"
#include "documentfonts.h"
#include "evidence/evidencebatch.h"
#include "evidence/evidenceencryption.h"
#include "evidence/evidencestore.h"
#include "audits/findingrepository.h"
#include "demo/syntheticphoto.h"
#include "signoff/signoff.h"

#include <QBuffer>
#include <QImage>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QTextStream>

#include <sys/resource.h>

using namespace Kansa;

namespace {

QTextStream out(stdout);

qint64 build(const QString &dir)
{
    QDir().mkpath(dir + QStringLiteral("/photos"));
    const QString path = dir + QStringLiteral("/bench.sqlite");
    Database db;
    if (db.open(path, standardSchema()).isError())
        return 0;
    AuditRepository audits(db.connection());
    if (audits.count() > 0) {
        // A cache built before encryption at rest is encrypted once, as the program does.
        if (EvidenceEncryption::needed(db.connection())) {
            EvidenceStore store(db.connection(), EvidenceStore::rootFor(path));
            out << "encrypting the evidence of the cached audit (once) …" << Qt::endl;
            QString error;
            if (!EvidenceEncryption::run(db.connection(), store, &error))
                out << error << Qt::endl;
        }
        return 1;
    }
    out << "building the benchmark audit (once) …" << Qt::endl;
    ClauseDocument doc;
    doc.title = QStringLiteral("ベンチマーク用特記事項");
    for (int a = 1; a <= 20; ++a) {
        Article art;
        art.number = QStringLiteral("第%1").arg(a);
        art.ordinal = a;
        art.heading = QStringLiteral("条項見出し%1").arg(a);
        for (int p = 1; p <= 3; ++p)
            art.paragraphs.append({ p,
                QStringLiteral("受託者は、業務に係る情報資産を適切に管理し、その状況を記録しなければならない。（%1-%2）").arg(a).arg(p),
                true, {} });
        doc.articles.append(art);
    }
    ClauseSetRepository sets(db.connection());
    const auto stored = sets.store(doc, QStringLiteral("bench-60"), QStringLiteral("bench.txt"));
    Audit audit;
    audit.contractor.name = QStringLiteral("株式会社ベンチマーク");
    audit.contractor.representative = QStringLiteral("代表　太郎");
    audit.date = QDate(2026, 11, 22);
    audit.leadInspector = QStringLiteral("監査　一郎");
    const qint64 id = audits.create(audit, *sets.load(stored.id));
    const QList<CheckItem> items = audits.checkItems(id);
    FindingRepository findings(db.connection());
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(path));
    for (int i = 0; i < items.size(); ++i) {
        const CheckItem &c = items.at(i);
        const bool minor = i % 2 == 0; // 30 of 60 need improvement
        findings.setVerdict(id, c.id, minor ? Verdict::Minor : Verdict::Conforming);
        findings.setText(id, c.id, FindingField::Note, QStringLiteral("現場で書面及び実物を確認した。記録簿の記載内容を抜き取りで照合した。"));
        if (minor) {
            findings.setText(id, c.id, FindingField::Problem, QStringLiteral("記録簿の一部に記載漏れがあった。"));
            findings.setText(id, c.id, FindingField::Improvement, QStringLiteral("記録の手順を見直し、従事者に周知すること。"));
        }
    }
    // 200 photos of 12 MP, spread over the items (3–4 each).
    for (int n = 0; n < 200; ++n) {
        const QString file = dir + QStringLiteral("/photos/p%1.jpg").arg(n, 3, 10, QLatin1Char('0'));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(SyntheticPhoto::jpeg(QSize(4000, 3000), n));
        f.close();
        EvidenceBatch::runBlocking(db.connection(), store, id, items.at(n % items.size()).id, { file },
            QStringLiteral("写真%1　保管庫の状況").arg(n + 1), nullptr);
        QFile::remove(file);
    }
    QString error;
    AdvisoryLifecycle(db.connection()).create(id, QDate(2026, 11, 22), false, true, &error);
    return id;
}

int measure(const QString &dir, const QString &kind)
{
    const QString path = dir + QStringLiteral("/bench.sqlite");
    Database db;
    if (db.open(path, standardSchema()).isError())
        return 2;
    EvidenceStore store(db.connection(), EvidenceStore::rootFor(path));
    const qint64 audit = AuditRepository(db.connection()).list().constFirst().id;
    const DocumentKind k = kind == QLatin1String("advisory") ? DocumentKind::Advisory : DocumentKind::Report;
    const QString pdf = dir + QStringLiteral("/%1.pdf").arg(kind);
    QString error;
    // "signed": the audit signed for this run (outside the timing) and reopened after it, so
    // the other figures stay those of the unsigned audit.
    SignOff signOff(db.connection(), store);
    const bool sign = kind == QLatin1String("signed");
    if (sign) {
        QImage ink(200, 60, QImage::Format_ARGB32);
        ink.fill(Qt::black);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        ink.save(&buffer, "PNG");
        if (!signOff.sign(audit, SignatureRole::Inspector, QStringLiteral("監査　一郎"), {}, png, &error)) {
            out << error << Qt::endl;
            return 1;
        }
    }
    auto reopen = qScopeGuard([&] {
        if (sign)
            signOff.reopen(audit, QStringLiteral("kansa-docbench"), QStringLiteral("benchmark"));
    });
    DocumentExport exporter(db.connection(), store);
    DocumentFonts::ensureLoaded(&error); // fonts registered outside the timing
    QElapsedTimer t;
    t.start();
    const int pages = exporter.writePdf(k, audit, pdf, &error);
    const qint64 ms = t.elapsed();
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << kind << '\t' << pages << '\t' << ms << '\t' << usage.ru_maxrss / 1024 << '\t'
        << QFileInfo(pdf).size() << Qt::endl;
    if (!pages)
        out << error << Qt::endl;
    return pages ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dir = (args.size() > 1 ? args.at(1) : QStringLiteral("bench-cache")) + QStringLiteral("/docbench");
    if (args.size() > 2)
        return measure(dir, args.at(2));
    if (!build(dir))
        return 1;
    out << "kind\tpages\tms\tpeak MB\tbytes" << Qt::endl;
    for (const QString &kind : { QStringLiteral("report"), QStringLiteral("signed"), QStringLiteral("advisory") })
        for (int run = 0; run < 3; ++run) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedChannels);
            p.start(app.applicationFilePath(), { args.value(1, QStringLiteral("bench-cache")), kind });
            p.waitForFinished(-1);
        }
    return 0;
}
