#pragma once

#include "crypto/filecipher.h"
#include "crypto/sha256.h"

#include <QByteArray>
#include <QFile>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Kansa {

/// Writes pieces of a stream to a file, encrypted under a file key (FileCipher: no plaintext
/// copy of evidence reaches the disk), and hashes the plaintext, on a thread of its own, so that
/// decrypting the next piece and storing this one overlap (an import runs at the speed of the
/// slower of the two). At most MaxWaiting pieces wait, so memory stays flat.
class PieceWriter
{
public:
    static constexpr int MaxWaiting = 8;

    PieceWriter(const QString &path, const QByteArray &fileKey);
    ~PieceWriter();
    PieceWriter(const PieceWriter &) = delete;
    PieceWriter &operator=(const PieceWriter &) = delete;

    bool isOpen() const { return m_open; }
    /// Queues a piece; false once writing has failed (a full disk).
    bool push(QByteArray piece);
    /// Waits for every piece; true when all were written, with their SHA-256 in *sha256.
    bool finish(QString *sha256);

private:
    void run();

    QFile m_file;
    FileCipher::Sealer m_sealer;
    bool m_open = false;
    Sha256::Hasher m_hasher;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_waiting;
    bool m_closed = false;
    bool m_failed = false;
    std::thread m_thread;
};

} // namespace Kansa
