#include "crypto/ageheader.h"
#include "crypto/chacha20poly1305.h"

#include "crypto/hkdf.h"

#include <QIODevice>
#include <QRegularExpression>

#include "crypto/sodium.h"

namespace Kansa::AgeHeader {

namespace {

const QByteArray kVersion = "age-encryption.org/v1";
constexpr qint64 MaxLine = 4096;
constexpr int MaxStanzas = 256;
constexpr int FileKeySize = 16;
constexpr int ColumnsPerLine = 64;

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

/// One line without its '\n', which must be there; nothing at EOF or past MaxLine.
std::optional<QByteArray> readLine(QIODevice &in, QByteArray *raw)
{
    QByteArray line = in.readLine(MaxLine);
    if (!line.endsWith('\n'))
        return std::nullopt;
    raw->append(line);
    line.chop(1);
    return line;
}

bool isArgument(const QByteArray &a)
{
    if (a.isEmpty())
        return false;
    for (const char c : a)
        if (c < 0x21 || c > 0x7e)
            return false;
    return true;
}

// The file key sealed in a stanza: ChaCha20-Poly1305 under a zero nonce (keys are used once).
const unsigned char kZeroNonce[12] = {};

QByteArray aead(const QByteArray &key, const QByteArray &plain)
{
    QByteArray out;
    if (key.size() != 32 || !ChaCha20Poly1305::seal(u(key), kZeroNonce, plain, out))
        return {};
    return out;
}

std::optional<QByteArray> unaead(const QByteArray &key, const QByteArray &sealed)
{
    QByteArray out;
    if (key.size() != 32 || sealed.size() != FileKeySize + ChaCha20Poly1305::TagBytes
        || !ChaCha20Poly1305::open(u(key), kZeroNonce, sealed, out))
        return std::nullopt;
    return out;
}

QByteArray scryptKey(const QByteArray &passphrase, const QByteArray &salt, int workFactor)
{
    ensureSodium();
    QByteArray key(32, Qt::Uninitialized);
    const QByteArray fullSalt = "age-encryption.org/v1/scrypt" + salt;
    if (crypto_pwhash_scryptsalsa208sha256_ll(u(passphrase), size_t(passphrase.size()), u(fullSalt),
            size_t(fullSalt.size()), quint64(1) << workFactor, 8, 1,
            reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()))
        != 0)
        return {};
    return key;
}

// The shape of the stanzas this implementation knows; any fault is a header failure.
bool wellFormed(const Stanza &s)
{
    static const QRegularExpression workFactor(QStringLiteral("^[1-9][0-9]?$"));
    if (s.type == "X25519")
        return s.args.size() == 1 && decodeBase64(s.args.at(0)).value_or(QByteArray()).size() == 32
            && s.body.size() == 32;
    if (s.type == "scrypt") {
        if (s.args.size() != 2 || decodeBase64(s.args.at(0)).value_or(QByteArray()).size() != 16
            || s.body.size() != 32 || !workFactor.match(QString::fromLatin1(s.args.at(1))).hasMatch())
            return false;
        const int wf = s.args.at(1).toInt();
        return wf >= 1 && wf <= MaxScryptWorkFactor;
    }
    return true;
}

} // namespace

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    for (const char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'))
            return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
        QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || encodeBase64(decoded.decoded) != text)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray encodeBase64(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

Result read(QIODevice &in, Header *header)
{
    QByteArray raw;
    const auto version = readLine(in, &raw);
    if (!version || *version != kVersion)
        return Result::HeaderFailure;
    for (;;) {
        const qsizetype lineStart = raw.size();
        const auto line = readLine(in, &raw);
        if (!line)
            return Result::HeaderFailure;
        if (line->startsWith("---")) {
            if (header->stanzas.isEmpty() || !line->startsWith("--- "))
                return Result::HeaderFailure;
            const auto mac = decodeBase64(QByteArrayView(*line).sliced(4));
            if (!mac || mac->size() != 32)
                return Result::HeaderFailure;
            header->mac = *mac;
            header->macInput = raw.left(lineStart + 3);
            break;
        }
        if (!line->startsWith("-> ") || header->stanzas.size() >= MaxStanzas)
            return Result::HeaderFailure;
        Stanza s;
        const QList<QByteArray> parts = line->mid(3).split(' ');
        for (const QByteArray &p : parts)
            if (!isArgument(p))
                return Result::HeaderFailure;
        s.type = parts.first();
        s.args = parts.mid(1);
        for (;;) { // body lines of 64 columns, the last one shorter (maybe empty)
            const auto body = readLine(in, &raw);
            if (!body || body->size() > ColumnsPerLine)
                return Result::HeaderFailure;
            const auto bytes = decodeBase64(*body);
            if (!bytes)
                return Result::HeaderFailure;
            s.body += *bytes;
            if (body->size() < ColumnsPerLine)
                break;
        }
        if (!wellFormed(s))
            return Result::HeaderFailure;
        header->stanzas.append(std::move(s));
    }
    // An scrypt stanza must be alone: a passphrase is not mixed with other recipients.
    const bool scrypt = std::any_of(header->stanzas.cbegin(), header->stanzas.cend(),
        [](const Stanza &s) { return s.type == "scrypt"; });
    return scrypt && header->stanzas.size() > 1 ? Result::HeaderFailure : Result::Ok;
}

Result unwrap(const Header &header, const QList<AgeIdentity> &identities,
    const QList<QByteArray> &passphrases, QByteArray *fileKey)
{
    ensureSodium();
    std::optional<QByteArray> key;
    QList<QByteArray> publicKeys; // once per identity, not once per stanza
    for (const AgeIdentity &id : identities)
        publicKeys.append(id.recipient().publicKey);
    for (const Stanza &s : header.stanzas) {
        if (s.type == "X25519") {
            const QByteArray share = *decodeBase64(s.args.at(0));
            for (qsizetype k = 0; k < identities.size(); ++k) {
                const AgeIdentity &id = identities.at(k);
                QByteArray shared(32, Qt::Uninitialized);
                if (crypto_scalarmult(reinterpret_cast<unsigned char *>(shared.data()), u(id.secret), u(share)) != 0)
                    return Result::HeaderFailure; // a low-order share: never an honest file
                const QByteArray wrapKey = Hkdf::sha256(shared, QByteArray(share + publicKeys.at(k)),
                    "age-encryption.org/v1/X25519", 32);
                if ((key = unaead(wrapKey, s.body)))
                    break;
            }
        } else if (s.type == "scrypt") {
            const QByteArray salt = *decodeBase64(s.args.at(0));
            for (const QByteArray &passphrase : passphrases)
                if ((key = unaead(scryptKey(passphrase, salt, s.args.at(1).toInt()), s.body)))
                    break;
        }
        if (key)
            break;
    }
    if (!key)
        return Result::NoMatch;
    const QByteArray macKey = Hkdf::sha256(*key, {}, "header", 32);
    if (sodium_memcmp(Hkdf::hmacSha256(macKey, header.macInput).constData(), header.mac.constData(), 32) != 0)
        return Result::HmacFailure;
    *fileKey = *key;
    return Result::Ok;
}

std::optional<Stanza> wrapX25519(const QByteArray &fileKey, const AgeRecipient &recipient)
{
    ensureSodium();
    const AgeIdentity ephemeral = AgeIdentity::generate();
    const QByteArray share = ephemeral.recipient().publicKey;
    QByteArray shared(32, Qt::Uninitialized);
    if (crypto_scalarmult(reinterpret_cast<unsigned char *>(shared.data()), u(ephemeral.secret), u(recipient.publicKey)) != 0)
        return std::nullopt; // a low-order point is no one's key
    const QByteArray wrapKey = Hkdf::sha256(shared, QByteArray(share + recipient.publicKey), "age-encryption.org/v1/X25519", 32);
    return Stanza { "X25519", { encodeBase64(share) }, aead(wrapKey, fileKey) };
}

Stanza wrapScrypt(const QByteArray &fileKey, const QByteArray &passphrase, int workFactor)
{
    QByteArray salt(16, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return Stanza { "scrypt", { encodeBase64(salt), QByteArray::number(workFactor) },
        aead(scryptKey(passphrase, salt, workFactor), fileKey) };
}

QByteArray write(const QList<Stanza> &stanzas, const QByteArray &fileKey)
{
    QByteArray h = kVersion + '\n';
    for (const Stanza &s : stanzas) {
        h += "-> " + s.type;
        for (const QByteArray &a : s.args)
            h += ' ' + a;
        h += '\n';
        const QByteArray body = encodeBase64(s.body);
        for (qsizetype i = 0; i <= body.size(); i += ColumnsPerLine) // ends with a short line
            h += body.mid(i, ColumnsPerLine) + '\n';
    }
    h += "---";
    const QByteArray macKey = Hkdf::sha256(fileKey, {}, "header", 32);
    return h + ' ' + encodeBase64(Hkdf::hmacSha256(macKey, h)) + '\n';
}

} // namespace Kansa::AgeHeader
