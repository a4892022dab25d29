#include "package/auditrecord.h"
#include "package/recordcomparison.h"

#include "audits/auditrepository.h"
#include "audits/findingrepository.h"
#include "clauses/clausesetjson.h"
#include "clauses/clausesetrepository.h"
#include "evidence/evidencerepository.h"
#include "history/historylog.h"
#include "search/searchindex.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlrows.h"

#include <QCoreApplication>
#include <QHash>

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Kansa::AuditRecord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::AuditRecord", text);
}

// The audit's tables in the order they are inserted, with the rows that belong to the audit
// (? is its id), the column that is the row's own id (empty: none of its own) and the columns
// that refer to other rows of the record.
struct Ref
{
    const char *column;
    const char *table;
};
struct Table
{
    const char *name;
    const char *rows;
    const char *key;
    QList<Ref> refs;
};

const QList<Table> &tables()
{
    static const QList<Table> all = {
        { "audits", "id = ?", "id", {} },
        { "check_items", "audit_id = ?", "id", { { "audit_id", "audits" } } },
        { "findings", "audit_id = ?", "", { { "check_item_id", "check_items" }, { "audit_id", "audits" } } },
        { "evidence", "audit_id = ?", "id", { { "audit_id", "audits" }, { "check_item_id", "check_items" } } },
        { "advisories", "audit_id = ?", "id", { { "audit_id", "audits" }, { "corrects_id", "advisories" } } },
        { "advisory_items", "advisory_id IN (SELECT id FROM advisories WHERE audit_id = ?)", "id",
            { { "advisory_id", "advisories" }, { "check_item_id", "check_items" },
                { "replaces_item_id", "advisory_items" } } },
        { "followup_events",
            "advisory_item_id IN (SELECT i.id FROM advisory_items i JOIN advisories a ON a.id = i.advisory_id "
            "WHERE a.audit_id = ?)",
            "id", { { "advisory_item_id", "advisory_items" } } },
        { "followup_attachments",
            "event_id IN (SELECT e.id FROM followup_events e JOIN advisory_items i ON i.id = e.advisory_item_id "
            "JOIN advisories a ON a.id = i.advisory_id WHERE a.audit_id = ?)",
            "id", { { "event_id", "followup_events" } } },
        { "signatures", "audit_id = ?", "id", { { "audit_id", "audits" } } },
        { "audit_events", "audit_id = ?", "id", { { "audit_id", "audits" } } },
        { "history_entries", "audit_id = ?", "id", { { "audit_id", "audits" } } },
    };
    return all;
}

QVariant fromJson(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isObject())
        return QByteArray::fromBase64(v.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toString();
}

QSet<QString> columnsOf(QSqlDatabase db, const QString &table)
{
    QSet<QString> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        while (q.next())
            out.insert(q.value(1).toString());
    return out;
}

// The clause set the audit's items were taken from: found by content, else stored.
qint64 clauseSetFor(QSqlDatabase db, const QJsonObject &set, QString *error)
{
    const QString hash = set.value(QStringLiteral("content_hash")).toString();
    ClauseSetRepository repo(db);
    if (const auto existing = repo.findByHash(hash))
        return *existing;
    const auto document = ClauseSetJson::fromJson(set.value(QStringLiteral("document")).toObject(), error);
    if (!document || hash.isEmpty()) {
        if (error)
            *error = tr("The package's clause set cannot be read.");
        return 0;
    }
    const auto stored = repo.store(*document, hash, set.value(QStringLiteral("source_name")).toString());
    if (!stored.id && error)
        *error = stored.error;
    return stored.id;
}

