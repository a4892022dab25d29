#pragma once

#include <QObject>
#include <QSqlDatabase>

namespace Kansa {

class EvidenceStore;
class MainWindow;
struct DisposalRecord;

/// Audit ▸ Dispose of… and Audit ▸ Disposal records…: an audit disposed of for good through
/// DisposalDialog, then its record saved as PDF; and any record printed again.
class DisposalActions : public QObject
{
    Q_OBJECT
public:
    DisposalActions(MainWindow *window, QSqlDatabase db, EvidenceStore &store);

    void dispose(qint64 auditId);
    void printRecord();

private:
    void saveRecord(const DisposalRecord &record);

    MainWindow *m_window;
    QSqlDatabase m_db;
    EvidenceStore &m_store;
};

} // namespace Kansa
