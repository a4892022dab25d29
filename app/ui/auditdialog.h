#pragma once

#include "audits/audit.h"
#include "clauses/clauseset.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuditDialog;
}

namespace Kansa {

/// Creates or edits an audit's header: contractor, contract, place, type, date, people, and
/// the contractor's responsibility structure (000 第3).
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    /// For a new audit the clause set can be chosen; for an existing one it is fixed.
    AuditDialog(const QList<ClauseSetSummary> &clauseSets, const Audit &audit, bool isNew,
        QWidget *parent = nullptr);
    ~AuditDialog() override;

    Audit audit() const;
    qint64 clauseSetId() const;

    void accept() override;
    /// A signed audit: every field shown, none editable, only Close.
    void setReadOnly();
    bool isReadOnly() const { return m_readOnly; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::unique_ptr<Ui::AuditDialog> m_ui;
    Audit m_audit;
    bool m_readOnly = false;
};

} // namespace Kansa