bool reindex(QSqlDatabase db, qint64 auditId, QString *error)
{
    AuditRepository audits(db);
    const auto audit = audits.load(auditId);
    if (!audit || !audits.indexAudit(*audit, error))
        return false;
    FindingRepository findings(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT check_item_id FROM findings WHERE audit_id = ?"));
    q.addBindValue(auditId);
    QList<qint64> items;
    if (q.exec())
        while (q.next())
            items << q.value(0).toLongLong();
    for (qint64 item : items)
        if (!findings.reindex(auditId, item, error))
            return false;
    q.prepare(QStringLiteral("SELECT id FROM evidence WHERE audit_id = ?"));
    q.addBindValue(auditId);
    QList<qint64> evidence;
    if (q.exec())
        while (q.next())
            evidence << q.value(0).toLongLong();
    for (qint64 e : evidence)
        if (!EvidenceRepository::reindex(db, e, error))
            return false;
    q.prepare(QStringLiteral("SELECT e.id, e.text FROM followup_events e JOIN advisory_items i ON i.id = "
                             "e.advisory_item_id JOIN advisories a ON a.id = i.advisory_id WHERE a.audit_id = ?"));
    q.addBindValue(auditId);
    QList<QPair<qint64, QString>> texts;
    if (q.exec())
        while (q.next())
            texts.append({ q.value(0).toLongLong(), q.value(1).toString() });
    SearchIndex index(db);
    for (const auto &[id, text] : texts)
        if (!index.put(SearchIndex::Source::FollowUp, id, auditId, text, error))
            return false;
    return true;
}

} // namespace

QJsonObject read(QSqlDatabase db, qint64 auditId, QString *error)
{
    HistoryLog::seal(db, error);
    QJsonObject tablesJson;
    for (const Table &t : tables()) {
        QString why;
        const QJsonArray rows = SqlRows::read(db,
            QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY rowid").arg(QLatin1String(t.name), QLatin1String(t.rows)),
            { auditId }, &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return {};
        }
        tablesJson.insert(QLatin1String(t.name), rows);
    }
    const QJsonArray audit = tablesJson.value(QStringLiteral("audits")).toArray();
    if (audit.isEmpty())
        return {};
    const QJsonObject row = audit.first().toObject();
    QJsonObject record {
        { QStringLiteral("version"), Version },
        { QStringLiteral("uid"), row.value(QStringLiteral("uid")) },
        { QStringLiteral("tables"), tablesJson },
    };
    const QString origin = HistoryLog::auditOrigin(db, auditId);
    record.insert(QStringLiteral("checkpoints"),
        SqlRows::read(db, QStringLiteral("SELECT origin, sequence, head_hash, at, public_key, signature, reason "
                                  "FROM checkpoints WHERE origin = ? ORDER BY id"),
            { origin }, error));
    record.insert(QStringLiteral("blobs"),
        SqlRows::read(db, QStringLiteral("SELECT sha256, size, media_type, width, height FROM blobs WHERE sha256 IN "
                                  "(SELECT sha256 FROM evidence WHERE audit_id = ? UNION SELECT f.sha256 FROM "
                                  "followup_attachments f JOIN followup_events e ON e.id = f.event_id JOIN "
                                  "advisory_items i ON i.id = e.advisory_item_id JOIN advisories a ON a.id = "
                                  "i.advisory_id WHERE a.audit_id = ?) ORDER BY sha256"),
            { auditId, auditId }, error));
    if (const qint64 predecessor = qint64(row.value(QStringLiteral("predecessor_id")).toDouble())) {
        const QString p = HistoryLog::auditOrigin(db, predecessor);
        if (!p.isEmpty())
            record.insert(QStringLiteral("predecessor_uid"), p.mid(6));
    }
    if (const auto set = ClauseSetRepository(db).load(qint64(row.value(QStringLiteral("clause_set_id")).toDouble())))
        record.insert(QStringLiteral("clause_set"),
            QJsonObject { { QStringLiteral("content_hash"), set->contentHash },
                { QStringLiteral("source_name"), set->sourceName },
                { QStringLiteral("document"), ClauseSetJson::toJson(set->document) } });
    return record;
}

QString uid(const QJsonObject &record)
{
    return record.value(QStringLiteral("uid")).toString();
}

QSet<QString> blobs(const QJsonObject &record)
{
    QSet<QString> out;
    const QJsonObject t = record.value(QStringLiteral("tables")).toObject();
    for (const char *table : { "evidence", "followup_attachments" })
        for (const QJsonValue &row : t.value(QLatin1String(table)).toArray())
            if (const QString sha = row.toObject().value(QStringLiteral("sha256")).toString(); !sha.isEmpty())
                out.insert(sha);
    return out;
}

