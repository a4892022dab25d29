#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Kansa {
class Database;
class EvidenceStore;
} // namespace Kansa

/// A database of a test's own, with the built-in clause sets, and its evidence store.
struct TestDatabase
{
    QString path;
    std::unique_ptr<Kansa::Database> db;
    std::unique_ptr<Kansa::EvidenceStore> store;

    ~TestDatabase();
    QSqlDatabase c() const;
    /// "<dir>/<name>.sqlite" on the connection name; nothing when it cannot be opened.
    static std::unique_ptr<TestDatabase> open(const QString &dir, const QString &name);
};
