#pragma once

#include "audits/checkitem.h"

namespace Kansa::ArticleHtml {

/// One article of an audit's snapshot as HTML, rebuilt from its check items, with the
/// current check item's paragraph or item highlighted.
QString render(const QList<CheckItem> &articleItems, qint64 currentId);

} // namespace Kansa::ArticleHtml
