#include "packageactions.h"
#include "historydialog.h"

#include "auditlistview.h"
#include "crypto/agekeyfile.h"
#include "history/historylog.h"
#include "inspection/inspectionsession.h"
#include "inspectionworkspace.h"
#include "mainwindow.h"
#include "ledgerview.h"
#include "package/packageconflicts.h"
#include "package/packageexport.h"
#include "package/packageimport.h"
#include "packageexportdialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QLocale>
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

bool PackageActions::askHowToOpen(const QString &path, QList<AgeIdentity> *identities, QList<QByteArray> *passphrases)
{
    // The package's header says how it was encrypted; ask only when it does not.
    const Age::Protection protection = Age::protectionOf(path);
    bool byPassphrase = protection == Age::Protection::Passphrase;
    if (protection == Age::Protection::Unknown) {
        QMessageBox ask(QMessageBox::Question, tr("Import package"), tr("How was the package encrypted?"), QMessageBox::Cancel, m_window);
        QPushButton *key = ask.addButton(tr("For the office's &key…"), QMessageBox::AcceptRole);
        QPushButton *pass = ask.addButton(tr("With a &passphrase…"), QMessageBox::AcceptRole);
        ask.exec();
        if (ask.clickedButton() != key && ask.clickedButton() != pass)
            return false;
        byPassphrase = ask.clickedButton() == pass;
    }
    if (byPassphrase) {
        bool ok = false;
        const QString p = QInputDialog::getText(m_window, tr("Import package"),
            tr("This package is protected by a passphrase. Type it:"), QLineEdit::Password, {}, &ok);
        if (!ok || p.isEmpty())
            return false;
        passphrases->append(p.toUtf8());
        return true;
    }
    QString keyFile = QSettings().value(QStringLiteral("package/identityFile")).toString();
    if (keyFile.isEmpty() || !QFile::exists(keyFile)
        || QMessageBox::question(m_window, tr("Import package"),
               tr("This package was encrypted for an office key. Open it with the key file %1?").arg(QDir::toNativeSeparators(keyFile)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            != QMessageBox::Yes)
        keyFile = QFileDialog::getOpenFileName(m_window, tr("The office's key file"), keyFile,
            tr("Key files (*.key *.txt);;All files (*)"));
    if (keyFile.isEmpty())
        return false;
    QString error;
    auto ids = AgeKeyFile::read(keyFile, {}, &error);
    while (!ids) { // a protected key file: its passphrase, until right or cancelled
        bool ok = false;
        const QString p = QInputDialog::getText(m_window, tr("Import package"),
            error + QStringLiteral("\n\n") + tr("The key file's passphrase:"), QLineEdit::Password, {}, &ok);
        if (!ok)
            return false;
        ids = AgeKeyFile::read(keyFile, p, &error);
    }
    m_keyFile = keyFile; // remembered once it has opened the package
    *identities = *ids;
    return true;
}

void PackageActions::importPackage()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import package"), {}, tr("Audit packages (*.age);;All files (*)"));
    if (path.isEmpty())
        return;
    // A file that is no package is said to be so at once, before any key or passphrase is asked.
    if (const QString wrong = PackageImport::precheck(path); !wrong.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import package"), wrong);
        return;
    }
    PackageImport::Result r;
    m_keyFile.clear();
    for (;;) { // a mistyped passphrase is asked again, not the whole way from the menu
        QList<AgeIdentity> identities;
        QList<QByteArray> passphrases;
        if (!askHowToOpen(path, &identities, &passphrases))
            return;
        QProgressDialog progress(tr("Checking and importing the package…"), tr("Cancel"), 0, 1, m_window);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        r = PackageImport(m_db, m_store).read(path, identities, passphrases, progressIn(progress));
        progress.close();
        if (r.error.isEmpty())
            break;
        QMessageBox::warning(m_window, tr("Import package"), r.error);
        if (!r.wrongKey)
            return;
        if (!identities.isEmpty()) // another key file, not the one that failed
            QSettings().remove(QStringLiteral("package/identityFile"));
    }
    if (!m_keyFile.isEmpty())
        QSettings().setValue(QStringLiteral("package/identityFile"), m_keyFile);
    if (!r.newFiles.isEmpty()) { // copies for the screen and the report, with a way to skip
        QProgressDialog copies(tr("Preparing the photos for the screen and the report…"), tr("Later"), 0, int(r.newFiles.size()), m_window);
        copies.setWindowModality(Qt::WindowModal);
        copies.setMinimumDuration(300);
        PackageImport::makeCopies(m_store, r.newFiles, [&copies](qint64 done, qint64) {
            copies.setValue(int(done));
            QApplication::processEvents();
            return !copies.wasCanceled();
        });
    }
    QStringList lines;
    int conflicts = 0;
    for (const PackageImport::Outcome &o : r.audits) {
        switch (o.kind) {
        case PackageImport::Outcome::Imported:
            lines << tr("Imported: %1").arg(o.contractor);
            lines << tr("  Its history was signed by the key %1: compare it with “This computer's key” in Audit ▸ History… on the computer it came from.")
                         .arg(o.signedBy);
            if (o.disposedBefore.isValid())
                lines << tr("  This audit was disposed of here on %1; it is back. Dispose of it again if it should not be here.")
                             .arg(QLocale().toString(o.disposedBefore.toLocalTime(), QLocale::ShortFormat));
            break;
        case PackageImport::Outcome::Unchanged: lines << tr("Already here with everything the package holds: %1").arg(o.contractor); break;
        case PackageImport::Outcome::Updated:
            lines << tr("Updated (the package continues the audit held here; nothing of ours was lost): %1").arg(o.contractor);
            break;
        case PackageImport::Outcome::Conflict:
            lines << tr("Differs from the audit here (nothing overwritten; decide now or later in File ▸ Package conflicts…): %1")
                         .arg(o.contractor);
            ++conflicts;
            break;
        }
    }
    m_window->auditList()->reload();
    m_window->ledger()->reload(); // letters that came in (or went) show in the follow-up at once
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
        if (*chosen == PackageConflicts::Resolution::Replace) {
            // What will be replaced, item by item with both values, before anything is.
            QMessageBox confirm(QMessageBox::Warning, tr("Replace ours with the package's"),
                tr("These entries of the audit of %1 here will be replaced by the package's:").arg(c.contractor),
                QMessageBox::NoButton, m_window);
            const QStringList shown = c.differences.mid(0, 12);
            confirm.setInformativeText(shown.join(u'\n')
                + (c.differences.size() > shown.size() ? QStringLiteral("\n") + tr("… and %n more (see the details).", nullptr, int(c.differences.size() - shown.size())) : QString())
                + QStringLiteral("\n\n")
                + tr("What is replaced is not erased: it stays in the audit's history (History…), with its files."));
            if (c.differences.size() > shown.size())
                confirm.setDetailedText(c.differences.join(u'\n'));
            QPushButton *yes = confirm.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
            confirm.addButton(QMessageBox::Cancel);
            confirm.setDefaultButton(QMessageBox::Cancel);
            confirm.exec();
            if (confirm.clickedButton() != yes)
                continue;
            m_window->closeAudit(c.auditId);
        }
        QString error;
        const qint64 audit = PackageConflicts::resolve(m_db, c.id, *chosen, &error);
        if (!audit)
            QMessageBox::warning(m_window, tr("Package conflicts"), error);
        else if (*chosen == PackageConflicts::Resolution::Replace)
            QMessageBox::information(m_window, tr("Package conflicts"),
                tr("Replaced: the audit of %1 now holds the package's version (its number is unchanged). What it held "
                   "before stays in its history (Audit ▸ History…), with its files.")
                    .arg(c.contractor));
        else if (*chosen == PackageConflicts::Resolution::Both)
            QMessageBox::information(m_window, tr("Package conflicts"),
                tr("Both are kept: the package's version is a separate audit now (its history starts by naming "
                   "the audit it was copied from)."));
    }
    m_window->auditList()->reload();
    m_window->ledger()->reload(); // letters that came in (or went) show in the follow-up at once
}

void PackageActions::checkHistory(qint64 auditId)
{
    HistoryDialog dialog(m_db, auditId, m_window);
    dialog.exec();
}

} // namespace Kansa
