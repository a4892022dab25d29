#pragma once

#include "clauses/clauseset.h"

#include <QList>

namespace Kansa {

class ClauseReview;

/// What an inspector corrected by hand in an earlier version of a clause document, offered
/// again for the next version (issue 25: an 義務 tick made in the review was lost at 第２版).
/// A correction is a paragraph whose stored obligation differs from what the classifier reads
/// in its text; the same text in the new version gets the same tick, as a correction in the
/// review (visible, undoable), never silently.
namespace EarlierCorrections {

/// Applies the earlier documents' corrected ticks to the review's paragraphs of the same text;
/// returns how many were applied.
int apply(ClauseReview &review, const QList<ClauseDocument> &earlier);

} // namespace EarlierCorrections
} // namespace Kansa
