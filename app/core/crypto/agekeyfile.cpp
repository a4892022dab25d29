#include "crypto/agekeyfile.h"
#include "platform/owneronly.h"

#include "crypto/age.h"
#include "crypto/agearmor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace Kansa::AgeKeyFile {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Kansa::AgeKeyFile", s);
}

constexpr qint64 MaxKeyFile = 64 * 1024;

} // namespace

QString weakness(const QString &passphrase)
{
    if (passphrase.size() < MinPassphraseLength)
        return tr("The passphrase is too short: use at least %1 characters (a few words are easy to remember).")
            .arg(MinPassphraseLength);
    if (passphrase.count(passphrase.front()) == passphrase.size())
        return tr("The passphrase repeats one character. Use a few words instead.");
    if (std::all_of(passphrase.cbegin(), passphrase.cend(), [](QChar c) { return c.isDigit(); }))
        return tr("The passphrase is only digits. Use a few words instead.");
    return {};
}

QString write(const QString &path, const AgeIdentity &identity, const QString &passphrase)
{
    QByteArray content = identity.toFile(QDateTime::currentDateTimeUtc());
    if (!passphrase.isEmpty()) {
        if (const QString weak = weakness(passphrase); !weak.isEmpty())
            return weak;
        QBuffer in(&content), out;
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        if (Age::encrypt(in, out, { {}, passphrase.toUtf8(), 18 }) != Age::Error::None)
            return tr("The key could not be encrypted.");
        content = AgeArmor::encode(out.data());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        file.cancelWriting();
        return tr("The key file %1 could not be written: %2").arg(path, file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return tr("The key file %1 could not be written: %2").arg(path, file.errorString());
    // The office's private key is its owner's alone (on Windows a protected, owner-only ACL).
    if (!OwnerOnly::apply(path))
        return tr("The key file %1 could not be written: %2").arg(path, tr("its access could not be limited to you"));
    return {};
}

std::optional<QList<AgeIdentity>> read(const QString &path, const QString &passphrase, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxKeyFile) {
        *error = tr("The key file %1 could not be read.").arg(path);
        return std::nullopt;
    }
    QByteArray content = file.readAll();
    const bool encrypted = AgeArmor::looksArmored(content) || content.startsWith("age-encryption.org/");
    if (encrypted) {
        if (passphrase.isEmpty()) {
            *error = tr("The key file %1 is protected by a passphrase: give it.").arg(path);
            return std::nullopt;
        }
        QBuffer in(&content), out;
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        const Age::Error e = Age::decrypt(in, out, {}, { passphrase.toUtf8() });
        if (e != Age::Error::None) {
            *error = e == Age::Error::NoMatch ? tr("The passphrase does not open the key file %1.").arg(path)
                                              : tr("The key file %1 is damaged.").arg(path);
            return std::nullopt;
        }
        content = out.data();
    }
    QString why;
    const auto ids = AgeIdentity::parseFile(content, &why);
    if (!ids)
        *error = tr("%1 is not a key file: %2").arg(path, why);
    return ids;
}

} // namespace Kansa::AgeKeyFile
