#pragma once

#include "crypto/age.h"

#include <QIODevice>

namespace Kansa {

/// A write-only device that encrypts what is written into an age file on out, streaming.
class AgeWriteDevice : public QIODevice
{
public:
    explicit AgeWriteDevice(QIODevice &out);
    Age::Error begin(const Age::Writer::Recipients &to);
    /// Seals the last chunk; the file on out is then complete.
    Age::Error finish();
    Age::Error error() const { return m_error; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice &m_out;
    Age::Writer m_writer;
    Age::Error m_error = Age::Error::None;
};

/// A read-only device giving the authenticated content of an age file on in, streaming. A
/// fault (a changed byte, a cut) ends the content early and shows in error().
class AgeReadDevice : public QIODevice
{
public:
    explicit AgeReadDevice(QIODevice &in);
    Age::Error begin(const QList<AgeIdentity> &identities, const QList<QByteArray> &passphrases);
    Age::Error error() const { return m_error; }
    /// The whole content was read and authenticated to its end.
    bool complete() const { return m_reader.atEnd() && m_buffer.size() == m_at && m_error == Age::Error::None; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_buffer.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_in;
    Age::Reader m_reader;
    QByteArray m_buffer;
    qsizetype m_at = 0;
    Age::Error m_error = Age::Error::None;
};

} // namespace Kansa
