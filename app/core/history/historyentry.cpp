#include "history/historyentry.h"

#include <QtEndian>

#include <sodium.h>

namespace Kansa {

namespace {

void field(QByteArray &out, const QByteArray &bytes)
{
    char length[4];
    qToBigEndian(quint32(bytes.size()), length);
    out.append(length, 4);
    out.append(bytes);
}

} // namespace

QByteArray HistoryEntry::canonical() const
{
    QByteArray out;
    field(out, "kansa-history/1");
    field(out, origin.toUtf8());
    char seq[8];
    qToBigEndian(sequence, seq);
    field(out, QByteArray(seq, 8));
    field(out, time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1());
    field(out, actor.toUtf8());
    field(out, action.toUtf8());
    field(out, entity.toUtf8());
    field(out, contentHash);
    field(out, previousHash);
    return out;
}

QByteArray HistoryEntry::computeHash() const
{
    const QByteArray bytes = canonical();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
        reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()));
    return digest;
}

} // namespace Kansa
