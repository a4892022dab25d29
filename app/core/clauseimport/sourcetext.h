#pragma once

#include "clauses/clauseset.h"

#include <optional>

namespace Kansa::SourceText {

/// How a corrected structure stands to its source: a correction rearranges the document's own
/// text (split, merge, headings, numbers, obligations; lines left out); it does not rewrite it.
/// Spaces and line breaks do not count; headings, numbers and labels may be edited.
struct Check
{
    /// The first text (preamble, paragraph or item) with a stretch that is not in the source
    /// where it should be: invented, given twice, or out of the document's order. A short quote.
    std::optional<QString> notInOrder;
    int leftOutSentences = 0; // stretches of the source with a 。 that no text holds
    QString leftOutExample; // the first of them, quoted short
};

Check check(const ClauseDocument &document, const QString &decodedSource);

} // namespace Kansa::SourceText
