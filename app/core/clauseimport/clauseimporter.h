#pragma once

#include "clauses/clauseset.h"
#include "clauseimport/importerror.h"
#include "clauseimport/checklistsheet.h"
#include "clauseimport/pdftextextractor.h"

#include <memory>

namespace Kansa {

/// Reads a clause document (text in any supported encoding, or PDF), checks it and parses it.
/// Nothing here touches storage; see ClauseSetRepository.
class ClauseImporter
{
public:
    static constexpr qint64 MaxFileSize = 20 * 1024 * 1024;

    struct Result
    {
        ClauseDocument document;
        QString contentHash; // SHA-256 of the normalized text
        QString sourceName; // file name without directory
        QString encoding; // "PDF", "UTF-8", "CP932" …
        QString text; // the decoded text, for the import review (also with NoArticles)
        ImportError error;

        // An Excel checklist (.xlsx): its sheets, and where the checklist was read from.
        std::shared_ptr<const QList<XlsxSheet>> sheets;
        ChecklistLayout layout;
        QString layoutKey; // where the layout is remembered (ChecklistLayouts)
        QString layoutNote; // what was chosen, in the UI language ("sheet 「…」, header row 3: …")
        bool layoutFound = false; // found from the header words (not given, not remembered)
        bool layoutRemembered = false; // as chosen before for this form (ChecklistLayouts)
    };

    static Result readFile(const QString &path, const PdfTextExtractor::Progress &progress = {},
        const ChecklistSheet::Options &checklist = {});
    static Result readBytes(const QByteArray &bytes, const QString &sourceName,
        const PdfTextExtractor::Progress &progress = {}, const ChecklistSheet::Options &checklist = {});
    /// An Excel checklist's sheets read again with another layout (the GUI's column dialog).
    static Result readChecklist(std::shared_ptr<const QList<XlsxSheet>> sheets, const QString &sourceName,
        const ChecklistSheet::Options &checklist);

    /// The hash under which a text would be stored (without parsing it).
    static QString contentHash(const QString &decodedText);
};

} // namespace Kansa
