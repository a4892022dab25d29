#pragma once

#include "clauseimport/importerror.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Kansa {

/// The libzip adapter: reads named parts of an office package (.docx, .odt) held in memory.
/// Untrusted input: the entry count and every part's uncompressed size are checked before it is
/// inflated (a zip bomb is refused, never unpacked), and no part is read past its stated size.
class ZipPackage
{
public:
    static constexpr int MaxEntries = 5000;
    static constexpr qint64 MaxPartSize = 64LL * 1024 * 1024; // one XML part, inflated
    static constexpr qint64 MaxTotalSize = 256LL * 1024 * 1024; // every part, inflated

    enum class Error { None, NotAZip, Damaged, TooLarge, Encrypted };

    /// Opens the archive; *error says why when it returns nothing.
    static std::unique_ptr<ZipPackage> open(const QByteArray &bytes, Error *error);
    ~ZipPackage();

    bool contains(const QString &name) const;
    /// The part inflated, or nothing (missing, damaged, encrypted or too large: *error says).
    std::optional<QByteArray> read(const QString &name, Error *error = nullptr) const;

    static bool looksLikeZip(const QByteArray &head);
    /// What the importer tells the user for an error of the package.
    static ImportError::Code importError(Error e);

private:
    struct Archive;
    explicit ZipPackage(std::unique_ptr<Archive> archive);
    std::unique_ptr<Archive> m_archive;
};

} // namespace Kansa
