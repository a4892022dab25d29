#include "history/historylog.h"

#include "crypto/sha256.h"
#include "history/historystate.h"
#include "storage/schemaguards.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

// Verifying a chain (HistoryLog::verify) and saying what is wrong (describe).
namespace Kansa::HistoryLog {

Check verify(const QList<StoredEntry> &stored, const QList<Checkpoint> &held)
{
    Check check;
    check.entries = stored.size();
    check.checkpoints = held.size();
    QList<HistoryEntry> chain;
    chain.reserve(stored.size());
    for (const StoredEntry &s : stored)
        chain.append(s.entry);
    check.verdict = HistoryChain::verify(chain, held);
    if (chain.isEmpty() && check.verdict.fault == HistoryChain::Fault::None)
        check.verdict = { HistoryChain::Fault::Missing, 1 }; // every audit's chain starts at creation
    // An entry whose stored content no longer gives its content hash was modified too; the
    // earlier of the two faults is the one named.
    for (const StoredEntry &s : stored) {
        if (check.verdict.fault != HistoryChain::Fault::None && check.verdict.sequence <= s.entry.sequence)
            break;
        if (Sha256::digest(s.content.toUtf8()) != s.entry.contentHash) {
            check.verdict = { HistoryChain::Fault::Modified, s.entry.sequence };
            break;
        }
    }
    if (!chain.isEmpty())
        check.head = chain.last().hash;
    return check;
}

Check verify(QSqlDatabase db, const QString &origin)
{
    seal(db, nullptr);
    const QList<StoredEntry> chain = entries(db, origin);
    const QList<Checkpoint> held = checkpoints(db, origin);
    Check check = verify(chain, held);
    const QString installation = installationOrigin(db);
    if (!check.ok() || origin == installation)
        return check;
    // Every checkpoint this installation made of the chain, as its own history records them.
    for (const StoredEntry &i : entries(db, installation)) {
        if (i.entry.action != QStringLiteral("checkpoint") || i.entry.entity != origin)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(i.content.toUtf8()).object();
        const quint64 sequence = quint64(o.value(QStringLiteral("sequence")).toInteger());
        const QByteArray head = QByteArray::fromHex(o.value(QStringLiteral("head")).toString().toLatin1());
        if (sequence > quint64(chain.size()))
            check.verdict = { HistoryChain::Fault::Truncated, quint64(chain.size()) + 1 };
        else if (sequence == 0 || chain.at(qsizetype(sequence) - 1).entry.hash != head)
            check.verdict = { HistoryChain::Fault::Forked, sequence };
        else if (std::none_of(held.begin(), held.end(), [&](const Checkpoint &c) { return c.sequence == sequence && c.headHash == head; }))
            check.verdict = { HistoryChain::Fault::CheckpointMissing, sequence };
        if (!check.ok())
            break;
    }
    // The history a copy came with holds too.
    QList<Checkpoint> inheritedCheckpoints;
    if (const QList<StoredEntry> before = inherited(chain, &inheritedCheckpoints); check.ok() && !before.isEmpty()) {
        const Check old = verify(before, inheritedCheckpoints);
        if (!old.ok()) {
            check.verdict = old.verdict;
            check.inInherited = true;
            return check;
        }
    }
    // Without the triggers that record them, changes may be missing from any history here.
    if (const QString refused = Sql::writeRefusal(db); check.ok() && !refused.isEmpty()) {
        check.verdict = { HistoryChain::Fault::GuardsMissing, quint64(chain.size()) };
        check.guards = QCoreApplication::translate("Kansa::HistoryLog", "(%1)").arg(SchemaGuards::foundOn(db).join(QStringLiteral(", ")));
        return check;
    }
    // And the data is what the history says it is.
    if (check.ok() && origin.startsWith(QLatin1String("audit:"))) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM audits WHERE uid = ?"));
        q.addBindValue(origin.mid(6));
        if (q.exec() && q.next())
            check.stateDiffers = HistoryState::differences(db, q.value(0).toLongLong(), chain);
        if (!check.stateDiffers.isEmpty())
            check.verdict = { HistoryChain::Fault::StateDiffers, quint64(chain.size()) };
    }
    return check;
}

QString describe(const HistoryChain::Verdict &v)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Kansa::HistoryLog", text); };
    using HistoryChain::Fault;
    switch (v.fault) {
    case Fault::None: return tr("The history is intact.");
    case Fault::Missing: return tr("Entry %1 is missing: the history has a gap there.").arg(v.sequence);
    case Fault::Inserted:
        return tr("Entry %1 was inserted: it repeats a number or belongs to another history.").arg(v.sequence);
    case Fault::LinkBroken:
        return tr("Entry %1 does not link to the entry before it: the history was rewritten there.").arg(v.sequence);
    case Fault::Modified:
        return tr("Entry %1 was modified: what it records no longer gives its hash.").arg(v.sequence);
    case Fault::CheckpointInvalid:
        return tr("The checkpoint at entry %1 has an invalid signature.").arg(v.sequence);
    case Fault::Truncated:
        return tr("The history was cut: a signed checkpoint vouches for entries up to at least %1, "
                  "which are gone.").arg(v.sequence);
    case Fault::Forked:
        return tr("Entry %1 differs from what a signed checkpoint recorded: the history was "
                  "rewritten or forked.").arg(v.sequence);
    case Fault::StateDiffers:
        return tr("The audit's data is not what its history records (as of entry %1): it was changed "
                  "outside Kansa.").arg(v.sequence);
    case Fault::GuardsMissing:
        return tr("The database's history triggers were dropped or altered outside Kansa: changes may have "
                  "been made without an entry.");
    case Fault::CheckpointMissing:
        return tr("The checkpoint signed at entry %1 was deleted: this computer's own history records it.")
            .arg(v.sequence);
    }
    return {};
}

QString describe(const Check &check)
{
    QString text = describe(check.verdict);
    if (check.inInherited)
        text = QCoreApplication::translate("Kansa::HistoryLog", "In the history this copy came with: %1").arg(text);
    if (!check.guards.isEmpty()) // the triggers, by name; what to do is said once, where writing is refused
        text += u' ' + check.guards;
    if (!check.stateDiffers.isEmpty())
        text += u' ' + QCoreApplication::translate("Kansa::HistoryLog", "What differs: %1.").arg(check.stateDiffers);
    return text;
}

QString shortHash(const QByteArray &hash)
{
    return HistoryEncoding::shortHex(hash);
}

} // namespace Kansa::HistoryLog
