#pragma once

#include "clauses/clauseset.h"
#include "clauseimport/clausereading.h"

namespace Kansa {

/// Turns the text of a clause document (特記事項) into its structure: title, edition, issuer,
/// preamble, articles, paragraphs and items, with obligations classified.
/// Never fails: a document without article structure comes back with no articles.
class ClauseParser
{
public:
    static ClauseDocument parse(const QString &text);
    /// Every line of the text with how it was read (page numbers and what follows 以上
    /// included, as omitted lines): what the import review shows and lets the user correct.
    /// parse(text) is assembleClauses(read(text)).document.
    static QList<ReadLine> read(const QString &text);
};

} // namespace Kansa
