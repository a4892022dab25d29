#include "inspection/inspectionsession.h"
#include "audits/checkitemchanges.h"
#include "audits/auditrepository.h"
#include "inspection/editcaptioncommand.h"
#include "inspection/editmarkupcommand.h"
#include "inspection/editfindingtextcommand.h"
#include "inspection/evidencecommands.h"
#include "evidence/evidencerepository.h"
#include "audits/findingrepository.h"
#include "inspection/setverdictcommand.h"

#include <QUndoStack>

namespace Kansa {

InspectionSession::InspectionSession(
    QSqlDatabase db, EvidenceStore &store, qint64 auditId, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_store(store)
    , m_undo(new QUndoStack(this))
{
    AuditRepository audits(m_db);
    if (const std::optional<Audit> a = audits.load(auditId))
        m_audit = *a;
    else
        return;
    m_items = audits.checkItems(auditId);
    for (int i = 0; i < m_items.size(); ++i)
        m_index.insert(m_items.at(i).id, i);
    m_findings = FindingRepository(m_db).forAudit(auditId);
    m_evidenceCounts = EvidenceRepository(m_db, m_store).countsByItem(auditId);
    m_changes = CheckItemChanges::sincePredecessor(m_db, auditId);
}

InspectionSession::~InspectionSession() = default;

void InspectionSession::reloadAudit()
{
    if (const std::optional<Audit> a = AuditRepository(m_db).load(m_audit.id))
        m_audit = *a;
}

Finding InspectionSession::finding(qint64 checkItemId) const
{
    Finding f = m_findings.value(checkItemId);
    f.checkItemId = checkItemId;
    return f;
}

QList<Evidence> InspectionSession::evidence(qint64 checkItemId) const
{
    return EvidenceRepository(m_db, m_store).forItem(checkItemId);
}

AuditProgress InspectionSession::progress() const
{
    AuditProgress p;
    for (const CheckItem &item : m_items) {
        if (!item.scored)
            continue;
        ++p.total;
        switch (m_findings.value(item.id).verdict) {
        case Verdict::Unchecked:
            continue;
        case Verdict::Conforming:
            ++p.conforming;
            break;
        case Verdict::Major:
            ++p.major;
            break;
        case Verdict::Minor:
            ++p.minor;
            break;
        case Verdict::Observation:
            ++p.observation;
            break;
        case Verdict::NotApplicable:
            ++p.notApplicable;
            break;
        }
        ++p.answered;
    }
    return p;
}

bool InspectionSession::report(bool ok, const QString &error)
{
    if (ok)
        emit saved();
    else
        emit saveFailed(tr("Your last change could not be saved (%1). Everything saved "
                           "before it is kept. Check the free disk space, then make the "
                           "change again.")
                            .arg(error));
    return ok;
}

void InspectionSession::setVerdict(qint64 checkItemId, Verdict verdict)
{
    const Verdict old = finding(checkItemId).verdict;
    if (old != verdict && m_index.contains(checkItemId))
        m_undo->push(new SetVerdictCommand(this, checkItemId, old, verdict));
}

void InspectionSession::setText(qint64 checkItemId, FindingField field, const QString &text)
{
    const Finding f = finding(checkItemId);
    const QString old = field == FindingField::Note ? f.note
        : field == FindingField::Problem            ? f.problem
                                                    : f.improvement;
    if (old != text && m_index.contains(checkItemId))
        m_undo->push(new EditFindingTextCommand(this, checkItemId, field, old, text));
}

void InspectionSession::evidenceAdded(const Evidence &evidence)
{
    m_evidenceCounts[evidence.checkItemId]++;
    m_undo->push(new AddEvidenceCommand(this, evidence));
    emit evidenceChanged(evidence.checkItemId);
}

void InspectionSession::removeEvidence(qint64 evidenceId)
{
    if (const std::optional<Evidence> e = EvidenceRepository(m_db, m_store).load(evidenceId))
        m_undo->push(new RemoveEvidenceCommand(this, *e));
}

void InspectionSession::setCaption(qint64 evidenceId, const QString &caption)
{
    if (const std::optional<Evidence> e = EvidenceRepository(m_db, m_store).load(evidenceId))
        if (e->caption != caption)
            m_undo->push(new EditCaptionCommand(this, *e, caption));
}

void InspectionSession::setMarkup(qint64 evidenceId, const PhotoMarkup &markup, const QString &what)
{
    const std::optional<Evidence> e = EvidenceRepository(m_db, m_store).load(evidenceId);
    if (!e)
        return;
    const PhotoMarkup from = PhotoMarkup::fromJson(e->markup).value_or(PhotoMarkup {});
    if (from != markup)
        m_undo->push(new EditMarkupCommand(this, evidenceId, e->checkItemId, from, markup, what));
}

bool InspectionSession::setScored(qint64 checkItemId, bool scored)
{
    const int i = indexOf(checkItemId);
    if (i < 0)
        return false;
    QString error;
    if (!report(AuditRepository(m_db).setScored(checkItemId, scored, &error), error))
        return false;
    m_items[i].scored = scored;
    emit itemScoringChanged(checkItemId);
    return true;
}

bool InspectionSession::applyVerdict(qint64 checkItemId, Verdict verdict)
{
    QString error;
    if (!report(
            FindingRepository(m_db).setVerdict(m_audit.id, checkItemId, verdict, &error), error))
        return false;
    Finding &f = m_findings[checkItemId];
    f.checkItemId = checkItemId;
    f.verdict = verdict;
    if (m_audit.status == AuditStatus::Preparing)
        m_audit.status = AuditStatus::InProgress;
    emit findingChanged(checkItemId);
    return true;
}

bool InspectionSession::applyText(qint64 checkItemId, FindingField field, const QString &text)
{
    QString error;
    if (!report(
            FindingRepository(m_db).setText(m_audit.id, checkItemId, field, text, &error), error))
        return false;
    Finding &f = m_findings[checkItemId];
    f.checkItemId = checkItemId;
    (field == FindingField::Note             ? f.note
            : field == FindingField::Problem ? f.problem
                                             : f.improvement)
        = text;
    emit findingChanged(checkItemId);
    return true;
}

bool InspectionSession::applyEvidenceRemoved(const Evidence &evidence)
{
    QString error;
    if (!report(EvidenceRepository(m_db, m_store).remove(evidence.id, &error), error))
        return false;
    m_evidenceCounts[evidence.checkItemId]--;
    emit evidenceChanged(evidence.checkItemId);
    return true;
}

bool InspectionSession::applyEvidenceRestored(const Evidence &evidence)
{
    QString error;
    if (!report(EvidenceRepository(m_db, m_store).restore(evidence, &error), error))
        return false;
    m_evidenceCounts[evidence.checkItemId]++;
    emit evidenceChanged(evidence.checkItemId);
    return true;
}

bool InspectionSession::applyCaption(qint64 evidenceId, qint64 checkItemId, const QString &caption)
{
    QString error;
    if (!report(EvidenceRepository(m_db, m_store).setCaption(evidenceId, caption, &error), error))
        return false;
    emit evidenceChanged(checkItemId);
    return true;
}

bool InspectionSession::applyMarkup(qint64 evidenceId, qint64 checkItemId, const PhotoMarkup &markup)
{
    QString error;
    if (!report(EvidenceRepository(m_db, m_store).setMarkup(evidenceId, markup, &error), error))
        return false;
    emit evidenceChanged(checkItemId);
    return true;
}

} // namespace Kansa
