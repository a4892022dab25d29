#include "clauseimportcontroller.h"

#include "clauseimport/clauseimporter.h"
#include "clauses/clausesetrepository.h"
#include "clausereviewdialog.h"
#include "clauseimport/earliercorrections.h"
#include "checklistcolumnsdialog.h"
#include "clauseimport/checklistlayouts.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace Kansa {

ClauseImportController::ClauseImportController(QSqlDatabase db, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_db(std::move(db))
    , m_parent(dialogParent)
{
}

void ClauseImportController::importFiles(const QStringList &paths)
{
    m_queue += paths;
    if (!m_busy)
        importNext();
}

void ClauseImportController::importNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        emit finished();
        return;
    }
    m_busy = true;
    const QString path = m_queue.takeFirst();

    auto *progress = new QProgressDialog(m_parent);
    progress->setWindowTitle(tr("Importing clause document"));
    progress->setLabelText(tr("Reading %1 …").arg(QFileInfo(path).fileName()));
    progress->setMinimumDuration(300);
    progress->setRange(0, 0);
    progress->setAutoClose(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);

    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto result = std::make_shared<ClauseImporter::Result>();
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });

    QPointer<QProgressDialog> guard(progress);
    QThread *worker = QThread::create([path, cancelled, result, guard] {
        *result = ClauseImporter::readFile(path, [&](int done, int total) {
            QMetaObject::invokeMethod(
                guard,
                [guard, done, total] {
                    if (guard) {
                        guard->setRange(0, total);
                        guard->setValue(done);
                    }
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        });
    });
    connect(worker, &QThread::finished, this, [this, worker, progress = guard, result, path] {
        worker->deleteLater();
        if (progress)
            progress->close();
        // A document the parser found no articles in still opens in the review, where the user
        // can mark them; any other error is said and nothing is stored.
        // A workbook with sheets goes to the column dialog even when no checklist was found.
        const bool workbook = result->sheets && !result->sheets->isEmpty();
        if (result->error.isError() && result->error.code != ImportError::NoArticles && !workbook) {
            if (result->error.code != ImportError::Cancelled)
                QMessageBox::warning(m_parent,
                    tr("Could not import %1").arg(QFileInfo(path).fileName()),
                    result->error.message());
        } else if (result->sheets) {
            reviewChecklist(*result);
        } else {
            review(*result);
        }
        importNext();
    });
    worker->start();
}

void ClauseImportController::reviewChecklist(const ClauseImporter::Result &found)
{
    // A layout the user chose before for this form comes first (read here, on the database's thread).
    ChecklistSheet::Options options;
    options.remembered = ChecklistLayouts::lookup(m_db);
    const ClauseImporter::Result remembered = ClauseImporter::readChecklist(found.sheets, found.sourceName, options);
    ChecklistColumnsDialog dialog(remembered.layout.isValid() ? remembered : found, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.result().error.isError())
        return;
    ChecklistLayouts::save(m_db, dialog.result().layoutKey, dialog.result().layout);
    review(dialog.result());
}

void ClauseImportController::review(const ClauseImporter::Result &result)
{
    QString source = tr("%1 (%2)").arg(result.sourceName, result.encoding);
    // A checklist's rows are its structure already; a document's text is read into one.
    ClauseReview review = result.sheets ? ClauseReview::ofDocument(result.document) : ClauseReview::ofText(result.text);
    // The ticks corrected by hand in earlier versions of this document, offered again.
    QList<ClauseDocument> earlier;
    ClauseSetRepository sets(m_db);
    for (const ClauseSetSummary &s : sets.list())
        if (s.title == review.document().title)
            if (const std::optional<ClauseSet> set = sets.load(s.id))
                earlier.append(set->document);
    if (const int applied = EarlierCorrections::apply(review, earlier))
        source += QStringLiteral(" — ")
            + tr("%n obligation mark(s) corrected by hand in an earlier version applied again (Undo takes them back)",
                nullptr, applied);
    ClauseReviewDialog dialog(std::move(review), source, ClauseReviewDialog::Purpose::NewImport, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto stored = ClauseSetRepository(m_db).storeImported(
        dialog.review().document(), result.document, result.contentHash, result.sourceName);
    if (!stored.error.isEmpty())
        QMessageBox::critical(m_parent, tr("Could not import %1").arg(result.sourceName),
            ImportError { ImportError::StorageFailed, stored.error }.message());
    else
        emit imported(stored.id, stored.created);
}

void ClauseImportController::correct(const ClauseSet &set)
{
    ClauseReviewDialog dialog(ClauseReview::ofDocument(set.document),
        set.sourceName.isEmpty() ? set.document.title : set.sourceName,
        ClauseReviewDialog::Purpose::CorrectStored, m_parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.review().isCorrected())
        return;
    const auto stored = ClauseSetRepository(m_db).storeImported(dialog.review().document(),
        set.document, set.sourceHash.isEmpty() ? set.contentHash : set.sourceHash, set.sourceName, set.id);
    if (!stored.error.isEmpty())
        QMessageBox::critical(m_parent, tr("Could not store the corrected clause set"),
            ImportError { ImportError::StorageFailed, stored.error }.message());
    else
        emit imported(stored.id, stored.created);
}

} // namespace Kansa
