#pragma once

#include "settings/documentsettings.h"
#include "audits/checkitem.h"

namespace Kansa::ArticleHtml {

/// One article of an audit's snapshot as HTML, rebuilt from its check items, with the
/// current check item's paragraph or item highlighted; numbers in the documents' digits.
QString render(const QList<CheckItem> &articleItems, qint64 currentId, const DocumentSettings &settings);

} // namespace Kansa::ArticleHtml
