#include "history/historystate.h"

#include "audits/checkitem.h"
#include "audits/verdict.h"
#include "storage/sqlrows.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSet>

#include <algorithm>

namespace Kansa::HistoryState {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::HistoryState", text);
}

const QString kNull = QStringLiteral("<null>");

// A JSON value as the database gives it back (numbers as integers, null as null).
QString text(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return kNull;
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

const QStringList kTexts = { QStringLiteral("note"), QStringLiteral("problem"), QStringLiteral("improvement") };
const QStringList kLetter = { QStringLiteral("status"), QStringLiteral("document_number"), QStringLiteral("issued_on"),
    QStringLiteral("addressee"), QStringLiteral("honorific"), QStringLiteral("body") };
const QStringList kLetterItem = { QStringLiteral("ordinal"), QStringLiteral("severity"), QStringLiteral("clause"),
    QStringLiteral("finding"), QStringLiteral("improvement"), QStringLiteral("deadline"), QStringLiteral("included") };
const QStringList kFollowUp = { QStringLiteral("kind"), QStringLiteral("on_date"), QStringLiteral("text"), QStringLiteral("outcome") };
const QStringList kSignature = { QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("title"),
    QStringLiteral("signed_at"), QStringLiteral("content_hash") };

// What the history records, replayed.
struct Replayed
{
    bool complete = false; // it starts at the audit's creation: what it does not record is empty
    QHash<QString, QString> verdicts; // "17" (the item's ordinal) → verdict key or <null>
    QHash<QString, QStringList> texts; // "17" → note, problem, improvement
    QHash<QString, int> files; // sha256 → how many evidence rows the history names by file only (before schema 11)
    QHash<QString, QJsonObject> evidence; // uid → item, file, caption and certificate (schema 11)
    QHash<QString, QJsonObject> items; // ordinal → the check item's fields the history records
    bool itemsRecorded = false; // it recorded the check items when they were made (schema 11)
    QStringList signatures; // role, name, title, time and hash of every signature made
    QHash<QString, QString> letters; // sequence → its recorded fields (absent: removed)
    QHash<QString, QStringList> letterItems; // sequence → its items as issued (schema 11)
    QStringList followUps; // kind, date, text and outcome of every follow-up step
    QJsonObject header;
};

QString joined(const QJsonObject &o, const QStringList &keys)
{
    QStringList parts;
    for (const QString &k : keys)
        parts << text(o.value(k));
    return parts.join(u'\x1f');
}

Replayed replay(const QList<HistoryLog::StoredEntry> &entries)
{
    Replayed r;
    r.complete = !entries.isEmpty() && entries.first().entry.action == QStringLiteral("created");
    for (const HistoryLog::StoredEntry &s : entries) {
        const QString &action = s.entry.action;
        const QJsonObject c = QJsonDocument::fromJson(s.content.toUtf8()).object();
        const QString item = s.entry.entity.startsWith(QLatin1String("item:")) ? s.entry.entity.mid(5) : QString();
        if (action == QStringLiteral("verdict")) {
            r.verdicts.insert(item, text(c.value(QStringLiteral("verdict"))));
        } else if (action == QStringLiteral("note")) {
            r.texts.insert(item, { c.value(kTexts[0]).toString(), c.value(kTexts[1]).toString(), c.value(kTexts[2]).toString() });
        } else if (action == QStringLiteral("finding.cleared")) {
            r.verdicts.insert(item, kNull);
            r.texts.insert(item, { {}, {}, {} });
        } else if (action == QStringLiteral("evidence.added")) {
            if (const QString uid = c.value(QStringLiteral("uid")).toString(); !uid.isEmpty())
                r.evidence.insert(uid, c);
            else
                ++r.files[c.value(QStringLiteral("sha256")).toString()];
        } else if (action == QStringLiteral("evidence.removed")) {
            if (const QString uid = c.value(QStringLiteral("uid")).toString(); r.evidence.contains(uid))
                r.evidence.remove(uid);
            else
                --r.files[c.value(QStringLiteral("sha256")).toString()];
        } else if (action == QStringLiteral("caption")) {
            if (const QString uid = c.value(QStringLiteral("uid")).toString(); r.evidence.contains(uid))
                r.evidence.insert(uid, c);
        } else if (action == QStringLiteral("item.added")) {
            r.items.insert(item, c);
            r.itemsRecorded = true;
        } else if (action == QStringLiteral("item.edited")) {
            QJsonObject fields = r.items.value(item);
            for (auto it = c.begin(); it != c.end(); ++it)
                fields.insert(it.key(), it.value());
            r.items.insert(item, fields);
        } else if (action == QStringLiteral("signed")) {
            r.signatures << joined(c, kSignature) + QStringLiteral("\x1fstanding");
        } else if (action == QStringLiteral("reopened")) { // every standing signature is voided
            for (QString &sig : r.signatures)
                sig.replace(QStringLiteral("\x1fstanding"), QStringLiteral("\x1fvoided"));
        } else if (action == QStringLiteral("advisory.drafted") || action == QStringLiteral("advisory.issued")
            || action == QStringLiteral("advisory.edited")) {
            // A draft is letter 0 until issuing gives it its number.
            if (action == QStringLiteral("advisory.issued")) {
                r.letters.remove(QStringLiteral("0"));
                if (c.contains(QStringLiteral("items"))) {
                    QStringList issued;
                    for (const QJsonValue &i : c.value(QStringLiteral("items")).toArray())
                        issued << joined(i.toObject(), kLetterItem);
                    r.letterItems.insert(s.entry.entity.mid(9), issued);
                }
            }
            r.letters.insert(s.entry.entity.mid(9), joined(c, kLetter));
        } else if (action == QStringLiteral("advisory.removed")) {
            r.letters.remove(s.entry.entity.mid(9));
        } else if (action.startsWith(QLatin1String("followup."))) {
            r.followUps << joined(c, kFollowUp);
        } else if (action == QStringLiteral("created") || action == QStringLiteral("header.edited")) {
            for (auto it = c.begin(); it != c.end(); ++it)
                r.header.insert(it.key(), it.value());
        }
    }
    for (auto it = r.files.begin(); it != r.files.end();)
        it = it.value() == 0 ? r.files.erase(it) : std::next(it);
    return r;
}

QString verdictText(const QString &key)
{
    if (key == kNull)
        return tr("no verdict");
    const auto v = Verdicts::fromKey(key);
    return v ? Verdicts::label(*v) : key;
}

QString quotedText(const QStringList &texts)
{
    QStringList parts;
    for (const QString &t : texts)
        if (!t.isEmpty())
            parts << t;
    return parts.isEmpty() ? tr("(empty)") : QStringLiteral("「%1」").arg(parts.join(QStringLiteral(" / ")));
}

QString citation(const QJsonObject &row)
{
    return CheckItem::citationOfRow(row);
}

// A check item's field as the user knows it.
QString itemFieldLabel(const QString &column)
{
    if (column == QStringLiteral("scored"))
        return tr("whether it is checked");
    if (column == QStringLiteral("obligation"))
        return tr("obligation");
    if (column == QStringLiteral("article_number") || column == QStringLiteral("paragraph_ordinal")
        || column == QStringLiteral("item_label"))
        return tr("its number");
    return tr("its text");
}

// An audit detail's name as the user knows it.
QString detailLabel(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("contractor_name"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "contractor") },
        { QStringLiteral("contractor_address"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "contractor's address") },
        { QStringLiteral("representative"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "representative") },
        { QStringLiteral("representative_title"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "representative's title") },
        { QStringLiteral("contract_title"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "contract") },
        { QStringLiteral("contract_number"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "contract number") },
        { QStringLiteral("contract_start"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "contract start") },
        { QStringLiteral("contract_end"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "contract end") },
        { QStringLiteral("client_department"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "department in charge") },
        { QStringLiteral("work_place"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "place of work") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "type of audit") },
        { QStringLiteral("audit_date"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "audit date") },
        { QStringLiteral("lead_inspector"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "lead inspector") },
        { QStringLiteral("members"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "inspectors") },
        { QStringLiteral("attendees"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "contractor's attendees") },
        { QStringLiteral("archived"), QT_TRANSLATE_NOOP("Kansa::HistoryState", "archived") },
    };
    const auto it = labels.constFind(column);
    return it == labels.constEnd() ? tr("responsibility structure")
                                   : QCoreApplication::translate("Kansa::HistoryState", *it);
}

} // namespace

