#include "io/devicereads.h"

#include <QIODevice>

namespace Kansa::DeviceReads {

QByteArray readFull(QIODevice &in, qint64 n)
{
    QByteArray out;
    while (out.size() < n) {
        const QByteArray part = in.read(n - out.size());
        if (part.isEmpty())
            break;
        out += part;
    }
    return out;
}

} // namespace Kansa::DeviceReads
