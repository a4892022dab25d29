// kansa-packagebench: figures for issue 12 (`./dev bench`). Not a test.
//  - exporting the docbench audit (60 items, 200 photos of 12 MP) into an encrypted package,
//    beside `tar -c` of the same files piped into `age -r` on the same machine;
//  - importing that package into an empty database, beside `age -d | tar -x`.
// Each figure is the median of five runs; each Kansa run is a fresh child process, so its peak
// memory is the export's or import's alone (streamed: it must not grow with the photos).
// Needs the docbench data (CACHE/docbench, made by kansa-docbench).
#include "audits/auditrepository.h"
#include "schema/standardschema.h"
#include "crypto/agekeyfile.h"
#include "evidence/evidencestore.h"
#include "package/packageexport.h"
#include "package/packageimport.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace Kansa;

namespace {

QTextStream out(stdout);

qint64 peakMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The child: one export or one import, printing "ms peak-MB".
int child(const QString &work, const QString &source, const QString &what)
{
    const QString key = work + QStringLiteral("/office.key");
    QString error;
    const auto identities = AgeKeyFile::read(key, {}, &error);
    if (!identities)
        return 2;
    const QString package = work + QStringLiteral("/kansa.age");
    QElapsedTimer t;
    if (what == QStringLiteral("export")) {
        Database db(QStringLiteral("source"));
        if (db.open(source, standardSchema()).isError())
            return 2;
        EvidenceStore store(db.connection(), EvidenceStore::rootFor(source));
        const qint64 audit = AuditRepository(db.connection()).list().constFirst().id;
        QFile::remove(package);
        t.start();
        const auto r = PackageExport(db.connection(), store).write({ audit }, package, { { identities->first().recipient() }, {}, 18 });
        if (!r.error.isEmpty()) {
            out << r.error << Qt::endl;
            return 1;
        }
    } else {
        const QString target = work + QStringLiteral("/import.sqlite");
        Database db(QStringLiteral("target"));
        if (db.open(target, standardSchema()).isError())
            return 2;
        EvidenceStore store(db.connection(), EvidenceStore::rootFor(target));
        t.start();
        const auto r = PackageImport(db.connection(), store).read(package, *identities, {});
        if (!r.error.isEmpty()) {
            out << r.error << Qt::endl;
            return 1;
        }
        if (what == QStringLiteral("copies")) { // then the photos' screen and print copies
            t.restart();
            PackageImport::makeCopies(store, r.newFiles);
        }
    }
    out << t.elapsed() << ' ' << peakMb() << Qt::endl;
    return 0;
}

qint64 shell(const QString &command)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("bash"), { QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), command });
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        out << "failed: " << command << '\n' << p.readAllStandardError() << Qt::endl;
    return t.elapsed();
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString cache = args.value(1, QStringLiteral("bench-cache"));
    const QString source = cache + QStringLiteral("/docbench/bench.sqlite");
    const QString work = cache + QStringLiteral("/packagebench");
    if (args.size() > 2)
        return child(work, source, args.at(2));
    if (!QFileInfo::exists(source)) {
        out << "run kansa-docbench first: it makes " << source << Qt::endl;
        return 1;
    }
    QDir().mkpath(work);
    const QString key = work + QStringLiteral("/office.key");
    if (!QFileInfo::exists(key))
        AgeKeyFile::write(key, AgeIdentity::generate(), {});
    QString error;
    const QString recipient = AgeKeyFile::read(key, {}, &error)->first().recipient().toString();
    const QString evidence = EvidenceStore::rootFor(source);
    qint64 bytes = 0;
    int files = 0;
    for (QDirIterator it(evidence + QStringLiteral("/originals"), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        bytes += it.fileInfo().size();
        ++files;
    }
    out << "== Audit package of the docbench audit: " << files << " evidence files, " << bytes / 1000000 << " MB" << Qt::endl;

    auto runKansa = [&](const QString &what, QList<qint64> *ms, qint64 *peak) {
        if (what != QStringLiteral("export")) {
            QFile::remove(work + QStringLiteral("/import.sqlite"));
            QFile::remove(work + QStringLiteral("/import.sqlite-wal"));
            QFile::remove(work + QStringLiteral("/import.sqlite-shm"));
            QDir(work + QStringLiteral("/import-evidence")).removeRecursively();
        }
        QProcess p;
        p.start(app.applicationFilePath(), { cache, what });
        p.waitForFinished(-1);
        const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
        if (p.exitCode() != 0 || parts.size() != 2) {
            out << "kansa " << what << " failed: " << parts.join(' ') << Qt::endl;
            return false;
        }
        ms->append(parts.at(0).toLongLong());
        *peak = std::max(*peak, parts.at(1).toLongLong());
        return true;
    };
    const QString tarAge = work + QStringLiteral("/tar.age");
    const QString extracted = work + QStringLiteral("/extracted");
    QList<qint64> kansaExport, kansaImport, tarExport, tarImport, tarExportSynced, tarImportSynced;
    qint64 exportPeak = 0, importPeak = 0;
    // Every step starts with nothing left to write back (sync outside the timing). Kansa makes
    // what it writes durable (the package is synced before it is renamed into place; imported
    // files and the database are committed), so tar | age is timed plain and, beside it, with
    // its output synced too.
    const QString flush = QStringLiteral("sync");
    for (int run = 0; run < 5; ++run) {
        shell(flush);
        tarExport << shell(QStringLiteral("tar -cf - -C '%1' originals | age -r %2 > '%3'").arg(evidence, recipient, tarAge));
        shell(flush);
        tarExportSynced << shell(QStringLiteral("tar -cf - -C '%1' originals | age -r %2 > '%3' && sync '%3'").arg(evidence, recipient, tarAge));
        shell(flush);
        if (!runKansa(QStringLiteral("export"), &kansaExport, &exportPeak))
            return 1;
        QDir(extracted).removeRecursively();
        QDir().mkpath(extracted);
        shell(flush);
        tarImport << shell(QStringLiteral("age -d -i '%1' '%2' | tar -xf - -C '%3'").arg(key, tarAge, extracted));
        QDir(extracted).removeRecursively();
        QDir().mkpath(extracted);
        shell(flush);
        tarImportSynced << shell(QStringLiteral("age -d -i '%1' '%2' | tar -xf - -C '%3' && sync -f '%3'").arg(key, tarAge, extracted));
        shell(flush);
        if (!runKansa(QStringLiteral("import"), &kansaImport, &importPeak))
            return 1;
    }
    const double e = double(median(kansaExport)), te = double(median(tarExport)), tes = double(median(tarExportSynced));
    const double i = double(median(kansaImport)), ti = double(median(tarImport)), tis = double(median(tarImportSynced));
    out << "what\tKansa ms\ttar+age ms (synced)\tratio (to synced)\tKansa peak MB\trequired" << Qt::endl;
    out << "export\t" << qint64(e) << '\t' << qint64(te) << " (" << qint64(tes) << ")\t" << QString::number(e / te, 'f', 2)
        << " (" << QString::number(e / tes, 'f', 2) << ")\t" << exportPeak << "\t<= 1.3" << Qt::endl;
    out << "import\t" << qint64(i) << '\t' << qint64(ti) << " (" << qint64(tis) << ")\t" << QString::number(i / ti, 'f', 2)
        << " (" << QString::number(i / tis, 'f', 2) << ")\t" << importPeak << "\t<= 1.3" << Qt::endl;
    QList<qint64> copies;
    qint64 copiesPeak = 0;
    if (runKansa(QStringLiteral("copies"), &copies, &copiesPeak))
        out << "after the import: thumbnails and print copies of the " << files << " photos, every core: " << copies.first()
            << " ms, peak " << copiesPeak << " MB (the report's first run needs them)" << Qt::endl;
    out << "package " << QFileInfo(work + QStringLiteral("/kansa.age")).size() / 1000000 << " MB, tar+age "
        << QFileInfo(tarAge).size() / 1000000 << " MB" << Qt::endl;
    QDir(extracted).removeRecursively();
    return 0;
}
