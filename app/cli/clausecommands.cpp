#include "clausecommands.h"

#include "clauseimport/builtinclausesets.h"
#include "clauseimport/checklistlayouts.h"
#include "clauseimport/clauseimporter.h"
#include "clauseimport/sourcetext.h"
#include "clauses/clausediff.h"
#include "clauses/clausesetjson.h"
#include "clauses/clausesetrepository.h"
#include "text/counttext.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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
        out << Qt::endl << (a.heading.isEmpty() ? a.number : a.number + QStringLiteral("　") + a.heading) << Qt::endl;
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

// --sheet, --header-row and --columns of an Excel checklist; nothing (and *code) when wrong.
std::optional<ChecklistSheet::Options> checklistOptions(Context &ctx, int *code)
{
    bool missing = false;
    const auto sheet = ctx.takeOption(QStringLiteral("--sheet"), &missing);
    const auto headerRow = ctx.takeOption(QStringLiteral("--header-row"), &missing);
    const auto columns = ctx.takeOption(QStringLiteral("--columns"), &missing);
    ChecklistSheet::Options options;
    options.sheet = sheet.value_or(QString());
    if (missing) {
        *code = fail(ctx, Usage, tr("--sheet, --header-row and --columns each need a value."));
        return std::nullopt;
    }
    if (headerRow) {
        bool ok = false;
        options.headerRow = headerRow->toInt(&ok) - 1;
        if (!ok || options.headerRow < 0 || options.headerRow >= XlsxWorkbook::MaxRows) {
            *code = fail(ctx, Usage, tr("--header-row takes the row's number as Excel shows it (1, 2, …)."));
            return std::nullopt;
        }
    }
    if (columns) {
        QString why;
        options.columns = ChecklistColumns::parse(*columns, &why);
        if (!options.columns) {
            *code = fail(ctx, Usage, tr("--columns %1: %2").arg(*columns, why));
            return std::nullopt;
        }
    }
    return options;
}

// What was read from an Excel checklist, on stderr.
void sayLayout(Context &ctx, const ClauseImporter::Result &r)
{
    if (r.layoutNote.isEmpty() || r.error.code == ImportError::HeaderRowPastEnd)
        return;
    const QString how = r.layoutFound ? tr("found from the header words")
        : r.layoutRemembered           ? tr("as remembered for this form")
                                       : tr("as given");
    ctx.err << tr("Checklist read from %1 (%2).").arg(r.layoutNote, how) << Qt::endl;
    if (r.layoutFound)
        ctx.err << tr("If that is wrong, give --header-row N and --columns number=B,heading=C,text=D[,scored=E].")
                << Qt::endl;
}

int parse(Context &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    int code = Ok;
    const std::optional<ChecklistSheet::Options> checklist = checklistOptions(ctx, &code);
    if (!checklist)
        return code;
    if (ctx.args.size() != 1)
        return fail(ctx, Usage, tr("usage: kansa-cli clauses parse FILE [--json] [--sheet NAME] [--header-row N] [--columns …]"));
    const ClauseImporter::Result r = ClauseImporter::readFile(ctx.args.first(), {}, *checklist);
    sayLayout(ctx, r);
    if (r.error.isError())
        return fail(ctx, BadInput, r.error.message());
    if (json)
        ctx.out << QString::fromUtf8(
            QJsonDocument(ClauseSetJson::toJson(r.document)).toJson(QJsonDocument::Indented));
    else
        printDocument(ctx.out, r.document);
    return Ok;
}

// The structure the user corrected (the JSON of `clauses parse --json`, edited), checked.
std::optional<ClauseDocument> readStructure(Context &ctx, const QString &path, int *code)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 20 * 1024 * 1024) {
        *code = fail(ctx, BadInput, tr("Cannot read the structure %1.").arg(path));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        // A JSON array or value parses without error: say what is wrong with it instead.
        const QString why = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : tr("the top level must be an object {…}");
        *code = fail(ctx, BadInput,
            tr("The structure %1 is not JSON in the shape of clauses parse --json: %2").arg(path, why));
        return std::nullopt;
    }
    QString why;
    std::optional<ClauseDocument> document = ClauseSetJson::fromJson(json.object(), &why);
    if (!document)
        *code = fail(ctx, BadInput, tr("The structure %1 was refused, nothing was stored: %2").arg(path, why));
    return document;
}

