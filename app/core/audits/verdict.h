#pragma once

#include <QString>

#include <optional>

namespace Kansa {

/// The verdict scale of DOMAIN.md; Unchecked (未確認) until the inspector sets one.
enum class Verdict { Unchecked, Conforming, Major, Minor, Observation, NotApplicable };

namespace Verdicts {
/// The stable key used in the database, the CLI and JSON ("conforming", "major", …).
QString key(Verdict v);
std::optional<Verdict> fromKey(const QString &key);
/// The label in the user's language (適合, 重大な不適合, …).
QString label(Verdict v);
/// A one-character mark for trees and lists (○, ×, △, …).
QString mark(Verdict v);
bool isNonConformity(Verdict v);
/// Keys 1–5 of the workspace, in the order of the scale.
Verdict fromShortcut(int number);
} // namespace Verdicts

} // namespace Kansa
