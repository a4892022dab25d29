#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kansa {

/// An X25519 public key of the age format, written age1… (Bech32).
struct AgeRecipient
{
    QByteArray publicKey; // 32 bytes
    static std::optional<AgeRecipient> parse(const QString &text);
    QString toString() const;
};

/// An X25519 secret key of the age format, written AGE-SECRET-KEY-1… as age-keygen writes it.
struct AgeIdentity
{
    QByteArray secret; // 32 bytes
    static AgeIdentity generate();
    static std::optional<AgeIdentity> parse(const QString &text);
    QString toString() const;
    AgeRecipient recipient() const;

    /// An identity file as age-keygen writes it: "# created: …", "# public key: age1…", the key.
    QByteArray toFile(const QDateTime &created) const;
    /// The identities of such a file (comments and blank lines skipped); nothing and *error
    /// naming the line when a line is neither.
    static std::optional<QList<AgeIdentity>> parseFile(const QByteArray &file, QString *error);
};

} // namespace Kansa
