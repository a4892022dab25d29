#pragma once

#include "clauseimport/importerror.h"

#include <QByteArray>
#include <QString>

namespace Kansa {

class ZipPackage;

/// The text of a Word document (.docx) as Word shows it: one line per paragraph of the body, in
/// order, with the labels of Word's automatic numbering (「第１条」, 「(1)」) written out, and
/// tracked changes accepted (insertions kept, deletions dropped). Tables, text boxes, headers,
/// footers, footnotes and field codes are not clause text and are left out.
class DocxTextExtractor
{
public:
    struct Result
    {
        QString text;
        ImportError error;
    };
    static Result extract(const ZipPackage &package);
    /// The same from the parts' XML (numbering and styles may be empty): the fuzzer's entry.
    static Result extractXml(const QByteArray &document, const QByteArray &numbering, const QByteArray &styles);
    static bool isDocx(const ZipPackage &package);
};

} // namespace Kansa
