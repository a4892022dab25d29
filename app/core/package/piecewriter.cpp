#include "package/piecewriter.h"

namespace Kansa {

PieceWriter::PieceWriter()
    : m_thread(&PieceWriter::run, this)
{
}

PieceWriter::~PieceWriter()
{
    finish();
}

bool PieceWriter::queue(Item item)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_waiting.size() < MaxWaiting || m_failed; });
    if (m_failed)
        return false;
    m_waiting.push_back(std::move(item));
    m_changed.notify_all();
    return true;
}

bool PieceWriter::begin(const QString &path, const QByteArray &fileKey)
{
    return fileKey.size() == FileCipher::KeyBytes && queue({ Item::Begin, path, fileKey });
}

bool PieceWriter::push(QByteArray piece)
{
    return queue({ Item::Piece, {}, std::move(piece) });
}

bool PieceWriter::end()
{
    return queue({ Item::End, {}, {} });
}

bool PieceWriter::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    if (m_file.isOpen()) // a file begun and never ended
        m_file.close();
    return !m_failed;
}

bool PieceWriter::write(const QByteArray &bytes)
{
    return m_file.write(bytes) == bytes.size();
}

void PieceWriter::run()
{
    for (;;) {
        Item item;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_waiting.empty() || m_closed; });
            if (m_waiting.empty())
                return;
            item = std::move(m_waiting.front());
            m_waiting.pop_front();
            m_changed.notify_all();
        }
        bool ok = true;
        switch (item.kind) {
        case Item::Begin:
            m_file.setFileName(item.path);
            m_sealer = std::make_unique<FileCipher::Sealer>(item.bytes);
            ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                && write(m_sealer->start());
            break;
        case Item::Piece:
            m_sealed.resize(0); // (its memory kept from piece to piece)
            m_sealer->add(item.bytes, m_sealed);
            ok = write(m_sealed);
            break;
        case Item::End:
            m_sealed.resize(0);
            m_sealer->finish(m_sealed);
            ok = write(m_sealed) && m_file.flush();
            m_file.close();
            break;
        }
        if (!ok) {
            std::lock_guard lock(m_mutex);
            m_failed = true;
            m_waiting.clear();
            m_changed.notify_all();
            return;
        }
    }
}

} // namespace Kansa
