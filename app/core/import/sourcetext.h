#pragma once

#include "clauses/clauseset.h"

#include <optional>

namespace Kansa::SourceText {

/// A corrected structure rearranges the document's own text; it does not rewrite it. The
/// first text of the document (preamble, paragraph or item; headings, numbers and labels may
/// be edited) with a stretch not in the source, as a short quote; nothing when all are.
/// Spaces and line breaks do not count, and a text may join lines from anywhere in the source.
std::optional<QString> firstTextNotIn(const ClauseDocument &document, const QString &decodedSource);

} // namespace Kansa::SourceText
