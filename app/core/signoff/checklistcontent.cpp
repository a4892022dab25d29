#include "signoff/checklistcontent.h"
#include "evidence/evidencefile.h"

#include "audits/auditrepository.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencestore.h"
#include "audits/findingrepository.h"
#include "crypto/sha256.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

namespace Kansa::ChecklistContent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kansa::ChecklistContent", text);
}

QJsonObject evidenceJson(const Evidence &e)
{
    QJsonObject o { { QStringLiteral("kind"), EvidenceKinds::key(e.kind) },
        { QStringLiteral("sha256"), e.sha256 }, { QStringLiteral("caption"), e.caption },
        { QStringLiteral("file"), e.originalName } };
    // Only where something is drawn: content signed before markup existed hashes as it did.
    if (!e.markup.isEmpty())
        o.insert(QStringLiteral("markup"), e.markup);
    if (e.kind == EvidenceKind::Certificate)
        o.insert(QStringLiteral("certificate"),
            QJsonObject { { QStringLiteral("issuer"), e.certificate.issuer },
                { QStringLiteral("number"), e.certificate.number },
                { QStringLiteral("scope"), e.certificate.scope },
                { QStringLiteral("valid_until"), Sql::date(e.certificate.validUntil) } });
    return o;
}

// Form 1 stored the reference as the UI rendered it; these are the two renderings Kansa
// shipped (English and Japanese), frozen here so that old signatures verify in any language.
QString referenceV1(const CheckItem &c, bool japanese)
{
    QString ref = c.articleNumber;
    if (c.paragraphOrdinal > 1)
        ref += japanese ? QStringLiteral("第%1項").arg(c.paragraphOrdinal)
                        : QStringLiteral(" paragraph %1").arg(c.paragraphOrdinal);
    if (!c.itemLabel.isEmpty())
        ref += QLatin1Char(' ') + c.itemLabel;
    return ref;
}

// How a change is named to the user: in their language, from form 2's neutral fields, or the
// reference form 1 stored.
QString referenceOf(const QJsonObject &item)
{
    if (item.contains(QStringLiteral("reference")))
        return item.value(QStringLiteral("reference")).toString();
    CheckItem c;
    c.articleNumber = item.value(QStringLiteral("article")).toString();
    c.paragraphOrdinal = item.value(QStringLiteral("paragraph")).toInt();
    c.itemLabel = item.value(QStringLiteral("item")).toString();
    return c.reference();
}

QJsonObject buildForm(QSqlDatabase db, EvidenceStore &store, qint64 auditId, Form form,
    bool japaneseV1References)
{
    AuditRepository audits(db);
    const std::optional<Audit> audit = audits.load(auditId);
    if (!audit)
        return {};
    const Audit &a = *audit;
    const QHash<qint64, Finding> findings = FindingRepository(db).forAudit(auditId);
    QHash<qint64, QJsonArray> evidence;
    for (const Evidence &e : EvidenceRepository(db, store).forAudit(auditId))
        evidence[e.checkItemId].append(evidenceJson(e));

    QJsonArray items;
    for (const CheckItem &c : audits.checkItems(auditId)) {
        const Finding f = findings.value(c.id);
        QJsonObject item {
            { QStringLiteral("ordinal"), c.ordinal },
            { QStringLiteral("text"), c.text() },
            { QStringLiteral("scored"), c.scored },
            { QStringLiteral("verdict"),
                f.verdict == Verdict::Unchecked ? QString() : Verdicts::key(f.verdict) },
            { QStringLiteral("note"), f.note },
            { QStringLiteral("problem"), f.problem },
            { QStringLiteral("improvement"), f.improvement },
            { QStringLiteral("evidence"), evidence.value(c.id) },
        };
        if (form == Form::V1) {
            item.insert(QStringLiteral("reference"), referenceV1(c, japaneseV1References));
        } else {
            item.insert(QStringLiteral("article"), c.articleNumber);
            item.insert(QStringLiteral("paragraph"), c.paragraphOrdinal);
            item.insert(QStringLiteral("item"), c.itemLabel);
        }
        items.append(item);
    }
    return QJsonObject {
        { QStringLiteral("format"),
            form == Form::V1 ? QStringLiteral("kansa-checklist/1")
                             : QStringLiteral("kansa-checklist/2") },
        { QStringLiteral("audit"), a.id },
        { QStringLiteral("header"),
            QJsonObject {
                { QStringLiteral("clause_set"), a.clauseSetTitle },
                { QStringLiteral("contractor"), a.contractor.name },
                { QStringLiteral("representative"), a.contractor.representative },
                { QStringLiteral("contract"), a.contract.title },
                { QStringLiteral("kind"), AuditKinds::key(a.kind) },
                { QStringLiteral("date"), Sql::date(a.date) },
                { QStringLiteral("work_place"), a.workPlace },
                { QStringLiteral("lead_inspector"), a.leadInspector },
                { QStringLiteral("members"), QJsonArray::fromStringList(a.members) },
                { QStringLiteral("attendees"), QJsonArray::fromStringList(a.attendees) },
            } },
        { QStringLiteral("items"), items },
    };
}

