#include "clauseimportcontroller.h"

#include "import/clauseimporter.h"
#include "clauses/clausesetrepository.h"

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
        if (result->error.isError()) {
            if (result->error.code != ImportError::Cancelled)
                QMessageBox::warning(m_parent,
                    tr("Could not import %1").arg(QFileInfo(path).fileName()),
                    result->error.message());
        } else {
            const auto stored = ClauseSetRepository(m_db).store(
                result->document, result->contentHash, result->sourceName);
            if (!stored.error.isEmpty())
                QMessageBox::critical(m_parent,
                    tr("Could not import %1").arg(QFileInfo(path).fileName()),
                    ImportError { ImportError::StorageFailed, stored.error }.message());
            else
                emit imported(stored.id, stored.created);
        }
        importNext();
    });
    worker->start();
}

} // namespace Kansa
