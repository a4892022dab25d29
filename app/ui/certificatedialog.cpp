#include "certificatedialog.h"
#include "ui_certificatedialog.h"

namespace Kansa {

CertificateDialog::CertificateDialog(const QDate &auditDate, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
    , m_auditDate(auditDate)
{
    m_ui->setupUi(this);
    m_ui->validUntilEdit->setDate(auditDate.addYears(1));
    connect(m_ui->validUntilEdit, &QDateEdit::dateChanged, this, &CertificateDialog::updateWarning);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CertificateDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateWarning();
}

CertificateDialog::~CertificateDialog() = default;

Certificate CertificateDialog::certificate() const
{
    return { m_ui->issuerEdit->text().trimmed(), m_ui->numberEdit->text().trimmed(),
        m_ui->scopeEdit->text().trimmed(), m_ui->validUntilEdit->date() };
}

QString CertificateDialog::caption() const
{
    return m_ui->captionEdit->text().trimmed();
}

void CertificateDialog::updateWarning()
{
    const bool expired = certificate().expiredOn(m_auditDate);
    m_ui->warningLabel->setVisible(expired);
    m_ui->warningLabel->setText(tr("This certificate had expired on the audit date (%1).")
                                    .arg(QLocale().toString(m_auditDate, QLocale::LongFormat)));
}

void CertificateDialog::accept()
{
    if (m_ui->issuerEdit->text().trimmed().isEmpty()
        || m_ui->numberEdit->text().trimmed().isEmpty()) {
        m_ui->warningLabel->setText(tr("Enter at least the issuer and the certificate number."));
        m_ui->warningLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace Kansa
