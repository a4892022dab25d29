#include "history/historychain.h"

namespace Kansa::HistoryChain {

HistoryEntry append(const QList<HistoryEntry> &chain, HistoryEntry entry)
{
    entry.sequence = chain.isEmpty() ? 1 : chain.last().sequence + 1;
    entry.previousHash = chain.isEmpty() ? QByteArray(32, '\0') : chain.last().hash;
    entry.time = entry.time.toUTC();
    entry.time.setTime(QTime(entry.time.time().hour(), entry.time.time().minute(), entry.time.time().second()));
    entry.hash = entry.computeHash();
    return entry;
}

Verdict verify(const QList<HistoryEntry> &entries, const QList<Checkpoint> &checkpoints)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const HistoryEntry &e = entries.at(i);
        const quint64 expected = quint64(i) + 1;
        if (e.sequence > expected)
            return { Fault::Missing, expected };
        if (e.sequence < expected || (i > 0 && e.origin != entries.first().origin))
            return { Fault::Inserted, e.sequence };
        if (e.computeHash() != e.hash)
            return { Fault::Modified, e.sequence };
        const QByteArray previous = i == 0 ? QByteArray(32, '\0') : entries.at(i - 1).hash;
        if (e.previousHash != previous)
            return { Fault::LinkBroken, e.sequence };
    }
    for (const Checkpoint &c : checkpoints) {
        if (!c.signatureValid())
            return { Fault::CheckpointInvalid, c.sequence };
        if (c.sequence > quint64(entries.size()))
            return { Fault::Truncated, quint64(entries.size()) + 1 };
        if (c.sequence > 0 && (entries.at(qsizetype(c.sequence) - 1).hash != c.headHash
                || entries.first().origin != c.origin))
            return { Fault::Forked, c.sequence };
    }
    return {};
}

QString faultKey(Fault fault)
{
    switch (fault) {
    case Fault::None: return QStringLiteral("none");
    case Fault::Missing: return QStringLiteral("missing");
    case Fault::Inserted: return QStringLiteral("inserted");
    case Fault::LinkBroken: return QStringLiteral("link");
    case Fault::Modified: return QStringLiteral("modified");
    case Fault::CheckpointInvalid: return QStringLiteral("checkpoint");
    case Fault::Truncated: return QStringLiteral("truncated");
    case Fault::Forked: return QStringLiteral("forked");
    case Fault::CheckpointMissing: return QStringLiteral("checkpoint-missing");
    case Fault::StateDiffers: return QStringLiteral("state");
    case Fault::GuardsMissing: return QStringLiteral("guards");
    }
    return {};
}

} // namespace Kansa::HistoryChain
