#include "package/packagesettings.h"

#include "history/historylog.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Kansa::PackageSettings {

namespace {

const QString kKey = QStringLiteral("package.recipients");

QString tr(const char *s)
{
    return QCoreApplication::translate("Kansa::PackageSettings", s);
}

QStringList stored(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(kKey);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString().split(u' ', Qt::SkipEmptyParts);
}

// The list, and the change to it in the installation's history, in one transaction.
bool store(QSqlDatabase db, const QStringList &keys, const QString &action, const QString &key, QString *error)
{
    return Sql::inTransaction(db, error, [&](QString *why) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(kKey);
        q.addBindValue(keys.join(u' '));
        if (!q.exec())
            return Sql::fail(q, why);
        return HistoryLog::record(db, 0, action, QStringLiteral("settings"), { { QStringLiteral("key"), key } }, why);
    });
}

} // namespace

QList<AgeRecipient> recipients(QSqlDatabase db)
{
    QList<AgeRecipient> out;
    for (const QString &k : stored(db))
        if (const auto r = AgeRecipient::parse(k))
            out.append(*r);
    return out;
}

bool addRecipient(QSqlDatabase db, const QString &text, QString *error)
{
    const QString key = text.trimmed();
    if (!AgeRecipient::parse(key)) {
        // What was given is never repeated: it may be a secret key pasted by mistake.
        if (error)
            *error = key.startsWith(QLatin1String("AGE-SECRET-KEY-"), Qt::CaseInsensitive)
                ? tr("That is a secret key, not a public key: it must never be given out or typed into another "
                     "program. Give the office's public key (age1…), which kansa-cli keys show KEYFILE prints; "
                     "if the secret key was shown where others could see it, make a new key pair.")
                : tr("That is not an office public key: a public key begins with age1 and has 62 characters "
                     "(kansa-cli keys show KEYFILE prints it).");
        return false;
    }
    QStringList keys = stored(db);
    if (keys.contains(key))
        return true;
    keys.append(key);
    return store(db, keys, QStringLiteral("keys.office.added"), key, error);
}

bool removeRecipient(QSqlDatabase db, const QString &text, QString *error)
{
    QStringList keys = stored(db);
    if (!keys.removeOne(text.trimmed())) {
        if (error)
            *error = AgeRecipient::parse(text.trimmed()) ? tr("“%1” is not one of the office keys.").arg(text.trimmed())
                                                          : tr("That is not an office public key (age1…); nothing was removed.");
        return false;
    }
    return store(db, keys, QStringLiteral("keys.office.removed"), text.trimmed(), error);
}

} // namespace Kansa::PackageSettings
