#include "testdatabase.h"

#include "clauseimport/builtinclausesets.h"
#include "evidence/evidencestore.h"
#include "schema/standardschema.h"
#include "storage/database.h"

#include <QFileInfo>

TestDatabase::~TestDatabase()
{
    store.reset(); // before the connection it uses
}

void TestDatabase::close()
{
    store.reset();
    db->close();
}

QSqlDatabase TestDatabase::c() const
{
    return db->connection();
}

std::unique_ptr<TestDatabase> TestDatabase::open(const QString &dir, const QString &name)
{
    return at(dir + QLatin1Char('/') + name + QStringLiteral(".sqlite"));
}

std::unique_ptr<TestDatabase> TestDatabase::at(const QString &path)
{
    auto t = std::make_unique<TestDatabase>();
    t->path = path;
    t->db = std::make_unique<Kansa::Database>(QFileInfo(path).completeBaseName());
    if (t->db->open(t->path, Kansa::standardSchema()).isError() || !Kansa::BuiltinClauseSets::ensurePresent(t->c()))
        return {};
    t->store = std::make_unique<Kansa::EvidenceStore>(t->c(), Kansa::EvidenceStore::rootFor(t->path));
    return t;
}
