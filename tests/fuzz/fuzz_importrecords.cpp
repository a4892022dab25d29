// libFuzzer target for package import, records mode (`./dev fuzz import records`): a real
// package (a signed demo audit with an issued letter), decrypted, its contents changed as the
// input chooses (JSON fields of the manifest and records, history rows, checkpoints, files;
// PackageMutator), encrypted again to the office key and imported into a fresh copy of an
// empty database, half the time after the original. Every change must be refused with nothing
// stored, or imported whole and consistent: history verify and the signatures hold.
#include "advisory/advisorylifecycle.h"
#include "settings/documentsettings.h"
#include "calendar/today.h"
#include "demo/demoaudit.h"
#include "evidence/evidencestore.h"
#include "fuzzapplication.h"
#include "clauseimport/builtinclausesets.h"
#include "package/packageexport.h"
#include "packagemutator.h"
#include "signoff/signoff.h"
#include "schema/standardschema.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QBuffer>

#include <cstdint>
#include <cstdio>

using namespace Kansa;

namespace {

struct Scratch
{
    QString dir = QDir::tempPath() + QStringLiteral("/kansa-fuzz-records-%1").arg(QCoreApplication::applicationPid());
    AgeIdentity office = AgeIdentity::generate();
    QString original; // the package as exported
    PackageMutator::Entries entries; // its contents
    QString emptyDatabase; // a migrated database with the built-in sets, copied for each input
    int round = 0;
};
Scratch *scratch = nullptr;

QByteArray signaturePng()
{
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int x = 10; x < 110; ++x)
        image.setPixel(x, 20 + (x % 7), qRgb(0, 0, 0));
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return b.data();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Kansa::Fuzz::startApplication(argc, argv);
    scratch = new Scratch;
    QDir(scratch->dir).removeRecursively();
    QDir().mkpath(scratch->dir);
    scratch->emptyDatabase = scratch->dir + QStringLiteral("/empty.sqlite");
    {
        Database db(QStringLiteral("empty"));
        if (db.open(scratch->emptyDatabase, standardSchema()).isError() || !BuiltinClauseSets::ensurePresent(db.connection()))
            abort();
    }
    const QString laptopPath = scratch->dir + QStringLiteral("/laptop.sqlite");
    Database laptop(QStringLiteral("laptop"));
    if (laptop.open(laptopPath, standardSchema()).isError() || !BuiltinClauseSets::ensurePresent(laptop.connection()))
        abort();
    EvidenceStore store(laptop.connection(), EvidenceStore::rootFor(laptopPath));
    const qint64 audit = DemoAudit::create(laptop.connection(), store);
    SignOff(laptop.connection(), store).sign(audit, SignatureRole::Inspector, QStringLiteral("監査　一郎"), {}, signaturePng());
    for (const auto &[k, v] : { std::pair { "issuer.municipality", "小諸市" }, { "issuer.head_title", "小諸市長" },
             { "issuer.head_name", "山田　太郎" } })
        DocumentSettings::set(laptop.connection(), QLatin1String(k), QString::fromUtf8(v), nullptr);
    AdvisoryLifecycle letters(laptop.connection());
    QString error;
    if (const qint64 letter = letters.create(audit, Today::date(), true, false, &error))
        letters.issue(letter, QStringLiteral("監査　一郎"), &error);
    scratch->original = scratch->dir + QStringLiteral("/original.age");
    if (!PackageExport(laptop.connection(), store).write({ audit }, scratch->original, { { scratch->office.recipient() }, {}, 10 }).error.isEmpty())
        abort();
    scratch->entries = PackageMutator::decrypt(scratch->original, scratch->office);
    if (scratch->entries.size() < 3)
        abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray choices(reinterpret_cast<const char *>(data), qsizetype(size));
    PackageMutator::Entries entries = scratch->entries;
    const QStringList changes = PackageMutator::mutate(entries, choices);
    const QString package = scratch->dir + QStringLiteral("/mutated.age");
    {
        QFile out(package);
        if (!out.open(QIODevice::WriteOnly))
            abort();
        out.write(PackageMutator::encrypt(entries, scratch->office.recipient()));
    }
    // A fresh office each time: a copy of the empty database and an evidence folder of its own.
    const QString office = scratch->dir + QStringLiteral("/office-%1").arg(++scratch->round);
    QDir().mkpath(office);
    const QString path = office + QStringLiteral("/office.sqlite");
    QFile::copy(scratch->emptyDatabase, path);
    QString problem;
    {
        Database db(QStringLiteral("office"));
        if (db.open(path, standardSchema()).isError())
            abort();
        EvidenceStore store(db.connection(), EvidenceStore::rootFor(path));
        // Half the time the office holds the original already: updates and conflicts.
        if (!choices.isEmpty() && (quint8(choices.back()) & 1))
            problem = PackageMutator::importAndCheck(db.connection(), store, scratch->original, scratch->office);
        if (problem.isEmpty())
            problem = PackageMutator::importAndCheck(db.connection(), store, package, scratch->office);
    }
    QDir(office).removeRecursively();
    if (!problem.isEmpty()) {
        fprintf(stderr, "\n%s\nchanges:\n  %s\n", qPrintable(problem), qPrintable(changes.join(QStringLiteral("\n  "))));
        __builtin_trap();
    }
    return 0;
}
