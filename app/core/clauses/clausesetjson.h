#pragma once

#include "clauses/clauseset.h"

#include <QJsonObject>

namespace Kansa::ClauseSetJson {

/// The scripting shape of `kansa-cli clauses parse --json` and `clauses show --json`.
QJsonObject toJson(const ClauseDocument &document);

} // namespace Kansa::ClauseSetJson
