#include "package/agedevice.h"

namespace Kansa {

AgeWriteDevice::AgeWriteDevice(QIODevice &out)
    : m_out(out)
{
}

Age::Error AgeWriteDevice::begin(const Age::Writer::Recipients &to)
{
    m_error = m_writer.begin(m_out, to);
    if (m_error == Age::Error::None)
        QIODevice::open(QIODevice::WriteOnly);
    return m_error;
}

qint64 AgeWriteDevice::writeData(const char *data, qint64 size)
{
    if (m_error != Age::Error::None)
        return -1;
    m_error = m_writer.write(QByteArrayView(data, size));
    return m_error == Age::Error::None ? size : -1;
}

Age::Error AgeWriteDevice::finish()
{
    if (m_error == Age::Error::None)
        m_error = m_writer.finish();
    QIODevice::close();
    return m_error;
}

AgeReadDevice::AgeReadDevice(QIODevice &in)
    : m_in(in)
{
}

Age::Error AgeReadDevice::begin(const QList<AgeIdentity> &identities, const QList<QByteArray> &passphrases)
{
    m_error = m_reader.open(m_in, identities, passphrases);
    if (m_error == Age::Error::None)
        QIODevice::open(QIODevice::ReadOnly);
    return m_error;
}

qint64 AgeReadDevice::readData(char *data, qint64 max)
{
    if (m_at == m_buffer.size()) {
        if (m_error != Age::Error::None || m_reader.atEnd())
            return -1;
        m_at = 0;
        m_error = m_reader.next(&m_buffer);
        if (m_error != Age::Error::None) {
            m_buffer.clear();
            return -1;
        }
        if (m_buffer.isEmpty())
            return -1;
    }
    const qint64 n = std::min<qint64>(max, m_buffer.size() - m_at);
    std::memcpy(data, m_buffer.constData() + m_at, size_t(n));
    m_at += n;
    return n;
}

} // namespace Kansa
