#include "package/piecewriter.h"

namespace Kansa {

PieceWriter::PieceWriter(const QString &path, const QByteArray &fileKey)
    : m_file(path)
    , m_sealer(fileKey)
{
    m_open = fileKey.size() == FileCipher::KeyBytes && m_file.open(QIODevice::WriteOnly);
    if (m_open) {
        const QByteArray head = m_sealer.start();
        m_open = m_file.write(head) == head.size();
    }
    if (m_open)
        m_thread = std::thread(&PieceWriter::run, this);
}

PieceWriter::~PieceWriter()
{
    QString ignored;
    finish(&ignored);
}

bool PieceWriter::push(QByteArray piece)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_waiting.size() < MaxWaiting || m_failed; });
    if (m_failed)
        return false;
    m_waiting.push_back(std::move(piece));
    m_changed.notify_all();
    return true;
}

bool PieceWriter::finish(QString *sha256)
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    if (!m_open)
        return false;
    if (m_file.isOpen()) {
        if (!m_failed) {
            const QByteArray tail = m_sealer.finish();
            m_failed = m_file.write(tail) != tail.size();
        }
        m_failed = m_failed || !m_file.flush();
        m_file.close();
        *sha256 = m_hasher.hex();
    }
    return !m_failed;
}

void PieceWriter::run()
{
    for (;;) {
        QByteArray piece;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_waiting.empty() || m_closed; });
            if (m_waiting.empty())
                return;
            piece = std::move(m_waiting.front());
            m_waiting.pop_front();
            m_changed.notify_all();
        }
        m_hasher.add(piece);
        const QByteArray sealed = m_sealer.add(piece);
        if (m_file.write(sealed) != sealed.size()) {
            std::lock_guard lock(m_mutex);
            m_failed = true;
            m_changed.notify_all();
            return;
        }
    }
}

} // namespace Kansa
