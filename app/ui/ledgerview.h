#pragma once

#include <QSqlDatabase>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace Ui {
class LedgerView;
}

namespace Kansa {

class EvidenceStore;
class LedgerFilter;
class LedgerModel;
struct DueItem;

/// The follow-up ledger (a tab of the main window): every item of every issued letter,
/// filtered by state, due window and contractor, sortable; the selected item's whole history
/// with its files; the steps (response, verified, returned, closed, not required); the ledger
/// as PDF and CSV.
class LedgerView : public QWidget
{
    Q_OBJECT
public:
    LedgerView(QSqlDatabase db, EvidenceStore &store, QWidget *parent = nullptr);
    ~LedgerView() override;

    void reload();
    int overdueCount() const { return m_overdue; }
    int dueSoonCount() const { return m_dueSoon; }
    /// The "due within" days the ledger shows and counts by.
    int dueWithinDays() const;
    /// The link to a follow-up step's attached file in the step's history, and back.
    static QUrl attachmentLink(const QString &sha256, const QString &name);
    static QString attachmentName(const QUrl &link);
    LedgerModel *model() const { return m_model; }
    LedgerFilter *filter() const { return m_filter; }
    /// The visible row of an item (a test selects through it), -1 when hidden.
    int rowOf(qint64 itemId) const;
    void selectItem(qint64 itemId);

    /// Writes what is shown; false with *error on failure.
    bool writePdf(const QString &path, QString *error);
    bool writeCsv(const QString &path, QString *error);

signals:
    void countsChanged(int overdue, int dueSoon);
    /// A file was written; text says where (for the status bar).
    void saved(const QString &text);
    void dueWithinDaysChanged(int days);
    void openAuditRequested(qint64 auditId);

private:
    void refitColumns();
    const DueItem *current() const;
    void showHistory();
    void step(int kind);
    QList<DueItem> shownRows() const;
    QString defaultActor() const;

    std::unique_ptr<Ui::LedgerView> m_ui;
    QSqlDatabase m_db;
    EvidenceStore &m_store;
    LedgerModel *m_model;
    LedgerFilter *m_filter;
    int m_overdue = 0;
    int m_dueSoon = 0;
};

} // namespace Kansa
