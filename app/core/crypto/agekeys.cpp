#include "crypto/agekeys.h"

#include "crypto/bech32.h"

#include <QCoreApplication>

#include "crypto/sodium.h"

namespace Kansa {

namespace {
const QString kRecipientHrp = QStringLiteral("age");
const QString kIdentityHrp = QStringLiteral("age-secret-key-");

// The key bytes of text written as age writes it (inCase: text in the case age uses), with
// this Bech32 prefix and size.
std::optional<QByteArray> keyOf(const QString &text, const QString &inCase, const QString &hrp, size_t size)
{
    if (text != inCase)
        return std::nullopt;
    const auto d = Bech32::decode(text);
    if (!d || d->hrp != hrp || d->data.size() != qsizetype(size))
        return std::nullopt;
    return d->data;
}
} // namespace

std::optional<AgeRecipient> AgeRecipient::parse(const QString &text)
{
    // age writes recipients in lower case only
    const auto key = keyOf(text, text.toLower(), kRecipientHrp, crypto_scalarmult_BYTES);
    return key ? std::optional(AgeRecipient { *key }) : std::nullopt;
}

QString AgeRecipient::toString() const
{
    return Bech32::encode(kRecipientHrp, publicKey);
}

AgeIdentity AgeIdentity::generate()
{
    ensureSodium();
    AgeIdentity id;
    id.secret = QByteArray(crypto_scalarmult_SCALARBYTES, Qt::Uninitialized);
    randombytes_buf(id.secret.data(), size_t(id.secret.size()));
    return id;
}

std::optional<AgeIdentity> AgeIdentity::parse(const QString &text)
{
    // age writes identities in upper case only
    const auto key = keyOf(text, text.toUpper(), kIdentityHrp, crypto_scalarmult_SCALARBYTES);
    return key ? std::optional(AgeIdentity { *key }) : std::nullopt;
}

QString AgeIdentity::toString() const
{
    return Bech32::encode(kIdentityHrp, secret).toUpper();
}

AgeRecipient AgeIdentity::recipient() const
{
    QByteArray pub(crypto_scalarmult_BYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pub.data()),
        reinterpret_cast<const unsigned char *>(secret.constData()));
    return AgeRecipient { pub };
}

QByteArray AgeIdentity::toFile(const QDateTime &created) const
{
    return "# created: " + created.toUTC().toString(Qt::ISODate).toUtf8() + "\n# public key: "
        + recipient().toString().toUtf8() + "\n" + toString().toUtf8() + "\n";
}

std::optional<QList<AgeIdentity>> AgeIdentity::parseFile(const QByteArray &file, QString *error)
{
    QList<AgeIdentity> out;
    const QList<QByteArray> lines = file.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const auto id = parse(QString::fromLatin1(line.trimmed()));
        if (!id) {
            if (error)
                *error = QCoreApplication::translate("Kansa::AgeIdentity",
                    "line %1 is not an age secret key (AGE-SECRET-KEY-1…)").arg(i + 1);
            return std::nullopt;
        }
        out.append(*id);
    }
    if (out.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Kansa::AgeIdentity", "the file holds no age secret key");
        return std::nullopt;
    }
    return out;
}

} // namespace Kansa