namespace {

// A row's identity that is the same in both versions of an audit: a check item by its number,
// evidence by its uid, a letter by its number within the audit, a letter's item by both.
QString naturalKey(const QString &table, const QJsonObject &row, const QHash<qint64, qint64> &letterSequences)
{
    const auto number = [&row](const char *column) { return QString::number(qint64(row.value(QLatin1String(column)).toDouble())); };
    if (table == QStringLiteral("check_items"))
        return table + u':' + number("ordinal");
    if (table == QStringLiteral("evidence") && !row.value(QStringLiteral("uid")).toString().isEmpty())
        return table + u':' + row.value(QStringLiteral("uid")).toString();
    if (table == QStringLiteral("advisories"))
        return table + u':' + number("sequence");
    if (table == QStringLiteral("advisory_items")) {
        const qint64 letter = qint64(row.value(QStringLiteral("advisory_id")).toDouble());
        if (letterSequences.contains(letter))
            return table + u':' + QString::number(letterSequences.value(letter)) + u'/' + number("ordinal");
    }
    return {};
}

QHash<qint64, qint64> letterSequences(const QJsonArray &advisories)
{
    QHash<qint64, qint64> out;
    for (const QJsonValue &v : advisories)
        out.insert(qint64(v.toObject().value(QStringLiteral("id")).toDouble()), qint64(v.toObject().value(QStringLiteral("sequence")).toDouble()));
    return out;
}

} // namespace

QHash<QString, qint64> idsOf(const QJsonObject &record)
{
    const QJsonObject tablesJson = record.value(QStringLiteral("tables")).toObject();
    const QHash<qint64, qint64> sequences = letterSequences(tablesJson.value(QStringLiteral("advisories")).toArray());
    QHash<QString, qint64> out;
    for (const char *table : { "check_items", "evidence", "advisories", "advisory_items" })
        for (const QJsonValue &v : tablesJson.value(QLatin1String(table)).toArray())
            if (const QString key = naturalKey(QLatin1String(table), v.toObject(), sequences); !key.isEmpty())
                out.insert(key, qint64(v.toObject().value(QStringLiteral("id")).toDouble()));
    return out;
}

