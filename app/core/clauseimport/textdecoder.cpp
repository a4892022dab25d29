#include "clauseimport/textdecoder.h"
#include "platform/legacycodecs.h"

#include <QStringDecoder>

namespace Kansa {

namespace {

struct Attempt
{
    QString text;
    bool clean = false;
    int score = 0;
};

Attempt attempt(const char *codec, const QByteArray &bytes)
{
    Attempt a;
    const LegacyCodecs::Decoded decoded = LegacyCodecs::decode(codec, bytes);
    if (!decoded.available)
        return a;
    a.text = decoded.text;
    a.clean = decoded.clean;
    // Japanese prose is full of hiragana and 、。; a wrong codec turns them into
    // half-width katakana and rare kanji.
    for (QChar c : std::as_const(a.text)) {
        const char16_t u = c.unicode();
        if ((u >= 0x3041 && u <= 0x309F) || u == u'、' || u == u'。')
            a.score += 2;
        else if (u >= 0xFF61 && u <= 0xFF9F)
            a.score -= 3;
        else if (u == QChar::ReplacementCharacter)
            a.score -= 10;
    }
    return a;
}

} // namespace

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    if (n == 0)
        return false;
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
            ++control;
    }
    return control * 100 > n; // more than 1 % control bytes
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result r;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        r.encoding = QStringLiteral("UTF-8");
        QStringDecoder d(QStringDecoder::Utf8);
        r.text = d.decode(bytes.mid(3));
        if (!d.hasError())
            return r;
        r.error = { ImportError::UndecodableText, {} };
        return r;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        r.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder d(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        r.text = d.decode(bytes.mid(2));
        if (d.hasError() || r.text.contains(QChar::Null))
            r.error = { ImportError::UndecodableText, {} };
        return r;
    }
    if (looksBinary(bytes)) {
        r.error = { ImportError::BinaryData, {} };
        return r;
    }
    {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = d.decode(bytes);
        if (!d.hasError()) {
            r.text = std::move(text);
            r.encoding = QStringLiteral("UTF-8");
            return r;
        }
    }
    const Attempt sjis = attempt("windows-31j", bytes);
    const Attempt euc = attempt("EUC-JP", bytes);
    const Attempt *best = nullptr;
    if (sjis.clean && euc.clean)
        best = euc.score > sjis.score ? &euc : &sjis;
    else if (sjis.clean)
        best = &sjis;
    else if (euc.clean)
        best = &euc;
    if (!best || best->score <= 0) {
        r.error = { ImportError::UndecodableText, {} };
        return r;
    }
    r.text = best->text;
    r.encoding = best == &sjis ? QStringLiteral("CP932") : QStringLiteral("EUC-JP");
    return r;
}

} // namespace Kansa
