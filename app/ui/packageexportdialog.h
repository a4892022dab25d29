#pragma once

#include "crypto/age.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class PackageExportDialog;
}

namespace Kansa {

/// File ▸ Export audits…: which audits go into the package, and who can open it (the office
/// keys from the settings, or a passphrase typed twice, with its strength shown).
class PackageExportDialog : public QDialog
{
    Q_OBJECT
public:
    PackageExportDialog(QSqlDatabase db, qint64 preselectedAudit, QWidget *parent = nullptr);
    ~PackageExportDialog() override;

    QList<qint64> audits() const;
    Age::Writer::Recipients recipients() const;

    void accept() override;

private:
    void update();
    QString problem() const;

    std::unique_ptr<Ui::PackageExportDialog> m_ui;
    QList<AgeRecipient> m_officeKeys;
};

} // namespace Kansa