int import(Context &ctx)
{
    bool missing = false;
    const auto structurePath = ctx.takeOption(QStringLiteral("--structure"), &missing);
    int code = Ok;
    Database db; // before the options, whose layout lookup holds its connection
    std::optional<ChecklistSheet::Options> checklist = checklistOptions(ctx, &code);
    if (!checklist)
        return code;
    if (missing || ctx.args.size() != 1)
        return fail(ctx, Usage,
            tr("usage: kansa-cli clauses import FILE [--structure STRUCTURE.json]\n"
               "       kansa-cli clauses import CHECKLIST.xlsx [--sheet NAME] [--header-row N]\n"
               "                [--columns number=B,heading=C,text=D,scored=E]"));
    if (!openDatabase(ctx, db, &code))
        return code;
    checklist->remembered = ChecklistLayouts::lookup(db.connection());
    const ClauseImporter::Result r = ClauseImporter::readFile(ctx.args.first(), {}, *checklist);
    sayLayout(ctx, r);
    // A file the parser found no articles in can still come in with a structure given by hand.
    if (r.error.isError() && !(structurePath && r.error.code == ImportError::NoArticles))
        return fail(ctx, BadInput, r.error.message());
    std::optional<ClauseDocument> corrected;
    if (structurePath && !(corrected = readStructure(ctx, *structurePath, &code)))
        return code;
    if (corrected) {
        const SourceText::Check c = SourceText::check(*corrected, r.text);
        if (c.notInOrder)
            return fail(ctx, BadInput,
                tr("The structure %1 was refused, nothing was stored: its text 「%2」 is not in %3 "
                   "there (invented, given twice, or out of the document's order). A correction "
                   "rearranges the document's own text (split, merge, headings, numbers, "
                   "obligations, lines left out); it does not rewrite it.")
                    .arg(*structurePath, *c.notInOrder, r.sourceName));
        if (c.leftOutSentences > 0)
            ctx.err << tr("Note: the structure leaves out %n passage(s) of the document with a 。, "
                          "such as 「%1」.", nullptr, c.leftOutSentences)
                           .arg(c.leftOutExample)
                    << Qt::endl;
    }
    ClauseSetRepository repository(db.connection());
    // A corrected structure is a new version of the set the file parses to (if stored).
    const auto stored = repository.storeImported(
        corrected ? *corrected : r.document, r.document, r.contentHash, r.sourceName);
    if (!stored.error.isEmpty())
        return fail(
            ctx, BadInput, ImportError { ImportError::StorageFailed, stored.error }.message());
    // The layout of an Excel form is remembered for its next version.
    if (r.layout.isValid() && !r.layoutKey.isEmpty())
        ChecklistLayouts::save(db.connection(), r.layoutKey, r.layout);
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
    if (json) {
        // The parse shape, with where the version came from.
        QJsonObject o = ClauseSetJson::toJson(set->document);
        o.insert(QStringLiteral("id"), set->id);
        o.insert(QStringLiteral("source_hash"), set->sourceHash);
        o.insert(QStringLiteral("predecessor"),
            set->predecessorId ? QJsonValue(set->predecessorId) : QJsonValue(QJsonValue::Null));
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else
        printDocument(ctx.out, set->document);
    return Ok;
}

// A clause set by id, or a clause document file parsed as it would be imported.
std::optional<ClauseDocument> documentOf(Context &ctx, Database &db, const QString &arg, int *code)
{
    if (const qint64 id = parseId(arg)) {
        if (const auto set = ClauseSetRepository(db.connection()).load(id))
            return set->document;
        *code = fail(ctx, BadInput, tr("There is no clause set %1. `kansa-cli clauses list` shows the ids.").arg(id));
        return std::nullopt;
    }
    const ClauseImporter::Result r = ClauseImporter::readFile(arg);
    if (r.error.isError()) {
        *code = fail(ctx, BadInput, r.error.message());
        return std::nullopt;
    }
    return r.document;
}

QString kindLabel(ClauseDiff::Kind k)
{
    switch (k) {
    case ClauseDiff::Kind::Added: return tr("added");
    case ClauseDiff::Kind::Removed: return tr("removed");
    case ClauseDiff::Kind::Renumbered: return tr("renumbered");
    case ClauseDiff::Kind::Changed: return tr("changed");
    }
    return {};
}

int diff(Context &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (ctx.args.size() != 2)
        return fail(ctx, Usage, tr("usage: kansa-cli clauses diff OLD NEW [--json]   (clause set ids or files)"));
    Database db;
    int code = Ok;
    if (!openDatabase(ctx, db, &code))
        return code;
    const auto before = documentOf(ctx, db, ctx.args.at(0), &code);
    if (!before)
        return code;
    const auto after = documentOf(ctx, db, ctx.args.at(1), &code);
    if (!after)
        return code;
    const QList<ClauseDiff::ArticleChange> changes = ClauseDiff::compare(*before, *after);
    if (json) {
        ctx.out << QString::fromUtf8(QJsonDocument(ClauseDiff::toJson(changes)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (changes.isEmpty())
        ctx.out << tr("No differences.") << Qt::endl;
    for (const ClauseDiff::ArticleChange &c : changes) {
        const QString number = c.oldNumber.isEmpty() || c.oldNumber == c.newNumber
            ? (c.newNumber.isEmpty() ? c.oldNumber : c.newNumber)
            : c.newNumber.isEmpty() ? c.oldNumber
                                    : c.oldNumber + QStringLiteral(" → ") + c.newNumber;
        ctx.out << number << QStringLiteral("（") << c.heading << QStringLiteral("） ") << kindLabel(c.kind) << Qt::endl;
        for (const ClauseDiff::ParagraphChange &p : c.paragraphs) {
            ctx.out << QStringLiteral("  ") << tr("paragraph %1").arg(p.newOrdinal ? p.newOrdinal : p.oldOrdinal);
            if (p.kind != ClauseDiff::Kind::Changed)
                ctx.out << QStringLiteral(" ") << kindLabel(p.kind);
            if (p.obligation)
                ctx.out << QStringLiteral(" ") << (p.obligation > 0 ? tr("(obligation appeared)") : tr("(obligation disappeared)"));
            ctx.out << QStringLiteral(": ") << ClauseDiff::marked(p.segments) << Qt::endl;
        }
    }
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
    if (verb == QStringLiteral("diff"))
        return diff(ctx);
    return fail(ctx, Usage, tr("usage: kansa-cli clauses parse|import|list|show|diff …"));
}

} // namespace Kansa::Cli
