#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// kansa-cli run as a script runs it: on a database, in a locale, on a fixed day.
struct CliRun
{
    int exitCode = -1; // -1: it crashed
    QByteArray out;
    QString err;
};

/// Runs kansa-cli --db db args… with LANG/LC_ALL lang and, when given, KANSA_TODAY today.
CliRun runCli(const QString &db, QStringList args, const QString &lang = QStringLiteral("C.UTF-8"),
    const QString &today = {});

/// The id of the audit made last in db (the demo's, just after `demo`), as text.
QString newestAudit(const QString &db);
