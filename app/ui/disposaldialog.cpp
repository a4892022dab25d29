#include "disposaldialog.h"
#include "ui_disposaldialog.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Kansa {

DisposalDialog::DisposalDialog(const DisposalInventory &v, const QString &performer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DisposalDialog>())
    , m_inventory(v)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Dispose of the audit"));
    const QString date = QLocale().toString(v.auditDate, QLocale::LongFormat);
    m_ui->intro->setText(tr("<p>The audit of <b>%1</b> on %2 will be <b>disposed of for good</b>: its data key is "
                            "destroyed, then everything it holds is deleted. It cannot be restored, not even from this "
                            "computer's disk. A signed disposal record stays.</p>")
                             .arg(v.contractor.toHtmlEscaped(), date));
    m_ui->inventory->setText(tr("<p>What goes:</p><ul><li>%1 check items, %2 findings</li><li>%3 photos, %4 documents, "
                                "%5 certificates</li><li>%6 signatures, %7 letters</li><li>%8 follow-up records with "
                                "%9 files</li></ul>")
                                 .arg(v.checkItems)
                                 .arg(v.findings)
                                 .arg(v.photos)
                                 .arg(v.documents)
                                 .arg(v.certificates)
                                 .arg(v.signatures)
                                 .arg(v.letters)
                                 .arg(v.followUpEvents)
                                 .arg(v.followUpFiles));
    m_ui->forceBox->setVisible(v.openAdvisoryItems > 0);
    m_ui->forceBox->setText(tr("Dispose of it although %n advisory item(s) are not closed", nullptr, v.openAdvisoryItems));
    m_ui->byEdit->setText(performer);
    m_ui->byEdit->setPlaceholderText(tr("Name of the person who disposes of it"));
    m_ui->approvedEdit->setPlaceholderText(tr("Name (and title) of the person who approved it"));
    m_ui->reasonEdit->setPlaceholderText(tr("For example: retention period (5 years) over"));
    m_ui->outside->setText(tr("Copies outside Kansa are not reached: exported packages, printed or saved documents and "
                              "backups. The record lists them for the office to deal with."));
    auto *dispose = m_ui->buttons->addButton(tr("&Dispose of permanently…"), QDialogButtonBox::DestructiveRole);
    connect(dispose, &QPushButton::clicked, this, &DisposalDialog::confirm);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (performer.isEmpty() ? m_ui->byEdit : m_ui->approvedEdit)->setFocus();
}

DisposalDialog::~DisposalDialog() = default;

DisposalRequest DisposalDialog::request() const
{
    return { m_inventory.auditId, m_ui->byEdit->text(), m_ui->approvedEdit->text(), m_ui->reasonEdit->text(),
        m_ui->forceBox->isChecked() };
}

void DisposalDialog::confirm()
{
    if (const QString why = AuditDisposal::refusal(request(), m_inventory); !why.isEmpty()) {
        m_ui->problem->setText(why);
        return;
    }
    m_ui->problem->clear();
    const auto answer = QMessageBox::warning(this, tr("Dispose of the audit"),
        tr("Dispose of the audit of %1 now? This cannot be undone.").arg(m_inventory.contractor),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        accept();
}

} // namespace Kansa
