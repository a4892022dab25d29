#include "migration.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kansa {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text() + QStringLiteral(" — ") + sql.left(80);
            return false;
        }
    }
    return true;
}

namespace {

QString immutableTrigger(const QString &table)
{
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_immutable BEFORE UPDATE ON %1 "
                          "BEGIN SELECT RAISE(ABORT, 'clause sets are immutable versions'); END")
        .arg(table);
}

// Version 1: the clause library. Clause sets are immutable versions; an edit (later) stores
// a new set whose predecessor_id names the set it was derived from.
bool createClauseLibrary(QSqlDatabase &db, QString *error)
{
    return execAll(db,
        {
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS clause_sets (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            edition TEXT NOT NULL DEFAULT '',
            issuer TEXT NOT NULL DEFAULT '',
            source_name TEXT NOT NULL,
            builtin INTEGER NOT NULL DEFAULT 0,
            predecessor_id INTEGER REFERENCES clause_sets(id),
            imported_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS clause_preamble (
            clause_set_id INTEGER NOT NULL REFERENCES clause_sets(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (clause_set_id, ordinal)))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY,
            clause_set_id INTEGER NOT NULL REFERENCES clause_sets(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            number TEXT NOT NULL,
            heading TEXT NOT NULL,
            UNIQUE (clause_set_id, ordinal)))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS paragraphs (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            obligation INTEGER NOT NULL,
            UNIQUE (article_id, ordinal)))"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS clause_items (
            id INTEGER PRIMARY KEY,
            paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (paragraph_id, ordinal)))"),
            immutableTrigger(QStringLiteral("clause_sets")),
            immutableTrigger(QStringLiteral("clause_preamble")),
            immutableTrigger(QStringLiteral("articles")),
            immutableTrigger(QStringLiteral("paragraphs")),
            immutableTrigger(QStringLiteral("clause_items")),
        },
        error);
}

} // namespace

MigrationLadder standardMigrations()
{
    return {
        { 1, QStringLiteral("clause library"), createClauseLibrary },
    };
}

} // namespace Kansa
