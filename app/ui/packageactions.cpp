#include "packageactions.h"

#include "auditlistview.h"
#include "crypto/agekeyfile.h"
#include "history/historylog.h"
#include "inspection/inspectionsession.h"
#include "inspectionworkspace.h"
#include "mainwindow.h"
#include "package/packageconflicts.h"
#include "package/packageexport.h"
#include "package/packageimport.h"
#include "packageexportdialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace Kansa {

namespace {

// Progress in MiB (a package can pass 2 GiB, which an int of bytes cannot show).
std::function<bool(qint64, qint64)> progressIn(QProgressDialog &dialog)
{
    return [&dialog](qint64 done, qint64 total) {
        dialog.setMaximum(int(std::max<qint64>(1, total >> 20)));
        dialog.setValue(int(done >> 20));
        QApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

} // namespace

PackageActions::PackageActions(MainWindow *window, QSqlDatabase db, EvidenceStore &store, QMenu *fileMenu, QAction *before)
    : QObject(window)
    , m_window(window)
    , m_db(db)
    , m_store(store)
{
    auto *exportAction = new QAction(tr("&Export audits…"), this);
    auto *importAction = new QAction(tr("Import &package…"), this);
    auto *conflictsAction = new QAction(tr("Package &conflicts…"), this);
    connect(exportAction, &QAction::triggered, this, &PackageActions::exportAudits);
    connect(importAction, &QAction::triggered, this, &PackageActions::importPackage);
    connect(conflictsAction, &QAction::triggered, this, &PackageActions::resolveConflicts);
    fileMenu->insertActions(before, { exportAction, importAction, conflictsAction });
    fileMenu->insertSeparator(before);
}

void PackageActions::exportAudits()
{
    qint64 preselected = m_window->auditList()->currentAuditId();
    if (InspectionWorkspace *w = m_window->currentWorkspace())
        preselected = w->session()->audit().id;
    PackageExportDialog dialog(m_db, preselected, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("audit-package-%1.age").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export audits"), suggested, tr("Audit packages (*.age)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Encrypting the audits and their evidence…"), tr("Cancel"), 0, 1, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const PackageExport::Result r = PackageExport(m_db, m_store).write(dialog.audits(), path, dialog.recipients(), progressIn(progress));
    progress.close();
    if (!r.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Export audits"), r.error);
        return;
    }
    QMessageBox::information(m_window, tr("Export audits"),
        tr("%n audit(s) exported with %1 evidence file(s) to %2 (%3 MB).", nullptr, int(dialog.audits().size()))
            .arg(r.files)
            .arg(QDir::toNativeSeparators(path))
            .arg(double(r.bytes) / 1e6, 0, 'f', 1));
}

bool PackageActions::askHowToOpen(QList<AgeIdentity> *identities, QList<QByteArray> *passphrases)
{
    QMessageBox ask(QMessageBox::Question, tr("Import package"), tr("How was the package encrypted?"), QMessageBox::Cancel, m_window);
    QPushButton *key = ask.addButton(tr("For the office's &key…"), QMessageBox::AcceptRole);
    QPushButton *pass = ask.addButton(tr("With a &passphrase…"), QMessageBox::AcceptRole);
    ask.exec();
    if (ask.clickedButton() == pass) {
        bool ok = false;
        const QString p = QInputDialog::getText(m_window, tr("Import package"), tr("The package's passphrase:"), QLineEdit::Password, {}, &ok);
        if (!ok || p.isEmpty())
            return false;
        passphrases->append(p.toUtf8());
        return true;
    }
    if (ask.clickedButton() != key)
        return false;
    QSettings settings;
    const QString file = QFileDialog::getOpenFileName(m_window, tr("The office's key file"),
        settings.value(QStringLiteral("package/identityFile")).toString(), tr("Key files (*.key *.txt);;All files (*)"));
    if (file.isEmpty())
        return false;
    QString error;
    auto ids = AgeKeyFile::read(file, {}, &error);
    while (!ids) { // a protected key file: its passphrase, until right or cancelled
        bool ok = false;
        const QString p = QInputDialog::getText(m_window, tr("Import package"),
            error + QStringLiteral("\n\n") + tr("The key file's passphrase:"), QLineEdit::Password, {}, &ok);
        if (!ok)
            return false;
        ids = AgeKeyFile::read(file, p, &error);
    }
    settings.setValue(QStringLiteral("package/identityFile"), file);
    *identities = *ids;
    return true;
}

void PackageActions::importPackage()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import package"), {}, tr("Audit packages (*.age);;All files (*)"));
    if (path.isEmpty())
        return;
    QList<AgeIdentity> identities;
    QList<QByteArray> passphrases;
    if (!askHowToOpen(&identities, &passphrases))
        return;
    QProgressDialog progress(tr("Checking and importing the package…"), tr("Cancel"), 0, 1, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const PackageImport::Result r = PackageImport(m_db, m_store).read(path, identities, passphrases, progressIn(progress));
    progress.close();
    if (!r.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import package"), r.error);
        return;
    }
    QStringList lines;
    int conflicts = 0;
    for (const PackageImport::Outcome &o : r.audits) {
        switch (o.kind) {
        case PackageImport::Outcome::Imported: lines << tr("Imported: %1").arg(o.contractor); break;
        case PackageImport::Outcome::Unchanged: lines << tr("Already here, unchanged: %1").arg(o.contractor); break;
        case PackageImport::Outcome::Conflict:
            lines << tr("Differs from the audit here (nothing overwritten): %1").arg(o.contractor);
            ++conflicts;
            break;
        }
    }
    m_window->auditList()->reload();
    QMessageBox::information(m_window, tr("Import package"), lines.join(u'\n'));
    if (conflicts)
        resolveConflicts();
}

void PackageActions::resolveConflicts()
{
    const QList<PackageConflicts::Conflict> conflicts = PackageConflicts::list(m_db);
    if (conflicts.isEmpty()) {
        QMessageBox::information(m_window, tr("Package conflicts"), tr("No imported audit waits for a decision."));
        return;
    }
    for (const PackageConflicts::Conflict &c : conflicts) {
        QMessageBox box(QMessageBox::Question, tr("Package conflicts"),
            tr("The package %1 holds another version of the audit of %2.").arg(c.source, c.contractor), QMessageBox::NoButton, m_window);
        box.setInformativeText(tr("What differs:") + QStringLiteral("\n") + c.differences.join(u'\n')
            + (c.forked ? QStringLiteral("\n\n") + tr("Its history does not continue the one signed here, so it cannot replace ours.") : QString()));
        QPushButton *keep = box.addButton(tr("&Keep ours"), QMessageBox::RejectRole);
        QPushButton *replace = box.addButton(tr("&Replace ours with the package's"), QMessageBox::DestructiveRole);
        QPushButton *both = box.addButton(tr("Keep &both"), QMessageBox::AcceptRole);
        box.addButton(tr("Decide &later"), QMessageBox::HelpRole);
        replace->setEnabled(!c.forked);
        box.exec();
        std::optional<PackageConflicts::Resolution> chosen;
        if (box.clickedButton() == keep)
            chosen = PackageConflicts::Resolution::Keep;
        else if (box.clickedButton() == replace)
            chosen = PackageConflicts::Resolution::Replace;
        else if (box.clickedButton() == both)
            chosen = PackageConflicts::Resolution::Both;
        if (!chosen)
            continue;
        if (*chosen == PackageConflicts::Resolution::Replace)
            m_window->closeAudit(c.auditId);
        QString error;
        if (!PackageConflicts::resolve(m_db, c.id, *chosen, &error))
            QMessageBox::warning(m_window, tr("Package conflicts"), error);
    }
    m_window->auditList()->reload();
}

void PackageActions::checkHistory(qint64 auditId)
{
    const HistoryLog::Check check = HistoryLog::verify(m_db, HistoryLog::auditOrigin(m_db, auditId));
    const QString key = InstallationKey::fingerprint(HistoryLog::installationKey(m_db).publicKey);
    if (check.ok())
        QMessageBox::information(m_window, tr("Check the history"),
            tr("The history is intact: %n entries, each linked to the one before.", nullptr, int(check.entries))
                + QStringLiteral("\n") + tr("Head: %1 · %2 signed checkpoint(s) hold · this computer's key: %3")
                                              .arg(HistoryLog::shortHash(check.head))
                                              .arg(check.checkpoints)
                                              .arg(key));
    else
        QMessageBox::warning(m_window, tr("Check the history"), HistoryLog::describe(check.verdict));
}

} // namespace Kansa
