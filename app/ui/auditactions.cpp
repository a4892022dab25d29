#include "auditactions.h"
#include "settings/documentsettings.h"
#include "checklistworkbook.h"

#include "calendar/today.h"
#include "advisory/advisorylifecycle.h"
#include "advisory/advisoryrepository.h"
#include "advisoryeditor.h"
#include "ledgerview.h"
#include "settingsdialog.h"
#include "documentpreview.h"
#include "inspection/inspectionsession.h"
#include "inspectionworkspace.h"
#include "mainwindow.h"
#include "signdialog.h"
#include "reopendialog.h"
#include "signoff/signingchecks.h"
#include "signoff/signoff.h"

#include <QDialog>
#include <QInputDialog>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QStatusBar>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace Kansa {

AuditActions::AuditActions(MainWindow *window, QSqlDatabase db, EvidenceStore &store, QMenu *menu)
    : QObject(window)
    , m_window(window)
    , m_db(db)
    , m_store(store)
    , m_exporter(db, store)
{
    menu->addAction(tr("&Sign the checklist…"), this, &AuditActions::sign);
    menu->addAction(tr("&Reopen the signed checklist…"), this, &AuditActions::reopen);
    menu->addAction(tr("&Check the signed content"), this, &AuditActions::verify);
    menu->addSeparator();
    menu->addAction(tr("&Advisory letter…"), this, &AuditActions::createAdvisory);
    menu->addAction(tr("Preview the &letter…"), this, [this] { preview(DocumentKind::Advisory); });
    menu->addAction(tr("Preview the &inspection report…"), this, [this] { preview(DocumentKind::Report); });
    menu->addAction(tr("Preview the signed chec&klist…"), this, [this] { preview(DocumentKind::Checklist); });
    menu->addSeparator();
    menu->addAction(tr("&Follow-up ledger"), this, &AuditActions::showFollowUp);
}

qint64 AuditActions::currentAudit() const
{
    if (InspectionWorkspace *w = m_window->currentWorkspace())
        return w->session()->audit().id;
    QMessageBox::information(m_window, tr("Audit"), tr("Open an audit first: double-click it in the Audits tab."));
    return 0;
}

void AuditActions::refreshWorkspace(qint64 auditId)
{
    // The workspace reloads from the database, so it shows the lock (or its end) at once.
    m_window->closeAudit(auditId);
    m_window->openAudit(auditId);
}

void AuditActions::sign()
{
    const qint64 audit = currentAudit();
    if (!audit)
        return;
    SignOff signOff(m_db, m_store);
    const QList<Signature> standing = signOff.standing(audit);
    const bool inspectorSigned = std::any_of(standing.begin(), standing.end(),
        [](const Signature &s) { return s.role == SignatureRole::Inspector; });
    const Audit &a = m_window->workspace(audit)->session()->audit();
    if (standing.isEmpty() && !confirmIncomplete(audit))
        return;
    // The contractor's representative and 職名 as the audit's details hold them.
    SignDialog dialog(signOff, audit, inspectorSigned ? SignatureRole::Contractor : SignatureRole::Inspector,
        { a.leadInspector, {} }, { a.contractor.representative, a.contractor.representativeTitle }, m_window);
    if (dialog.exec() == QDialog::Accepted)
        refreshWorkspace(audit);
}

