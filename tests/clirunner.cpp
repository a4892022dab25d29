#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>

CliRun runCli(const QString &db, QStringList args, const QString &lang, const QString &today)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.remove(QStringLiteral("LANGUAGE"));
    if (!today.isEmpty())
        env.insert(QStringLiteral("KANSA_TODAY"), today);
    p.setProcessEnvironment(env);
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    p.start(QStringLiteral(KANSA_CLI), args);
    if (!p.waitForFinished(60000))
        qFatal("kansa-cli did not finish: %s", qPrintable(args.join(u' ')));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError()) };
}

QString newestAudit(const QString &db)
{
    const CliRun list = runCli(db, { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json") });
    qint64 newest = 0;
    for (const QJsonValue &a : QJsonDocument::fromJson(list.out).array())
        newest = std::max(newest, qint64(a.toObject().value(QStringLiteral("id")).toInteger()));
    return QString::number(newest);
}
