#pragma once

#include "disposal/auditdisposal.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DisposalDialog;
}

namespace Kansa {

/// Audit ▸ Dispose of…: names what will go (the audit and the counts of everything it holds),
/// asks who performs and who approved the disposal and why, refuses an audit with advisory
/// items still open unless the box is ticked, and asks once more before anything happens. The
/// disposal itself is the caller's (AuditActions), with the values given here.
class DisposalDialog : public QDialog
{
    Q_OBJECT
public:
    DisposalDialog(const DisposalInventory &inventory, const QString &performer, QWidget *parent = nullptr);
    ~DisposalDialog() override;

    DisposalRequest request() const;

private:
    void confirm();

    std::unique_ptr<Ui::DisposalDialog> m_ui;
    DisposalInventory m_inventory;
};

} // namespace Kansa
