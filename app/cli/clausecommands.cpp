#include "clausecommands.h"

#include "import/builtinclausesets.h"
#include "import/clauseimporter.h"
#include "clauses/clausesetjson.h"
#include "clauses/clausesetrepository.h"
#include "text/counttext.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Kansa::Cli {

namespace {

QString counts(int articles, int paragraphs, int items, int obligations)
{
    return QStringList { CountText::articles(articles), CountText::paragraphs(paragraphs),
        CountText::items(items), CountText::obligations(obligations) }
        .join(tr(", "));
}

void printDocument(QTextStream &out, const ClauseDocument &doc)
{
    out << doc.title << Qt::endl;
    if (!doc.edition.isEmpty())
        out << doc.edition << Qt::endl;
    if (!doc.issuer.isEmpty())
        out << doc.issuer << Qt::endl;
    out << counts(
        int(doc.articles.size()), doc.paragraphCount(), doc.itemCount(), doc.obligationCount())
        << Qt::endl;
    for (const Article &a : doc.articles) {
        out << Qt::endl << a.number << QStringLiteral("　") << a.heading << Qt::endl;
        for (const Paragraph &p : a.paragraphs) {
            out << QStringLiteral("  %1 %2 %3")
                       .arg(p.ordinal)
                       .arg(p.obligation ? QStringLiteral("●") : QStringLiteral("○"), p.text)
                << Qt::endl;
            for (const ClauseItem &i : p.items)
                out << QStringLiteral("      ") << i.label << QLatin1Char(' ') << i.text
                    << Qt::endl;
        }
    }
}

int parse(Context &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (ctx.args.size() != 1)
        return fail(ctx, Usage, tr("usage: kansa-cli clauses parse FILE [--json]"));
    const ClauseImporter::Result r = ClauseImporter::readFile(ctx.args.first());
    if (r.error.isError())
        return fail(ctx, BadInput, r.error.message());
    if (json)
        ctx.out << QString::fromUtf8(
            QJsonDocument(ClauseSetJson::toJson(r.document)).toJson(QJsonDocument::Indented));
    else
        printDocument(ctx.out, r.document);
    return Ok;
}

int import(Context &ctx)
{
    if (ctx.args.size() != 1)
        return fail(ctx, Usage, tr("usage: kansa-cli clauses import FILE"));
    const ClauseImporter::Result r = ClauseImporter::readFile(ctx.args.first());
    if (r.error.isError())
        return fail(ctx, BadInput, r.error.message());
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    ClauseSetRepository repository(db.connection());
    const auto stored = repository.store(r.document, r.contentHash, r.sourceName);
    if (!stored.error.isEmpty())
        return fail(
            ctx, BadInput, ImportError { ImportError::StorageFailed, stored.error }.message());
    ctx.out << stored.id << Qt::endl;
    if (!stored.created)
        ctx.err << tr("This document is already in the library as clause set %1.").arg(stored.id)
                << Qt::endl;
    return Ok;
}

int list(Context &ctx)
{
    if (!ctx.args.isEmpty())
        return fail(ctx, Usage, tr("usage: kansa-cli clauses list"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    const QList<ClauseSetSummary> sets = ClauseSetRepository(db.connection()).list();
    for (const ClauseSetSummary &s : sets) {
        ctx.out << s.id << u'\t' << s.title;
        if (!s.edition.isEmpty())
            ctx.out << QStringLiteral(" ") << s.edition;
        ctx.out << u'\t' << counts(s.articles, s.paragraphs, s.items, s.obligations) << u'\t'
                << (s.builtin ? tr("built-in") : s.sourceName) << Qt::endl;
    }
    return Ok;
}

int show(Context &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    bool isNumber = false;
    const qint64 id = ctx.args.size() == 1 ? ctx.args.first().toLongLong(&isNumber) : 0;
    if (!isNumber)
        return fail(ctx, Usage, tr("usage: kansa-cli clauses show ID [--json]"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    const auto set = ClauseSetRepository(db.connection()).load(id);
    if (!set)
        return fail(ctx, BadInput,
            tr("There is no clause set %1. `kansa-cli clauses list` shows the ids.").arg(id));
    if (json)
        ctx.out << QString::fromUtf8(
            QJsonDocument(ClauseSetJson::toJson(set->document)).toJson(QJsonDocument::Indented));
    else
        printDocument(ctx.out, set->document);
    return Ok;
}

} // namespace

int runClauses(Context &ctx)
{
    const QString verb = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (verb == QStringLiteral("parse"))
        return parse(ctx);
    if (verb == QStringLiteral("import"))
        return import(ctx);
    if (verb == QStringLiteral("list"))
        return list(ctx);
    if (verb == QStringLiteral("show"))
        return show(ctx);
    return fail(ctx, Usage, tr("usage: kansa-cli clauses parse|import|list|show …"));
}

} // namespace Kansa::Cli
