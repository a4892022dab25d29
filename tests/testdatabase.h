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
    /// Closes the database, after the store that uses its connection.
    void close();
    /// "<dir>/<name>.sqlite" on the connection name; nothing when it cannot be opened.
    static std::unique_ptr<TestDatabase> open(const QString &dir, const QString &name);
    /// The database at path, on a connection named after the file.
    static std::unique_ptr<TestDatabase> at(const QString &path);
};
