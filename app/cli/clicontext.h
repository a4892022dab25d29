#pragma once

#include <QStringList>
#include <QTextStream>

namespace Kansa::Cli {

enum ExitCode { Ok = 0, Usage = 1, BadInput = 2 };

/// What every command gets: its arguments, the database path and the output streams.
struct Context
{
    QStringList args; // after the command words
    QString dbPath;
    QTextStream &out;
    QTextStream &err;

    bool takeFlag(const QString &flag); // removes it from args when present
};

/// Writes a message to stderr and returns the exit code, for `return fail(...)`.
int fail(Context &ctx, ExitCode code, const QString &message);

} // namespace Kansa::Cli