qint64 insert(QSqlDatabase db, const QJsonObject &record, const QString &newUid, QString *error, qint64 into,
    const QHash<QString, qint64> &keepIds)
{
    const QJsonObject tablesJson = record.value(QStringLiteral("tables")).toObject();
    const qint64 clauseSet = clauseSetFor(db, record.value(QStringLiteral("clause_set")).toObject(), error);
    if (!clauseSet)
        return 0;
    qint64 predecessor = 0;
    if (const QString p = record.value(QStringLiteral("predecessor_uid")).toString(); !p.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM audits WHERE uid = ?"));
        q.addBindValue(p);
        if (q.exec() && q.next())
            predecessor = q.value(0).toLongLong();
    }
    QHash<QString, QHash<qint64, qint64>> ids; // table → old id → new id
    QList<qint64> letters; // advisories inserted as drafts, with their real status
    QStringList statuses;
    qint64 auditId = 0;
    const QHash<qint64, qint64> sequences = letterSequences(tablesJson.value(QStringLiteral("advisories")).toArray());
    for (const Table &t : tables()) {
        const QString name = QLatin1String(t.name);
        if (!newUid.isEmpty() && name == QStringLiteral("history_entries"))
            continue; // a copy starts its own history
        const QSet<QString> local = columnsOf(db, name);
        for (const QJsonValue &value : tablesJson.value(name).toArray()) {
            const QJsonObject row = value.toObject();
            QStringList columns;
            QVariantList values;
            // A row that was here before (an update, a replacement) keeps the id users and
            // scripts hold.
            if (const QString key = naturalKey(name, row, sequences); !key.isEmpty() && keepIds.contains(key)) {
                columns << QStringLiteral("id");
                values << keepIds.value(key);
            }
            for (auto it = row.begin(); it != row.end(); ++it) {
                const QString column = it.key();
                if (!local.contains(column) || column == QLatin1String(t.key))
                    continue;
                QVariant v = fromJson(it.value());
                for (const Ref &r : t.refs)
                    if (column == QLatin1String(r.column) && !v.isNull()) {
                        const auto &map = ids[QLatin1String(r.table)];
                        const auto found = map.constFind(v.toLongLong());
                        if (found == map.constEnd()) {
                            if (error)
                                *error = tr("The package is inconsistent: %1 refers to a row it does not hold.").arg(name);
                            return 0;
                        }
                        v = *found;
                    }
                if (name == QStringLiteral("audits")) {
                    if (column == QStringLiteral("clause_set_id"))
                        v = clauseSet;
                    else if (column == QStringLiteral("predecessor_id"))
                        v = predecessor ? QVariant(predecessor) : QVariant();
                    else if (column == QStringLiteral("uid") && !newUid.isEmpty())
                        v = newUid;
                }
                if (name == QStringLiteral("advisories") && column == QStringLiteral("status")) {
                    statuses << v.toString();
                    v = QStringLiteral("draft"); // items go into a draft; the status is set after
                }
                columns << column;
                values << v;
            }
            QSqlQuery q(db);
            const bool inPlace = into && name == QStringLiteral("audits");
            if (inPlace) // the audit keeps its id (and its keys); its row takes the record's values
                q.prepare(QStringLiteral("UPDATE audits SET %1 = ? WHERE id = ?").arg(columns.join(QStringLiteral(" = ?, "))));
            else
                q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(name, columns.join(u','), QStringLiteral("?,").repeated(columns.size()).chopped(1)));
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (inPlace)
                q.addBindValue(into);
            if (!q.exec()) {
                if (error)
                    *error = q.lastError().text();
                return 0;
            }
            const qint64 newId = inPlace ? into : q.lastInsertId().toLongLong();
            if (*t.key)
                ids[name].insert(qint64(row.value(QLatin1String(t.key)).toDouble()), newId);
            if (name == QStringLiteral("audits"))
                auditId = newId;
            if (name == QStringLiteral("advisories"))
                letters << q.lastInsertId().toLongLong();
        }
        if (name == QStringLiteral("followup_attachments")) { // every letter's items are in
            for (qsizetype i = 0; i < letters.size(); ++i) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE advisories SET status = ? WHERE id = ?"));
                q.addBindValue(statuses.at(i));
                q.addBindValue(letters.at(i));
                if (!q.exec()) {
                    if (error)
                        *error = q.lastError().text();
                    return 0;
                }
            }
        }
    }
    if (!auditId) {
        if (error)
            *error = tr("The package holds no audit.");
        return 0;
    }
    QSqlQuery q(db);
    // The rows just written queued history entries of their own; the record's history is the
    // audit's (a copy's starts with where it came from).
    q.prepare(QStringLiteral("DELETE FROM history_pending WHERE audit_id = ?"));
    q.addBindValue(auditId);
    if (!q.exec())
        return Sql::fail(q, error), 0;
    if (newUid.isEmpty()) {
        const QJsonArray rows = record.value(QStringLiteral("checkpoints")).toArray();
        const QList<Checkpoint> received = HistoryLog::checkpointsFromRows(rows);
        for (qsizetype i = 0; i < received.size(); ++i)
            if (!HistoryLog::storeCheckpoint(db, received.at(i),
                    rows.at(i).toObject().value(QStringLiteral("reason")).toString(), error))
                return 0;
    } else {
        // A copy's history starts afresh (its identity is new) and keeps the one it came with,
        // whole, in its first entry.
        const QJsonArray entries = record.value(QStringLiteral("tables")).toObject().value(QStringLiteral("history_entries")).toArray();
        const QJsonValue head = entries.isEmpty() ? QJsonValue() : entries.last().toObject().value(QStringLiteral("hash"));
        if (!HistoryLog::record(db, auditId, QStringLiteral("copied"), QStringLiteral("audit"),
                { { QStringLiteral("copy_of"), uid(record) },
                    { QStringLiteral("head"), QString::fromLatin1(fromJson(head).toByteArray().toHex()) },
                    { QStringLiteral("inherited"), entries },
                    { QStringLiteral("checkpoints"), record.value(QStringLiteral("checkpoints")) } },
                error))
            return 0;
    }
    return reindex(db, auditId, error) ? auditId : 0;
}

