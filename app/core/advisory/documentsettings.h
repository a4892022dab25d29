#pragma once

#include "calendar/eradate.h"

#include <QSqlDatabase>
#include <QString>

namespace Kansa {

/// The office's settings for letters and deadlines, kept in the database's settings table so
/// that every inspector of the office (and, later, the central repository) shares them.
struct DocumentSettings
{
    QString municipality; // 小諸市
    QString department; // 総務部情報政策課
    QString head; // 小諸市長　山田　太郎
    QString contactPerson;
    QString contactPhone;
    QString contactEmail;
    QString numberPattern; // 小諸市情第{n}号
    int nextNumber = 1;
    QString honorific; // 様 or 殿
    int majorDays = 14;
    int minorDays = 30;
    bool fullWidthDigits = true;
    bool approvalBoxes = true; // 決裁欄 (課長・係長・担当) on the inspection report

    EraDate::Digits digits() const
    {
        return fullWidthDigits ? EraDate::Digits::FullWidth : EraDate::Digits::HalfWidth;
    }
    /// The document number for sequence n: the pattern with {n} replaced, in the chosen digits.
    QString documentNumber(int n) const;

    static DocumentSettings load(QSqlDatabase db);
    bool save(QSqlDatabase db, QString *error = nullptr) const;

    /// One setting by its key ("deadline.major_days"), for `kansa-cli settings set`.
    static QStringList keys();
    static bool set(QSqlDatabase db, const QString &key, const QString &value, QString *error);
};

} // namespace Kansa
