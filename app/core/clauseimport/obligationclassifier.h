#pragma once

#include "clauses/clauseset.h"

namespace Kansa::ObligationClassifier {

/// Whether a sentence-level text obliges the contractor (受託者 / 受注者 / 乙): its main subject
/// is the contractor and its predicate obliges (…しなければならない, …してはならない, …ものとする,
/// …こと). Permissions (…できる) and the client's (委託者 / 発注者 / 甲) acts are informational.
bool isObligation(const QString &text);

/// A paragraph is an obligation when its text is; a paragraph that only holds items is one
/// when any item is.
bool isObligation(const Paragraph &paragraph);

} // namespace Kansa::ObligationClassifier
