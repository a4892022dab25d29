#include "crypto/sha256.h"

#include <QByteArray>
#include <QIODevice>

#include <openssl/evp.h>

namespace Kansa::Sha256 {

namespace {

EVP_MD_CTX *context(void *p)
{
    return static_cast<EVP_MD_CTX *>(p);
}

} // namespace

QByteArray digest(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length,
        EVP_sha256(), nullptr);
    return out;
}

QString hex(QByteArrayView data)
{
    return QString::fromLatin1(digest(data).toHex());
}

Hasher::Hasher()
    : m_context(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(context(m_context), EVP_sha256(), nullptr);
}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(context(m_context));
}

void Hasher::add(QByteArrayView piece)
{
    EVP_DigestUpdate(context(m_context), piece.data(), size_t(piece.size()));
}

QString Hasher::hex()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context(m_context), out, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex());
}

QString hex(QIODevice &device)
{
    Hasher hasher;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(block.data(), block.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hasher.add(QByteArrayView(block.constData(), n));
    }
    return hasher.hex();
}

} // namespace Kansa::Sha256
