// libFuzzer target for the evidence path: arbitrary bytes into EvidencePreparer, as a file from
// a contractor's USB stick would arrive (`./dev fuzz evidence`). A crash, an allocation over the
// limit or a run past the time limit is a finding. With KANSA_FUZZ_SEEDS=<dir>, writes a small
// seed of every accepted format (JPEG, PNG, BMP, WebP, GIF, PDF) there first.
#include "evidence/evidencepreparer.h"
#include "fuzzapplication.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdint>

using namespace Kansa;

namespace {

void writeSeed(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir + QLatin1Char('/') + name);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

void writeSeeds(const QString &dir)
{
    QDir().mkpath(dir);
    QImage image(48, 32, QImage::Format_ARGB32);
    image.fill(QColor(200, 80, 40, 180));
    QPainter(&image).drawLine(0, 0, 47, 31);
    for (const char *format : { "JPEG", "PNG", "BMP", "WEBP" }) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (image.save(&buffer, format))
            writeSeed(dir, QStringLiteral("seed.%1").arg(QString::fromLatin1(format).toLower()), bytes);
    }
    writeSeed(dir, QStringLiteral("seed.gif"),
        QByteArray("GIF89a\x01\0\x01\0\x80\0\0\xFF\xFF\xFF\0\0\0!\xF9\x04\x01\0\0\0\0,"
                   "\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;",
            43));
    writeSeed(dir, QStringLiteral("seed.pdf"),
        QByteArray("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                   "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                   "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]/Contents 4 0 R>>endobj\n"
                   "4 0 obj<</Length 30>>stream\n0 0 m 200 100 l S 10 10 50 20 re f\nendstream endobj\n"
                   "trailer<</Root 1 0 R>>\n%%EOF\n"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Kansa::Fuzz::startApplication(argc, argv);
    if (const QString seeds = qEnvironmentVariable("KANSA_FUZZ_SEEDS"); !seeds.isEmpty())
        writeSeeds(seeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir staging;
    const PreparedEvidence p = EvidencePreparer::prepareData(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("IMG_0001.jpg"), staging.path());
    for (const QString &f : { p.stagedOriginal, p.stagedThumbnail, p.stagedPrint })
        if (!f.isEmpty())
            QFile::remove(f);
    return 0;
}
