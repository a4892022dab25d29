#include "auditdialog.h"
#include "calendar/today.h"
#include "ui_auditdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace Kansa {

namespace {
QStringList lines(const QString &text)
{
    QStringList result;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (const QString &l : all)
        if (!l.trimmed().isEmpty())
            result.append(l.trimmed());
    return result;
}
} // namespace

AuditDialog::AuditDialog(
    const QList<ClauseSetSummary> &clauseSets, const Audit &audit, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditDialog>())
    , m_audit(audit)
{
    m_ui->setupUi(this);
    setWindowTitle(isNew ? tr("New audit") : tr("Audit details"));
    // The document's title and edition, as the contract names it; not the file it came from.
    QHash<QString, int> titles;
    for (const ClauseSetSummary &s : clauseSets)
        ++titles[s.title + s.edition];
    for (const ClauseSetSummary &s : clauseSets) {
        QString label = s.edition.isEmpty() ? s.title : s.title + QLatin1Char(' ') + s.edition;
        if (s.corrected)
            label += QLatin1Char(' ') + tr("(corrected)");
        if (titles.value(s.title + s.edition) > 1) { // versions with one title: when imported
            const QDateTime at = QDateTime::fromString(s.importedAt, Qt::ISODate).toLocalTime();
            label += QLatin1Char(' ') + tr("(imported %1)").arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        m_ui->clauseSetCombo->addItem(label, QVariant::fromValue(s.id));
        m_ui->clauseSetCombo->setItemData(
            m_ui->clauseSetCombo->count() - 1, s.sourceName, Qt::ToolTipRole);
        if (s.id == audit.clauseSetId)
            m_ui->clauseSetCombo->setCurrentIndex(m_ui->clauseSetCombo->count() - 1);
    }
    m_ui->clauseSetCombo->setEnabled(isNew);
    m_ui->kindCombo->addItem(AuditKinds::label(AuditKind::Periodic), int(AuditKind::Periodic));
    m_ui->kindCombo->addItem(AuditKinds::label(AuditKind::Adhoc), int(AuditKind::Adhoc));
    m_ui->kindCombo->setCurrentIndex(audit.kind == AuditKind::Adhoc ? 1 : 0);
    m_ui->dateEdit->setDate(audit.date.isValid() ? audit.date : Today::date());
    m_ui->workPlaceEdit->setText(audit.workPlace);
    m_ui->departmentEdit->setText(audit.clientDepartment);
    m_ui->leadInspectorEdit->setText(audit.leadInspector);
    m_ui->membersEdit->setPlainText(audit.members.join(QLatin1Char('\n')));
    m_ui->attendeesEdit->setPlainText(audit.attendees.join(QLatin1Char('\n')));
    m_ui->contractorNameEdit->setText(audit.contractor.name);
    m_ui->contractorAddressEdit->setText(audit.contractor.address);
    m_ui->representativeEdit->setText(audit.contractor.representative);
    m_ui->representativeTitleEdit->setText(audit.contractor.representativeTitle);
    m_ui->contractTitleEdit->setText(audit.contract.title);
    m_ui->contractNumberEdit->setText(audit.contract.number);
    const QDate today = Today::date();
    m_ui->contractStartEdit->setDate(
        audit.contract.start.isValid() ? audit.contract.start : QDate(today.year(), 4, 1));
    m_ui->contractEndEdit->setDate(
        audit.contract.end.isValid() ? audit.contract.end : QDate(today.year() + 1, 3, 31));
    m_ui->respDepartmentEdit->setText(audit.responsibility.department);
    m_ui->respManagerEdit->setText(audit.responsibility.manager);
    m_ui->respWorkersEdit->setPlainText(audit.responsibility.workers);
    m_ui->respNormalContactEdit->setText(audit.responsibility.normalContact);
    m_ui->respEmergencyContactEdit->setText(audit.responsibility.emergencyContact);
    m_ui->respWorkPlacesEdit->setPlainText(audit.responsibility.workPlaces);
    m_ui->messageLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AuditDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->tabs->setCurrentIndex(0); // the contractor and contract, whatever Designer saved
}

AuditDialog::~AuditDialog() = default;

void AuditDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Once the window is active (activation gave the focus to the tab bar before): typing
    // goes into the first field.
    QTimer::singleShot(0, m_ui->contractorNameEdit, [this] { m_ui->contractorNameEdit->setFocus(); });
}

void AuditDialog::setReadOnly()
{
    m_readOnly = true;
    setWindowTitle(tr("Audit details (signed)"));
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->setReadOnly(true);
    for (QPlainTextEdit *e : findChildren<QPlainTextEdit *>())
        e->setReadOnly(true);
    for (QComboBox *c : findChildren<QComboBox *>())
        c->setEnabled(false);
    for (QDateEdit *d : findChildren<QDateEdit *>())
        d->setReadOnly(true);
    m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
    m_ui->messageLabel->setText(tr("The checklist is signed, so these details are read only. "
                                   "Audit ▸ Reopen the signed checklist to change them."));
    m_ui->messageLabel->show();
}

qint64 AuditDialog::clauseSetId() const
{
    return m_ui->clauseSetCombo->currentData().toLongLong();
}

Audit AuditDialog::audit() const
{
    Audit a = m_audit;
    a.clauseSetId = clauseSetId();
    a.kind = AuditKind(m_ui->kindCombo->currentData().toInt());
    a.date = m_ui->dateEdit->date();
    a.workPlace = m_ui->workPlaceEdit->text().trimmed();
    a.clientDepartment = m_ui->departmentEdit->text().trimmed();
    a.leadInspector = m_ui->leadInspectorEdit->text().trimmed();
    a.members = lines(m_ui->membersEdit->toPlainText());
    a.attendees = lines(m_ui->attendeesEdit->toPlainText());
    a.contractor = { m_ui->contractorNameEdit->text().trimmed(),
        m_ui->contractorAddressEdit->text().trimmed(), m_ui->representativeEdit->text().trimmed(),
        m_ui->representativeTitleEdit->text().trimmed() };
    a.contract
        = { m_ui->contractTitleEdit->text().trimmed(), m_ui->contractNumberEdit->text().trimmed(),
              m_ui->contractStartEdit->date(), m_ui->contractEndEdit->date() };
    a.responsibility = { m_ui->respDepartmentEdit->text().trimmed(),
        m_ui->respManagerEdit->text().trimmed(), m_ui->respWorkersEdit->toPlainText().trimmed(),
        m_ui->respNormalContactEdit->text().trimmed(),
        m_ui->respEmergencyContactEdit->text().trimmed(),
        m_ui->respWorkPlacesEdit->toPlainText().trimmed() };
    return a;
}

void AuditDialog::accept()
{
    if (m_readOnly) {
        reject(); // nothing to save
        return;
    }
    QString problem;
    if (m_ui->contractorNameEdit->text().trimmed().isEmpty()) {
        problem = tr("Enter the contractor's name.");
        m_ui->tabs->setCurrentWidget(m_ui->contractorTab);
        m_ui->contractorNameEdit->setFocus();
    } else if (m_ui->clauseSetCombo->currentIndex() < 0) {
        problem = tr("Choose the clause set the contract refers to.");
        m_ui->tabs->setCurrentWidget(m_ui->auditTab);
    } else if (m_ui->contractEndEdit->date() < m_ui->contractStartEdit->date()) {
        problem = tr("The contract period ends before it starts.");
        m_ui->tabs->setCurrentWidget(m_ui->contractorTab);
    }
    if (!problem.isEmpty()) {
        m_ui->messageLabel->setText(problem);
        m_ui->messageLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace Kansa