QJsonObject rows(QSqlDatabase db, qint64 auditId)
{
    return {
        { QStringLiteral("audits"), SqlRows::read(db, QStringLiteral("SELECT * FROM audits WHERE id = ?"), { auditId }) },
        { QStringLiteral("check_items"),
            SqlRows::read(db, QStringLiteral("SELECT id, ordinal, article_number, paragraph_ordinal, item_label, paragraph_text, "
                                      "item_text, obligation, scored FROM check_items WHERE audit_id = ? ORDER BY ordinal"), { auditId }) },
        { QStringLiteral("findings"),
            SqlRows::read(db, QStringLiteral("SELECT check_item_id, verdict, note, problem, improvement FROM findings WHERE audit_id = ?"), { auditId }) },
        { QStringLiteral("evidence"),
            SqlRows::read(db, QStringLiteral("SELECT * FROM evidence WHERE audit_id = ?"), { auditId }) },
        { QStringLiteral("signatures"),
            SqlRows::read(db, QStringLiteral("SELECT role, name, title, signed_at, content_hash, voided_at FROM signatures WHERE audit_id = ?"), { auditId }) },
        { QStringLiteral("advisories"),
            SqlRows::read(db, QStringLiteral("SELECT id, sequence, status, document_number, issued_on, addressee, honorific, body "
                                      "FROM advisories WHERE audit_id = ?"), { auditId }) },
        { QStringLiteral("advisory_items"),
            SqlRows::read(db, QStringLiteral("SELECT i.advisory_id, i.ordinal, i.severity, i.clause, i.finding, i.improvement, i.deadline, "
                                      "i.included FROM advisory_items i JOIN advisories a ON a.id = i.advisory_id WHERE a.audit_id = ?"), { auditId }) },
        { QStringLiteral("followup_events"),
            SqlRows::read(db, QStringLiteral("SELECT e.kind, e.on_date, e.text, e.outcome FROM followup_events e JOIN advisory_items i "
                                      "ON i.id = e.advisory_item_id JOIN advisories a ON a.id = i.advisory_id WHERE a.audit_id = ?"), { auditId }) },
    };
}

