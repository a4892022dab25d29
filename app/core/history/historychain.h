#pragma once

#include "history/checkpoint.h"
#include "history/historyentry.h"

#include <QList>

/// A chain of history entries: appended to, and checked against itself and the checkpoints an
/// installation holds.
namespace Kansa::HistoryChain {

/// The next entry of chain (sequence, previous hash and own hash set).
HistoryEntry append(const QList<HistoryEntry> &chain, HistoryEntry entry);

enum class Fault {
    None,
    Missing, // an entry is missing (a gap in the sequence)
    Inserted, // an entry was inserted (a sequence repeated, or another chain's entry)
    LinkBroken, // an entry does not name the one before it
    Modified, // an entry's content does not give its hash
    CheckpointInvalid, // a checkpoint's signature does not hold
    Truncated, // the chain is shorter than a checkpoint says it was
    Forked, // the chain differs from what a checkpoint says it was at that point
    CheckpointMissing, // a checkpoint the installation's own history records was deleted
    StateDiffers, // the audit's data is not what its history records (changed outside Kansa)
    GuardsMissing, // the database's history triggers were dropped or altered: changes may be unrecorded
};

struct Verdict
{
    Fault fault = Fault::None;
    quint64 sequence = 0; // the first entry (or the checkpoint's) where it shows
};

/// The first fault of the chain (entries in stored order) and of the checkpoints, or None.
Verdict verify(const QList<HistoryEntry> &entries, const QList<Checkpoint> &checkpoints);

QString faultKey(Fault fault); // "missing", "inserted", "link", "modified", "checkpoint", "truncated", "forked", "checkpoint-missing", "state"

} // namespace Kansa::HistoryChain
