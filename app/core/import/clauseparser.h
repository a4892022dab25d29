#pragma once

#include "clauses/clauseset.h"

namespace Kansa {

/// Turns the text of a clause document (特記事項) into its structure: title, edition, issuer,
/// preamble, articles, paragraphs and items, with obligations classified.
/// Never fails: a document without article structure comes back with no articles.
class ClauseParser
{
public:
    static ClauseDocument parse(const QString &text);
};

} // namespace Kansa
