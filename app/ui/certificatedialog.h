#pragma once

#include "evidence/evidence.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CertificateDialog;
}

namespace Kansa {

/// Records an ISO/IEC 27001 certificate or third-party audit; warns while typing when it had
/// expired on the audit date.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateDialog(const QDate &auditDate, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    Certificate certificate() const;
    QString caption() const;
    void accept() override;

private:
    void updateWarning();

    std::unique_ptr<Ui::CertificateDialog> m_ui;
    QDate m_auditDate;
};

} // namespace Kansa
