#pragma once

#include <QString>

/// The operating system's account of the person running Kansa. The one place that asks the
/// system (POSIX: the password database; Windows: the account's display name); everything
/// else is portable Qt.
namespace Kansa::UserAccount {

/// The account's full name as the system knows it ("検査 太郎"), else its login name, else empty.
QString fullName();

/// The login name ("kensa"), empty when the system does not say.
QString loginName();

} // namespace Kansa::UserAccount
