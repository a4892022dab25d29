#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Kansa {

/// One entry of a tamper-evident history (issue 12 §2): what happened to an audit (or to the
/// installation), linked to the entry before it by hash.
struct HistoryEntry
{
    QString origin; // the chain: "audit:<uuid>" or "installation:<uuid>"
    quint64 sequence = 0; // 1, 2, 3 … within the chain
    QDateTime time; // UTC, whole seconds
    QString actor;
    QString action; // "verdict", "evidence.added", "signed" …
    QString entity; // what it touched: "check_item:42"
    QByteArray contentHash; // SHA-256 of the change's content (32 bytes)
    QByteArray previousHash; // the entry before (32 zero bytes for the first)
    QByteArray hash; // SHA-256 of canonical()

    /// The fixed, versioned encoding the hash covers ("kansa-history/1"): each field as a 4-byte
    /// big-endian length and its bytes, in this order: the version tag, origin, sequence (8 bytes
    /// big-endian), time (ISO 8601 UTC, "2026-11-23T09:30:00Z"), actor, action and entity
    /// (UTF-8), content hash, previous hash. No locale, no floating point.
    QByteArray canonical() const;
    /// SHA-256 of canonical().
    QByteArray computeHash() const;
};

/// The pieces of the canonical encodings (entries and checkpoints): a field is its 4-byte
/// big-endian length and its bytes; a sequence is 8 bytes big-endian; a time is ISO 8601 UTC
/// to the second ("2026-11-23T09:30:00Z").
namespace HistoryEncoding {
void appendField(QByteArray &out, const QByteArray &bytes);
QByteArray sequence(quint64 value);
QByteArray time(const QDateTime &time);
/// The first 8 bytes of a hash in hex, in groups of four ("3f2a 9c01 7b44 e0d2"): what documents print.
QString shortHex(const QByteArray &hash);
} // namespace HistoryEncoding

} // namespace Kansa
