#include "packageexportdialog.h"
#include "ui_packageexportdialog.h"

#include "audits/auditrepository.h"
#include "calendar/eradate.h"
#include "crypto/agekeyfile.h"
#include "package/packagesettings.h"

#include <QMessageBox>
#include <QPushButton>

namespace Kansa {

PackageExportDialog::PackageExportDialog(QSqlDatabase db, qint64 preselectedAudit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PackageExportDialog>())
    , m_officeKeys(PackageSettings::recipients(db))
{
    m_ui->setupUi(this);
    for (const AuditSummary &a : AuditRepository(db).list()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1　%2　%3").arg(a.date.toString(Qt::ISODate), a.contractor, a.workPlace),
            m_ui->auditList);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(a.id == preselectedAudit ? Qt::Checked : Qt::Unchecked);
        if (a.id == preselectedAudit)
            m_ui->auditList->setCurrentItem(item);
    }
    m_ui->officeKeysButton->setText(m_officeKeys.isEmpty()
            ? tr("The office's keys (none is set up yet: Settings ▸ Packages, or kansa-cli keys office add)")
            : tr("The office: %n key(s) set up in the settings", nullptr, int(m_officeKeys.size())));
    m_ui->officeKeysButton->setEnabled(!m_officeKeys.isEmpty());
    if (m_officeKeys.isEmpty())
        m_ui->passphraseButton->setChecked(true);
    for (QLineEdit *e : { m_ui->passphraseEdit, m_ui->confirmEdit })
        connect(e, &QLineEdit::textChanged, this, &PackageExportDialog::update);
    connect(m_ui->passphraseButton, &QRadioButton::toggled, this, &PackageExportDialog::update);
    connect(m_ui->auditList, &QListWidget::itemChanged, this, &PackageExportDialog::update);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    // Room for two lines of advice, so the fields do not move as it changes.
    m_ui->strengthLabel->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
    m_ui->strengthLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    update();
}

PackageExportDialog::~PackageExportDialog() = default;

QList<qint64> PackageExportDialog::audits() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_ui->auditList->count(); ++i)
        if (m_ui->auditList->item(i)->checkState() == Qt::Checked)
            ids << m_ui->auditList->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

Age::Writer::Recipients PackageExportDialog::recipients() const
{
    Age::Writer::Recipients to;
    if (m_ui->passphraseButton->isChecked())
        to.passphrase = m_ui->passphraseEdit->text().toUtf8();
    else
        to.keys = m_officeKeys;
    return to;
}

QString PackageExportDialog::problem() const
{
    if (audits().isEmpty())
        return tr("Tick at least one audit.");
    if (!m_ui->passphraseButton->isChecked())
        return {};
    if (const QString weak = AgeKeyFile::weakness(m_ui->passphraseEdit->text()); !weak.isEmpty())
        return weak;
    if (m_ui->confirmEdit->text() != m_ui->passphraseEdit->text())
        return tr("The two passphrases differ.");
    return {};
}

void PackageExportDialog::update()
{
    const bool passphrase = m_ui->passphraseButton->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->passphraseEdit, m_ui->confirmEdit, m_ui->passphraseLabel, m_ui->confirmLabel })
        w->setEnabled(passphrase);
    m_ui->strengthLabel->setText(passphrase ? problem() : QString());
}

void PackageExportDialog::accept()
{
    if (const QString p = problem(); !p.isEmpty()) {
        QMessageBox::information(this, windowTitle(), p);
        return;
    }
    QDialog::accept();
}

} // namespace Kansa
