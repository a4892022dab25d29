#include "advisory/documentsettings.h"

#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace Kansa {

namespace {

QHash<QString, QString> readAll(QSqlDatabase db)
{
    QHash<QString, QString> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT key, value FROM settings")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool write(QSqlDatabase db, const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(Sql::text(value));
    return q.exec() || Sql::fail(q, error);
}

struct Field
{
    const char *key;
    QString DocumentSettings::*text = nullptr;
    int DocumentSettings::*number = nullptr;
    bool DocumentSettings::*flag = nullptr;
};

const Field kFields[] = {
    { "issuer.municipality", &DocumentSettings::municipality },
    { "issuer.department", &DocumentSettings::department },
    { "issuer.head", &DocumentSettings::head },
    { "contact.person", &DocumentSettings::contactPerson },
    { "contact.phone", &DocumentSettings::contactPhone },
    { "contact.email", &DocumentSettings::contactEmail },
    { "advisory.number_pattern", &DocumentSettings::numberPattern },
    { "advisory.next_number", nullptr, &DocumentSettings::nextNumber },
    { "advisory.honorific", &DocumentSettings::honorific },
    { "deadline.major_days", nullptr, &DocumentSettings::majorDays },
    { "deadline.minor_days", nullptr, &DocumentSettings::minorDays },
    { "dates.full_width", nullptr, nullptr, &DocumentSettings::fullWidthDigits },
    { "report.approval_boxes", nullptr, nullptr, &DocumentSettings::approvalBoxes },
};

} // namespace

QString DocumentSettings::documentNumber(int n) const
{
    QString pattern = numberPattern;
    if (!pattern.contains(QLatin1String("{n}")))
        pattern += QStringLiteral("{n}");
    return pattern.replace(QLatin1String("{n}"), EraDate::number(n, digits()));
}

DocumentSettings DocumentSettings::load(QSqlDatabase db)
{
    DocumentSettings s;
    s.numberPattern = QStringLiteral("第{n}号");
    s.honorific = QStringLiteral("様");
    const QHash<QString, QString> stored = readAll(db);
    for (const Field &f : kFields) {
        const QString key = QLatin1String(f.key);
        if (!stored.contains(key))
            continue;
        const QString v = stored.value(key);
        if (f.text)
            s.*f.text = v;
        else if (f.number)
            s.*f.number = v.toInt();
        else
            s.*f.flag = v == QLatin1String("1") || v == QLatin1String("true");
    }
    return s;
}

bool DocumentSettings::save(QSqlDatabase db, QString *error) const
{
    return Sql::inTransaction(db, error, [&](QString *why) {
        for (const Field &f : kFields) {
            const QString v = f.text ? this->*f.text
                : f.number           ? QString::number(this->*f.number)
                                     : QString::number(int(this->*f.flag));
            if (!write(db, QLatin1String(f.key), v, why))
                return false;
        }
        return true;
    });
}

QStringList DocumentSettings::keys()
{
    QStringList out;
    for (const Field &f : kFields)
        out << QLatin1String(f.key);
    return out;
}

bool DocumentSettings::set(QSqlDatabase db, const QString &key, const QString &value, QString *error)
{
    for (const Field &f : kFields) {
        if (key != QLatin1String(f.key))
            continue;
        if (f.number || f.flag) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 0 || (f.flag && n > 1)) {
                if (error)
                    *error = QCoreApplication::translate("Kansa::DocumentSettings",
                        "%1 takes a number (0 or more; 0 or 1 for on/off), not “%2”.")
                                 .arg(key, value);
                return false;
            }
        }
        if (key == QLatin1String("advisory.honorific") && value != QStringLiteral("様")
            && value != QStringLiteral("殿")) {
            if (error)
                *error = QCoreApplication::translate("Kansa::DocumentSettings",
                    "The honorific is 様 or 殿.");
            return false;
        }
        return write(db, key, value, error);
    }
    if (error)
        *error = QCoreApplication::translate("Kansa::DocumentSettings", "Unknown setting “%1”. Known: %2")
                     .arg(key, keys().join(QStringLiteral(", ")));
    return false;
}

} // namespace Kansa
