#pragma once

#include "advisory/advisory.h"

#include <QJsonObject>

namespace Kansa::Cli {

/// An advisory item as `advisory show --json` and `followup list --json` print it.
QJsonObject advisoryItemJson(const AdvisoryItem &item);

} // namespace Kansa::Cli
