#pragma once

#include "clauseimport/importerror.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Kansa {

/// The text layer of a PDF (through PdfDocument, the Poppler adapter), pages separated by form feeds.
class PdfTextExtractor
{
public:
    /// Called after each page; returning false cancels.
    using Progress = std::function<bool(int pagesDone, int pageCount)>;

    struct Result
    {
        QString text;
        int pageCount = 0;
        ImportError error;
    };

    static Result extract(const QByteArray &pdf, const Progress &progress = {});
    static bool looksLikePdf(const QByteArray &head);
};

} // namespace Kansa