bool AuditActions::confirmIncomplete(qint64 audit)
{
    const InspectionSession *session = m_window->workspace(audit)->session();
    QHash<qint64, Finding> findings;
    for (const CheckItem &c : session->items())
        findings.insert(c.id, session->finding(c.id));
    const DocumentSettings settings = DocumentSettings::load(m_db);
    const QList<SigningChecks::Warning> warnings = SigningChecks::find(
        session->items(), findings, [&](const QString &ref) { return settings.digitsOf(ref); });
    if (warnings.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Sign the checklist"),
        tr("The checklist is not complete (%n point(s)). Once signed, it can only be changed by "
           "reopening it, which voids the signatures.", nullptr, int(warnings.size())),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("signingChecks"));
    box.setInformativeText(SigningChecks::summary(warnings));
    QPushButton *back = box.addButton(tr("&Go back"), QMessageBox::RejectRole);
    QPushButton *anyway = box.addButton(tr("Sign &anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() == anyway)
        return true;
    // Back at the first gap, to fill it in.
    m_window->workspace(audit)->selectItem(warnings.first().checkItemId);
    m_window->workspace(audit)->focusChecklist();
    return false;
}

void AuditActions::reopen()
{
    const qint64 audit = currentAudit();
    if (!audit)
        return;
    if (!SignOff(m_db, m_store).isLocked(audit)) {
        QMessageBox::information(m_window, tr("Reopen the checklist"),
            tr("The checklist is not signed, so there is nothing to reopen."));
        return;
    }
    ReopenDialog dialog(m_window->workspace(audit)->session()->audit().leadInspector,
        int(SignOff(m_db, m_store).standing(audit).size()), AdvisoryLifecycle(m_db).reopenNotice(audit), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!SignOff(m_db, m_store).reopen(audit, dialog.actor(), dialog.reason(), &error)) {
        QMessageBox::warning(m_window, tr("Reopen the checklist"), error);
        return;
    }
    refreshWorkspace(audit);
}

void AuditActions::verify()
{
    const qint64 audit = currentAudit();
    if (!audit)
        return;
    const SignOffCheck check = SignOff(m_db, m_store).check(audit);
    if (!check.signedOff)
        QMessageBox::information(m_window, tr("Signed content"), tr("This checklist is not signed."));
    else if (check.unchanged)
        QMessageBox::information(m_window, tr("Signed content"),
            tr("The checklist and its evidence files are unchanged since signing.\nSHA-256 %1").arg(check.signedHash));
    else
        QMessageBox::warning(m_window, tr("Signed content"),
            tr("The checklist CHANGED after it was signed:\n\n%1").arg(check.changes.join(u'\n')));
}

void AuditActions::createAdvisory()
{
    const qint64 audit = currentAudit();
    if (!audit)
        return;
    std::optional<Advisory> letter = AdvisoryRepository(m_db).current(audit);
    if (!letter) {
        const bool signedOff = SignOff(m_db, m_store).isLocked(audit);
        if (!signedOff
            && QMessageBox::question(m_window, tr("Advisory"),
                   tr("The checklist is not signed yet. Draft the letter from the unsigned checklist anyway?"))
                != QMessageBox::Yes)
            return;
        QString error;
        const qint64 id = AdvisoryLifecycle(m_db).create(audit, Today::date(), true, !signedOff, &error);
        if (!id) {
            QMessageBox::warning(m_window, tr("Advisory"), error);
            return;
        }
        letter = AdvisoryRepository(m_db).load(id);
    }
    AdvisoryEditor editor(m_db, m_exporter, letter->id, m_window);
    connect(&editor, &AdvisoryEditor::letterIssued, this, [this, audit] {
        m_window->ledger()->reload();
        if (InspectionWorkspace *w = m_window->workspace(audit))
            w->session()->reloadAudit();
    });
    editor.exec();
}

void AuditActions::preview(DocumentKind kind)
{
    const qint64 audit = currentAudit();
    if (!audit)
        return;
    SettingsDialog::askForMissingIssuer(m_db, m_window); // documents name their issuer
    DocumentPreview dialog(m_exporter, kind, audit, m_window);
    QString error;
    if (!dialog.generate(&error)) {
        QMessageBox::warning(m_window, DocumentKinds::label(kind), error);
        return;
    }
    dialog.exec();
}

void AuditActions::exportWorkbook(qint64 audit)
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the audit as an Excel workbook"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + ChecklistWorkbook::baseName(m_db, audit) + QStringLiteral(".xlsx"),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = ChecklistWorkbook::write(m_db, m_store, audit, Today::date(), path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(m_window, tr("Excel workbook"), tr("The workbook could not be written: %1").arg(error));
    else
        m_window->statusBar()->showMessage(tr("Written: %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void AuditActions::showFollowUp()
{
    m_window->showLedger();
}

} // namespace Kansa
