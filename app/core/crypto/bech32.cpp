#include "crypto/bech32.h"

#include <QList>

#include <cstring>

namespace Kansa::Bech32 {

namespace {

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

quint32 polymod(const QList<quint8> &values)
{
    static const quint32 generator[] = { 0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3 };
    quint32 chk = 1;
    for (const quint8 v : values) {
        const quint32 top = chk >> 25;
        chk = (chk & 0x1ffffff) << 5 ^ v;
        for (int i = 0; i < 5; ++i)
            chk ^= ((top >> i) & 1) ? generator[i] : 0;
    }
    return chk;
}

QList<quint8> expandHrp(const QString &hrp)
{
    QList<quint8> out;
    for (const QChar c : hrp)
        out.append(quint8(c.unicode() >> 5));
    out.append(0);
    for (const QChar c : hrp)
        out.append(quint8(c.unicode() & 31));
    return out;
}

// Regroups bits; from 8 to 5 pads, from 5 to 8 refuses padding that is not zero or too long.
std::optional<QList<quint8>> regroup(const QList<quint8> &in, int from, int to, bool pad)
{
    QList<quint8> out;
    quint32 acc = 0;
    int bits = 0;
    const quint32 max = (1u << to) - 1;
    for (const quint8 v : in) {
        acc = (acc << from) | v;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.append(quint8((acc >> bits) & max));
        }
    }
    if (pad) {
        if (bits > 0)
            out.append(quint8((acc << (to - bits)) & max));
    } else if (bits >= from || ((acc << (to - bits)) & max)) {
        return std::nullopt;
    }
    return out;
}

} // namespace

QString encode(const QString &hrp, const QByteArray &data)
{
    QList<quint8> bytes;
    for (const char c : data)
        bytes.append(quint8(c));
    const QList<quint8> values = *regroup(bytes, 8, 5, true);
    QList<quint8> check = expandHrp(hrp) + values;
    check.append({ 0, 0, 0, 0, 0, 0 });
    const quint32 mod = polymod(check) ^ 1;
    QString out = hrp + u'1';
    for (const quint8 v : values)
        out += QLatin1Char(kCharset[v]);
    for (int i = 0; i < 6; ++i)
        out += QLatin1Char(kCharset[(mod >> (5 * (5 - i))) & 31]);
    return out;
}

std::optional<Decoded> decode(const QString &text)
{
    bool lower = false, upper = false;
    for (const QChar c : text) {
        if (c.unicode() < 33 || c.unicode() > 126)
            return std::nullopt;
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
    }
    if (lower && upper)
        return std::nullopt;
    const QString s = text.toLower();
    const qsizetype sep = s.lastIndexOf(u'1');
    if (sep < 1 || sep + 7 > s.size())
        return std::nullopt;
    const QString hrp = s.left(sep);
    QList<quint8> values;
    for (qsizetype i = sep + 1; i < s.size(); ++i) {
        const char *at = std::strchr(kCharset, s.at(i).toLatin1());
        if (!at || !*at)
            return std::nullopt;
        values.append(quint8(at - kCharset));
    }
    if (polymod(expandHrp(hrp) + values) != 1)
        return std::nullopt;
    values.resize(values.size() - 6);
    const auto bytes = regroup(values, 5, 8, false);
    if (!bytes)
        return std::nullopt;
    Decoded d { hrp, {} };
    for (const quint8 b : *bytes)
        d.data.append(char(b));
    return d;
}

} // namespace Kansa::Bech32
