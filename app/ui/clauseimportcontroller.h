#pragma once

#include "clauseimport/clauseimporter.h"

#include <QObject>
#include <QSqlDatabase>

class QWidget;

namespace Kansa {

/// Imports clause documents from the GUI: reads and parses in a worker thread (progress and
/// cancel for long PDFs), opens the import review, stores what the user accepted on the GUI
/// thread, reports errors as dialogs.
class ClauseImportController : public QObject
{
    Q_OBJECT
public:
    /// dialogParent also owns the controller.
    ClauseImportController(QSqlDatabase db, QWidget *dialogParent);

    void importFiles(const QStringList &paths);
    bool isBusy() const { return m_busy; }
    /// Opens a stored clause set in the review; a correction is stored as a new version.
    void correct(const ClauseSet &set);

signals:
    /// A clause set was stored (or found already stored) under this id.
    void imported(qint64 clauseSetId, bool created);
    void finished();

private:
    void importNext();
    void review(const ClauseImporter::Result &result);
    /// An Excel workbook: the column dialog first, then the review.
    void reviewChecklist(const ClauseImporter::Result &found);

    QSqlDatabase m_db;
    QWidget *m_parent;
    QStringList m_queue;
    bool m_busy = false;
};

} // namespace Kansa
