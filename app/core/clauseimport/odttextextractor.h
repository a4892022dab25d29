#pragma once

#include "clauseimport/importerror.h"

#include <QString>

namespace Kansa {

class ZipPackage;

/// The text of an OpenDocument text (.odt): one line per paragraph and heading of the body, with
/// list and outline numbering written out (the label LibreOffice stored, else one computed from
/// the list style), tracked changes accepted. Tables, frames, notes and annotations are left out.
class OdtTextExtractor
{
public:
    struct Result
    {
        QString text;
        ImportError error;
    };
    static Result extract(const ZipPackage &package);
    /// The same from content.xml and styles.xml (which may be empty): the fuzzer's entry.
    static Result extractXml(const QByteArray &content, const QByteArray &styles);
    static bool isOdt(const ZipPackage &package);
};

} // namespace Kansa
