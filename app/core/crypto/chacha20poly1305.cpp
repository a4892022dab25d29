#include "crypto/chacha20poly1305.h"

#include <openssl/evp.h>

#include <memory>

namespace Kansa::ChaCha20Poly1305 {

namespace {

struct ContextFree
{
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using Context = std::unique_ptr<EVP_CIPHER_CTX, ContextFree>;

const EVP_CIPHER *cipher()
{
    static const EVP_CIPHER *c = EVP_chacha20_poly1305();
    return c;
}

unsigned char *u(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

} // namespace

bool seal(const unsigned char *key, const unsigned char *nonce, QByteArrayView plain, QByteArray &out)
{
    const Context c(EVP_CIPHER_CTX_new());
    out.resize(plain.size() + TagBytes);
    int length = 0;
    int final = 0;
    return c && EVP_EncryptInit_ex(c.get(), cipher(), nullptr, key, nonce) == 1
        && EVP_EncryptUpdate(c.get(), u(out), &length, reinterpret_cast<const unsigned char *>(plain.data()), int(plain.size())) == 1
        && EVP_EncryptFinal_ex(c.get(), u(out) + length, &final) == 1 && length + final == plain.size()
        && EVP_CIPHER_CTX_ctrl(c.get(), EVP_CTRL_AEAD_GET_TAG, TagBytes, u(out) + plain.size()) == 1;
}

bool open(const unsigned char *key, const unsigned char *nonce, QByteArrayView sealed, QByteArray &plain)
{
    if (sealed.size() < TagBytes)
        return false;
    const Context c(EVP_CIPHER_CTX_new());
    const qsizetype n = sealed.size() - TagBytes;
    plain.resize(n);
    int length = 0;
    int final = 0;
    unsigned char tag[TagBytes];
    std::copy(sealed.data() + n, sealed.data() + sealed.size(), reinterpret_cast<char *>(tag));
    const bool ok = c && EVP_DecryptInit_ex(c.get(), cipher(), nullptr, key, nonce) == 1
        && EVP_DecryptUpdate(c.get(), u(plain), &length, reinterpret_cast<const unsigned char *>(sealed.data()), int(n)) == 1
        && EVP_CIPHER_CTX_ctrl(c.get(), EVP_CTRL_AEAD_SET_TAG, TagBytes, tag) == 1
        && EVP_DecryptFinal_ex(c.get(), u(plain) + length, &final) == 1 && length + final == n;
    if (!ok)
        plain.fill('\0'); // nothing unauthenticated stays readable
    return ok;
}

} // namespace Kansa::ChaCha20Poly1305
