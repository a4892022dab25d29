#pragma once

#include "clauses/clauseset.h"
#include "import/importerror.h"
#include "import/pdftextextractor.h"

namespace Kansa {

/// Reads a clause document (text in any supported encoding, or PDF), checks it and parses it.
/// Nothing here touches storage; see ClauseSetRepository.
class ClauseImporter
{
public:
    static constexpr qint64 MaxFileSize = 20 * 1024 * 1024;

    struct Result
    {
        ClauseDocument document;
        QString contentHash; // SHA-256 of the normalized text
        QString sourceName; // file name without directory
        QString encoding; // "PDF", "UTF-8", "CP932" …
        QString text; // the decoded text, for the import review (also with NoArticles)
        ImportError error;
    };

    static Result readFile(const QString &path, const PdfTextExtractor::Progress &progress = {});
    static Result readBytes(const QByteArray &bytes, const QString &sourceName,
        const PdfTextExtractor::Progress &progress = {});

    /// The hash under which a text would be stored (without parsing it).
    static QString contentHash(const QString &decodedText);
};

} // namespace Kansa