QString verdictLabel(const QJsonValue &v)
{
    return v.toString().isEmpty() ? Verdicts::label(Verdict::Unchecked)
                                  : Verdicts::label(Verdicts::fromKey(v.toString()).value_or(Verdict::Unchecked));
}

QString describeEvidence(const QJsonObject &e)
{
    const QString caption = e.value(QStringLiteral("caption")).toString();
    const QString file = e.value(QStringLiteral("file")).toString();
    return caption.isEmpty() ? file : caption;
}

} // namespace

QJsonObject build(QSqlDatabase db, EvidenceStore &store, qint64 auditId, Form form)
{
    return buildForm(db, store, auditId, form, false);
}

std::optional<Form> formOf(const QJsonObject &content)
{
    const QString format = content.value(QStringLiteral("format")).toString();
    if (format == QLatin1String("kansa-checklist/1"))
        return Form::V1;
    if (format == QLatin1String("kansa-checklist/2"))
        return Form::V2;
    return std::nullopt;
}

QJsonObject rebuildLike(
    QSqlDatabase db, EvidenceStore &store, qint64 auditId, const QJsonObject &signedContent)
{
    // The audit's number is this database's own: an audit signed on a laptop and imported at the
    // office under another number holds the same content.
    const auto sameNumber = [&signedContent](QJsonObject content) {
        if (signedContent.contains(QStringLiteral("audit")))
            content.insert(QStringLiteral("audit"), signedContent.value(QStringLiteral("audit")));
        return content;
    };
    const Form form = formOf(signedContent).value_or(CurrentForm);
    if (form != Form::V1)
        return sameNumber(buildForm(db, store, auditId, form, false));
    // Which rendering the signer's Kansa used: the one that names the signed items alike.
    const QJsonArray signedItems = signedContent.value(QStringLiteral("items")).toArray();
    QJsonObject best;
    qsizetype bestScore = -1;
    for (const bool japanese : { false, true }) {
        QJsonObject candidate = buildForm(db, store, auditId, Form::V1, japanese);
        const QJsonArray items = candidate.value(QStringLiteral("items")).toArray();
        qsizetype score = 0;
        for (qsizetype k = 0; k < qMin(items.size(), signedItems.size()); ++k)
            score += items.at(k).toObject().value(QStringLiteral("reference"))
                == signedItems.at(k).toObject().value(QStringLiteral("reference"));
        if (score > bestScore) {
            bestScore = score;
            best = std::move(candidate);
        }
    }
    return sameNumber(best);
}

