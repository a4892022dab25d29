#include "auditactions.h"

#include "advisory/advisoryrepository.h"
#include "documentpreview.h"
#include "advisory/followup.h"
#include "inspection/inspectionsession.h"
#include "inspectionworkspace.h"
#include "mainwindow.h"
#include "signdialog.h"
#include "reopendialog.h"
#include "signoff/signingchecks.h"
#include "signoff/signoff.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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
    menu->addAction(tr("Create the &advisory letter…"), this, &AuditActions::createAdvisory);
    menu->addAction(tr("Preview the &letter…"), this, [this] { preview(DocumentKind::Advisory); });
    menu->addAction(tr("Preview the &inspection report…"), this, [this] { preview(DocumentKind::Report); });
    menu->addAction(tr("Preview the signed chec&klist…"), this, [this] { preview(DocumentKind::Checklist); });
    menu->addSeparator();
    menu->addAction(tr("&Follow-up of advisory items…"), this, &AuditActions::showFollowUp);
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
    SignDialog dialog(signOff, audit, inspectorSigned ? SignatureRole::Contractor : SignatureRole::Inspector,
        inspectorSigned ? a.contractor.representative : a.leadInspector, m_window);
    if (dialog.exec() == QDialog::Accepted)
        refreshWorkspace(audit);
}

bool AuditActions::confirmIncomplete(qint64 audit)
{
    const InspectionSession *session = m_window->workspace(audit)->session();
    QHash<qint64, Finding> findings;
    for (const CheckItem &c : session->items())
        findings.insert(c.id, session->finding(c.id));
    const QList<SigningChecks::Warning> warnings = SigningChecks::find(session->items(), findings);
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
    ReopenDialog dialog(m_window->workspace(audit)->session()->audit().leadInspector, m_window);
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
    if (!SignOff(m_db, m_store).isLocked(audit)
        && QMessageBox::question(m_window, tr("Advisory"),
               tr("The checklist is not signed yet. Create the advisory anyway?"))
            != QMessageBox::Yes)
        return;
    const auto answer = QMessageBox::question(m_window, tr("Advisory"),
        tr("Include observations as recommendations (推奨事項, without a deadline)?"),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return;
    QString error;
    if (!AdvisoryRepository(m_db).create(audit, QDate::currentDate(), answer == QMessageBox::Yes, &error)) {
        QMessageBox::warning(m_window, tr("Advisory"), error);
        return;
    }
    preview(DocumentKind::Advisory);
}

void AuditActions::preview(DocumentKind kind)
{
    const qint64 audit = currentAudit();
    if (!audit)
        return;
    DocumentPreview dialog(m_exporter, kind, audit, m_window);
    QString error;
    if (!dialog.generate(&error)) {
        QMessageBox::warning(m_window, DocumentKinds::label(kind), error);
        return;
    }
    dialog.exec();
}

void AuditActions::fillFollowUp(QTableWidget *table)
{
    const QList<DueItem> due = FollowUp(m_db, m_store).due(QDate::currentDate());
    table->setRowCount(int(due.size()));
    for (int r = 0; r < due.size(); ++r) {
        const DueItem &d = due.at(r);
        const QStringList cells { d.item.deadline.toString(Qt::ISODate),
            d.daysLeft < 0 ? tr("%n day(s) overdue", nullptr, -d.daysLeft) : tr("%n day(s) left", nullptr, d.daysLeft),
            d.contractor, d.documentNumber, d.item.clause, AdvisorySeverities::label(d.item.severity),
            FollowUpStates::label(d.item.state), d.item.finding };
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setData(Qt::UserRole, d.item.id);
            if (d.daysLeft < 0)
                cell->setForeground(QColor(180, 0, 0));
            table->setItem(r, c, cell);
        }
    }
}

void AuditActions::showFollowUp()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Follow-up of advisory items"));
    dialog.resize(1100, 500);
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(8);
    table->setHorizontalHeaderLabels({ tr("Deadline"), tr("Due"), tr("Contractor"), tr("Letter"), tr("Clause"),
        tr("Severity"), tr("State"), tr("Finding") });
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fillFollowUp(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    FollowUp followUp(m_db, m_store);
    auto step = [&](const QString &label, auto action) {
        auto *b = buttons->addButton(label, QDialogButtonBox::ActionRole);
        connect(b, &QPushButton::clicked, &dialog, [&, action] {
            const auto *cell = table->currentItem();
            if (!cell)
                return;
            QString error;
            if (!action(cell->data(Qt::UserRole).toLongLong(), &error) && !error.isEmpty())
                QMessageBox::warning(&dialog, dialog.windowTitle(), error);
            fillFollowUp(table);
        });
    };
    auto ask = [&](const QString &title, const QString &prompt, QString *text) {
        bool ok = false;
        *text = QInputDialog::getMultiLineText(&dialog, title, prompt, QString(), &ok);
        return ok;
    };
    step(tr("Response received…"), [&](qint64 id, QString *error) {
        QString text;
        return ask(tr("Response received"), tr("What did the contractor report?"), &text)
            && followUp.respond(id, QDate::currentDate(), text, {}, error);
    });
    step(tr("Verified…"), [&](qint64 id, QString *error) {
        QString text;
        return ask(tr("Verified"), tr("How was the improvement verified?"), &text)
            && followUp.verify(id, QDate::currentDate(), QString(), text, error);
    });
    step(tr("Return…"), [&](qint64 id, QString *error) {
        QString text;
        return ask(tr("Return"), tr("Why is the response not sufficient?"), &text)
            && followUp.returnItem(id, QDate::currentDate(), QString(), text, error);
    });
    step(tr("Close item"), [&](qint64 id, QString *error) { return followUp.close(id, QDate::currentDate(), QString(), error); });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace Kansa
