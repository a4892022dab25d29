#pragma once

#include "evidence/evidencefile.h"

#include <QByteArray>
#include <QIODevice>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Kansa {

/// A stored evidence file read and decrypted on a thread of its own, ahead of the reader, so
/// that decrypting this file and encrypting the package overlap (an export runs at the speed
/// of the slower of the two, as PieceWriter does for an import). At most MaxWaiting pieces of
/// 1 MiB wait. Sequential; a read after damage fails, and ok() says whether the whole file was
/// read and authenticated.
class PieceReader : public QIODevice
{
public:
    static constexpr int MaxWaiting = 8;

    PieceReader(const QString &path, const QByteArray &key, EvidenceFile::Plain plain);
    ~PieceReader() override;
    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    bool ok() const;
    bool damaged() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void run();

    EvidenceFile::Reader m_source;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_waiting;
    QByteArray m_current;
    qsizetype m_at = 0;
    bool m_ended = false;
    bool m_stopping = false;
    bool m_ok = false;
    bool m_damaged = false;
    std::thread m_thread;
};

} // namespace Kansa