QByteArray serialise(const QJsonObject &content)
{
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

QString hash(const QByteArray &serialised)
{
    return Sha256::hex(serialised);
}

QStringList differences(const QJsonObject &before, const QJsonObject &now)
{
    QStringList out;
    const QJsonObject h0 = before.value(QStringLiteral("header")).toObject();
    const QJsonObject h1 = now.value(QStringLiteral("header")).toObject();
    for (auto it = h0.begin(); it != h0.end(); ++it)
        if (h1.value(it.key()) != it.value())
            out << tr("Audit header: %1 changed").arg(it.key());

    const QJsonArray i0 = before.value(QStringLiteral("items")).toArray();
    const QJsonArray i1 = now.value(QStringLiteral("items")).toArray();
    if (i0.size() != i1.size())
        out << tr("The checklist had %1 check items when signed and has %2 now.")
                   .arg(i0.size())
                   .arg(i1.size());
    for (qsizetype k = 0; k < qMin(i0.size(), i1.size()); ++k) {
        const QJsonObject a = i0.at(k).toObject(), b = i1.at(k).toObject();
        const QString ref = referenceOf(a);
        if (a.value(QStringLiteral("verdict")) != b.value(QStringLiteral("verdict")))
            out << tr("%1: verdict %2 → %3")
                       .arg(ref, verdictLabel(a.value(QStringLiteral("verdict"))),
                           verdictLabel(b.value(QStringLiteral("verdict"))));
        const std::pair<const char *, const char *> texts[] = {
            { "note", QT_TRANSLATE_NOOP("Kansa::ChecklistContent", "%1: the note changed") },
            { "problem", QT_TRANSLATE_NOOP("Kansa::ChecklistContent", "%1: “what is wrong” changed") },
            { "improvement",
                QT_TRANSLATE_NOOP("Kansa::ChecklistContent", "%1: the improvement required changed") },
            { "text", QT_TRANSLATE_NOOP("Kansa::ChecklistContent", "%1: the clause text changed") },
        };
        for (const auto &[key, message] : texts)
            if (a.value(QLatin1String(key)) != b.value(QLatin1String(key)))
                out << tr(message).arg(ref);
        if (a.value(QStringLiteral("scored")) != b.value(QStringLiteral("scored")))
            out << tr("%1: whether it counts as a check item changed").arg(ref);

        QHash<QString, QJsonObject> e0, e1;
        for (const QJsonValue &v : a.value(QStringLiteral("evidence")).toArray())
            e0.insert(v.toObject().value(QStringLiteral("sha256")).toString(), v.toObject());
        for (const QJsonValue &v : b.value(QStringLiteral("evidence")).toArray())
            e1.insert(v.toObject().value(QStringLiteral("sha256")).toString(), v.toObject());
        for (auto it = e0.cbegin(); it != e0.cend(); ++it) {
            if (!e1.contains(it.key()))
                out << tr("%1: evidence “%2” was removed or replaced").arg(ref, describeEvidence(it.value()));
            else if (e1.value(it.key()) != it.value())
                out << tr("%1: evidence “%2” was edited").arg(ref, describeEvidence(it.value()));
        }
        for (auto it = e1.cbegin(); it != e1.cend(); ++it)
            if (!e0.contains(it.key()))
                out << tr("%1: evidence “%2” was added").arg(ref, describeEvidence(it.value()));
    }
    return out;
}

QStringList damagedFiles(const QJsonObject &content, const EvidenceStore &store)
{
    struct File
    {
        QString ref;
        QJsonObject evidence;
        QString path;
        QString sha;
        QByteArray key;
        enum { Unchecked, Intact, Missing, Altered } state = Unchecked;
    };
    QList<File> files;
    QSet<QString> seen;
    for (const QJsonValue &item : content.value(QStringLiteral("items")).toArray()) {
        const QString ref = referenceOf(item.toObject());
        for (const QJsonValue &v : item.toObject().value(QStringLiteral("evidence")).toArray()) {
            const QString sha = v.toObject().value(QStringLiteral("sha256")).toString();
            if (sha.isEmpty() || seen.contains(sha))
                continue;
            seen.insert(sha);
            files.append({ ref, v.toObject(), store.originalPath(sha), sha, {} });
        }
    }
    // The keys are looked up here (the database), the files decrypted and hashed on the threads.
    const EvidenceKeys keys = store.keys();
    for (File &f : files)
        f.key = keys.fileKey(f.sha).value_or(QByteArray());
    const EvidenceFile::Plain plain = store.plainAccepted();
    // Every file is read in full (a report of 200 photos reads about 500 MB): on every core,
    // so a signed report stays within its time.
    QtConcurrent::blockingMap(files, [plain](File &f) {
        EvidenceFile::Status status = EvidenceFile::Status::Ok;
        const QString hash = EvidenceFile::sha256(f.path, f.key, &status, plain);
        f.state = status == EvidenceFile::Status::Missing ? File::Missing
            : hash == f.sha                                 ? File::Intact
                                                            : File::Altered;
    });
    QStringList out;
    for (const File &f : std::as_const(files)) {
        if (f.state == File::Missing)
            out << tr("%1: the file of evidence “%2” is missing").arg(f.ref, describeEvidence(f.evidence));
        else if (f.state == File::Altered)
            out << tr("%1: the file of evidence “%2” was altered on disk")
                       .arg(f.ref, describeEvidence(f.evidence));
    }
    return out;
}

} // namespace Kansa::ChecklistContent
