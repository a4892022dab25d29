#pragma once

#include "calendar/eradate.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Kansa {

/// The office's settings for letters, reports and deadlines, kept in the database's settings
/// table so that every inspector of the office (and, later, the central repository) shares
/// them. An issued letter keeps its own copy (toJson()), so later changes never alter it.
struct DocumentSettings
{
    QString municipality; // 小諸市
    QString department; // 総務部情報政策課
    QString headTitle; // 小諸市長
    QString headName; // 山田　太郎
    QString seal = QStringLiteral("omitted"); // where the official seal goes: none, omitted, stamp
    QString contactPerson;
    QString contactPhone;
    QString contactEmail;
    QString numberPattern = QStringLiteral("第{n}号"); // 小諸市情第{n}号
    int nextNumber = 1;
    QString honorific = QStringLiteral("様"); // 様 or 殿
    int majorDays = 14;
    int minorDays = 30;
    bool fullWidthDigits = true;
    QString defaultLead; // the lead inspector a new audit starts with
    bool approvalBoxes = true; // the report's 決裁欄 (課長, 係長, 担当)
    bool photoMarkup = true; // the report and checklist print photos with what is drawn on them
    bool eraDatesInWorkbooks = true; // Excel cells show 令和8年11月22日 (else 2026/11/22); dates either way

    EraDate::Digits digits() const
    {
        return fullWidthDigits ? EraDate::Digits::FullWidth : EraDate::Digits::HalfWidth;
    }
    /// The document number for sequence n: the pattern with {n} replaced, in the chosen digits.
    QString documentNumber(int n) const;
    /// "小諸市長　山田　太郎" (the title alone, or the municipality, when names are missing).
    QString issuerLine() const;
    /// Text in the chosen digits: ASCII digits become full-width ones, or the reverse.
    QString digitsOf(const QString &text) const;

    /// What a printed letter cannot do without, named in the UI language; empty when complete.
    QStringList missingIssuer() const;

    static DocumentSettings load(QSqlDatabase db);
    bool save(QSqlDatabase db, QString *error = nullptr) const;
    /// The settings as a JSON object of their keys, and back (an issued letter's snapshot).
    QString toJson() const;
    static DocumentSettings fromJson(const QString &json);

    /// Every key ("deadline.major_days"), in the order `kansa-cli settings list` shows them.
    static QStringList keys();
    /// The issued letter (not a draft) that already has this document number, compared with
    /// digits of either width alike (「第１５号」 is 「第15号」); its id, or 0. A number is
    /// given once: setting the next number back onto one is refused, and so is issuing with it.
    static qint64 letterNumbered(QSqlDatabase db, const QString &number, qint64 exceptId = 0);
    /// One setting's value as stored ("1" for on).
    QString value(const QString &key) const;
    /// Checks and stores one setting by its key, for `kansa-cli settings set` and the dialog.
    static bool set(QSqlDatabase db, const QString &key, const QString &value, QString *error);
    /// Why the value is not acceptable for the key (empty when it is, or the key is unknown).
    static QString invalid(const QString &key, const QString &value);

private:
    static DocumentSettings fromMap(const QHash<QString, QString> &stored);
};

} // namespace Kansa
