#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace Kansa {

class HistoryModel;

/// An audit's history (Audit ▸ History…): every entry with who did what and when, what a
/// replacement replaced, and whether the history holds (the same check as history verify).
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(QSqlDatabase db, qint64 auditId, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLabel *verdictLabel() const { return m_verdict; }
    QPlainTextEdit *detailsView() const { return m_details; }

private:
    QLabel *m_verdict;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    HistoryModel *m_model = nullptr;
};

} // namespace Kansa
