#include "package/piecereader.h"

namespace Kansa {

PieceReader::PieceReader(const QString &path, const QByteArray &key, EvidenceFile::Plain plain)
    : m_source(path, key, plain)
{
}

PieceReader::~PieceReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

bool PieceReader::open(OpenMode mode)
{
    if (mode != ReadOnly || !m_source.open(QIODevice::ReadOnly))
        return false;
    m_thread = std::thread(&PieceReader::run, this);
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

void PieceReader::run()
{
    for (;;) {
        QByteArray piece = m_source.read(1 << 20);
        std::unique_lock lock(m_mutex);
        if (piece.isEmpty()) {
            m_ended = true;
            m_ok = m_source.ok();
            m_damaged = m_source.damaged();
            m_changed.notify_all();
            return;
        }
        m_changed.wait(lock, [&] { return m_waiting.size() < MaxWaiting || m_stopping; });
        if (m_stopping)
            return;
        m_waiting.push_back(std::move(piece));
        m_changed.notify_all();
    }
}

bool PieceReader::ok() const
{
    std::lock_guard lock(m_mutex);
    return m_ended && m_ok && m_waiting.empty() && m_at == m_current.size();
}

bool PieceReader::damaged() const
{
    std::lock_guard lock(m_mutex);
    return m_damaged;
}

qint64 PieceReader::readData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_at == m_current.size()) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_waiting.empty() || m_ended; });
            if (m_waiting.empty()) {
                if (m_damaged)
                    return -1;
                break;
            }
            m_current = std::move(m_waiting.front());
            m_waiting.pop_front();
            m_at = 0;
            m_changed.notify_all();
        }
        const qint64 n = std::min<qint64>(maxSize - copied, m_current.size() - m_at);
        memcpy(data + copied, m_current.constData() + m_at, size_t(n));
        m_at += qsizetype(n);
        copied += n;
    }
    return copied;
}

} // namespace Kansa
