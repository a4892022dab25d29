#pragma once

#include "crypto/agekeys.h"

#include <QString>

#include <optional>

/// An office's secret key on disk, as age-keygen writes it, or that file encrypted under a
/// passphrase (armored age with scrypt, which `age -d -i FILE` also opens after asking for the
/// passphrase). Written owner-only, atomically.
namespace Kansa::AgeKeyFile {

/// A passphrase at least this long protects a key file or a package.
constexpr int MinPassphraseLength = 10;

/// Empty passphrase: the key in clear (keep the file safe). Returns the error in the user's
/// language, or empty.
QString write(const QString &path, const AgeIdentity &identity, const QString &passphrase);

/// The identities of a key file; a passphrase opens an encrypted one. Nothing and *error (in
/// the user's language) on a wrong passphrase, a missing one, or a file that is not a key.
std::optional<QList<AgeIdentity>> read(const QString &path, const QString &passphrase, QString *error);

/// Why a passphrase is too weak, or empty: at least MinPassphraseLength characters, not one
/// character repeated, not only digits.
QString weakness(const QString &passphrase);

} // namespace Kansa::AgeKeyFile
