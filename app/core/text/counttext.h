#pragma once

#include <QString>

namespace Kansa::CountText {

/// Counts as the user reads them, with plurals: "1 article", "14 articles"; "14か条".
QString articles(int n);
QString paragraphs(int n);
QString items(int n);
QString obligations(int n);

} // namespace Kansa::CountText
