#pragma once

#include "crypto/filecipher.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace Kansa {

/// Writes the files of an import, each encrypted under its file key (FileCipher: no plaintext
/// copy of evidence reaches the disk), on one thread of its own for the whole import: while it
/// encrypts and writes one piece, the caller decrypts, hashes and checks the next, also across
/// the end of a file (an import runs at the speed of the slower of the two). At most MaxWaiting
/// pieces wait, so memory stays flat.
class PieceWriter
{
public:
    static constexpr int MaxWaiting = 8;

    PieceWriter();
    ~PieceWriter();
    PieceWriter(const PieceWriter &) = delete;
    PieceWriter &operator=(const PieceWriter &) = delete;

    /// The next file; its pieces follow with push(), then end(). False once writing has failed
    /// (a full disk, a folder that cannot be written).
    bool begin(const QString &path, const QByteArray &fileKey);
    bool push(QByteArray piece);
    bool end();
    /// Waits for everything queued; true when every file was written whole.
    bool finish();

private:
    struct Item
    {
        enum Kind { Begin, Piece, End } kind;
        QString path;
        QByteArray bytes; // the key (Begin) or the piece
    };
    bool queue(Item item);
    void run();
    bool write(const QByteArray &bytes);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_waiting;
    bool m_closed = false;
    bool m_failed = false;
    // The writer thread's own.
    QFile m_file;
    std::unique_ptr<FileCipher::Sealer> m_sealer;
    QByteArray m_sealed;
    std::thread m_thread;
};

} // namespace Kansa
