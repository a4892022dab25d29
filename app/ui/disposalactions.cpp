#include "disposalactions.h"

#include "settings/documentsettings.h"
#include "auditlistview.h"
#include "disposal/auditdisposal.h"
#include "disposaldialog.h"
#include "disposalrecorddocument.h"
#include "ledgerview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace Kansa {

DisposalActions::DisposalActions(MainWindow *window, QSqlDatabase db, EvidenceStore &store)
    : QObject(window)
    , m_window(window)
    , m_db(std::move(db))
    , m_store(store)
{
}

void DisposalActions::dispose(qint64 auditId)
{
    AuditDisposal disposal(m_db, m_store);
    QString error;
    const auto inventory = disposal.inventory(auditId, &error);
    if (!inventory) {
        QMessageBox::warning(m_window, tr("Dispose of the audit"), error);
        return;
    }
    DisposalDialog dialog(*inventory, DocumentSettings::load(m_db).defaultLead, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_window->closeAudit(auditId);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto record = disposal.dispose(dialog.request(), &error);
    QApplication::restoreOverrideCursor();
    m_window->auditList()->reload();
    m_window->ledger()->reload(); // its letters leave the follow-up at once
    if (!record) {
        QMessageBox::warning(m_window, tr("Not disposed of"), tr("Nothing was disposed of: %1").arg(error));
        return;
    }
    if (!error.isEmpty()) {
        // Once back in the event loop no statement of a caller is open any more: try again.
        QString again;
        if (AuditDisposal(m_db, m_store).finishPending(&again) == 0 || !again.isEmpty())
            QMessageBox::information(m_window, tr("Dispose of the audit"),
                tr("The audit is disposed of. Part of the clean-up could not be done now and is done at the next "
                   "start: %1").arg(again.isEmpty() ? error : again));
    }
    m_window->statusBar()->showMessage(tr("The audit of %1 was disposed of (disposal record %2).")
                                           .arg(inventory->contractor)
                                           .arg(record->id),
        10000);
    saveRecord(*record);
}

void DisposalActions::printRecord()
{
    const QList<DisposalRecord> records = AuditDisposal(m_db, m_store).records();
    if (records.isEmpty()) {
        QMessageBox::information(m_window, tr("Disposal records"), tr("No audit has been disposed of."));
        return;
    }
    QStringList items;
    for (const DisposalRecord &r : records)
        items << tr("No. %1 — %2 — %3")
                     .arg(r.id)
                     .arg(QLocale().toString(r.disposedAt().toLocalTime(), QLocale::ShortFormat),
                         r.content.value(QStringLiteral("audit")).toObject().value(QStringLiteral("contractor")).toString());
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Disposal records"), tr("Save which record as PDF?"),
        items, int(items.size()) - 1, false, &ok);
    if (ok)
        saveRecord(records.at(items.indexOf(chosen)));
}

void DisposalActions::saveRecord(const DisposalRecord &record)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(DisposalRecordDocument::baseName(record) + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save the disposal record"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!DisposalRecordDocument::writePdf(record, DocumentSettings::load(m_db), path, &error))
        QMessageBox::warning(m_window, tr("Disposal records"),
            tr("The record could not be saved: %1\nIt stays in Kansa: Audit ▸ Disposal records… saves it again.").arg(error));
    else
        m_window->statusBar()->showMessage(tr("Disposal record saved: %1").arg(QDir::toNativeSeparators(path)), 10000);
}

} // namespace Kansa
