#pragma once

#include "history/checkpoint.h"
#include "history/historychain.h"
#include "history/historyentry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

/// The history as the database keeps it (schema 7). Triggers on the audit tables write each
/// change to history_pending inside the change's own transaction; seal() turns those rows into
/// chained entries (history_entries) before the transaction commits, so that no change commits
/// without its entry. Each audit has its own chain ("audit:<uid>"); installation-wide events go
/// to the installation's chain ("installation:<uid>").
namespace Kansa::HistoryLog {

/// Who is recorded as the actor of entries that do not name one: set by the program (the
/// command line's --by). Unset, it is the office's default lead inspector from the settings,
/// else the account's full name (UserAccount): a history always names a person.
void setActor(const QString &actor);
QString actor(QSqlDatabase db);

/// Chains every pending row. Called by Sql::inTransaction before each commit; a database
/// without the history tables (an older schema being migrated) has nothing to seal.
bool seal(QSqlDatabase db, QString *error);

/// Records an event that no table change shows (exported, imported, keys created): auditId 0
/// for the installation's chain. Sealed with the transaction it is recorded in.
bool record(QSqlDatabase db, qint64 auditId, const QString &action, const QString &entity,
    const QJsonObject &content, QString *error, const QString &actor = {});

/// Whether an entry's action moves an audit between installations without changing it
/// (exported, imported, a conflict received or kept).
bool isTransfer(const QString &action);

QString auditOrigin(QSqlDatabase db, qint64 auditId); // "audit:<uid>", empty when no such audit
QString installationOrigin(QSqlDatabase db);

struct StoredEntry
{
    HistoryEntry entry;
    QString content; // the change's content (JSON) that contentHash covers
};
QList<StoredEntry> entries(QSqlDatabase db, const QString &origin);

/// Entries and checkpoints as packages carry them (rows of history_entries and checkpoints as
/// JSON: hashes and keys as {"base64": …}).
QList<StoredEntry> entriesFromRows(const QJsonArray &rows);
QList<Checkpoint> checkpointsFromRows(const QJsonArray &rows);

/// The history an audit copied from a package came with ("keep both"): kept whole inside the
/// content of the copy's first entry ("copied"), so it is covered by the copy's own chain.
/// Empty for any other chain.
QList<StoredEntry> inherited(const QList<StoredEntry> &chain, QList<Checkpoint> *checkpoints = nullptr);
QList<Checkpoint> checkpoints(QSqlDatabase db, const QString &origin);

/// The installation's signing key (created with schema 7).
InstallationKey installationKey(QSqlDatabase db);

/// Seals, then signs and stores a checkpoint of the audit's chain at its head (at signing, at
/// issuing a letter, at export), into *made when given. A database without the history (an
/// older schema) gets none and that is not an error.
bool checkpoint(QSqlDatabase db, qint64 auditId, const QString &reason, QString *error, Checkpoint *made = nullptr);
/// Stores a checkpoint (made here or received with a package) and records it in the
/// installation's chain; one held already changes nothing.
bool storeCheckpoint(QSqlDatabase db, const Checkpoint &c, const QString &reason, QString *error);

/// The latest checkpoint of origin made for reason ("signed", "advisory issued:12"), if any.
std::optional<Checkpoint> checkpointFor(QSqlDatabase db, const QString &origin, const QString &reason);

/// What a filed document prints to anchor the history it was made from (Japanese, as filed):
/// 「履歴 3f2a 9c01 7b44 e0d2（38件目）・端末鍵 35ae 5061 462b fd7c」.
QString anchor(const Checkpoint &c);

struct Check
{
    HistoryChain::Verdict verdict;
    qsizetype entries = 0;
    qsizetype checkpoints = 0;
    QByteArray head; // the last entry's hash
    QString stateDiffers; // Fault::StateDiffers: what differs (HistoryState), in the user's language
    QString guards; // Fault::GuardsMissing: which safeguards, and what to do (SchemaGuards)
    bool inInherited = false; // the fault is in the history a copy came with
    bool ok() const { return verdict.fault == HistoryChain::Fault::None; }
};
/// Verifies the chain of origin: every link and hash, every entry's content against its
/// content hash, and every checkpoint held for it.
Check verify(QSqlDatabase db, const QString &origin);
Check verify(const QList<StoredEntry> &entries, const QList<Checkpoint> &checkpoints);

/// What is wrong, in the user's language: "Entry 7 was modified: its content no longer gives
/// its hash."
QString describe(const HistoryChain::Verdict &verdict);

/// describe() of the check's verdict, with what differs where the data is not what the history
/// records.
QString describe(const Check &check);

/// The head in the short form documents print ("3f2a 9c01 7b44 e0d2", first 16 hex digits).
QString shortHash(const QByteArray &hash);

} // namespace Kansa::HistoryLog
