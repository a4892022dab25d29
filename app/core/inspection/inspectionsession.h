#pragma once

#include "audits/checkitemchanges.h"
#include "audits/audit.h"
#include "audits/checkitem.h"
#include "evidence/evidence.h"
#include "evidence/photomarkup.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

class QUndoStack;

namespace Kansa {

class EvidenceStore;

/// How far an audit has got: progress (items with a verdict) apart from conformity.
struct AuditProgress
{
    int total = 0; // scored check items
    int answered = 0;
    int conforming = 0;
    int major = 0;
    int minor = 0;
    int observation = 0;
    int notApplicable = 0;
};

/// One open audit: its check items and findings in memory, every change written to the
/// database the moment it is made (one transaction each), and one undo stack covering
/// verdicts, notes and evidence. Views and the CLI's tests drive it; it has no widgets.
class InspectionSession : public QObject
{
    Q_OBJECT
public:
    InspectionSession(
        QSqlDatabase db, EvidenceStore &store, qint64 auditId, QObject *parent = nullptr);
    ~InspectionSession() override;

    bool isValid() const { return m_audit.id != 0; }
    const Audit &audit() const { return m_audit; }
    const QList<CheckItem> &items() const { return m_items; }
    int indexOf(qint64 checkItemId) const { return m_index.value(checkItemId, -1); }
    Finding finding(qint64 checkItemId) const;
    int evidenceCount(qint64 checkItemId) const { return m_evidenceCounts.value(checkItemId); }
    /// For a re-inspection against a newer clause document: whether the item is new or changed
    /// since the audit it re-inspects (empty: not such a re-inspection).
    std::optional<CheckItemChanges::Change> changeSincePrevious(qint64 checkItemId) const
    {
        const auto it = m_changes.constFind(checkItemId);
        return it == m_changes.cend() ? std::nullopt : std::optional(*it);
    }
    QList<Evidence> evidence(qint64 checkItemId) const;
    AuditProgress progress() const;
    QUndoStack *undoStack() const { return m_undo; }
    EvidenceStore &store() const { return m_store; }
    QSqlDatabase database() const { return m_db; }

    // What the inspector does; each is one undoable step.
    void setVerdict(qint64 checkItemId, Verdict verdict);
    void setText(qint64 checkItemId, FindingField field, const QString &text);
    /// Records evidence already stored by EvidenceRepository::add(), so it can be undone.
    void evidenceAdded(const Evidence &evidence);
    void removeEvidence(qint64 evidenceId);
    void setCaption(qint64 evidenceId, const QString &caption);
    /// What is drawn on a photo, as one undoable step named by what (「矢印を追加」).
    void setMarkup(qint64 evidenceId, const PhotoMarkup &markup, const QString &what);
    /// Marks a check item as scored or informational for this audit (not undoable).
    bool setScored(qint64 checkItemId, bool scored);
    /// Re-reads the audit header after it was edited elsewhere.
    void reloadAudit();

    // Applied by the undo commands: write, then update memory and tell the views.
    bool applyVerdict(qint64 checkItemId, Verdict verdict);
    bool applyText(qint64 checkItemId, FindingField field, const QString &text);
    bool applyEvidenceRemoved(const Evidence &evidence);
    bool applyEvidenceRestored(const Evidence &evidence);
    bool applyCaption(qint64 evidenceId, qint64 checkItemId, const QString &caption);
    bool applyMarkup(qint64 evidenceId, qint64 checkItemId, const PhotoMarkup &markup);

signals:
    void findingChanged(qint64 checkItemId);
    void evidenceChanged(qint64 checkItemId);
    void itemScoringChanged(qint64 checkItemId);
    /// After every successful write, so the UI can say "saved".
    void saved();
    /// A write failed; what was saved before stays. The message is in the user's language.
    void saveFailed(const QString &message);

private:
    bool report(bool ok, const QString &error);

    QSqlDatabase m_db;
    EvidenceStore &m_store;
    Audit m_audit;
    QList<CheckItem> m_items;
    QHash<qint64, int> m_index;
    QHash<qint64, Finding> m_findings;
    QHash<qint64, int> m_evidenceCounts;
    QHash<qint64, CheckItemChanges::Change> m_changes;
    QUndoStack *m_undo;
};

} // namespace Kansa