QString differences(const QJsonObject &tables, const QList<HistoryLog::StoredEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    const Replayed history = replay(entries);
    QHash<qint64, QJsonObject> findings; // check item id → its finding
    for (const QJsonValue &v : tables.value(QStringLiteral("findings")).toArray())
        findings.insert(qint64(v.toObject().value(QStringLiteral("check_item_id")).toDouble()), v.toObject());
    QStringList found; // every check item that differs, not only the first
    QList<QJsonObject> items;
    for (const QJsonValue &v : tables.value(QStringLiteral("check_items")).toArray())
        items << v.toObject();
    std::sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("ordinal")).toDouble() < b.value(QStringLiteral("ordinal")).toDouble();
    });
    QSet<qint64> itemIds;
    QHash<qint64, QString> ordinals; // check item id → its number
    QSet<QString> itemsSeen;
    for (const QJsonObject &row : items) {
        const qint64 id = qint64(row.value(QStringLiteral("id")).toDouble());
        itemIds.insert(id);
        const QString item = text(row.value(QStringLiteral("ordinal")));
        ordinals.insert(id, item);
        itemsSeen.insert(item);
        // The check item itself, where the history recorded it (made, or changed since).
        if (history.items.contains(item)) {
            const QJsonObject recorded = history.items.value(item);
            for (auto it = recorded.begin(); it != recorded.end(); ++it)
                if (text(it.value()) != text(row.value(it.key()))) {
                    found << tr("check item %1 (%2): the history records %3, the data says %4")
                                 .arg(citation(row), itemFieldLabel(it.key()), quotedText({ text(it.value()) }),
                                     quotedText({ text(row.value(it.key())) }));
                    break;
                }
        } else if (history.itemsRecorded) {
            found << tr("check item %1 is not in the history").arg(citation(row));
        }
        const QJsonObject f = findings.value(id);
        const QString verdict = text(f.value(QStringLiteral("verdict")));
        const QString recorded = history.verdicts.value(item, kNull);
        if ((history.verdicts.contains(item) || history.complete) && recorded != verdict)
            found << tr("the verdict of %1: the history records %2, the data says %3")
                         .arg(citation(row), verdictText(recorded), verdictText(verdict));
        const QStringList now { f.value(kTexts[0]).toString(), f.value(kTexts[1]).toString(), f.value(kTexts[2]).toString() };
        const QStringList written = history.texts.value(item, { {}, {}, {} });
        if ((history.texts.contains(item) || history.complete) && written != now)
            found << tr("the finding's text of %1: the history records %2, the data says %3")
                         .arg(citation(row), quotedText(written), quotedText(now));
    }
    for (auto it = findings.cbegin(); it != findings.cend(); ++it)
        if (!itemIds.contains(it.key()))
            found << tr("a finding belongs to no check item of the audit");
    for (auto it = history.items.cbegin(); history.itemsRecorded && it != history.items.cend(); ++it)
        if (!itemsSeen.contains(it.key()))
            found << tr("check item %1 recorded by the history is not in the data").arg(it.key());
    // Evidence the history names by its uid: each row as recorded (file, check item, caption).
    static const QStringList kEvidence = { QStringLiteral("sha256"), QStringLiteral("kind"), QStringLiteral("original_name"), QStringLiteral("caption"),
        QStringLiteral("cert_issuer"), QStringLiteral("cert_number"), QStringLiteral("cert_scope"),
        QStringLiteral("cert_valid_until") };
    QList<QJsonObject> unnamed; // rows the history names by file only
    QSet<QString> uidsSeen;
    for (const QJsonValue &v : tables.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject row = v.toObject();
        const QString uid = row.value(QStringLiteral("uid")).toString();
        if (uid.isEmpty() || !history.evidence.contains(uid)) {
            unnamed << row;
            continue;
        }
        uidsSeen.insert(uid);
        const QJsonObject recorded = history.evidence.value(uid);
        QString name = row.value(QStringLiteral("original_name")).toString();
        if (name.isEmpty())
            name = row.value(QStringLiteral("caption")).toString();
        if (joined(recorded, kEvidence) != joined(row, kEvidence))
            found << tr("the evidence %1: not what the history records (file, caption or certificate)").arg(name);
        else if (text(recorded.value(QStringLiteral("item"))) != ordinals.value(qint64(row.value(QStringLiteral("check_item_id")).toDouble()), kNull))
            found << tr("the evidence %1: under another check item than the history records").arg(name);
    }
    for (auto it = history.evidence.cbegin(); it != history.evidence.cend(); ++it)
        if (!uidsSeen.contains(it.key()))
            found << tr("the evidence %1 recorded by the history is not in the data")
                         .arg(it.value().value(QStringLiteral("original_name")).toString().isEmpty()
                                 ? it.value().value(QStringLiteral("caption")).toString()
                                 : it.value().value(QStringLiteral("original_name")).toString());
    if (history.complete) {
        QHash<QString, int> stored;
        for (const QJsonObject &row : std::as_const(unnamed))
            ++stored[row.value(QStringLiteral("sha256")).toString()];
        if (stored != history.files) {
            int onlyData = 0, onlyHistory = 0;
            for (auto it = stored.cbegin(); it != stored.cend(); ++it)
                onlyData += std::max(0, it.value() - history.files.value(it.key()));
            for (auto it = history.files.cbegin(); it != history.files.cend(); ++it)
                onlyHistory += std::max(0, it.value() - stored.value(it.key()));
            found << tr("the evidence files: %1 in the data that the history does not record, %2 recorded that "
                        "are not in the data")
                         .arg(onlyData)
                         .arg(onlyHistory);
        }
        QStringList signatures;
        for (const QJsonValue &v : tables.value(QStringLiteral("signatures")).toArray())
            signatures << joined(v.toObject(), kSignature)
                    + (v.toObject().value(QStringLiteral("voided_at")).toString().isEmpty() ? QStringLiteral("\x1fstanding")
                                                                                             : QStringLiteral("\x1fvoided"));
        QStringList recorded = history.signatures;
        signatures.sort();
        recorded.sort();
        if (signatures != recorded)
            found << tr("the signatures: %1 in the data, %2 recorded by the history")
                         .arg(signatures.size())
                         .arg(recorded.size());
        // Letters by their number within the audit, follow-up steps as a whole.
        QHash<QString, QString> letters;
        for (const QJsonValue &v : tables.value(QStringLiteral("advisories")).toArray())
            letters.insert(text(v.toObject().value(QStringLiteral("sequence"))), joined(v.toObject(), kLetter));
        if (letters != history.letters)
            found << tr("the improvement recommendation letters");
        // An issued letter's items, as they were issued.
        QHash<qint64, QString> sequenceOf;
        for (const QJsonValue &v : tables.value(QStringLiteral("advisories")).toArray())
            sequenceOf.insert(qint64(v.toObject().value(QStringLiteral("id")).toDouble()), text(v.toObject().value(QStringLiteral("sequence"))));
        QHash<QString, QList<QJsonObject>> itemsOf;
        for (const QJsonValue &v : tables.value(QStringLiteral("advisory_items")).toArray())
            itemsOf[sequenceOf.value(qint64(v.toObject().value(QStringLiteral("advisory_id")).toDouble()))] << v.toObject();
        for (auto it = history.letterItems.cbegin(); it != history.letterItems.cend(); ++it) {
            QList<QJsonObject> rows = itemsOf.value(it.key());
            std::sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(QStringLiteral("ordinal")).toDouble() < b.value(QStringLiteral("ordinal")).toDouble();
            });
            QStringList now;
            for (const QJsonObject &row : std::as_const(rows))
                now << joined(row, kLetterItem);
            if (now != it.value())
                found << tr("the items of letter %1 as issued").arg(it.key());
        }
        QStringList steps, recordedSteps = history.followUps;
        for (const QJsonValue &v : tables.value(QStringLiteral("followup_events")).toArray())
            steps << joined(v.toObject(), kFollowUp);
        steps.sort();
        recordedSteps.sort();
        if (steps != recordedSteps)
            found << tr("the follow-up steps: %1 in the data, %2 recorded by the history").arg(steps.size()).arg(recordedSteps.size());
    }
    const QJsonObject audit = tables.value(QStringLiteral("audits")).toArray().first().toObject();
    for (auto it = history.header.begin(); it != history.header.end(); ++it) {
        // Ids are each database's own (a clause set, a predecessor): not compared.
        if (!audit.contains(it.key()) || it.key().endsWith(QLatin1String("_id"))
            || it.key() == QStringLiteral("clause_set_title"))
            continue;
        if (text(it.value()) != text(audit.value(it.key())))
            found << tr("the audit's details (%1): the history records %2, the data says %3")
                         .arg(detailLabel(it.key()), quotedText({ text(it.value()) }), quotedText({ text(audit.value(it.key())) }));
    }
    return found.join(tr("; "));
}

QString differences(QSqlDatabase db, qint64 auditId, const QList<HistoryLog::StoredEntry> &entries)
{
    return entries.isEmpty() ? QString() : differences(rows(db, auditId), entries);
}

} // namespace Kansa::HistoryState
