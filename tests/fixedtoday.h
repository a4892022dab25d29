#pragma once

#include <QByteArray>
#include <QDate>
#include <QtGlobal>

/// Sets the day Kansa takes as today (KANSA_TODAY, read by Kansa::Today) for one scope: what a
/// demo audit is dated, and the latest day a follow-up step may have.
class FixedToday
{
public:
    explicit FixedToday(const QDate &day)
        : m_before(qgetenv("KANSA_TODAY"))
    {
        qputenv("KANSA_TODAY", day.toString(Qt::ISODate).toLatin1());
    }
    ~FixedToday() { qputenv("KANSA_TODAY", m_before); }
    FixedToday(const FixedToday &) = delete;
    FixedToday &operator=(const FixedToday &) = delete;

private:
    QByteArray m_before;
};