QStringList differences(const QJsonObject &ours, const QJsonObject &theirs)
{
    // Ids and times of writing differ between installations; the content is the rest.
    static const QSet<QString> ignored = { QStringLiteral("id"), QStringLiteral("audit_id"),
        QStringLiteral("check_item_id"), QStringLiteral("advisory_id"), QStringLiteral("advisory_item_id"),
        QStringLiteral("event_id"), QStringLiteral("corrects_id"), QStringLiteral("replaces_item_id"),
        QStringLiteral("clause_set_id"), QStringLiteral("predecessor_id"), QStringLiteral("updated_at") };
    auto strip = [](const QJsonArray &rows) {
        QList<QJsonObject> out;
        for (const QJsonValue &v : rows) {
            QJsonObject o = v.toObject();
            for (const QString &k : ignored)
                o.remove(k);
            out << o;
        }
        return out;
    };
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("audits"), QT_TRANSLATE_NOOP("Kansa::AuditRecord", "the audit's details") },
        { QStringLiteral("check_items"), QT_TRANSLATE_NOOP("Kansa::AuditRecord", "check items") },
        { QStringLiteral("findings"), QT_TRANSLATE_NOOP("Kansa::AuditRecord", "verdicts and findings") },
        { QStringLiteral("evidence"), QT_TRANSLATE_NOOP("Kansa::AuditRecord", "evidence") },
        { QStringLiteral("advisories"), QT_TRANSLATE_NOOP("Kansa::AuditRecord", "letters") },
        { QStringLiteral("advisory_items"), QT_TRANSLATE_NOOP("Kansa::AuditRecord", "letter items") },
        { QStringLiteral("followup_events"), QT_TRANSLATE_NOOP("Kansa::AuditRecord", "follow-up steps") },
        { QStringLiteral("followup_attachments"), QT_TRANSLATE_NOOP("Kansa::AuditRecord", "follow-up files") },
        { QStringLiteral("signatures"), QT_TRANSLATE_NOOP("Kansa::AuditRecord", "signatures") },
        { QStringLiteral("audit_events"), QT_TRANSLATE_NOOP("Kansa::AuditRecord", "sign-off events") },
        { QStringLiteral("history_entries"), QT_TRANSLATE_NOOP("Kansa::AuditRecord", "history entries") },
    };
    // Verdicts, finding texts and evidence item by item, with both values; the other tables
    // as counts.
    QStringList lines;
    for (const RecordComparison::Change &c : RecordComparison::changes(ours, theirs))
        lines << RecordComparison::line(c);
    const QJsonObject a = ours.value(QStringLiteral("tables")).toObject();
    const QJsonObject b = theirs.value(QStringLiteral("tables")).toObject();
    for (const Table &t : tables()) {
        const QString name = QLatin1String(t.name);
        // The histories are compared by what they record below; rows of the history differ by
        // the transfers each side made, which is no difference of content.
        if (name == QStringLiteral("findings") || name == QStringLiteral("evidence") || name == QStringLiteral("history_entries"))
            continue;
        const QList<QJsonObject> x = strip(a.value(name).toArray()), y = strip(b.value(name).toArray());
        int onlyOurs = 0, onlyTheirs = 0;
        for (const QJsonObject &row : x)
            onlyOurs += y.contains(row) ? 0 : 1;
        for (const QJsonObject &row : y)
            onlyTheirs += x.contains(row) ? 0 : 1;
        if (!onlyOurs && !onlyTheirs)
            continue;
        lines << QCoreApplication::translate("Kansa::AuditRecord", "%1: %2 here and %3 in the package are not the same")
                     .arg(QCoreApplication::translate("Kansa::AuditRecord", labels.value(name)))
                     .arg(onlyOurs)
                     .arg(onlyTheirs);
    }
    // Changes (not transfers) only one side's history holds: the same count however often the
    // package comes or the conflict is listed.
    const auto changes = [](const QJsonObject &tablesOf) {
        QSet<QString> hashes;
        for (const QJsonValue &v : tablesOf.value(QStringLiteral("history_entries")).toArray())
            if (!HistoryLog::isTransfer(v.toObject().value(QStringLiteral("action")).toString()))
                hashes.insert(v.toObject().value(QStringLiteral("hash")).toObject().value(QStringLiteral("base64")).toString());
        return hashes;
    };
    const QSet<QString> ha = changes(a), hb = changes(b);
    const qsizetype onlyHere = (ha - hb).size(), onlyThere = (hb - ha).size();
    if (onlyHere || onlyThere)
        lines << QCoreApplication::translate("Kansa::AuditRecord", "history: %1 changes recorded only here, %2 only in the package")
                     .arg(onlyHere)
                     .arg(onlyThere);
    return lines;
}

} // namespace Kansa::AuditRecord
