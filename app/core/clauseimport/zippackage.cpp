#include "clauseimport/zippackage.h"

#include <zip.h>

namespace Kansa {

struct ZipPackage::Archive
{
    QByteArray bytes; // libzip reads from this buffer; it must outlive the archive
    zip_t *zip = nullptr;
    ~Archive()
    {
        if (zip)
            zip_discard(zip);
    }
};

ZipPackage::ZipPackage(std::unique_ptr<Archive> archive)
    : m_archive(std::move(archive))
{
}

ZipPackage::~ZipPackage() = default;

bool ZipPackage::looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

ImportError::Code ZipPackage::importError(Error e)
{
    switch (e) {
    case Error::TooLarge: return ImportError::OfficeTooLarge;
    case Error::Encrypted: return ImportError::OfficeEncrypted;
    default: return ImportError::OfficeDamaged;
    }
}

std::unique_ptr<ZipPackage> ZipPackage::open(const QByteArray &bytes, Error *error)
{
    *error = Error::None;
    if (!looksLikeZip(bytes)) {
        *error = Error::NotAZip;
        return nullptr;
    }
    auto archive = std::make_unique<Archive>();
    archive->bytes = bytes;
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *source = zip_source_buffer_create(archive->bytes.constData(),
        zip_uint64_t(archive->bytes.size()), 0, &ze);
    if (!source) {
        zip_error_fini(&ze);
        *error = Error::Damaged;
        return nullptr;
    }
    // ZIP_CHECKCONS: the central directory must agree with the local headers (a truncated or
    // patched archive is refused here rather than half read).
    archive->zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    zip_error_fini(&ze);
    if (!archive->zip) {
        zip_source_free(source);
        *error = Error::Damaged;
        return nullptr;
    }
    const zip_int64_t entries = zip_get_num_entries(archive->zip, 0);
    if (entries < 0 || entries > MaxEntries) {
        *error = entries < 0 ? Error::Damaged : Error::TooLarge;
        return nullptr;
    }
    qint64 total = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive->zip, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
            *error = Error::Damaged;
            return nullptr;
        }
        total += qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(MaxTotalSize) + 1));
        if (total > MaxTotalSize) {
            *error = Error::TooLarge;
            return nullptr;
        }
    }
    return std::unique_ptr<ZipPackage>(new ZipPackage(std::move(archive)));
}

bool ZipPackage::contains(const QString &name) const
{
    return zip_name_locate(m_archive->zip, name.toUtf8().constData(), 0) >= 0;
}

std::optional<QByteArray> ZipPackage::read(const QString &name, Error *error) const
{
    Error ignored;
    Error &e = error ? *error : ignored;
    e = Error::None;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_archive->zip, name.toUtf8().constData(), 0, &st) != 0) {
        e = Error::Damaged;
        return std::nullopt;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        e = Error::Encrypted;
        return std::nullopt;
    }
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > zip_uint64_t(MaxPartSize)) {
        e = Error::TooLarge;
        return std::nullopt;
    }
    zip_file_t *file = zip_fopen(m_archive->zip, name.toUtf8().constData(), 0);
    if (!file) {
        e = Error::Damaged;
        return std::nullopt;
    }
    QByteArray out(qsizetype(st.size), Qt::Uninitialized);
    qint64 done = 0;
    while (done < out.size()) {
        const zip_int64_t n = zip_fread(file, out.data() + done, zip_uint64_t(out.size() - done));
        if (n <= 0)
            break;
        done += n;
    }
    // Reading one byte more tells a part longer than it says (its CRC check fails at the end).
    char extra;
    const bool longer = zip_fread(file, &extra, 1) > 0;
    const bool failed = zip_fclose(file) != 0;
    if (done != out.size() || longer || failed) {
        e = Error::Damaged;
        return std::nullopt;
    }
    return out;
}

} // namespace Kansa
