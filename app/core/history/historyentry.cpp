#include "history/historyentry.h"

#include "crypto/sha256.h"

#include <QtEndian>


namespace Kansa {

namespace HistoryEncoding {

void appendField(QByteArray &out, const QByteArray &bytes)
{
    char length[4];
    qToBigEndian(quint32(bytes.size()), length);
    out.append(length, 4);
    out.append(bytes);
}

QByteArray sequence(quint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    return QByteArray(bytes, 8);
}

QByteArray time(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
}

QString shortHex(const QByteArray &hash)
{
    const QString hex = QString::fromLatin1(hash.left(8).toHex());
    return hex.left(4) + u' ' + hex.mid(4, 4) + u' ' + hex.mid(8, 4) + u' ' + hex.mid(12, 4);
}

} // namespace HistoryEncoding

QByteArray HistoryEntry::canonical() const
{
    using namespace HistoryEncoding;
    QByteArray out;
    appendField(out, "kansa-history/1");
    appendField(out, origin.toUtf8());
    appendField(out, HistoryEncoding::sequence(this->sequence));
    appendField(out, HistoryEncoding::time(this->time));
    appendField(out, actor.toUtf8());
    appendField(out, action.toUtf8());
    appendField(out, entity.toUtf8());
    appendField(out, contentHash);
    appendField(out, previousHash);
    return out;
}

QByteArray HistoryEntry::computeHash() const
{
    return Sha256::digest(canonical());
}

} // namespace Kansa
