// libFuzzer target for package import (`./dev fuzz import`): arbitrary bytes as the inside of a
// package (the ustar stream: manifest, audit records, files), encrypted to a fixed office key and
// imported into a scratch database. Whatever the records say, the import must refuse cleanly or
// store a consistent audit; it must never crash. Seeds: tests/fuzz/corpus/import.
#include "crypto/age.h"
#include "evidence/evidencestore.h"
#include "fuzzapplication.h"
#include "clauseimport/builtinclausesets.h"
#include "package/packageimport.h"
#include "schema/standardschema.h"
#include "storage/database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <cstdint>

using namespace Kansa;

namespace {

struct Scratch
{
    QString dir = QDir::tempPath() + QStringLiteral("/kansa-fuzz-import-%1").arg(QCoreApplication::applicationPid());
    Database db { QStringLiteral("fuzz") };
    std::unique_ptr<EvidenceStore> store;
    AgeIdentity office = AgeIdentity::generate();
};
Scratch *scratch = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Kansa::Fuzz::startApplication(argc, argv);
    scratch = new Scratch;
    QDir(scratch->dir).removeRecursively();
    QDir().mkpath(scratch->dir);
    const QString path = scratch->dir + QStringLiteral("/fuzz.sqlite");
    if (scratch->db.open(path, standardSchema()).isError())
        abort();
    BuiltinClauseSets::ensurePresent(scratch->db.connection());
    scratch->store = std::make_unique<EvidenceStore>(scratch->db.connection(), EvidenceStore::rootFor(path));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer plain;
    plain.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    plain.open(QIODevice::ReadOnly);
    const QString package = scratch->dir + QStringLiteral("/input.age");
    QFile out(package);
    if (!out.open(QIODevice::WriteOnly))
        abort();
    if (Age::encrypt(plain, out, { { scratch->office.recipient() }, {}, 18 }) != Age::Error::None)
        abort();
    out.close();
    const PackageImport::Result r = PackageImport(scratch->db.connection(), *scratch->store).read(package, { scratch->office }, {});
    if (r.error.isEmpty() == r.audits.isEmpty() && !(r.error.isEmpty() && r.audits.isEmpty()))
        __builtin_trap(); // a refusal stores nothing and says why; a success says what came in
    if (!r.audits.isEmpty()) { // keep the scratch database small
        QSqlQuery q(scratch->db.connection());
        q.exec(QStringLiteral("DELETE FROM package_conflicts"));
        q.exec(QStringLiteral("UPDATE signatures SET voided_at = 'fuzz' WHERE voided_at IS NULL"));
        q.exec(QStringLiteral("DELETE FROM audits"));
    }
    return 0;
}
