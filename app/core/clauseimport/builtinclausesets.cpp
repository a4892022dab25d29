#include "clauseimport/builtinclausesets.h"

#include "clauseimport/clauseimporter.h"
#include "clauses/clausesetrepository.h"
#include "clauseimport/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Kansa::BuiltinClauseSets {

QStringList resourcePaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/clausesets"));
    const QStringList names = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

bool ensurePresent(QSqlDatabase db, QString *error)
{
    ClauseSetRepository repository(db);
    const QStringList paths = resourcePaths();
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        // Hash first: parsing is only needed when the set is missing.
        if (repository.findByHash(ClauseImporter::contentHash(TextDecoder::decode(bytes).text)))
            continue;
        const ClauseImporter::Result r
            = ClauseImporter::readBytes(bytes, QFileInfo(path).fileName());
        if (r.error.isError())
            continue; // cannot happen for the shipped documents; tests assert they parse
        const auto stored = repository.store(r.document, r.contentHash, r.sourceName, true);
        if (!stored.error.isEmpty()) {
            if (error)
                *error = stored.error;
            return false;
        }
    }
    return true;
}

} // namespace Kansa::BuiltinClauseSets
