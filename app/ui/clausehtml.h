#pragma once

#include "clauses/clauseset.h"

namespace Kansa::ClauseHtml {

/// The whole clause document as HTML for reading, with article `highlightArticle` and its
/// paragraph `highlightParagraph` (ordinal indices, -1 for none) marked.
QString document(const ClauseSet &set, int highlightArticle = -1, int highlightParagraph = -1,
    int highlightItem = -1);

} // namespace Kansa::ClauseHtml
