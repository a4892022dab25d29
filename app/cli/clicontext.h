#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Kansa {
class Database;
}

namespace Kansa::Cli {

/// The command line's own strings (context "Kansa::Cli"); n picks the plural form.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kansa::Cli", text, disambiguation, n);
}

enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, Changed = 3, InUse = 4 };

/// What every command gets: its arguments, the database path and the output streams.
struct Context
{
    QStringList args; // after the command words
    QString dbPath;
    QTextStream &out;
    QTextStream &err;
    std::optional<QString> by; // --by NAME anywhere on the line: who acts (the history's actor)
    /// --wait SECONDS: how long to queue behind other kansa-cli commands holding the database.
    int waitMs = 60000;

    bool takeFlag(const QString &flag); // removes it from args when present
    /// Removes "--name VALUE" from args and returns VALUE; *missingValue is set when the
    /// option is given without a value.
    std::optional<QString> takeOption(const QString &name, bool *missingValue);
};

/// Writes a message to stderr and returns the exit code, for `return fail(...)`.
int fail(Context &ctx, ExitCode code, const QString &message);

/// Opens the database and makes sure the built-in clause sets are in it.
bool openDatabase(Context &ctx, Database &db, int *exitCode);
/// openDatabase, then the audit must exist (else noAudit).
bool openAudit(Context &ctx, Database &db, qint64 auditId, int *exitCode);
/// 「There is no audit N.」 on stderr; returns BadInput.
int noAudit(Context &ctx, qint64 auditId);

/// The passphrase in a file given with --passphrase-file (its first line, what `age` reads
/// from a terminal; never an argument, which shows in the process list). An empty string when
/// no file was given; nothing (and *code set) when it cannot be read or is empty.
std::optional<QString> passphraseFromFile(Context &ctx, const std::optional<QString> &path, int *code);

/// An id argument ("12"); 0 when it is not a positive number.
qint64 parseId(const QString &text);

/// Why a --date or --deadline value is not a date: not written YYYY-MM-DD, or no such day
/// (「2026-02-30」).
QString badDate(const QString &text);

} // namespace Kansa::Cli
